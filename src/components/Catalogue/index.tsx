/**
 * The catalogue of good practice at /gute-praxis: facets (OR within, AND
 * across, with counts), free text, sorting, paging; the whole state lives in
 * the URL query. The static HTML shows the first cards and links to every
 * value page, so the catalogue is browsable without JavaScript.
 *
 * This file is the view: it composes the URL state (useCatalogueState), the
 * data (useCatalogueData, useTextMatches) and renders; focus after a change
 * stays here because it follows the markup.
 */
import {useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {createMatcher, filterCatalogue, isFiltered, EMPTY_FILTER} from '../../catalogue/filter';
import {cardOf, textMatchesOf} from '../../catalogue/rows';
import type * as FacetWords from '../../search/shared/facetWords';
import {type Card, type CatalogueModule} from '../../catalogue/types';
import FacetGroup from '../FacetGroup';
import {useFilterToggle} from '../FilterToggle';
import {useCatalogueData} from './useCatalogueData';
import {useCatalogueState} from './useCatalogueState';
import {useFacetWords, useTextMatches} from './useTextMatches';
import {activeFilterCount, chipsOf, PAGE_SIZE, toggled} from './_utils';
import styles from './styles.module.css';
import {FACETS, FACET_WORDS, valuePath, type Facet, type FilterKey} from '../../vocabulary';
import {useCounts} from '../../hooks/useCounts';
import {useGermanyMap} from '../GermanyMap/useGermanyMap';

function PracticeCard({card, onOpen}: {card: Card; onOpen: (event: MouseEvent<HTMLAnchorElement>, path: string) => void}): ReactNode {
  const path = `/gute-praxis/${card.slug}`;
  return (
    <li className={styles.card}>
      <article>
        <Heading as="h3" className={styles.cardTitle}>
          {/* Practice pages hang off a parameterised route that Docusaurus' link checker
              cannot resolve; the catalogue plugin checks these links after the build. */}
          <Link to={path} data-noBrokenLinkCheck onClick={(event) => onOpen(event, path)}>
            {card.title}
          </Link>
        </Heading>
        {card.sample && (
          <span className="badge badge--beispiel" title={translate({id: 'catalogue.card.sample.title', message: 'Fiktiver Beispielinhalt', description: 'Tooltip of the badge on sample practices'})}>
            <Translate id="catalogue.card.sample" description="Badge on sample practices">
              Beispiel
            </Translate>
          </span>
        )}
        <p className={styles.cardText}>{card.description}</p>
        <p className={styles.cardMeta}>
          <span className="sr-only">{translate({id: 'catalogue.card.carrier', message: 'Träger*in: ', description: 'Screen-reader label before the carrier on a card'})}</span>
          {card.carrier}
          <br />
          <span className="sr-only">{translate({id: 'catalogue.card.topics', message: 'Handlungsfelder: ', description: 'Screen-reader label before the fields of action on a card'})}</span>
          {card.topics.join(', ')} · <span className="sr-only">{translate({id: 'catalogue.card.states', message: 'Region: ', description: 'Screen-reader label before the Länder on a card'})}</span>
          {card.states.join(', ')}
          {card.since > 0 && (
            <>
              {' · '}
              <span className="sr-only">{translate({id: 'catalogue.card.start', message: 'Start: ', description: 'Screen-reader label before the start year on a card'})}</span>
              {translate({id: 'catalogue.card.since', message: 'seit {year}', description: 'Start year on a card'}, {year: String(card.since)})}
            </>
          )}
        </p>
      </article>
    </li>
  );
}

export default function Catalogue({catalogue}: {readonly catalogue: CatalogueModule}): ReactNode {
  const {search, filter, query, setQuery, visible, setVisible, update, openPractice} = useCatalogueState(catalogue);
  const withBase = useBaseUrl('/');
  const firstNewCard = useRef<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // After a chip or the whole filter disappears, focus goes to the next chip or to the results.
  const chipsRef = useRef<HTMLDivElement>(null);
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterUpdate = useRef<{chip: number} | 'results' | null>(null);

  const resetFilters = (): void => {
    focusAfterUpdate.current = 'results';
    update({...EMPTY_FILTER, sort: filter.sort});
  };
  const removeChip = (index: number, remove: () => void): void => {
    focusAfterUpdate.current = {chip: index};
    remove();
  };
  const toggle = (key: FilterKey, value: string): void => update(toggled(filter, key, value));

  const carrierIds = useMemo(() => catalogue.carriers.map((carrier) => carrier.id), [catalogue.carriers]);
  const sizes = useMemo(
    () => ({values: Object.fromEntries(FACETS.map((f) => [f, catalogue.vocabularies[f].length])) as Record<Facet, number>, carriers: carrierIds.length}),
    [catalogue.vocabularies, carrierIds],
  );

  const {needsText, current, textFailed, byPath} = useTextMatches(filter.q);
  const [wanted, setWanted] = useState<readonly number[]>([]);
  const data = useCatalogueData(catalogue, byPath ? 'all' : wanted);
  const {rows, allTextLoaded, textOf} = data;
  const textMatches = useMemo(() => textMatchesOf(current?.matches, rows, allTextLoaded, textOf), [current, rows, allTextLoaded, textOf]);

  const result = useMemo(() => {
    if (!data.rows) return null;
    // Without the search engine (not reachable), the facets still filter; the status says so.
    if (needsText && !textMatches && !textFailed) return null;
    return filterCatalogue(data.rows, createMatcher(filter, catalogue.vocabularies, carrierIds), sizes, filter.sort, textMatches);
  }, [data.rows, filter, catalogue.vocabularies, carrierIds, sizes, textMatches, needsText, textFailed]);

  const {facetWords, named} = useFacetWords(filter, catalogue);
  const applyNamed = (entry: FacetWords.NamedFacet): void => {
    const q = facetWords ? facetWords.withoutWords(filter.q, entry.words) : filter.q;
    setQuery(q);
    update({...filter, q, [entry.key]: [...filter[entry.key], entry.value]});
  };

  const shownIndices = useMemo(() => (result ? result.indices.slice(0, visible) : []), [result, visible]);
  useEffect(() => setWanted(shownIndices), [shownIndices]);

  const computedCards: (Card | null)[] = result
    ? shownIndices.map((index) => {
        const text = data.textOf(index);
        const row = data.rows![index]!;
        return text ? cardOf(row, text, catalogue) : null;
      })
    : catalogue.firstCards;
  // Until the texts of the new cards have arrived, the previous cards stay (no placeholders, no layout shift).
  const lastComplete = useRef<Card[]>(catalogue.firstCards);
  const complete = computedCards.every((card): card is Card => card !== null);
  if (complete) lastComplete.current = computedCards;
  const cards: Card[] = complete ? computedCards : lastComplete.current;

  useEffect(() => {
    const wanted = focusAfterUpdate.current;
    if (wanted === null) return;
    focusAfterUpdate.current = null;
    const chips = [...(chipsRef.current?.querySelectorAll<HTMLButtonElement>('button[data-chip]') ?? [])];
    const target = wanted === 'results' ? undefined : (chips[wanted.chip] ?? chips[wanted.chip - 1]);
    (target ?? resultsHeadingRef.current)?.focus();
  }, [search]);

  useEffect(() => {
    if (firstNewCard.current === null) return;
    const link = listRef.current?.querySelectorAll<HTMLAnchorElement>('h3 a')[firstNewCard.current];
    if (link) {
      link.focus();
      firstNewCard.current = null;
    }
  });

  const map = useGermanyMap(catalogue.mapUrl, true);
  const counts = useCounts();
  const plural = counts.practices;
  const total = result ? result.indices.length : catalogue.total;
  const filtered = isFiltered(filter);
  const filterToggle = useFilterToggle('katalog-filter', activeFilterCount(filter));
  const resetLabel = translate({id: 'catalogue.reset', message: 'Alle Filter zurücksetzen', description: 'Button that removes every filter'});
  const inCatalogue = (n: number): string =>
    translate({id: 'catalogue.status.total', message: '{practices} im Katalog.', description: 'Status without filters, e.g. »12 Praxisbeispiele im Katalog.«'}, {practices: plural(n)});
  const status = textFailed
    ? translate({id: 'catalogue.status.textUnavailable', message: 'Die Textsuche ist gerade nicht verfügbar. Die Filter funktionieren weiter.', description: 'Status when the search engine for the free text cannot be loaded'})
    : data.state === 'error'
      ? translate({id: 'catalogue.status.error', message: 'Die Daten des Katalogs konnten nicht geladen werden.', description: 'Status when the catalogue data failed to load'})
      : !result
        ? filtered
          ? translate({id: 'catalogue.status.loading', message: 'Katalog wird geladen …', description: 'Status while the catalogue data loads'})
          : inCatalogue(catalogue.total)
        : total === 0
          ? translate({id: 'catalogue.status.none', message: 'Keine Praxisbeispiele gefunden.', description: 'Status when no practice matches'})
          : filtered
            ? translate({id: 'catalogue.status.found', message: '{practices} gefunden.', description: 'Status with filters, e.g. »3 Praxisbeispiele gefunden.«'}, {practices: plural(total)})
            : inCatalogue(total);

  const chips = chipsOf(filter, catalogue);

  return (
    <Layout
      title={translate({id: 'catalogue.title', message: 'Gute Praxis', description: 'Title of the catalogue page'})}
      description={translate({
        id: 'catalogue.description',
        message:
          'Der Katalog guter Praxis: Patenschaften, Mentoring und Lots*innen-Dienste von Programmträger*innen im Bundesprogramm »Menschen stärken Menschen«, filterbar nach Handlungsfeld, Zielgruppe, Rolle, Format, Region und Träger*in.',
        description: 'Meta description of the catalogue page',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="catalogue.heading" description="Heading of the catalogue page">
            Gute Praxis
          </Translate>
        </Heading>
        <p className={styles.intro}>
          <Translate
            id="catalogue.intro"
            description="Introduction of the catalogue page; {suggest} is a link to the contribution page"
            values={{
              suggest: (
                <Link to="/mitmachen">
                  <Translate id="catalogue.intro.suggest" description="Link text in the catalogue's introduction">
                    vorschlagen
                  </Translate>
                </Link>
              ),
            }}>
            {'Was bei anderen Programmträger*innen funktioniert: Patenschaften, Mentoring und Lots*innen-Dienste zum Nachmachen. Filtern Sie nach Handlungsfeld, Zielgruppe, Rolle, Format, Region und Träger*in. Eigene gute Praxis können Sie {suggest}.'}
          </Translate>
        </p>
        <div className={styles.layout}>
          <div className={styles.sidebar}>
            {filterToggle.button}
            <form
              id="katalog-filter"
              role="search"
              aria-label={translate({id: 'catalogue.filter.label', message: 'Katalog filtern', description: 'Accessible name of the filter form'})}
              className={filterToggle.panelClassName}
              onSubmit={(event) => {
                event.preventDefault();
                update({...filter, q: query.trim()});
              }}>
              <label htmlFor="katalog-suche" className={styles.searchLabel}>
                <Translate id="catalogue.search.label" description="Label of the catalogue's text box">
                  Im Katalog suchen
                </Translate>
              </label>
              <input
                id="katalog-suche"
                type="search"
                className={styles.search}
                value={query}
                placeholder={translate({id: 'catalogue.search.placeholder', message: 'z. B. Lesepatenschaft', description: 'Example in the catalogue\'s text box'})}
                onChange={(event) => setQuery(event.target.value)}
              />
              {named.length > 0 && (
                <ul className={styles.named} aria-label={translate({id: 'catalogue.named.label', message: 'Passende Filter', description: 'Accessible name of the filters that the typed words name'})}>
                  {named.map((entry) => (
                    <li key={`${entry.key}:${entry.value}`}>
                      <button type="button" className="button button--outline button--primary button--sm" onClick={() => applyNamed(entry)}>
                        {translate({id: 'catalogue.named.apply', message: 'Nur {label} anzeigen', description: 'Button that turns typed words into the filter they name, e.g. »Nur Sachsen anzeigen«'}, {label: entry.label})}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {FACETS.map((facet) => (
                <FacetGroup
                  key={facet}
                  name={facet}
                  label={FACET_WORDS[facet].heading}
                  selected={filter[facet]}
                  onToggle={(value) => toggle(facet, value)}
                  options={catalogue.vocabularies[facet].map((value, index) => ({value: value.slug, label: value.label, count: result ? result.counts[facet][index]! : null}))}
                  {...(facet === 'states' && map ? {map, mapCounts: result?.regional} : {})}
                />
              ))}
              <FacetGroup
                name="carrier"
                label={translate({id: 'catalogue.facet.carrier', message: 'Träger*in', description: 'Heading of the carrier filter'})}
                limit={8}
                selected={filter.carrier}
                onToggle={(value) => toggle('carrier', value)}
                options={catalogue.carriers.map((carrier, index) => ({value: carrier.id, label: carrier.name, count: result ? result.carrierCounts[index]! : null}))}
              />
              <noscript>
                <div className={styles.noscript}>
                  <p>
                    <Translate id="catalogue.noscript" description="Without JavaScript: introduction to the value pages">
                      Ohne JavaScript finden Sie alle Praxisbeispiele über diese Übersichten:
                    </Translate>
                  </p>
                  {FACETS.map((facet) => (
                    <details key={facet}>
                      <summary>{FACET_WORDS[facet].heading}</summary>
                      <ul>
                        {catalogue.vocabularies[facet].map((value) => (
                          <li key={value.slug}>
                            <a href={`${withBase}${valuePath(facet, value.slug).slice(1)}`}>{value.label}</a>
                          </li>
                        ))}
                      </ul>
                    </details>
                  ))}
                  <p>
                    <a href={`${withBase}traeger`}>
                      <Translate id="catalogue.noscript.carriers" description="Without JavaScript: link to all carriers">
                        Alle Träger*innen
                      </Translate>
                    </a>
                  </p>
                </div>
              </noscript>
            </form>
          </div>
          <section className={styles.results} aria-labelledby="katalog-ergebnisse">
            <div className={styles.resultsHeader}>
              <Heading as="h2" id="katalog-ergebnisse" className="sr-only" tabIndex={-1} ref={resultsHeadingRef}>
                <Translate id="catalogue.results" description="Hidden heading of the result list">
                  Ergebnisse
                </Translate>
              </Heading>
              <p role="status" aria-live="polite" aria-atomic="true" className={styles.status}>
                {status}
              </p>
              <label className={styles.sort}>
                <Translate id="catalogue.sort" description="Label of the sort order">
                  Sortieren:
                </Translate>{' '}
                <select value={filter.sort} onChange={(event) => update({...filter, sort: event.target.value === 'neueste' ? 'neueste' : 'titel'})}>
                  <option value="titel">
                    {filter.q
                      ? translate({id: 'catalogue.sort.relevance', message: 'Beste Treffer zuerst', description: 'Default sort order while searching for words: by relevance'})
                      : translate({id: 'catalogue.sort.title', message: 'Titel (A–Z)', description: 'Sort order by title'})}
                  </option>
                  <option value="neueste">{translate({id: 'catalogue.sort.newest', message: 'Neueste zuerst (nach Startjahr)', description: 'Sort order by start year'})}</option>
                </select>
              </label>
            </div>
            {(chips.length > 0 || filter.q) && (
              <div className={styles.chips} ref={chipsRef}>
                <span>
                  <Translate id="catalogue.chips" description="Before the list of active filters">
                    Aktive Filter:
                  </Translate>
                </span>
                {chips.map((chip, index) => (
                  <button
                    key={`${chip.key}-${chip.value}`}
                    type="button"
                    data-chip
                    className={styles.chip}
                    onClick={() => removeChip(index, () => toggle(chip.key, chip.value))}
                    aria-label={translate({id: 'catalogue.chip.remove', message: 'Filter {label} entfernen', description: 'Accessible name of an active filter\'s remove button'}, {label: chip.label})}>
                    {chip.label} ✕
                  </button>
                ))}
                {filter.q && (
                  <button type="button" data-chip className={styles.chip} onClick={() => removeChip(chips.length, () => update({...filter, q: ''}))} aria-label={translate({id: 'catalogue.chip.removeText', message: 'Suche nach {text} entfernen', description: 'Accessible name of the free-text filter\'s remove button'}, {text: filter.q})}>
                    »{filter.q}« ✕
                  </button>
                )}
                <button type="button" className="button button--link button--sm" onClick={resetFilters}>
                  {resetLabel}
                </button>
              </div>
            )}
            {data.state === 'error' && (
              <div className="alert alert--danger" role="alert">
                <Translate id="catalogue.error" description="Alert when the catalogue data failed to load">
                  Die Daten des Katalogs konnten nicht geladen werden. Bitte prüfen Sie Ihre Verbindung.
                </Translate>{' '}
                <button type="button" className="button button--sm button--danger" onClick={data.retry}>
                  <Translate id="catalogue.error.retry" description="Button to load the catalogue data again">
                    Erneut versuchen
                  </Translate>
                </button>
              </div>
            )}
            {result && total === 0 ? (
              <div className={styles.empty}>
                <p>
                  <Translate id="catalogue.empty" description="No practice matches the filters">
                    Keine Praxisbeispiele passen zu diesen Filtern.
                  </Translate>
                </p>
                <p>
                  <Translate id="catalogue.empty.tip" description="Advice when no practice matches">
                    Tipp: Entfernen Sie einzelne Filter oben, wählen Sie innerhalb eines Filters mehrere Werte (sie werden mit »oder« verknüpft) oder suchen Sie mit einem kürzeren Wort.
                  </Translate>
                </p>
                <button type="button" className="button button--primary" onClick={resetFilters}>
                  {resetLabel}
                </button>
              </div>
            ) : (
              <ul className={styles.cards} ref={listRef} aria-busy={!complete}>
                {cards.map((card) => (
                  <PracticeCard key={card.slug} card={card} onOpen={openPractice} />
                ))}
              </ul>
            )}
            {result && visible < total && (
              <p className={styles.more}>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    firstNewCard.current = visible;
                    setVisible((n) => n + PAGE_SIZE);
                  }}>
                  {translate(
                    {id: 'catalogue.more', message: 'Weitere Praxisbeispiele anzeigen ({next} von {rest} weiteren)', description: 'Button that shows the next cards'},
                    {next: String(Math.min(PAGE_SIZE, total - visible)), rest: (total - visible).toLocaleString('de-DE')},
                  )}
                </button>
              </p>
            )}
            <p className={styles.more}>
              <Link to="/traeger">
                <Translate id="catalogue.carriers" description="Link to the list of all carriers">
                  Alle Programmträger*innen
                </Translate>
              </Link>
            </p>
          </section>
        </div>
      </main>
    </Layout>
  );
}

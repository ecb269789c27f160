/**
 * The results page /suche?q=…: all hits of the built-in search, with filters
 * by type and, for practices, the catalogue's facets (OR within a facet, AND
 * across). The state lives in the URL: links, reload and back work.
 */
import {useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {EMPTY_FILTER, type FilterState} from '../../../catalogue/filter';
import type {QuerySuggestion, ResultsPage, SearchPageModule} from '../../shared/backend';
import {namedFacets} from '../../shared/facetWords';
import {useSearchBackend} from '../useSearchBackend';
import FacetGroup from '../../../components/FacetGroup';
import {useGermanyMap} from '../../../components/GermanyMap/useGermanyMap';
import {useFilterToggle} from '../../../components/FilterToggle';
import {useFilterNavigation} from '../../../hooks/useFilterNavigation';
import {Marked} from '../Marked';
import styles from './styles.module.css';
import {CARRIER_WORDS, CONTENT_TYPES, CONTENT_TYPE_LABELS, FACETS, FACET_WORDS, FILTER_KEYS, catalogueQuery, type ContentType, type FilterKey} from '../../../vocabulary';
import {useCounts} from '../../../hooks/useCounts';

const PAGE_SIZE = 20;

const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

interface PageState {
  q: string;
  types: ContentType[];
  facets: Omit<FilterState, 'q' | 'sort'>;
}

function parseState(search: string): PageState {
  const params = new URLSearchParams(search);
  const list = (key: string): string[] => [...new Set((params.get(key) ?? '').split(',').map((value) => value.trim()).filter(Boolean))];
  return {
    q: (params.get('q') ?? '').trim(),
    types: list('typ').filter((type): type is ContentType => (CONTENT_TYPES as readonly string[]).includes(type)),
    facets: {topics: list('topics'), audiences: list('audiences'), roles: list('roles'), formats: list('formats'), states: list('states'), carrier: list('carrier')},
  };
}

function toSearch(state: PageState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.types.length > 0) params.set('typ', state.types.join(','));
  for (const key of [...FACETS, 'carrier'] as FilterKey[]) if (state.facets[key].length > 0) params.set(key, state.facets[key].join(','));
  const search = params.toString().replace(/%2C/g, ',');
  return search ? `?${search}` : '';
}

type Loaded =
  | {kind: 'idle'}
  | {kind: 'loading'}
  | {kind: 'ready'; page: ResultsPage; q: string; key: string}
  | {kind: 'unavailable'; notBuilt: boolean};


export default function SearchPage({search}: {readonly search: SearchPageModule}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const hitsLabel = useCounts().hits;
  const location = useLocation();
  const navigate = useFilterNavigation();
  const resultsRef = useRef<HTMLOListElement>(null);
  const focusResults = useRef(false);
  const isBrowser = useIsBrowser();
  const state = useMemo(() => (isBrowser ? parseState(location.search) : {q: '', types: [], facets: EMPTY_FILTER}), [isBrowser, location.search]);
  const [input, setInput] = useState(state.q);
  const [loaded, setLoaded] = useState<Loaded>({kind: 'idle'});
  // »Weitere Treffer« grows the list of the current URL; other filters start again with one page.
  const [more, setMore] = useState({search: location.search, count: PAGE_SIZE});
  const visible = more.search === location.search ? more.count : PAGE_SIZE;
  const catalogue = search.catalogue;
  const onlyPractices = state.types.length === 1 && state.types[0] === 'praxis';
  // The map of the Länder: fetched the first time only practices are searched (other searches do not pay for it).
  const map = useGermanyMap(catalogue?.mapUrl, onlyPractices);
  const backend = useSearchBackend();
  const [suggested, setSuggested] = useState<{q: string; list: QuerySuggestion[]} | null>(null);

  useEffect(() => setInput(state.q), [state.q]);

  useEffect(() => {
    if (!state.q) {
      setLoaded({kind: 'idle'});
      return;
    }
    let cancelled = false;
    const requestKey = `${location.search}|${visible}`;
    // A new query shows »Suche läuft«; new filters or more results keep the list until the answer is there.
    setLoaded((previous) => (previous.kind === 'ready' && previous.q === state.q ? previous : {kind: 'loading'}));
    void (async () => {
      try {
        const facets = {topics: state.facets.topics, audiences: state.facets.audiences, roles: state.facets.roles, formats: state.facets.formats, states: state.facets.states, carrier: state.facets.carrier};
        const page = await (await backend()).results({q: state.q, types: state.types, facets, limit: visible, catalogue});
        if (!cancelled) setLoaded({kind: 'ready', page, q: state.q, key: requestKey});
      } catch (error) {
        if (!cancelled) setLoaded({kind: 'unavailable', notBuilt: error instanceof Error && 'reason' in error && error.reason === 'not-built'});
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [state, visible, backend, catalogue, location.search]);

  const page = loaded.kind === 'ready' ? loaded.page : null;
  const nothingFound = page !== null && page.unfiltered === 0;
  // Nothing at all for the query: ask the backend for queries that would find something (»Meinten Sie …?«).
  useEffect(() => {
    if (!nothingFound || !state.q) return;
    let cancelled = false;
    void (async () => {
      const list = await (await backend()).suggestions(state.q).catch(() => []);
      if (!cancelled) setSuggested({q: state.q, list});
    })();
    return () => {
      cancelled = true;
    };
  }, [nothingFound, state.q, backend]);
  const suggestions = suggested?.q === state.q ? suggested.list : [];
  // Query words that name a facet value or a carrier: the filter in one click.
  const named = useMemo(() => (catalogue && state.q ? namedFacets(state.q, catalogue).filter((entry) => !state.facets[entry.key].includes(entry.value)) : []), [catalogue, state.q, state.facets]);
  const facetName = (key: FilterKey): string => (key === 'carrier' ? CARRIER_WORDS.singular : FACET_WORDS[key].singular);
  // New filters or more results are on their way; the list shown is still the previous one.
  const pending = loaded.kind === 'ready' && loaded.key !== `${location.search}|${visible}`;
  const items = page?.items ?? [];
  const facetSelected = FILTER_KEYS.some((key) => state.facets[key].length > 0);

  const update = (next: PageState): void => navigate(toSearch(next));
  const resetFilters = (): void => {
    focusResults.current = true;
    update({q: state.q, types: [], facets: {...EMPTY_FILTER}});
  };
  useEffect(() => {
    if (!focusResults.current) return;
    focusResults.current = false;
    resultsRef.current?.focus();
  }, [location.search]);
  const toggleType = (type: string): void =>
    update({...state, types: state.types.includes(type as ContentType) ? state.types.filter((t) => t !== type) : [...state.types, type as ContentType]});
  const toggleFacet = (key: FilterKey, value: string): void => {
    const current = state.facets[key];
    update({...state, facets: {...state.facets, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value]}});
  };
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    update({q: input.trim(), types: [], facets: {...EMPTY_FILTER}});
  };
  const anyFilter = state.types.length > 0 || facetSelected;
  const activeCount = state.types.length + FILTER_KEYS.reduce((n, key) => n + state.facets[key].length, 0);
  // On a phone the filters fold behind a button, so the results come first (as in the catalogue).
  const filterToggle = useFilterToggle('suche-filter', activeCount);

  let status = '';
  if (state.q && loaded.kind === 'loading') status = translate({id: 'search.status.loading', message: 'Suche läuft …', description: 'Status while searching'});
  else if (page) {
    status =
      page.total === 0
        ? anyFilter
          ? translate({id: 'search.status.noneFiltered', message: 'Keine Treffer für »{query}« mit diesen Filtern.', description: 'Status: nothing found with filters'}, {query: state.q})
          : translate({id: 'search.status.none', message: 'Keine Treffer für »{query}«.', description: 'Status: nothing found'}, {query: state.q})
        : // »ein Treffer« starts the sentence here: capitalised.
          sentenceCase(translate({id: 'search.status.found', message: '{hits} für »{query}«.', description: 'Status, e.g. »3 Treffer für »Mentoring«.«'}, {hits: hitsLabel(page.total), query: state.q}));
  } else if (loaded.kind === 'unavailable') status = translate({id: 'search.status.unavailable', message: 'Die Suche ist gerade nicht verfügbar.', description: 'Status when the search index cannot be loaded'});

  return (
    <Layout
      title={state.q ? translate({id: 'search.title.query', message: 'Suche: {query}', description: 'Page title with a query'}, {query: state.q}) : translate({id: 'search.title', message: 'Suche', description: 'Page title without a query'})}
      description={translate({id: 'search.description', message: 'Die Wissensplattform durchsuchen: Gute Praxis, Fachkongress, Berichte der Arbeitsgruppen, Meldungen und Seiten.', description: 'Meta description of the search page'})}>
      {/* Result pages are for visitors, not for search engines (also keeps /suche out of the sitemap). */}
      <Head>
        <meta name="robots" content="noindex, follow" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="search.heading" description="Heading of the search page">
            Suche
          </Translate>
        </Heading>
        <form role="search" aria-label={translate({id: 'search.form.label', message: 'Suchseite', description: 'Accessible name of the search form'})} className={styles.form} onSubmit={onSubmit} action={`${siteConfig.baseUrl}suche`}>
          <label htmlFor="suche-eingabe" className={styles.label}>
            <Translate id="search.input.label" description="Label of the search input">
              Suchbegriff
            </Translate>
          </label>
          <div className={styles.row}>
            <input id="suche-eingabe" type="search" name="q" value={input} onChange={(event) => setInput(event.target.value)} className={styles.input} autoComplete="off" />
            <button type="submit" className="button button--primary">
              <Translate id="search.submit" description="Search button">
                Suchen
              </Translate>
            </button>
          </div>
        </form>
        <p role="status" aria-live="polite" className={styles.status}>
          {status}
        </p>
        {page && page.total > 0 && page.alsoSearched.length > 0 && (
          <p className={styles.also}>
            {translate({id: 'search.alsoSearched', message: 'Auch gesucht: {words}', description: 'Synonyms and long forms that found results, e.g. »Auch gesucht: Geflüchtete«'}, {words: page.alsoSearched.join(', ')})}
          </p>
        )}
        {page && page.total > 0 && named.length > 0 && (
          <ul className={styles.named}>
            {named.map((entry) => (
              <li key={`${entry.key}:${entry.value}`}>
                {translate({id: 'search.named.text', message: '»{words}« ist im Katalog {facet}: {label}.', description: 'A query word names a catalogue filter, e.g. »Sachsen« ist im Katalog Region: Sachsen.'}, {words: entry.words, facet: facetName(entry.key), label: entry.label})}{' '}
                <button type="button" className="button button--outline button--primary button--sm" onClick={() => update({...state, types: [], facets: {...state.facets, [entry.key]: [entry.value]}})}>
                  {translate({id: 'search.named.apply', message: 'Nur {label} anzeigen', description: 'Button that applies the filter a query word names'}, {label: entry.label})}
                </button>
              </li>
            ))}
          </ul>
        )}
        {!state.q && (
          <p>
            <Translate id="search.hint" description="Hint before the first query">
              Geben Sie einen Suchbegriff ein, zum Beispiel »Mentoring«, »Patenschaft« oder »Leichte Sprache«.
            </Translate>
          </p>
        )}
        {loaded.kind === 'unavailable' && (
          <p>
            {loaded.notBuilt
              ? translate({id: 'search.unavailable.dev', message: 'Der Suchindex entsteht beim Bauen der Website. Im Entwicklungsmodus gibt es ihn nicht: npm run build, dann npm run serve.', description: 'Under npm start there is no index'})
              : translate({id: 'search.unavailable.later', message: 'Bitte versuchen Sie es später noch einmal.', description: 'Advice when the search is unavailable'})}
          </p>
        )}
        {page && page.unfiltered > 0 && (
          <div className="row" aria-busy={pending}>
            <div className="col col--3">
              {filterToggle.button}
              <section id="suche-filter" aria-labelledby="filter-titel" className={`${styles.filters} ${filterToggle.panelClassName}`}>
                <Heading as="h2" id="filter-titel" className={styles.filtersTitle}>
                  <Translate id="search.filters" description="Heading of the filters">
                    Filter
                  </Translate>
                </Heading>
                <FacetGroup
                  name={'typ' as FilterKey}
                  label={translate({id: 'search.facet.type', message: 'Art des Inhalts', description: 'Heading of the content type filter'})}
                  options={CONTENT_TYPES.map((type) => ({value: type, label: CONTENT_TYPE_LABELS[type], count: page.typeCounts[type]}))}
                  selected={state.types}
                  onToggle={toggleType}
                />
                {page.facets && catalogue && (
                  <>
                    <p className={styles.note}>
                      <Translate id="search.facets.note" description="Note before the practice filters">
                        Die folgenden Filter gelten für Praxisbeispiele.
                      </Translate>
                    </p>
                    {FACETS.map((facet) => (
                      <FacetGroup
                        key={facet}
                        name={facet}
                        label={FACET_WORDS[facet].heading}
                        options={catalogue.vocabularies[facet].map((value, index) => ({value: value.slug, label: value.label, count: page.facets!.counts[facet][index] ?? 0}))}
                        selected={state.facets[facet]}
                        onToggle={(value) => toggleFacet(facet, value)}
                        // The map of the Länder when only practices are searched (as in the catalogue).
                        {...(facet === 'states' && map ? {map, mapCounts: page.facets!.regional ?? null} : {})}
                      />
                    ))}
                    <FacetGroup
                      name="carrier"
                      label={translate({id: 'search.facet.carrier', message: 'Träger*in', description: 'Heading of the carrier filter'})}
                      options={catalogue.carriers.map((carrier, index) => ({value: carrier.id, label: carrier.name, count: page.facets!.carrierCounts[index] ?? 0}))}
                      selected={state.facets.carrier}
                      onToggle={(value) => toggleFacet('carrier', value)}
                      limit={8}
                    />
                  </>
                )}
                {anyFilter && (
                  <button type="button" className="button button--secondary button--sm" onClick={resetFilters}>
                    <Translate id="search.reset" description="Button that removes every filter">
                      Filter zurücksetzen
                    </Translate>
                  </button>
                )}
              </section>
            </div>
            <div className="col col--9">
              <ol className={styles.results} aria-label={translate({id: 'search.results', message: 'Suchergebnisse', description: 'Accessible name of the result list'})} tabIndex={-1} ref={resultsRef}>
                {items.map((item) => (
                  <li key={item.key} className={styles.result}>
                    <span className="wp-result-type">{item.typeLabel}</span>
                    <Heading as="h2" className={styles.title}>
                      <Link to={item.url} data-noBrokenLinkCheck>
                        <Marked parts={item.title} />
                      </Link>
                    </Heading>
                    {item.practice && (item.practice.states.length > 0 || item.practice.carrier) && (
                      <p className={styles.facts}>
                        {[
                          item.practice.states.length > 0 ? `${FACET_WORDS.states.singular}: ${item.practice.states.join(', ')}` : '',
                          item.practice.carrier ? `${CARRIER_WORDS.singular}: ${item.practice.carrier}` : '',
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                    )}
                    {item.heading.length > 0 && (
                      <p className={styles.section}>
                        {translate({id: 'search.result.section', message: 'Abschnitt:', description: 'Before the section heading of a result'})} <Marked parts={item.heading} />
                      </p>
                    )}
                    <p className={styles.snippet}>
                      <Marked parts={item.snippet} />
                    </p>
                  </li>
                ))}
              </ol>
              {page.total > visible && (
                <button type="button" className="button button--secondary" onClick={() => setMore({search: location.search, count: visible + PAGE_SIZE})}>
                  {translate({id: 'search.more', message: 'Weitere Treffer anzeigen ({rest})', description: 'Button that shows more results'}, {rest: (page.total - visible).toLocaleString('de-DE')})}
                </button>
              )}
            </div>
          </div>
        )}
        {page && page.total === 0 && (
          <div className={styles.empty}>
            <p>
              <Translate id="search.tips" description="Before the tips when nothing was found">
                So finden Sie eher etwas:
              </Translate>
            </p>
            <ul>
              {!anyFilter &&
                suggestions.map((suggestion) => (
                  <li key={suggestion.query}>
                    {translate({id: 'search.suggestion.text', message: 'Meinten Sie', description: 'Before a query that would find something'})}{' '}
                    <Link to={`/suche${toSearch({q: suggestion.query, types: [], facets: {...EMPTY_FILTER}})}`}>»{suggestion.query}«</Link> ({hitsLabel(suggestion.total)})?
                  </li>
                ))}
              {!anyFilter &&
                named.map((entry) => (
                  <li key={`${entry.key}:${entry.value}`}>
                    {translate({id: 'search.suggestion.facet', message: 'Im Katalog guter Praxis nach {facet} filtern:', description: 'Before a link to the catalogue filtered by a value the query names'}, {facet: facetName(entry.key)})}{' '}
                    <Link to={catalogueQuery(entry.key, entry.value)}>{entry.label}</Link>
                  </li>
                ))}
              <li>
                <Translate id="search.tips.spelling" description="Tip when nothing was found">
                  Prüfen Sie die Schreibweise.
                </Translate>
              </li>
              <li>
                <Translate id="search.tips.fewer" description="Tip when nothing was found">
                  Verwenden Sie weniger oder allgemeinere Wörter, zum Beispiel »Patenschaft« statt »Lesepatenschaft für Grundschulkinder«.
                </Translate>
              </li>
              {anyFilter && (
                <li>
                  <Translate id="search.tips.reset" description="Tip when nothing was found with filters">
                    Setzen Sie die Filter zurück.
                  </Translate>
                </li>
              )}
              <li>
                <Translate
                  id="search.tips.browse"
                  description="Tip when nothing was found; {catalogue} is a link to the catalogue"
                  values={{
                    catalogue: (
                      <Link to="/gute-praxis">
                        <Translate id="search.tips.catalogue" description="Link text in a tip">
                          Katalog guter Praxis
                        </Translate>
                      </Link>
                    ),
                  }}>
                  {'Stöbern Sie im {catalogue} nach Handlungsfeldern, Zielgruppen und Regionen.'}
                </Translate>
              </li>
            </ul>
          </div>
        )}
      </main>
    </Layout>
  );
}

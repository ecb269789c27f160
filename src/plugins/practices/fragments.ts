/**
 * The HTML of every catalogue page that is not a Docusaurus route of its own:
 * practices, vocabulary value pages, carrier pages and the carrier index. Pure
 * string rendering (fast at 10,000 practices); the build pours each fragment
 * into the page shell, and the client fetches it as JSON when navigating.
 */
import {formatGermanDate, isoDay} from '../../utils/formatDate';
import type {Fragment} from '../../fragmentPages/fragment';
import {escapeHtml} from '../../utils/escapeHtml';
import {breadcrumbs, factRow, link, SAMPLE_BADGE} from '../fragmentPages/html';
import {type Catalogue, type RenderedPractice} from './model';
import type {CarrierMap} from './catalogueData';
import {germanList} from '../../map/staticMap';
import {MAP_SOURCE} from '../../map/types';
import {FACET_WORDS, FACETS, NATIONWIDE, type Facet, carrierPath, catalogueQuery, practicePath, valuePath} from '../../vocabulary';


/** Reversed and base64-encoded, so harvesters find no address; the client decodes it into a mailto link. */
export const encodeEmail = (email: string): string => Buffer.from([...email].reverse().join(''), 'utf8').toString('base64');
export const displayEmail = (email: string): string => email.replace('@', '(at)');

const count = (n: number): string => (n === 1 ? 'ein Praxisbeispiel' : `${n.toLocaleString('de-DE')} Praxisbeispiele`);


function practiceList(catalogue: Catalogue, practices: readonly RenderedPractice[]): string {
  if (practices.length === 0) return '<p>Hierzu gibt es noch keine Praxisbeispiele.</p>';
  const items = practices.map((practice) => {
    const carrier = catalogue.carrierById.get(practice.carrier);
    return `<li>${link(practicePath(practice.slug), practice.title)}${practice.sample ? ` ${SAMPLE_BADGE}` : ''}${carrier ? `<br><span class="wp-muted">${escapeHtml(carrier.name)}</span>` : ''}</li>`;
  });
  return `<ul class="wp-practice-list" data-search-ignore>${items.join('')}</ul>`;
}

export function practiceFragment(catalogue: Catalogue, practice: RenderedPractice, similar: readonly RenderedPractice[], editUrl?: string): Fragment {
  const carrier = catalogue.carrierById.get(practice.carrier)!;
  const vocabularyRow = (name: Facet): string =>
    factRow(
      FACET_WORDS[name].heading,
      practice[name].map((slug) => link(valuePath(name, slug), catalogue.labels[name].get(slug) ?? slug)),
    );
  const contact = practice.contact;
  const contactLines = contact
    ? [
        contact.name ? escapeHtml(contact.name) : '',
        contact.email ? `<a class="wp-mail" data-wp-mail="${encodeEmail(contact.email)}">${escapeHtml(displayEmail(contact.email))}</a>` : '',
        contact.phone ? `<a href="tel:${escapeHtml(contact.phone.replace(/[^+\d]/g, ''))}">${escapeHtml(contact.phone)}</a>` : '',
        contact.url ? `<a href="${escapeHtml(contact.url)}" rel="noopener">${escapeHtml(contact.url.replace(/^https?:\/\//, ''))}</a>` : '',
      ].filter(Boolean)
    : [];
  const facts = [
    factRow('Träger*in', [link(carrierPath(carrier.id), carrier.name)]),
    ...FACETS.map(vocabularyRow),
    practice.since !== undefined ? factRow('Seit', [String(practice.since)]) : '',
    contactLines.length > 0 ? `<dt>Kontakt</dt><dd>${contactLines.join('<br>')}</dd>` : '',
  ].join('');
  const similarHtml =
    similar.length > 0
      ? `<section aria-labelledby="aehnliche" class="margin-top--lg"><h2 id="aehnliche">Ähnliche Praxisbeispiele</h2>${practiceList(catalogue, similar)}</section>`
      : '';
  const html = [
    breadcrumbs([['Gute Praxis', '/gute-praxis'], [practice.title, undefined]]),
    '<article class="wp-practice">',
    `<header><h1>${escapeHtml(practice.title)}</h1>${practice.sample ? `<p>${SAMPLE_BADGE} <span class="wp-muted">Dieses Praxisbeispiel ist erfunden und dient als Muster.</span></p>` : ''}<p class="wp-lead">${escapeHtml(practice.description)}</p></header>`,
    `<aside class="wp-facts" aria-labelledby="steckbrief" data-search-facts><h2 id="steckbrief" class="wp-facts__title">Steckbrief</h2><dl>${facts}</dl></aside>`,
    practice.toc ?? '',
    `<div class="wp-body markdown">${practice.html}</div>`,
    '</article>',
    similarHtml,
    practice.lastUpdated !== undefined
      ? `<p class="wp-muted margin-top--lg">Zuletzt aktualisiert am <time datetime="${isoDay(new Date(practice.lastUpdated))}">${formatGermanDate(new Date(practice.lastUpdated))}</time></p>`
      : '',
    `<p class="margin-top--lg">${link('/gute-praxis', '← Zurück zum Katalog')}${editUrl ? ` · <a href="${escapeHtml(editUrl + practice.file)}" rel="noopener">Diese Seite bearbeiten</a>` : ''}</p>`,
  ].join('');
  return {path: practicePath(practice.slug), title: practice.title, description: practice.description, html};
}

/**
 * A practice as a plain page, without anything of the catalogue (no fact box,
 * no links to value or carrier pages, no similar practices): the bench's
 * baseline for what the catalogue adds to the build (the bench variant catalogue-pages-only, scripts/bench/variants.ts).
 */
export function plainPracticeFragment(practice: RenderedPractice): Fragment {
  const html = `<article class="wp-practice"><header><h1>${escapeHtml(practice.title)}</h1><p class="wp-lead">${escapeHtml(practice.description)}</p></header><div class="wp-body markdown">${practice.html}</div></article>`;
  return {path: practicePath(practice.slug), title: practice.title, description: practice.description, html};
}

export function valueFragment(catalogue: Catalogue, name: Facet, slug: string): Fragment {
  const label = catalogue.labels[name].get(slug) ?? slug;
  const matches = catalogue.practices.filter(
    (practice) => practice[name].includes(slug) || (name === 'states' && slug !== NATIONWIDE && practice.states.includes(NATIONWIDE)),
  );
  const nationwideNote = name === 'states' && slug !== NATIONWIDE ? ' Bundesweite Angebote sind eingeschlossen.' : '';
  const html = [
    breadcrumbs([['Gute Praxis', '/gute-praxis'], [`${FACET_WORDS[name].singular}: ${label}`, undefined]]),
    `<h1>${escapeHtml(FACET_WORDS[name].singular)}: ${escapeHtml(label)}</h1>`,
    `<p>${count(matches.length)}.${nationwideNote} ${link(catalogueQuery(name, slug), 'Im Katalog mit weiteren Filtern eingrenzen')}</p>`,
    practiceList(catalogue, matches),
  ].join('');
  return {
    path: valuePath(name, slug),
    title: `${FACET_WORDS[name].singular}: ${label} – Gute Praxis`,
    description: `Gute Praxis im Bereich ${FACET_WORDS[name].singular} »${label}«: ${count(matches.length)} von Programmträger*innen im Bundesprogramm »Menschen stärken Menschen«.`,
    html,
  };
}

/** Where the carrier works: the map of their Länder with the same in words. */
function carrierMapFigure(map: CarrierMap): string {
  const lands = germanList(map.lands);
  const words = map.lands.length === 0 ? 'Tätig bundesweit.' : `Tätig in ${lands}${map.nationwide ? ', dazu bundesweit' : ''}.`;
  const alt = map.lands.length === 0 ? 'Karte der Länder, keines hervorgehoben (bundesweit tätig)' : `Karte der Länder, hervorgehoben: ${lands}`;
  return [
    '<figure class="wp-land-map">',
    `<img src="${escapeHtml(map.src)}" width="${map.width}" height="${map.height}" alt="${escapeHtml(alt)}" loading="lazy" decoding="async">`,
    `<figcaption>${escapeHtml(words)} <span class="wp-muted">Kartengrundlage: <a href="${MAP_SOURCE.url}">Natural Earth</a> (gemeinfrei).</span></figcaption>`,
    '</figure>',
  ].join('');
}

export function carrierFragment(catalogue: Catalogue, carrierId: string, map?: CarrierMap): Fragment {
  const carrier = catalogue.carrierById.get(carrierId)!;
  const practices = catalogue.practicesByCarrier.get(carrierId) ?? [];
  const place = [carrier.city, carrier.state ? catalogue.labels.states.get(carrier.state) : undefined].filter(Boolean).join(', ');
  const html = [
    breadcrumbs([['Träger*innen', '/traeger'], [carrier.name, undefined]]),
    `<h1>${escapeHtml(carrier.name)}</h1>`,
    place ? `<p class="wp-muted">${escapeHtml(place)}</p>` : '',
    carrier.description ? `<p>${escapeHtml(carrier.description)}</p>` : '',
    carrier.url ? `<p><a href="${escapeHtml(carrier.url)}" rel="noopener">Website von ${escapeHtml(carrier.name)}</a></p>` : '',
    map ? `<h2>Wo ${escapeHtml(carrier.name)} tätig ist</h2>${carrierMapFigure(map)}` : '',
    `<h2>Praxisbeispiele</h2><p>${count(practices.length)}. ${link(catalogueQuery('carrier', carrierId), 'Im Katalog filtern')}</p>`,
    practiceList(catalogue, practices),
  ].join('');
  return {
    path: carrierPath(carrierId),
    title: `${carrier.name} – Träger*innen`,
    description: carrier.description ?? `${carrier.name}: ${count(practices.length)} im Katalog guter Praxis.`,
    html,
  };
}

export function carriersIndexFragment(catalogue: Catalogue): Fragment {
  const items = catalogue.carriers.map((carrier) => {
    const place = carrier.city ? ` <span class="wp-muted">(${escapeHtml(carrier.city)})</span>` : '';
    return `<li>${link(carrierPath(carrier.id), carrier.name)}${place} – ${count(catalogue.practicesByCarrier.get(carrier.id)?.length ?? 0)}</li>`;
  });
  const html = [
    '<h1>Programmträger*innen</h1>',
    `<p>${catalogue.carriers.length.toLocaleString('de-DE')} Programmträger*innen stellen ihre gute Praxis vor.</p>`,
    `<ul class="wp-practice-list">${items.join('')}</ul>`,
  ].join('');
  return {
    path: '/traeger',
    title: 'Programmträger*innen',
    description: 'Alle Programmträger*innen im Katalog guter Praxis, mit ihren Praxisbeispielen.',
    html,
  };
}

/** The value, carrier and index pages, each made when called (workers share them out, see renderWorker.ts). */
export function otherPages(catalogue: Catalogue, carrierMaps: Record<string, CarrierMap> = {}): (() => Fragment)[] {
  return [
    ...FACETS.flatMap((name) => catalogue.vocabularies[name].map((entry) => () => valueFragment(catalogue, name, entry.slug))),
    ...catalogue.carriers.map((carrier) => () => carrierFragment(catalogue, carrier.id, carrierMaps[carrier.id])),
    () => carriersIndexFragment(catalogue),
  ];
}

/**
 * The site's words for its content, defined once: the catalogue's facets
 * (keys, German headings, URL segments), the carrier filter, the content types
 * of the search, and the addresses made from them. The values of each facet
 * live in `src/data/<facet>.yml` (see src/content/vocabularies.ts).
 *
 * Free of Node, React and zod imports: the build, the browser code, the search
 * and the tests import it.
 */

/** The catalogue's facets, in the order the filters show them; also the front-matter fields of a practice. */
export const FACETS = ['topics', 'audiences', 'roles', 'formats', 'states'] as const;
export type Facet = (typeof FACETS)[number];

/** Every catalogue filter: the facets and the carrier. */
export type FilterKey = Facet | 'carrier';
export const FILTER_KEYS: readonly FilterKey[] = [...FACETS, 'carrier'];

/** How a facet is named: as a filter heading, for one value (»Zielgruppe: Kinder«), and in a value page's address. */
export const FACET_WORDS: Record<Facet, {heading: string; singular: string; segment: string}> = {
  topics: {heading: 'Handlungsfelder', singular: 'Handlungsfeld', segment: 'thema'},
  audiences: {heading: 'Zielgruppen', singular: 'Zielgruppe', segment: 'zielgruppe'},
  roles: {heading: 'Rolle der Engagierten', singular: 'Rolle der Engagierten', segment: 'rolle'},
  formats: {heading: 'Format', singular: 'Format', segment: 'format'},
  states: {heading: 'Region', singular: 'Region', segment: 'region'},
};

export const CARRIER_WORDS = {singular: 'Träger*in', plural: 'Träger*innen'} as const;

/** `bundesweit` in `states` matches every Land filter. */
export const NATIONWIDE = 'bundesweit';

/** Content types of the search, practices first (they rank first at equal relevance). */
export const CONTENT_TYPES = ['praxis', 'kongress', 'bericht', 'meldung', 'termin', 'seite'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export const CONTENT_TYPE_LABELS: Record<ContentType, string> = {
  praxis: 'Gute Praxis',
  kongress: 'Fachkongress',
  bericht: 'AG-Bericht',
  meldung: 'Meldung',
  termin: 'Termin',
  seite: 'Seite',
};

/** Addresses without the base URL. */
export const CATALOGUE_PATH = '/gute-praxis';
export const CARRIERS_PATH = '/traeger';
/** »Das Programm in Zahlen« (src/plugins/numbers). */
export const NUMBERS_PATH = '/programm/zahlen';
export const practicePath = (slug: string): string => `${CATALOGUE_PATH}/${slug}`;
export const carrierPath = (id: string): string => `${CARRIERS_PATH}/${id}`;
export const valuePath = (facet: Facet, slug: string): string => `${CATALOGUE_PATH}/${FACET_WORDS[facet].segment}/${slug}`;
/** The catalogue filtered by one value. */
export const catalogueQuery = (key: FilterKey, slug: string): string => `${CATALOGUE_PATH}?${key}=${encodeURIComponent(slug)}`;

/**
 * Catalogue filtering, pure and fast: within a facet values combine with OR,
 * across facets with AND; `bundesweit` matches every Land; counts say how many
 * practices a value would yield given the other filters.
 */
import {type FacetRow, type FacetValue} from './types';
import {FACETS, FILTER_KEYS, type Facet, type FilterKey} from '../vocabulary';

export type SortOrder = 'titel' | 'neueste';

export interface FilterState {
  topics: string[];
  audiences: string[];
  roles: string[];
  formats: string[];
  states: string[];
  carrier: string[];
  q: string;
  sort: SortOrder;
}

export const EMPTY_FILTER: FilterState = {topics: [], audiences: [], roles: [], formats: [], states: [], carrier: [], q: '', sort: 'titel'};

const NATIONWIDE = 'bundesweit';
const ROW_INDEX: Record<Facet, number> = {topics: 1, audiences: 2, roles: 3, formats: 4, states: 5};

/** `?topics=bildung&states=sachsen,berlin&q=lesen&sort=neueste` → state. Unknown values are kept out. */
export function parseQuery(search: string, known?: {vocabularies: Record<Facet, FacetValue[]>; carriers: {id: string}[]}): FilterState {
  const params = new URLSearchParams(search);
  const list = (key: FilterKey): string[] => {
    const values = (params.get(key) ?? '').split(',').map((value) => value.trim()).filter(Boolean);
    const allowed = !known ? undefined : key === 'carrier' ? known.carriers.map((c) => c.id) : known.vocabularies[key].map((v) => v.slug);
    return [...new Set(allowed ? values.filter((value) => allowed.includes(value)) : values)];
  };
  return {
    topics: list('topics'),
    audiences: list('audiences'),
    roles: list('roles'),
    formats: list('formats'),
    states: list('states'),
    carrier: list('carrier'),
    q: (params.get('q') ?? '').trim(),
    sort: params.get('sort') === 'neueste' ? 'neueste' : 'titel',
  };
}

/** State → query string with the front matter keys, in a stable order; empty parts are left out. */
export function toQuery(state: FilterState): string {
  const parts: string[] = [];
  for (const key of FILTER_KEYS) {
    if (state[key].length > 0) parts.push(`${key}=${state[key].map(encodeURIComponent).join(',')}`);
  }
  if (state.q) parts.push(`q=${encodeURIComponent(state.q)}`);
  if (state.sort !== 'titel') parts.push(`sort=${state.sort}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export const isFiltered = (state: FilterState): boolean => FILTER_KEYS.some((key) => state[key].length > 0) || state.q !== '';

export interface Matcher {
  masks: Record<Facet, number>;
  carriers: Set<number> | null;
  nationwideBit: number;
}

/**
 * The practices the free text finds, from the site's search engine (src/search): their row indices, best
 * first. The catalogue keeps only these and, in the default order, orders them by relevance.
 */
export interface TextMatches {
  rows: readonly number[];
}

export function createMatcher(state: FilterState, vocabularies: Record<Facet, FacetValue[]>, carrierIds: readonly string[]): Matcher {
  const masks = {} as Record<Facet, number>;
  for (const facet of FACETS) {
    masks[facet] = state[facet].reduce((mask, slug) => {
      const index = vocabularies[facet].findIndex((value) => value.slug === slug);
      return index < 0 ? mask : mask | (1 << index);
    }, 0);
  }
  const nationwideIndex = vocabularies.states.findIndex((value) => value.slug === NATIONWIDE);
  const carriers = state.carrier.length > 0 ? new Set(state.carrier.map((id) => carrierIds.indexOf(id)).filter((i) => i >= 0)) : null;
  return {masks, carriers, nationwideBit: nationwideIndex < 0 ? 0 : 1 << nationwideIndex};
}

/** Which filters a row fails, as a bit set over [facets…, carrier, q]. */
function failures(row: FacetRow, matcher: Matcher, found: boolean): number {
  let failed = 0;
  FACETS.forEach((facet, index) => {
    const mask = matcher.masks[facet];
    if (mask === 0) return;
    const value = row[ROW_INDEX[facet]] as number;
    const hit = (value & mask) !== 0 || (facet === 'states' && (value & matcher.nationwideBit) !== 0 && (mask & ~matcher.nationwideBit) !== 0);
    if (!hit) failed |= 1 << index;
  });
  if (matcher.carriers && !matcher.carriers.has(row[0])) failed |= 1 << FACETS.length;
  if (!found) failed |= 1 << (FACETS.length + 1);
  return failed;
}

export interface FilterResult {
  /** Matching row indices, in the requested order. */
  indices: number[];
  /** For each facet, per value index: how many practices selecting it would yield with the other filters. */
  counts: Record<Facet, number[]>;
  /** Per carrier index. */
  carrierCounts: number[];
  /**
   * Per value of the region facet: the practices that name the Land itself (with the other filters). `counts.states`
   * also counts the nationwide ones for every Land, as the filter does; the map shows those beside the Länder.
   */
  regional: number[];
}

/**
 * Filters and counts in one pass. `matches`: what the free text found (without free text: undefined, every
 * row passes); in the order »titel« the rows then come by relevance, as the search ranks them.
 */
export function filterCatalogue(
  rows: readonly FacetRow[],
  matcher: Matcher,
  sizes: {values: Record<Facet, number>; carriers: number},
  sort: SortOrder,
  matches?: TextMatches,
): FilterResult {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Array<number>(sizes.values[facet]).fill(0)])) as Record<Facet, number[]>;
  const carrierCounts = new Array<number>(sizes.carriers).fill(0);
  const regional = new Array<number>(sizes.values.states).fill(0);
  const indices: number[] = [];
  const carrierBit = 1 << FACETS.length;
  const rank = matches ? new Map(matches.rows.map((row, position) => [row, position])) : undefined;
  rows.forEach((row, rowIndex) => {
    const failed = failures(row, matcher, !rank || rank.has(rowIndex));
    if (failed === 0) indices.push(rowIndex);
    // A row counts for a facet's values when it passes every *other* filter.
    FACETS.forEach((facet, facetIndex) => {
      if ((failed & ~(1 << facetIndex)) !== 0) return;
      const value = row[ROW_INDEX[facet]] as number;
      const list = counts[facet];
      const states = facet === 'states';
      const nationwide = states && (value & matcher.nationwideBit) !== 0;
      for (let bit = 0; bit < list.length; bit += 1) {
        const own = (value & (1 << bit)) !== 0;
        if (own || (nationwide && 1 << bit !== matcher.nationwideBit)) list[bit]! += 1;
        if (own && states) regional[bit]! += 1;
      }
    });
    if ((failed & ~carrierBit) === 0) carrierCounts[row[0]]! += 1;
  });
  if (sort === 'neueste') indices.sort((a, b) => rows[b]![6] - rows[a]![6] || a - b);
  else if (rank) indices.sort((a, b) => rank.get(a)! - rank.get(b)!);
  return {indices, counts, carrierCounts, regional};
}

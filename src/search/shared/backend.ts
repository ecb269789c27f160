/**
 * What the search box and /suche ask of a search backend, so that both work
 * the same with the built-in index and with Algolia. The backend is chosen at
 * build time (the search plugin's option `backend`) and loaded only when a
 * visitor searches (src/search/client/loadBackend.ts).
 */
import type {FacetValue} from '../../catalogue/types';
import {type Facet, type FilterKey, type ContentType} from '../../vocabulary';

/** Text in parts, some marked as matching the query; lists render it as text, never as HTML. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

export class SearchUnavailableError extends Error {
  constructor(readonly reason: 'not-built' | 'failed') {
    super(reason === 'not-built' ? 'Der Suchindex fehlt.' : 'Die Suche ist nicht erreichbar.');
  }
}

/** One result as the lists show it. */
export interface ResultItem {
  /** Stable per page (React key). */
  key: string;
  type: ContentType;
  typeLabel: string;
  /** Path with base URL and section anchor. */
  url: string;
  title: SnippetPart[];
  heading: SnippetPart[];
  snippet: SnippetPart[];
  /** For practices on /suche: their Länder and carrier, as labels (the result card shows them). */
  practice?: {states: string[]; carrier: string};
}

/** The labels of a practice's Länder and carrier, from the catalogue's slugs. */
export function practiceLabels(catalogue: CatalogueFacets, states: readonly string[], carrier: string | undefined): ResultItem['practice'] {
  return {
    states: catalogue.vocabularies.states.filter((state) => states.includes(state.slug)).map((state) => state.label),
    carrier: catalogue.carriers.find((entry) => entry.id === carrier)?.name ?? '',
  };
}

/** The catalogue's facets (from the /suche route module), for filtering practices among the results. */
export interface CatalogueFacets {
  vocabularies: Record<Facet, FacetValue[]>;
  carriers: {id: string; name: string}[];
  facetsUrl: string;
  /** URL of the map of the Länder (content-hashed JSON, a GermanyMap), fetched when only practices are searched. */
  mapUrl?: string;
}

/** The data of the /suche route. */
export interface SearchPageModule {
  /** Facets of the catalogue, for filtering practices among the results (null without catalogue). */
  catalogue: CatalogueFacets | null;
}

export type FacetSelection = Record<FilterKey, string[]>;

export interface ResultsRequest {
  q: string;
  types: ContentType[];
  facets: FacetSelection;
  /** How many results to describe (the list grows by »Weitere Treffer«). */
  limit: number;
  /** The catalogue's facets, to filter and count practices by (null: no catalogue). */
  catalogue: CatalogueFacets | null;
}

export interface ResultsPage {
  /** Pages found for the query without any filter. */
  unfiltered: number;
  /** Pages left after the filters. */
  total: number;
  items: ResultItem[];
  /** Per type: results with the catalogue filters but without the type filter. */
  typeCounts: Record<ContentType, number>;
  /**
   * Per catalogue facet value (vocabulary order) and carrier (catalogue order): practices the value would
   * yield given the other filters. Null when no practice matches the query.
   */
  facets: {counts: Record<Facet, number[]>; carrierCounts: number[]; regional?: number[]} | null;
  /** Synonyms and long forms of the query's words that found pages (»Auch gesucht: Geflüchtete«); empty with Algolia. */
  alsoSearched: string[];
}

export interface SearchBackend {
  /** Starts loading what the first query needs (on focus). */
  warm(): Promise<void>;
  /** The best few results while typing. */
  suggest(q: string, limit: number): Promise<{total: number; items: ResultItem[]}>;
  results(request: ResultsRequest): Promise<ResultsPage>;
  /**
   * The practices a query finds, best first, for the catalogue's free text (the same matches and ranking as the
   * search): row indices of the catalogue's facet file where the backend knows them, otherwise page paths.
   */
  practiceMatches(q: string): Promise<{rows: number[]} | {paths: string[]}>;
  /** Other queries that find something, for »Meinten Sie …?« when nothing was found: a close word, or one word fewer. */
  suggestions(q: string): Promise<QuerySuggestion[]>;
}

export interface QuerySuggestion {
  query: string;
  total: number;
}

/** The query without each of its words in turn (for suggestions when nothing was found). */
export function withoutOneWord(q: string): string[] {
  const words = q.split(/\s+/).filter(Boolean);
  return words.length < 2 ? [] : words.map((_, index) => words.filter((__, other) => other !== index).join(' '));
}

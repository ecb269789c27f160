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
}

/** The catalogue's facets (from the /suche route module), for filtering practices among the results. */
export interface CatalogueFacets {
  vocabularies: Record<Facet, FacetValue[]>;
  carriers: {id: string; name: string}[];
  facetsUrl: string;
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
  facets: {counts: Record<Facet, number[]>; carrierCounts: number[]} | null;
}

export interface SearchBackend {
  /** Starts loading what the first query needs (on focus). */
  warm(): Promise<void>;
  /** The best few results while typing. */
  suggest(q: string, limit: number): Promise<{total: number; items: ResultItem[]}>;
  results(request: ResultsRequest): Promise<ResultsPage>;
}

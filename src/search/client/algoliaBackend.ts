/**
 * The search backend on Algolia (when the site is built with ALGOLIA_*): the
 * lite client with the search-only key, one multi-query per view. Filters run
 * on Algolia: the type and the catalogue's facets as facet filters (OR within
 * a facet, AND across), and the counts of each facet given the other filters
 * from one extra query per selected facet, as faceted search does it.
 */
import {liteClient} from 'algoliasearch/lite';
import {practiceLabels, SearchUnavailableError, withoutOneWord, type CatalogueFacets, type FacetSelection, type QuerySuggestion, type ResultItem, type ResultsPage, type ResultsRequest, type SearchBackend} from '../shared/backend';
import type {AlgoliaSearchConfig} from '../shared/config';
import {parseHighlighted} from './algoliaHighlight';
import {FACETS, FILTER_KEYS, type FilterKey, CONTENT_TYPES, CONTENT_TYPE_LABELS, type ContentType} from '../../vocabulary';

type Client = ReturnType<typeof liteClient>;
type Query = {indexName: string; query: string; hitsPerPage: number; facets?: string[]; facetFilters?: string[][]; facetingAfterDistinct?: boolean; maxValuesPerFacet?: number};

interface Highlighted {
  value?: string;
}
interface SectionHit {
  objectID: string;
  path?: string;
  url?: string;
  type?: ContentType;
  hierarchy?: {lvl0?: string; lvl1?: string | null};
  states?: string[];
  carrier?: string[];
  _highlightResult?: {hierarchy?: {lvl0?: Highlighted; lvl1?: Highlighted}};
  _snippetResult?: {text?: Highlighted};
}
interface QueryResult {
  hits?: SectionHit[];
  nbHits?: number;
  facets?: Record<string, Record<string, number>>;
}

const isType = (value: unknown): value is ContentType => typeof value === 'string' && (CONTENT_TYPES as readonly string[]).includes(value);

export function toResultItem(hit: SectionHit, catalogue?: CatalogueFacets | null): ResultItem {
  const type = isType(hit.type) ? hit.type : 'seite';
  const heading = hit._highlightResult?.hierarchy?.lvl1?.value ?? hit.hierarchy?.lvl1 ?? '';
  return {
    key: hit.path ?? hit.objectID,
    type,
    typeLabel: CONTENT_TYPE_LABELS[type],
    url: hit.url ?? hit.path ?? '/',
    title: parseHighlighted(hit._highlightResult?.hierarchy?.lvl0?.value ?? hit.hierarchy?.lvl0 ?? ''),
    heading: heading ? parseHighlighted(heading) : [],
    snippet: parseHighlighted(hit._snippetResult?.text?.value ?? ''),
    ...(catalogue && type === 'praxis' && hit.states ? {practice: practiceLabels(catalogue, hit.states, hit.carrier?.[0])} : {}),
  };
}

/** Facet filters of a selection: one OR list per facet with values, optionally leaving one facet out. */
export function facetFilters(selection: FacetSelection, except?: FilterKey): string[][] {
  return FILTER_KEYS.filter((key) => key !== except && selection[key].length > 0).map((key) => selection[key].map((value) => `${key}:${value}`));
}

export class AlgoliaBackend implements SearchBackend {
  private client: Client | undefined;

  constructor(private readonly config: AlgoliaSearchConfig) {}

  private get search(): Client {
    this.client ??= liteClient(this.config.appId, this.config.searchKey, this.config.hosts.length > 0 ? {hosts: this.config.hosts} : {});
    return this.client;
  }

  private async run(queries: Omit<Query, 'indexName'>[]): Promise<QueryResult[]> {
    try {
      const {results} = await this.search.search({requests: queries.map((query) => ({indexName: this.config.indexName, facetingAfterDistinct: true, ...query}))});
      return results as QueryResult[];
    } catch {
      throw new SearchUnavailableError('failed');
    }
  }

  async warm(): Promise<void> {
    // Nothing to fetch ahead: the client is created on the first query.
  }

  async suggest(q: string, limit: number): Promise<{total: number; items: ResultItem[]}> {
    const [result] = await this.run([{query: q, hitsPerPage: limit}]);
    return {total: result?.nbHits ?? 0, items: (result?.hits ?? []).map((hit) => toResultItem(hit))};
  }

  /** The practices found, one hit per page (distinct), as paths (Algolia does not know the catalogue's rows). */
  async practiceMatches(q: string): Promise<{paths: string[]}> {
    const [result] = await this.run([{query: q, hitsPerPage: 1000, facetFilters: [['type:praxis']]}]);
    return {paths: (result?.hits ?? []).map((hit) => hit.path ?? '').filter(Boolean)};
  }

  /** Algolia corrects typos itself; what is left to suggest is the query with one word fewer. */
  async suggestions(q: string): Promise<QuerySuggestion[]> {
    const queries = withoutOneWord(q);
    if (queries.length === 0) return [];
    const results = await this.run(queries.map((query) => ({query, hitsPerPage: 0})));
    return queries
      .map((query, index) => ({query, total: results[index]?.nbHits ?? 0}))
      .filter((suggestion) => suggestion.total > 0)
      .sort((a, b) => b.total - a.total)
      .slice(0, 3);
  }

  async results({q, types, facets, limit, catalogue}: ResultsRequest): Promise<ResultsPage> {
    const typeFilter = types.length > 0 ? [types.map((type) => `type:${type}`)] : [];
    const selected = FILTER_KEYS.filter((key) => facets[key].length > 0);
    const unselected = FILTER_KEYS.filter((key) => facets[key].length === 0);
    const practices = [['type:praxis']];
    const queries: Omit<Query, 'indexName'>[] = [
      // The results: every filter.
      {query: q, hitsPerPage: limit, facetFilters: [...typeFilter, ...facetFilters(facets)]},
      // Without filters: is there anything, and are there practices at all?
      {query: q, hitsPerPage: 0, facets: ['type']},
      // Type counts: the catalogue filters, not the type filter.
      {query: q, hitsPerPage: 0, facets: ['type'], facetFilters: facetFilters(facets)},
    ];
    if (catalogue) {
      // Counts of the facets without a selection: practices with all selections.
      if (unselected.length > 0) queries.push({query: q, hitsPerPage: 0, facets: unselected, facetFilters: [...practices, ...facetFilters(facets)], maxValuesPerFacet: 1000});
      // Each selected facet: practices with the other facets' selections (OR within a facet).
      for (const key of selected) queries.push({query: q, hitsPerPage: 0, facets: [key], facetFilters: [...practices, ...facetFilters(facets, key)], maxValuesPerFacet: 1000});
    }
    const [main, base, typed, ...facetResults] = await this.run(queries);
    const typeCounts = Object.fromEntries(CONTENT_TYPES.map((type) => [type, typed?.facets?.type?.[type] ?? 0])) as Record<ContentType, number>;

    let facetCounts: ResultsPage['facets'] = null;
    if (catalogue && (base?.facets?.type?.praxis ?? 0) > 0) {
      const countsOf = (key: FilterKey): Record<string, number> => {
        const index = facets[key].length > 0 ? unselected.length > 0 ? 1 + selected.indexOf(key) : selected.indexOf(key) : 0;
        return facetResults[index]?.facets?.[key] ?? {};
      };
      facetCounts = {
        counts: Object.fromEntries(FACETS.map((facet) => [facet, catalogue.vocabularies[facet].map((value) => countsOf(facet)[value.slug] ?? 0)])) as Record<(typeof FACETS)[number], number[]>,
        carrierCounts: catalogue.carriers.map((carrier) => countsOf('carrier')[carrier.id] ?? 0),
      };
    }
    return {
      unfiltered: base?.nbHits ?? 0,
      total: main?.nbHits ?? 0,
      items: (main?.hits ?? []).map((hit) => toResultItem(hit, catalogue)),
      typeCounts,
      facets: facetCounts,
      // Algolia applies the synonyms itself and does not say which ones found a hit.
      alsoSearched: [],
    };
  }
}

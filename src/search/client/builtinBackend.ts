/**
 * The search backend on the built-in index: the engine finds all matching
 * pages; types and the catalogue's facets (the same facet file and filter
 * code as the catalogue) are filtered and counted here in the browser.
 */
import {createMatcher, filterCatalogue, EMPTY_FILTER} from '../../catalogue/filter';
import {type FacetRow, type FacetsFile} from '../../catalogue/types';
import {practiceLabels, withoutOneWord, type QuerySuggestion, type ResultsPage, type ResultsRequest, type SearchBackend} from '../shared/backend';
import {describeHits, loadEngine} from './builtinEngine';
import type {SearchEngine, SearchOutcome} from './engine';
import {FACETS, FILTER_KEYS, type Facet, CONTENT_TYPES, type ContentType} from '../../vocabulary';

export class BuiltinBackend implements SearchBackend {
  private last: {q: string; outcome: Promise<SearchOutcome>} | undefined;
  private rows: {url: string; rows: Promise<FacetRow[]>} | undefined;
  private loading: Promise<SearchEngine> | undefined;

  constructor(private readonly baseUrl: string) {}

  /** The engine, loading the manifest on first use (and again after a failure). */
  private engine(): Promise<SearchEngine> {
    if (!this.loading) {
      this.loading = loadEngine(this.baseUrl);
      this.loading.catch(() => (this.loading = undefined));
    }
    return this.loading;
  }

  async warm(): Promise<void> {
    await this.engine();
  }

  async suggest(q: string, limit: number): Promise<{total: number; items: Awaited<ReturnType<typeof describeHits>>}> {
    const engine = await this.engine();
    const outcome = await engine.search(q, {quick: true});
    return {total: outcome.total, items: await describeHits(engine, outcome, outcome.top(limit), this.baseUrl)};
  }

  /** The outcome of the last query is kept: filters and »Weitere Treffer« do not search again. */
  private outcome(q: string): Promise<SearchOutcome> {
    if (this.last?.q !== q) {
      const outcome = this.engine().then((engine) => engine.search(q));
      outcome.catch(() => (this.last = undefined));
      this.last = {q, outcome};
    }
    return this.last.outcome;
  }

  /** The catalogue's facet rows; without them (a failed request) practices are not filtered by facets. */
  private facetRows(url: string): Promise<FacetRow[]> {
    if (this.rows?.url !== url) {
      const rows = fetch(url)
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          return ((await response.json()) as FacetsFile).rows;
        })
        .catch(() => {
          this.rows = undefined;
          return [];
        });
      this.rows = {url, rows};
    }
    return this.rows.rows;
  }

  async results({q, types, facets, limit, catalogue}: ResultsRequest): Promise<ResultsPage> {
    const engine = await this.engine();
    const outcome = await this.outcome(q);
    const practiceHits = outcome.hits.filter((hit) => hit.type === 'praxis');
    const rows = catalogue && practiceHits.length > 0 ? await this.facetRows(catalogue.facetsUrl) : [];

    let facetResult: (ReturnType<typeof filterCatalogue> & {passing: Set<number>}) | null = null;
    if (catalogue && rows.length > 0) {
      const subset = practiceHits.map((hit) => rows[hit.id]).filter((row): row is FacetRow => row !== undefined);
      const matcher = createMatcher({...EMPTY_FILTER, ...facets}, catalogue.vocabularies, catalogue.carriers.map((carrier) => carrier.id));
      const sizes = {values: Object.fromEntries(FACETS.map((facet) => [facet, catalogue.vocabularies[facet].length])) as Record<Facet, number>, carriers: catalogue.carriers.length};
      const result = filterCatalogue(subset, matcher, sizes, 'titel');
      facetResult = {...result, passing: new Set(result.indices.map((index) => practiceHits[index]!.id))};
    }

    // Catalogue facets filter the practices among the hits; selecting any hides the other types.
    const facetSelected = FILTER_KEYS.some((key) => facets[key].length > 0);
    const passesFacets = (hit: {id: number; type: ContentType}): boolean =>
      !facetSelected || (hit.type === 'praxis' && (!facetResult || facetResult.passing.has(hit.id)));
    const typeCounts = Object.fromEntries(CONTENT_TYPES.map((type) => [type, 0])) as Record<ContentType, number>;
    const filtered = outcome.hits.filter((hit) => {
      if (!passesFacets(hit)) return false;
      typeCounts[hit.type] += 1;
      return types.length === 0 || types.includes(hit.type);
    });
    const shown = filtered.slice(0, limit);
    const items = await describeHits(engine, outcome, shown, this.baseUrl);
    // Practices show their Länder and carrier (from the catalogue's facet rows, the same as its filters).
    if (catalogue && rows.length > 0) {
      shown.forEach((hit, index) => {
        const row = hit.type === 'praxis' ? rows[hit.id] : undefined;
        if (!row) return;
        const states = catalogue.vocabularies.states.filter((_, bit) => (row[5] & (1 << bit)) !== 0).map((state) => state.slug);
        items[index] = {...items[index]!, practice: practiceLabels(catalogue, states, catalogue.carriers[row[0]]?.id)};
      });
    }
    return {
      unfiltered: outcome.hits.length,
      total: filtered.length,
      items,
      typeCounts,
      facets: facetResult ? {counts: facetResult.counts, carrierCounts: facetResult.carrierCounts, regional: facetResult.regional} : null,
      alsoSearched: outcome.alsoSearched,
    };
  }

  /** Practice ids are the rows of the catalogue's facet file (the index numbers practices in catalogue order). */
  async practiceMatches(q: string): Promise<{rows: number[]}> {
    const outcome = await this.outcome(q);
    return {rows: outcome.hits.filter((hit) => hit.type === 'praxis').map((hit) => hit.id)};
  }

  async suggestions(q: string): Promise<QuerySuggestion[]> {
    const engine = await this.engine();
    const candidates = [...(await engine.closeQueries(q)), ...withoutOneWord(q)];
    const found = await Promise.all(candidates.map(async (query) => ({query, total: (await engine.search(query)).total})));
    return found.filter((suggestion) => suggestion.total > 0).sort((a, b) => b.total - a.total).slice(0, 3);
  }
}

/**
 * What the catalogue loads for its free text: the practices the site's search
 * engine finds, and the query words that name a facet value or a carrier.
 * Both are loaded with the first query, not with the page.
 */
import {useEffect, useMemo, useState} from 'react';
import type {FilterState} from '../../catalogue/filter';
import type {PracticeMatches} from '../../catalogue/rows';
import type {CatalogueModule} from '../../catalogue/types';
import {useSearchBackend} from '../../search/client/useSearchBackend';
import type * as FacetWords from '../../search/shared/facetWords';

/** The backend's answer for one query; `failed` when the search engine could not be reached. */
export interface Found {
  q: string;
  matches?: PracticeMatches;
  failed?: boolean;
}

/**
 * Free text: the site's search engine finds the practices (same matches, typo tolerance and ranking as /suche),
 * loaded on the first query; the facets filter them in the catalogue. `current` is the answer for `q` once it
 * has arrived.
 */
export function useTextMatches(q: string) {
  const needsText = q !== '';
  const backend = useSearchBackend();
  const [found, setFound] = useState<Found | null>(null);
  useEffect(() => {
    if (!q) return undefined;
    let cancelled = false;
    void (async () => {
      try {
        const matches = await (await backend()).practiceMatches(q);
        if (!cancelled) setFound({q, matches});
      } catch {
        if (!cancelled) setFound({q, failed: true});
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [q, backend]);
  const current = needsText && found?.q === q ? found : null;
  const textFailed = current?.failed === true;
  // A backend that answers with paths (Algolia) needs every practice's slug to find its row.
  const byPath = current?.matches !== undefined && 'paths' in current.matches;
  return {needsText, current, textFailed, byPath};
}

/**
 * Query words that name a facet value or a carrier: the filter in one click, the words leave the text. The
 * matching uses the search's normalisation (stemmer, stop words): loaded with the first query, not with the page.
 */
export function useFacetWords(filter: FilterState, catalogue: CatalogueModule) {
  const [facetWords, setFacetWords] = useState<typeof FacetWords | null>(null);
  useEffect(() => {
    if (filter.q && !facetWords) void import('../../search/shared/facetWords').then(setFacetWords, () => undefined);
  }, [filter.q, facetWords]);
  const named = useMemo(
    () => (filter.q && facetWords ? facetWords.namedFacets(filter.q, catalogue).filter((entry) => !filter[entry.key].includes(entry.value)) : []),
    [filter, catalogue, facetWords],
  );
  return {facetWords, named};
}

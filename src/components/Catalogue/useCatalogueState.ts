/**
 * The catalogue's state that lives in the URL and the history: the filter read
 * from the query, the text being typed (written to the URL after a pause, as
 * a replacement), changes as history entries (useFilterNavigation), the number
 * of cards shown (back to one page when the query changes), and the way back
 * from a practice opened here.
 */
import {useEffect, useMemo, useRef, useState, type MouseEvent} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {parseQuery, toQuery, EMPTY_FILTER, type FilterState} from '../../catalogue/filter';
import type {CatalogueModule} from '../../catalogue/types';
import type {CatalogueReturnState} from '../../catalogue/wayBack';
import {useFilterNavigation} from '../../hooks/useFilterNavigation';
import {isPlainClick, PAGE_SIZE} from './_utils';

export function useCatalogueState(catalogue: CatalogueModule) {
  const location = useLocation();
  const navigate = useFilterNavigation();
  const history = useHistory();
  const withBase = useBaseUrl('/');
  /** A practice opened from here gets the catalogue's query, for its way back. */
  const openPractice = (event: MouseEvent<HTMLAnchorElement>, path: string): void => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    const state: CatalogueReturnState = {catalogueSearch: location.search};
    history.push(`${withBase.replace(/\/$/, '')}${path}`, state);
  };
  const known = useMemo(() => ({vocabularies: catalogue.vocabularies, carriers: catalogue.carriers}), [catalogue]);
  // The static HTML knows no query; the first render in the browser must match it, then the URL applies.
  const isBrowser = useIsBrowser();
  const filter = useMemo(() => (isBrowser ? parseQuery(location.search, known) : EMPTY_FILTER), [isBrowser, location.search, known]);
  const [visible, setVisible] = useState(PAGE_SIZE);
  const [query, setQuery] = useState(filter.q);

  useEffect(() => setQuery(filter.q), [filter.q]);
  useEffect(() => setVisible(PAGE_SIZE), [location.search]);

  const update = (next: FilterState, typing = false): void => navigate(toQuery(next), typing ? 'typing' : 'choice');

  // Free text: the URL follows the input after a short pause, without a history entry per key. The filter is
  // read when the pause ends, not when the key was pressed: a box ticked in between stays ticked.
  const latestFilter = useRef(filter);
  latestFilter.current = filter;
  useEffect(() => {
    if (query.trim() === latestFilter.current.q) return undefined;
    const timer = setTimeout(() => {
      const current = latestFilter.current;
      if (query.trim() !== current.q) update({...current, q: query.trim()}, true);
    }, 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the typed text triggers this; the filter is read from the ref
  }, [query]);

  return {search: location.search, filter, query, setQuery, visible, setVisible, update, openPractice};
}

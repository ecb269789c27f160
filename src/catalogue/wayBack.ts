/**
 * The way back from a practice page to the catalogue keeps the visitor's
 * filters. The catalogue hands its query to the page it opens in the history
 * state; a page opened in a new tab finds it in the referrer (same origin only).
 * Pure, for the browser and tests.
 */

/** History state that the catalogue gives a practice page it opens. */
export interface CatalogueReturnState {
  catalogueSearch: string;
}

const isReturnState = (state: unknown): state is CatalogueReturnState =>
  typeof state === 'object' && state !== null && typeof (state as {catalogueSearch?: unknown}).catalogueSearch === 'string';

/** Only a query string (`?…`) of reasonable length is taken over; anything else gives ''. */
const cleanSearch = (search: string): string => (/^\?[^#]{1,2000}$/.test(search) ? search : '');

/**
 * The catalogue query to return to, e.g. `?topics=bildung`, or '' for the
 * unfiltered catalogue. `cataloguePath` is the catalogue's path with base URL.
 */
export function catalogueSearchOf(state: unknown, referrer: string, origin: string, cataloguePath: string): string {
  if (isReturnState(state)) return cleanSearch(state.catalogueSearch);
  if (!referrer) return '';
  try {
    const url = new URL(referrer);
    if (url.origin !== origin || url.pathname.replace(/\/+$/, '') !== cataloguePath.replace(/\/+$/, '')) return '';
    return cleanSearch(url.search);
  } catch {
    return '';
  }
}

/**
 * Browser side of the built-in search: loads the manifest once (when the
 * visitor first focuses a search field), then the engine fetches what each
 * query needs. Also turns hits into what the lists show.
 */
import {SearchUnavailableError, type ResultItem} from './backend';
import {SearchEngine, type SearchHit, type SearchOutcome} from './engine';
import {highlight, snippetOf} from './snippet';
import {MANIFEST_PATH, SEARCH_TYPE_LABELS, type SearchManifest} from './types';

export {SearchUnavailableError};

let enginePromise: Promise<SearchEngine> | undefined;

async function fetchJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  if (response.status === 404) throw new SearchUnavailableError('not-built');
  if (!response.ok) throw new SearchUnavailableError('failed');
  return response.json() as Promise<unknown>;
}

/** The engine, loading the manifest on first use (and again after a failure). */
export function loadEngine(baseUrl: string): Promise<SearchEngine> {
  if (!enginePromise) {
    const root = baseUrl.replace(/\/$/, '');
    enginePromise = (async () => {
      // The manifest has a fixed address: revalidate it, everything it points to is content-hashed.
      const manifest = (await fetchJson(`${root}${MANIFEST_PATH}`, {cache: 'no-cache'})) as SearchManifest;
      return new SearchEngine(manifest, (path) => fetchJson(`${root}${path}`));
    })();
    enginePromise.catch(() => {
      enginePromise = undefined;
    });
  }
  return enginePromise;
}

/** Fetches the fragments of some hits and describes them for a list. */
export async function describeHits(engine: SearchEngine, outcome: SearchOutcome, hits: readonly SearchHit[], baseUrl: string): Promise<ResultItem[]> {
  const root = baseUrl.replace(/\/$/, '');
  return Promise.all(
    hits.map(async (hit) => {
      const page = await engine.page(hit.id);
      const snippet = snippetOf(page, outcome.matches);
      return {
        key: page.path,
        type: page.type,
        typeLabel: SEARCH_TYPE_LABELS[page.type],
        url: `${root}${page.path}${snippet.anchor ? `#${snippet.anchor}` : ''}`,
        title: highlight(page.title, outcome.matches),
        heading: snippet.heading ? highlight(snippet.heading, outcome.matches) : [],
        snippet: snippet.parts,
      };
    }),
  );
}

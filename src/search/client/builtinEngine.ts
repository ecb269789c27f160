/**
 * Browser side of the built-in search: the engine on the site's index (its
 * manifest, then what each query needs), and hits turned into what the lists
 * show. The backend (builtinBackend.ts) loads the engine once.
 */
import {SearchUnavailableError, type ResultItem} from '../shared/backend';
import {SearchEngine, type SearchHit, type SearchOutcome} from './engine';
import {highlight, snippetOf} from './snippet';
import {MANIFEST_PATH, type SearchManifest} from '../shared/types';
import {CONTENT_TYPE_LABELS} from '../../vocabulary';

async function fetchJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  if (response.status === 404) throw new SearchUnavailableError('not-built');
  if (!response.ok) throw new SearchUnavailableError('failed');
  return response.json() as Promise<unknown>;
}

/** An engine on the index of the site at `baseUrl`: loads the manifest, then fetches what each query needs. */
export async function loadEngine(baseUrl: string): Promise<SearchEngine> {
  const root = baseUrl.replace(/\/$/, '');
  // The manifest has a fixed address: revalidate it, everything it points to is content-hashed.
  const manifest = (await fetchJson(`${root}${MANIFEST_PATH}`, {cache: 'no-cache'})) as SearchManifest;
  return new SearchEngine(manifest, (path) => fetchJson(`${root}${path}`));
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
        typeLabel: CONTENT_TYPE_LABELS[page.type],
        url: `${root}${page.path}${snippet.anchor ? `#${snippet.anchor}` : ''}`,
        title: highlight(page.title, outcome.matches),
        heading: snippet.heading ? highlight(snippet.heading, outcome.matches) : [],
        snippet: snippet.parts,
      };
    }),
  );
}

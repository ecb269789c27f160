/**
 * The search backend of this build, one per page load: the search box and
 * /suche share it, and with it the loaded index. The chosen implementation
 * (built-in index or Algolia) is its own chunk, fetched on the first search.
 */
import type {SearchBackend} from '../shared/backend';
import type {SearchBackendConfig} from '../shared/config';

let loaded: Promise<SearchBackend> | undefined;

export function loadBackend(config: SearchBackendConfig, baseUrl: string): Promise<SearchBackend> {
  if (!loaded) {
    loaded =
      config.backend === 'algolia'
        ? import('./algoliaBackend').then(({AlgoliaBackend}) => new AlgoliaBackend(config))
        : import('./builtinBackend').then(({BuiltinBackend}) => new BuiltinBackend(baseUrl));
    // A failed chunk request is tried again on the next search.
    loaded.catch(() => (loaded = undefined));
  }
  return loaded;
}

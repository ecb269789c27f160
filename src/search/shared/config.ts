/**
 * The search configuration, shared by the build and the browser: which
 * backend, and for Algolia what visitors' browsers need. Read from the
 * environment by docusaurus.config.ts (pure: takes the environment as an
 * argument). The admin key is read only by `npm run search:push`
 * (server/algolia/pushConfig.ts) and never reaches the site.
 */

export interface AlgoliaHost {
  url: string;
  port?: number;
  protocol: 'http' | 'https';
  accept: 'read' | 'write' | 'readWrite';
}

/** What the browser needs: public by design (the search-only key is meant for visitors). */
export interface AlgoliaSearchConfig {
  appId: string;
  searchKey: string;
  indexName: string;
  /** Custom hosts (ALGOLIA_HOSTS); empty: Algolia's own hosts for the app id. */
  hosts: AlgoliaHost[];
}


/** The search backend of a build: the search plugin's option `backend`, and in the browser its global data. */
export type SearchBackendConfig = {backend: 'builtin'} | ({backend: 'algolia'} & AlgoliaSearchConfig);

/** The search plugin's name (its global data is read by the browser code). */
export const SEARCH_PLUGIN_NAME = 'wissensplattform-search';

export interface SearchGlobalData {
  backend: SearchBackendConfig;
}

/** Tags around matches in Algolia's highlights and snippets; the client turns them into marked text, never into HTML. */
export const HIGHLIGHT_PRE = '<mark>';
export const HIGHLIGHT_POST = '</mark>';

export class AlgoliaConfigError extends Error {
  override name = 'AlgoliaConfigError';
}

export type Env = Record<string, string | undefined>;

export const value = (env: Env, name: string): string | undefined => {
  const text = env[name]?.trim();
  return text === undefined || text === '' ? undefined : text;
};

/** `ALGOLIA_HOSTS`: comma-separated base URLs such as `http://127.0.0.1:8108` or `https://suche.example.org`. */
export function parseHosts(text: string | undefined): AlgoliaHost[] {
  if (text === undefined || text.trim() === '') return [];
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      let url: URL;
      try {
        url = new URL(part);
      } catch {
        throw new AlgoliaConfigError(
          `ALGOLIA_HOSTS: »${part}« ist keine gültige Adresse. Erwartet werden Basis-Adressen mit Protokoll, durch Kommas getrennt, z. B. http://127.0.0.1:8108,https://suche.example.org`,
        );
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new AlgoliaConfigError(`ALGOLIA_HOSTS: »${part}« muss mit http:// oder https:// beginnen.`);
      }
      if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
        throw new AlgoliaConfigError(`ALGOLIA_HOSTS: »${part}« darf keinen Pfad, keine Query und keine Zugangsdaten enthalten; gültig wäre ${url.origin}.`);
      }
      const host: AlgoliaHost = {url: url.hostname.replace(/^\[|\]$/g, ''), protocol: url.protocol === 'http:' ? 'http' : 'https', accept: 'readWrite'};
      if (url.port) host.port = Number(url.port);
      return host;
    });
}

/** Origins the browser contacts for searching (for the Content Security Policy's connect-src). */
export function searchOrigins(config: AlgoliaSearchConfig): string[] {
  if (config.hosts.length > 0) return config.hosts.map((host) => `${host.protocol}://${host.url}${host.port ? `:${host.port}` : ''}`);
  // Algolia's default hosts for an application (see algoliasearch's getDefaultHosts).
  return [`https://${config.appId}-dsn.algolia.net`, ...[1, 2, 3].map((n) => `https://${config.appId}-${n}.algolianet.com`)];
}

/**
 * The site's search backend: Algolia when app id, search-only key and index
 * name are all set, the built-in index when none is. Some but not all set is
 * a mistake the build reports instead of silently falling back.
 */
export function searchBackendConfig(env: Env): SearchBackendConfig {
  const names = ['ALGOLIA_APP_ID', 'ALGOLIA_SEARCH_KEY', 'ALGOLIA_INDEX_NAME'] as const;
  const present = names.filter((name) => value(env, name) !== undefined);
  if (present.length === 0) return {backend: 'builtin'};
  if (present.length < names.length) {
    const missing = names.filter((name) => !present.includes(name));
    throw new AlgoliaConfigError(
      `Algolia ist nur halb eingerichtet: ${present.join(', ')} ${present.length === 1 ? 'ist' : 'sind'} gesetzt, es fehlt ${missing.join(' und ')}. ` +
        'Für Algolia alle drei setzen, für die eingebaute Suche keine davon.',
    );
  }
  const searchKey = value(env, 'ALGOLIA_SEARCH_KEY')!;
  if (searchKey === value(env, 'ALGOLIA_ADMIN_KEY')) {
    throw new AlgoliaConfigError(
      'ALGOLIA_SEARCH_KEY ist derselbe Schlüssel wie ALGOLIA_ADMIN_KEY. In die Website gehört nur ein Schlüssel, der ausschließlich suchen darf (»Search-Only API Key« im Algolia-Dashboard).',
    );
  }
  return {
    backend: 'algolia',
    appId: value(env, 'ALGOLIA_APP_ID')!,
    searchKey,
    indexName: value(env, 'ALGOLIA_INDEX_NAME')!,
    hosts: parseHosts(env.ALGOLIA_HOSTS),
  };
}

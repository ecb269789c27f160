/**
 * Configuration of `npm run search:push` from the environment: the admin key
 * is read here only, never by the site build.
 */
import {AlgoliaConfigError, parseHosts, value, type AlgoliaHost, type Env} from '../../shared/config';

export interface AlgoliaPushConfig {
  appId: string;
  adminKey: string;
  indexName: string;
  hosts: AlgoliaHost[];
}

/** Configuration of `npm run search:push`: every missing variable is named at once. */
export function pushConfig(env: Env): AlgoliaPushConfig {
  const names = ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_KEY', 'ALGOLIA_INDEX_NAME'] as const;
  const missing = names.filter((name) => value(env, name) === undefined);
  if (missing.length > 0) {
    throw new AlgoliaConfigError(
      `Für npm run search:push ${missing.length === 1 ? 'fehlt die Umgebungsvariable' : 'fehlen die Umgebungsvariablen'} ${missing.join(', ')}. ` +
        'Den Admin-Schlüssel (»Write API Key« oder »Admin API Key«) finden Sie im Algolia-Dashboard unter Settings → API Keys; er gehört nur in die Umgebung des Push, nie in die Website.',
    );
  }
  return {appId: value(env, 'ALGOLIA_APP_ID')!, adminKey: value(env, 'ALGOLIA_ADMIN_KEY')!, indexName: value(env, 'ALGOLIA_INDEX_NAME')!, hosts: parseHosts(env.ALGOLIA_HOSTS)};
}

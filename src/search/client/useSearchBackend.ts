/**
 * For the search box and /suche: a function that gives the site's search
 * backend, loading it on first use. The backend's configuration is the
 * search plugin's global data (src/search/server/plugin.ts).
 */
import {useCallback} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useGlobalData from '@docusaurus/useGlobalData';
import type {SearchBackend} from '../shared/backend';
import {SEARCH_PLUGIN_NAME, type SearchGlobalData} from '../shared/config';
import {loadBackend} from './loadBackend';

export function useSearchBackend(): () => Promise<SearchBackend> {
  const {siteConfig} = useDocusaurusContext();
  // A site built without the search plugin has no index: the built-in backend then says so (»nicht gebaut«).
  const data = useGlobalData()[SEARCH_PLUGIN_NAME]?.default as SearchGlobalData | undefined;
  const config = data?.backend;
  return useCallback(() => loadBackend(config ?? {backend: 'builtin'}, siteConfig.baseUrl), [config, siteConfig.baseUrl]);
}

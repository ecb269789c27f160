/**
 * The built-in search: after the build, reads the content of every indexed
 * page (see sources.ts), builds the sharded index (src/search/buildIndex.ts)
 * and writes it into the output. Adds the results page `/suche`.
 * The index is made from the built site, so it exists only in production
 * builds; the dev server's search box says so.
 */
import {join} from 'node:path';
import {runInWorker} from '../worker';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {SearchBackendConfig} from '../../search/algolia/config';
import {renderedFragments, type PracticesContent} from '../practices';
import type {IndexJob, IndexStats} from './indexWorker';
import {catalogueSources, searchSources, type HtmlSource} from './sources';

/**
 * The index is built in a worker thread (indexWorker.ts) while the catalogue
 * plugin writes its pages on the main thread.
 */
const indexInWorker = (siteDir: string, job: IndexJob): Promise<IndexStats> => runInWorker<IndexJob, IndexStats>(siteDir, join(__dirname, 'indexWorker.ts'), job, 'Suchindex');

/** Section records for `npm run search:push`, relative to the generated-files folder (`.docusaurus`). */
export const RECORDS_FILE = 'wissensplattform-search/records.json';
export const recordsFilePath = (generatedFilesDir: string): string => join(generatedFilesDir, RECORDS_FILE);

/** The backend the site searches with (`customFields.search`, set from ALGOLIA_* in docusaurus.config.ts). */
export function backendOf(customFields: Record<string, unknown> | undefined): SearchBackendConfig {
  return (customFields?.search as SearchBackendConfig | undefined) ?? {backend: 'builtin'};
}

export interface SearchPageModule {
  /** Facets of the catalogue, for filtering practices among the results (null without catalogue). */
  catalogue: Pick<PracticesContent['module'], 'vocabularies' | 'carriers' | 'facetsUrl'> | null;
}

export default function searchPlugin(context: LoadContext): Plugin<void> {
  const {baseUrl} = context;
  let sources: HtmlSource[] = [];
  let catalogue: PracticesContent | undefined;
  return {
    name: 'wissensplattform-search',

    async allContentLoaded({allContent, actions}) {
      sources = searchSources(allContent, baseUrl);
      const practices = allContent['wissensplattform-practices']?.default as PracticesContent | undefined;
      catalogue = practices;
      const module: SearchPageModule = {
        catalogue: practices
          ? {vocabularies: practices.module.vocabularies, carriers: practices.module.carriers, facetsUrl: practices.module.facetsUrl}
          : null,
      };
      const data = await actions.createData('search-page.json', JSON.stringify(module));
      actions.addRoute({
        path: `${baseUrl}suche`,
        exact: true,
        component: '@site/src/components/SearchPage/index.tsx',
        modules: {search: data},
      });
    },

    async postBuild({outDir}) {
      const started = performance.now();
      const builtin = backendOf(context.siteConfig.customFields).backend === 'builtin';
      // The records for `npm run search:push` are only needed when the site searches with Algolia.
      const recordsFile = builtin ? undefined : recordsFilePath(context.generatedFilesDir);
      // Practice and carrier pages come from the catalogue's fragments, rendered in its own worker.
      const all = catalogue ? [...sources, ...catalogueSources(catalogue, await renderedFragments(catalogue))] : sources;
      const stats = await indexInWorker(context.siteDir, {outDir, sources: all, baseUrl, recordsFile, builtin});
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const n = (value: number): string => value.toLocaleString('de-DE');
      console.log(
        builtin
          ? `[SUCCESS] Suchindex: ${n(stats.pages)} Seiten, ${n(stats.keys)} Wörter, ${stats.shards} Teile, ${(stats.bytes / 1e6).toFixed(1)} MB in ${seconds} s.`
          : `[SUCCESS] Suche mit Algolia: ${n(stats.records)} Datensätze aus ${n(stats.pages)} Seiten für npm run search:push vorbereitet (${seconds} s); kein eingebauter Index.`,
      );
    },
  };
}

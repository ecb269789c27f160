/**
 * The built-in search: after the build, reads the content of every indexed
 * page (see sources.ts), builds the sharded index (buildIndex.ts)
 * and writes it into the output. Adds the results page `/suche`.
 * The index is made from the built site, so it exists only in production
 * builds; the dev server's search box says so.
 */
import {join} from 'node:path';
import {runInWorker} from '../../plugins/worker';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import * as z from 'zod';
import {validatedOptions} from '../../plugins/options';
import type {SearchPageModule} from '../shared/backend';
import {SEARCH_PLUGIN_NAME, type SearchBackendConfig, type SearchGlobalData} from '../shared/config';
import {siteContentOf, type CatalogueView} from '../../plugins/content';
import type {Site} from '../../content/site';
import type {BuildData, WithBuildStep} from '../../plugins/buildSteps';
import type {IndexJob, IndexStats} from './indexWorker';
import {catalogueSources, eventSources, searchSources, withEventFacets, withNewsHtml, type HtmlSource} from './sources';
import {createModuleData} from '../../plugins/moduleData';
import {searchVocabularyOf, type SearchVocabulary} from './vocabulary';

/**
 * The index is built in a worker thread (indexWorker.ts) while the catalogue
 * plugin writes its pages on the main thread.
 */
const indexInWorker = (siteDir: string, job: IndexJob): Promise<IndexStats> => runInWorker<IndexJob, IndexStats>(siteDir, join(__dirname, 'indexWorker.ts'), job, 'Suchindex');

/** Section records for `npm run search:push`, relative to the generated-files folder (`.docusaurus`). */
export const RECORDS_FILE = 'wissensplattform-search/records.json';
export const recordsFilePath = (generatedFilesDir: string): string => join(generatedFilesDir, RECORDS_FILE);

export interface SearchOptions {
  /** The backend the site searches with (from ALGOLIA_* in docusaurus.config.ts, see shared/config.ts). */
  backend: SearchBackendConfig;
}

const HOST = z.object({url: z.string().min(1), port: z.number().int().positive().optional(), protocol: z.enum(['http', 'https']), accept: z.enum(['read', 'write', 'readWrite'])});
const OPTIONS = z.object({
  backend: z
    .discriminatedUnion('backend', [
      z.object({backend: z.literal('builtin')}),
      z.object({backend: z.literal('algolia'), appId: z.string().min(1), searchKey: z.string().min(1), indexName: z.string().min(1), hosts: z.array(HOST)}),
    ])
    .default({backend: 'builtin'}),
}).strict();

export function validateOptions({options}: OptionValidationContext<Partial<SearchOptions> | undefined, SearchOptions>): SearchOptions {
  return validatedOptions(SEARCH_PLUGIN_NAME, OPTIONS, options);
}

export default function searchPlugin(context: LoadContext, options: SearchOptions): WithBuildStep<Plugin<void>> {
  const {baseUrl} = context;
  let sources: HtmlSource[] = [];
  let events: Site['events'] = [];
  let catalogue: CatalogueView | undefined;
  let vocabulary: SearchVocabulary | undefined;
  return {
    name: SEARCH_PLUGIN_NAME,

    async contentLoaded({actions}) {
      // The browser's search code reads the backend from here (src/search/client/useSearchBackend.ts).
      const data: SearchGlobalData = {backend: options.backend};
      actions.setGlobalData(data);
    },

    async allContentLoaded({allContent, actions}) {
      const content = siteContentOf(allContent, SEARCH_PLUGIN_NAME);
      vocabulary = searchVocabularyOf(content.site);
      sources = searchSources(allContent, baseUrl);
      events = content.site.events;
      // The catalogue (when this build has its plugin: the bench builds variants without it).
      const practices = allContent['wissensplattform-practices'] ? content.catalogue : undefined;
      catalogue = practices;
      const module: SearchPageModule = {
        catalogue: practices
          ? {vocabularies: practices.module.vocabularies, carriers: practices.module.carriers, facetsUrl: practices.module.facetsUrl, mapUrl: practices.module.mapUrl}
          : null,
      };
      const data = await createModuleData(actions, context.siteDir, 'search-page.json', JSON.stringify(module));
      actions.addRoute({
        path: `${baseUrl}suche`,
        exact: true,
        component: '@site/src/search/client/SearchPage/index.tsx',
        modules: {search: data},
      });
    },

    buildStep: {step: 'search index', run: ({outDir}, data) => writeIndex(outDir, data)},
  };

  async function writeIndex(outDir: string, data: Partial<BuildData>): Promise<void> {
    const started = performance.now();
    const builtin = options.backend.backend === 'builtin';
    // The records for `npm run search:push` are only needed when the site searches with Algolia.
    const recordsFile = builtin ? undefined : recordsFilePath(context.generatedFilesDir);
    // Practice and carrier pages come from the catalogue's fragments, rendered in its own worker.
    const fragments = data.catalogueFragments;
    const pages = withEventFacets([...withNewsHtml(sources, data.newsFragments ?? [], baseUrl), ...eventSources(data.eventFragments ?? [])], events);
    const all = catalogue && fragments ? [...pages, ...catalogueSources(catalogue, await fragments)] : pages;
    if (!vocabulary) throw new Error('Suche: Die Suchbegriffe fehlen (allContentLoaded lief nicht für diesen Build).');
    const stats = await indexInWorker(context.siteDir, {outDir, sources: all, baseUrl, recordsFile, builtin, vocabulary});
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const n = (value: number): string => value.toLocaleString('de-DE');
    console.log(
      builtin
        ? `[SUCCESS] Suchindex: ${n(stats.pages)} Seiten, ${n(stats.keys)} Wörter, ${stats.shards} Teile, ${(stats.bytes / 1e6).toFixed(1)} MB in ${seconds} s.`
        : `[SUCCESS] Suche mit Algolia: ${n(stats.records)} Datensätze aus ${n(stats.pages)} Seiten für npm run search:push vorbereitet (${seconds} s); kein eingebauter Index.`,
    );
  }
}

/**
 * The good-practice catalogue. Practices are Markdown files in
 * docs/gute-praxis (kept away from the docs plugin) and become pages without
 * one Docusaurus route each: a handful of parameterised routes render a page
 * shell, the build pours each practice's HTML into it, and the browser fetches
 * page fragments and catalogue data as JSON. So what a visitor downloads does
 * not grow with the catalogue. See ARCHITECTURE.md for the design and its trade-offs.
 */
import {mkdirSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {availableParallelism} from 'node:os';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {createValidationCache, loadCatalogue} from '../../content/load';
import {loadSettled, type FileStamps} from '../../content/settled';
import {ContentError} from '../../content/problems';
import {buildCatalogueData, type DataFile} from './catalogueData';
import type {CatalogueModule} from '../../catalogue/types';
import {fragmentDevServer, fragmentPages, type Fragment, type FragmentRoute} from '../fragmentPages';
import {createCatalogue, type Catalogue} from './model';
import {joinParts, type PartResult, type RenderJob, type RenderPart, type RenderResult} from './renderWorker';
import {createLiveCatalogue, createRenderCache, type LivePage} from './live';
import {runInWorker} from '../worker';
import {declareStep, provideBuildData, runStep} from '../buildSteps';
import {createModuleData} from '../moduleData';
import {carrierPath, practicePath, valuePath, FACETS} from '../../vocabulary';
import * as z from 'zod';
import {validatedOptions} from '../options';
import {germanyMap} from '../../map/geometry';

/** The catalogue module of a pages-only build (bench baseline): no facets, no data files. */
const EMPTY_MODULE: CatalogueModule = {
  vocabularies: {topics: [], audiences: [], roles: [], formats: [], states: []},
  carriers: [],
  total: 0,
  facetsUrl: '',
  textUrls: [],
  chunkSize: 0,
  firstCards: [],
};

/** Routes of the catalogue's pages, most specific first. */
const ROUTES: readonly FragmentRoute[] = [
  {pattern: '/gute-praxis/:facet/:value'},
  {pattern: '/gute-praxis/:slug'},
  {pattern: '/traeger/:id'},
  {pattern: '/traeger'},
];

export interface PracticesOptions {
  /** Folder served as static files (must be listed in `staticDirectories`). */
  publicDir: string;
  /** Base of the edit link, e.g. https://github.com/org/repo/edit/main/ (file path is appended). */
  editUrl?: string;
  /**
   * Bench only (the bench variant catalogue-pages-only, scripts/bench/variants.ts): publish the practices as plain
   * pages without the catalogue (no catalogue page and data, no value and
   * carrier pages, no fact boxes, no similar practices), to measure what the
   * catalogue adds to the build.
   */
  pagesOnly?: boolean;
}

export interface PracticesContent {
  /** Paths of every catalogue page (practices, value pages, carriers), known before rendering. */
  paths: string[];
  /** Under `npm start`: each page made when it is asked for (see live.ts). */
  live?: (path: string) => LivePage | undefined;
  /** Under `npm start`: the number of this load; a slower, older load must not replace a newer one. */
  load?: number;
  files: DataFile[];
  module: ReturnType<typeof buildCatalogueData>['module'];
}

/** Paths of the catalogue's pages, in the order of the fragments (see joinParts). */
export function cataloguePaths(catalogue: Catalogue): string[] {
  return [
    ...catalogue.practices.map((practice) => practicePath(practice.slug)),
    ...FACETS.flatMap((name) => catalogue.vocabularies[name].map((entry) => valuePath(name, entry.slug))),
    ...catalogue.carriers.map((carrier) => carrierPath(carrier.id)),
    '/traeger',
  ];
}

function writeFile(root: string, path: string, data: string): void {
  const target = join(root, path);
  mkdirSync(dirname(target), {recursive: true});
  writeFileSync(target, data);
}

/** Catalogue data goes to the generated static folder: served by the dev server, copied by the build. */
function writeDataFiles(publicDir: string, files: DataFile[]): void {
  rmSync(join(publicDir, 'daten/katalog'), {recursive: true, force: true});
  for (const file of files) writeFile(publicDir, file.path, file.content);
}

/**
 * Workers that render the catalogue: one per 2,000 practices, at most one per
 * core. Each worker loads the whole pipeline first (about a second), so a
 * small catalogue is quicker in one.
 */
export function renderWorkerCount(practices: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.ceil(practices / 2000)));
}

/** Renders the catalogue in worker threads, each its share, and puts the shares together. */
export function renderInWorkers(job: RenderJob, of = renderWorkerCount(job.practices.length)): Promise<RenderResult> {
  const parts = Array.from({length: of}, (_, index) =>
    runInWorker<{job: RenderJob; part: RenderPart}, PartResult>(job.siteDir, join(__dirname, 'renderWorker.ts'), {job, part: {index, of}}, 'Katalog'),
  );
  return Promise.all(parts).then(joinParts);
}

/** The fragments, or the build stops with the problems found while rendering. */
async function renderedFragments(rendering: Promise<RenderResult>): Promise<Fragment[]> {
  const {fragments, problems} = await rendering;
  if (problems.length > 0) throw new ContentError(problems);
  return fragments;
}

const OPTIONS = z
  .object({
    publicDir: z.string().min(1),
    editUrl: z.url().optional(),
    pagesOnly: z.boolean().default(false),
  })
  .strict();

export function validateOptions({options}: OptionValidationContext<PracticesOptions | undefined, PracticesOptions & {id: string}>): PracticesOptions & {id: string} {
  return validatedOptions('wissensplattform-practices', OPTIONS, options);
}

export default function practicesPlugin(context: LoadContext, options: PracticesOptions): Plugin<PracticesContent> {
  const {siteDir, baseUrl} = context;
  const publicDir = join(siteDir, options.publicDir);
  mkdirSync(publicDir, {recursive: true});
  const pages = fragmentPages(context, publicDir, {
    name: 'Katalog',
    routes: options.pagesOnly ? ROUTES.filter((route) => route.pattern === '/gute-praxis/:slug') : ROUTES,
    page: {
      section: 'Gute Praxis',
      missingHint: 'Vielleicht wurde das Praxisbeispiel umbenannt oder entfernt.',
      list: {href: `${baseUrl}gute-praxis`, label: 'Zum Katalog guter Praxis'},
      keepListQuery: true,
    },
    linkHint: 'Praxisbeispiele heißen /gute-praxis/<dateiname ohne .md>, Träger*innen /traeger/<id aus src/data/carriers.yml>.',
  });
  // Under `npm start`: what stays valid between two loads, so an edit re-renders only what changed (live preview).
  const live = process.env.NODE_ENV === 'production' ? undefined : {validation: createValidationCache(), render: createRenderCache(), loads: 0, served: 0};
  declareStep(context.outDir, 'catalogue pages');
  // The build's rendering of every page, started when the content is loaded.
  let rendering: Promise<RenderResult> | undefined;
  // One load of the catalogue; under `npm start` each page is made when asked for.
  const load = async (stamps?: FileStamps): Promise<PracticesContent> => {
    // Two quick saves start two loads at once (Docusaurus does not queue them); the later one read the newer files.
    const number = live ? ++live.loads : undefined;
    // Validation on the main thread: a mistake stops the build before anything else happens.
    const {vocabularies, carriers, practices, problems} = loadCatalogue(siteDir, {cache: live?.validation, stamps});
    if (problems.length > 0) throw new ContentError(problems);
    const catalogue = createCatalogue(vocabularies, carriers, practices.map((practice) => ({...practice, html: ''})));
    const {module, files, carrierMaps} = options.pagesOnly
      ? {module: EMPTY_MODULE, files: [], carrierMaps: {}}
      : buildCatalogueData(catalogue, baseUrl, germanyMap(siteDir, vocabularies.states.map((state) => state.slug)));
    const job: RenderJob = {siteDir, editUrl: options.editUrl, vocabularies, carriers, practices, pagesOnly: options.pagesOnly, carrierMaps};
    const paths = options.pagesOnly ? catalogue.practices.map((practice) => practicePath(practice.slug)) : cataloguePaths(catalogue);
    // The dev server makes each page when it is asked for (live preview): an edit costs one page, not 10,000.
    if (live) return {paths, live: createLiveCatalogue(job, live.render), load: number!, files, module};
    // A build renders in worker threads, overlapping with the bundler; awaited when the pages are written. The
    // search index gets the fragments in memory as soon as they are there (see ../buildSteps.ts).
    rendering = renderInWorkers(job);
    rendering.catch(() => undefined);
    const fragments = renderedFragments(rendering);
    fragments.catch(() => undefined);
    provideBuildData(context.outDir, 'catalogueFragments', fragments);
    return {paths, files, module};
  };
  return {
    name: 'wissensplattform-practices',

    configureWebpack() {
      return live ? fragmentDevServer(baseUrl) : {};
    },

    getPathsToWatch() {
      // The folder, not a pattern: on each added, renamed or removed file the watcher reads the folder again, and
      // matching a pattern against 10,000 names each time took it seconds (images beside practices count too).
      return [join(siteDir, 'docs/gute-praxis'), join(siteDir, 'src/data/*.yml')];
    },

    async loadContent() {
      // Under `npm start`: read again while a file is still being saved (see src/content/settled.ts).
      return live ? loadSettled([join(siteDir, 'docs/gute-praxis'), join(siteDir, 'src/data')], load) : load();
    },

    async contentLoaded({content, actions}) {
      writeDataFiles(publicDir, content.files);
      // The dev server answers pages from the live catalogue; a production build writes them after bundling.
      if (content.live && live && content.load! >= live.served) {
        live.served = content.load!;
        pages.serveInDev(content.live);
      }
      pages.register({sitemap: content.paths, existing: options.pagesOnly ? content.paths : ['/gute-praxis', ...content.paths]});
      pages.addRoutes(actions);
      if (options.pagesOnly) return;
      const catalogue = await createModuleData(actions, siteDir, 'catalogue.json', JSON.stringify(content.module));
      actions.addRoute({
        path: `${baseUrl}gute-praxis`,
        exact: true,
        component: '@site/src/components/Catalogue/index.tsx',
        modules: {catalogue},
      });
    },

    async postBuild({outDir, routesPaths}) {
      await runStep(outDir, 'catalogue pages', async () => {
        if (!rendering) throw new Error('Katalog: Die Seiten wurden nicht gerendert (loadContent lief nicht für diesen Build).');
        const fragments = await renderedFragments(rendering);
        const problems = await pages.writeBuild({outDir, routesPaths, fragments, assets: (await rendering).assets});
        // A pages-only build (bench) has no value or carrier pages that practices could link to.
        if (problems.length > 0 && !options.pagesOnly) throw new ContentError(problems);
        if (!options.pagesOnly && !existsSync(join(outDir, 'gute-praxis.html'))) throw new Error('Die Katalogseite /gute-praxis fehlt im Build.');
      });
    },
  };
}

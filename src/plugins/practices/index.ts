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
import {ContentError} from '../../content/problems';
import type {DataFile} from './catalogueData';
import type {CatalogueModule} from '../../catalogue/types';
import {fragmentPages, type Fragment, type FragmentRoute} from '../fragmentPages';
import {cataloguePaths} from './model';
import {linkTargetsOf} from '../content/linkTargets';
import type {LinkTargets} from '../../markdown/render';
import {siteContentOf, type SiteContent} from '../content';
import {joinParts, type PartResult, type RenderJob, type RenderPart, type RenderResult} from './renderWorker';
import {createLiveCatalogue, createRenderCache, type LivePage} from './live';
import {runInWorker} from '../worker';
import type {WithBuildStep} from '../buildSteps';
import {createModuleData} from '../moduleData';
import {practicePath} from '../../vocabulary';
import * as z from 'zod';
import {validatedOptions} from '../options';

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

export {cataloguePaths};

/** What the plugin makes of one graph. */
interface CataloguePages {
  paths: string[];
  files: DataFile[];
  module: CatalogueModule;
  /** Under `npm start`: each page made when it is asked for (see live.ts). */
  live?: (path: string) => LivePage | undefined;
  /** In a build: every page, rendered in worker threads. */
  rendering?: Promise<RenderResult>;
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

export default function practicesPlugin(context: LoadContext, options: PracticesOptions): WithBuildStep<Plugin<void>> {
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
  const live = process.env.NODE_ENV === 'production' ? undefined : {render: createRenderCache()};
  // The catalogue's pages of the graph they were last made from: in a build their rendering in worker threads, under
  // `npm start` the live catalogue. Another plugin's reload leaves the graph as it was, and nothing is made again.
  let made: {content: SiteContent; pages: CataloguePages} | undefined;

  /** The catalogue's pages of one graph: rendered in workers (build) or made when asked for (npm start). */
  const pagesOf = (content: SiteContent, links: LinkTargets): CataloguePages => {
    if (made?.content === content) return made.pages;
    const {site, catalogue: view} = content;
    const {vocabularies, carriers, practices} = site;
    const job: RenderJob = {siteDir, editUrl: options.editUrl, vocabularies, carriers, practices, links, pagesOnly: options.pagesOnly, carrierMaps: options.pagesOnly ? {} : view.carrierMaps};
    const paths = options.pagesOnly ? view.catalogue.practices.map((practice) => practicePath(practice.slug)) : view.paths;
    const files = options.pagesOnly ? [] : view.files;
    const module = options.pagesOnly ? EMPTY_MODULE : view.module;
    let result: CataloguePages;
    if (live) {
      // The dev server makes each page when it is asked for (live preview): an edit costs one page, not 10,000.
      result = {paths, files, module, live: createLiveCatalogue(job, live.render)};
    } else {
      // A build renders in worker threads, overlapping with the bundler; awaited when the pages are written. The
      // search index gets the fragments in memory as soon as they are there (`provides`, see ../buildSteps.ts).
      const rendering = renderInWorkers(job);
      rendering.catch(() => undefined);
      result = {paths, files, module, rendering};
    }
    made = {content, pages: result};
    return result;
  };

  return {
    name: 'wissensplattform-practices',

    configureWebpack() {
      return live ? pages.devServer() : {};
    },

    async allContentLoaded({allContent, actions}) {
      const content = siteContentOf(allContent, 'wissensplattform-practices');
      const {paths, files, module, live: livePages} = pagesOf(content, linkTargetsOf(allContent, content.site, baseUrl));
      writeDataFiles(publicDir, files);
      // The dev server answers pages from the live catalogue; a production build writes them after bundling.
      if (livePages) pages.serveInDev(livePages);
      pages.register({sitemap: paths, existing: options.pagesOnly ? paths : ['/gute-praxis', ...paths]});
      pages.addRoutes(actions);
      if (options.pagesOnly) return;
      const catalogue = await createModuleData(actions, siteDir, 'catalogue.json', JSON.stringify(module));
      actions.addRoute({
        path: `${baseUrl}gute-praxis`,
        exact: true,
        component: '@site/src/components/Catalogue/index.tsx',
        modules: {catalogue},
      });
    },

    buildStep: {
      step: 'catalogue pages',
      // The search index gets the pages in memory, as soon as the render workers are done.
      provides: () => ({
        ...(made?.pages.rendering ? {catalogueFragments: renderedFragments(made.pages.rendering)} : {}),
        ...pages.handOver(),
      }),
      run: async ({outDir, routesPaths}, data) => {
        const rendering = made?.pages.rendering;
        if (!rendering) throw new Error('Katalog: Die Seiten wurden nicht gerendert (allContentLoaded lief nicht für diesen Build).');
        const fragments = await renderedFragments(rendering);
        const problems = await pages.writeBuild({outDir, routesPaths, fragments, assets: (await rendering).assets, kinds: data.fragmentKinds ?? []});
        // A pages-only build (bench) has no value or carrier pages that practices could link to.
        if (problems.length > 0 && !options.pagesOnly) throw new ContentError(problems);
        if (!options.pagesOnly && !existsSync(join(outDir, 'gute-praxis.html'))) throw new Error('Die Katalogseite /gute-praxis fehlt im Build.');
      },
    },
  };
}

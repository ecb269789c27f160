/**
 * The good-practice catalogue. Practices are Markdown files in
 * docs/gute-praxis (kept away from the docs plugin) and become pages without
 * one Docusaurus route each: a handful of parameterised routes render a page
 * shell, the build pours each practice's HTML into it, and the browser fetches
 * page fragments and catalogue data as JSON. So what a visitor downloads does
 * not grow with the catalogue. See ARCHITECTURE.md for the design and its trade-offs.
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadCatalogue} from '../../content/load';
import {ContentError, type Problem} from '../../content/problems';
import {buildCatalogueData, type DataFile} from './catalogueData';
import type {CatalogueModule} from '../../catalogue/types';
import type {Fragment} from './fragments';
import {carrierPath, createCatalogue, practicePath, valuePath, type Catalogue} from './model';

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
import {brokenFragmentLinks, FRAGMENT_ROUTES, fillShell, routeOf} from './pageShell';
import {newsPageList} from '../news/pageList';
import type {RenderJob, RenderResult} from './renderWorker';
import {runInWorker} from '../worker';
import {VOCABULARY_NAMES} from '../../content/vocabularies';
import {publishAssets} from '../fragmentAssets';

export interface PracticesOptions {
  /** Folder served as static files (must be listed in `staticDirectories`). */
  publicDir: string;
  /** Base of the edit link, e.g. https://github.com/org/repo/edit/main/ (file path is appended). */
  editUrl?: string;
  /**
   * Bench only (BENCH_CATALOGUE_PAGES_ONLY): publish the practices as plain
   * pages without the catalogue (no catalogue page and data, no value and
   * carrier pages, no fact boxes, no similar practices), to measure what the
   * catalogue adds to the build.
   */
  pagesOnly?: boolean;
}

export interface PracticesContent {
  /** Paths of every catalogue page (practices, value pages, carriers), known before rendering. */
  paths: string[];
  /** The rendered page fragments: made in a worker thread while the bundler runs (see renderWorker.ts). */
  rendering: Promise<RenderResult>;
  files: DataFile[];
  module: ReturnType<typeof buildCatalogueData>['module'];
}

/** Paths of the catalogue's pages, in the order of the fragments (see allFragments). */
export function cataloguePaths(catalogue: Catalogue): string[] {
  return [
    ...catalogue.practices.map((practice) => practicePath(practice.slug)),
    ...VOCABULARY_NAMES.flatMap((name) => catalogue.vocabularies[name].map((entry) => valuePath(name, entry.slug))),
    ...catalogue.carriers.map((carrier) => carrierPath(carrier.id)),
    '/traeger',
  ];
}

/** How pages behind parameterised routes are addressed, for broken-link messages. */
export const LINK_HINT =
  'Praxisbeispiele heißen /gute-praxis/<dateiname ohne .md>, Träger*innen /traeger/<id aus src/data/carriers.yml>, Meldungen haben die Adresse, die ihre Übersicht /meldungen zeigt.';

export const FRAGMENT_DATA_BASE = '/daten/seiten';
export const fragmentDataPath = (path: string): string => `${FRAGMENT_DATA_BASE}${path}.json`;

/** List of all catalogue page paths, written at load time for the sitemap. */
export const PAGE_LIST_FILE = 'wissensplattform-catalogue-pages.json';

/**
 * URL paths of all catalogue pages, from the list the plugin wrote into the
 * generated folder (the sitemap needs them without reading the content again).
 */
export function publishedPagePaths(generatedFilesDir: string): string[] {
  const file = join(generatedFilesDir, PAGE_LIST_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
}

function writeFile(root: string, path: string, data: string): void {
  const target = join(root, path);
  mkdirSync(dirname(target), {recursive: true});
  writeFileSync(target, data);
}

/**
 * Catalogue data goes to the generated static folder (served by the dev
 * server, copied by the build). Page fragments go there only for the dev
 * server; a production build writes them straight to the output in postBuild,
 * instead of writing 10,000 files once here and having the bundler copy them.
 */
function writePublicFiles(publicDir: string, files: DataFile[], fragments: Fragment[]): void {
  // Only the catalogue's own folders: the news plugin writes its fragments beside them.
  for (const dir of ['daten/katalog', 'daten/seiten/gute-praxis', 'daten/seiten/traeger', 'daten/seiten/traeger.json']) {
    rmSync(join(publicDir, dir), {recursive: true, force: true});
  }
  for (const file of files) writeFile(publicDir, file.path, file.content);
  for (const fragment of fragments) writeFile(publicDir, fragmentDataPath(fragment.path), JSON.stringify(fragment));
}

/** The fragments, or the build stops with the problems found while rendering. */
export async function renderedFragments(content: PracticesContent): Promise<Fragment[]> {
  const {fragments, problems} = await content.rendering;
  if (problems.length > 0) throw new ContentError(problems);
  return fragments;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export default function practicesPlugin(context: LoadContext, options: PracticesOptions): Plugin<PracticesContent> {
  const {siteDir, baseUrl} = context;
  const publicDir = join(siteDir, options.publicDir);
  mkdirSync(publicDir, {recursive: true});
  return {
    name: 'wissensplattform-practices',

    getPathsToWatch() {
      return [join(siteDir, 'docs/gute-praxis/*.{md,mdx}'), join(siteDir, 'src/data/*.yml')];
    },

    async loadContent() {
      // Validation on the main thread: a mistake stops the build before anything else happens.
      const {vocabularies, carriers, practices, problems} = loadCatalogue(siteDir);
      if (problems.length > 0) throw new ContentError(problems);
      const catalogue = createCatalogue(vocabularies, carriers, practices.map((practice) => ({...practice, html: ''})));
      const {module, files} = options.pagesOnly ? {module: EMPTY_MODULE, files: []} : buildCatalogueData(catalogue, baseUrl);
      // Rendering in a worker thread, overlapping with the bundler; awaited when the pages are written.
      const job: RenderJob = {siteDir, editUrl: options.editUrl, vocabularies, carriers, practices, pagesOnly: options.pagesOnly};
      const rendering = runInWorker<RenderJob, RenderResult>(siteDir, join(__dirname, 'renderWorker.ts'), job, 'Katalog');
      rendering.catch(() => undefined);
      const paths = options.pagesOnly ? catalogue.practices.map((practice) => practicePath(practice.slug)) : cataloguePaths(catalogue);
      return {paths, rendering, files, module};
    },

    async contentLoaded({content, actions}) {
      // The dev server serves fragments from the static folder; a production build writes them after bundling.
      writePublicFiles(publicDir, content.files, process.env.NODE_ENV === 'production' ? [] : await renderedFragments(content));
      if (process.env.NODE_ENV !== 'production') publishAssets(siteDir, (await content.rendering).assets, publicDir);
      writeFileSync(join(context.generatedFilesDir, PAGE_LIST_FILE), JSON.stringify(content.paths));
      if (options.pagesOnly) {
        actions.addRoute({path: `${baseUrl}gute-praxis/:slug`, exact: true, component: '@site/src/components/FragmentPage/index.tsx'});
        return;
      }
      const catalogue = await actions.createData('catalogue.json', JSON.stringify(content.module));
      actions.addRoute({
        path: `${baseUrl}gute-praxis`,
        exact: true,
        component: '@site/src/components/Catalogue/index.tsx',
        modules: {catalogue},
      });
      for (const pattern of FRAGMENT_ROUTES) {
        actions.addRoute({path: `${baseUrl}${pattern.slice(1)}`, exact: true, component: '@site/src/components/FragmentPage/index.tsx'});
      }
    },

    async postBuild({outDir, content}) {
      const fragments = await renderedFragments(content);
      publishAssets(siteDir, (await content.rendering).assets, outDir);
      const routes = options.pagesOnly ? (['/gute-praxis/:slug'] as const) : FRAGMENT_ROUTES;
      const shells = new Map<string, string>(routes.map((pattern) => [pattern, readFileSync(join(outDir, `${pattern.slice(1)}.html`), 'utf8')]));
      for (const pattern of routes) {
        if (pattern.includes(':')) rmSync(join(outDir, `${pattern.slice(1)}.html`));
      }
      for (const dir of ['gute-praxis/:facet']) rmSync(join(outDir, dir), {recursive: true, force: true});
      const written = new Set<string>();
      for (const fragment of fragments) {
        const pattern = routeOf(fragment.path);
        const target = join(outDir, `${fragment.path.slice(1)}.html`);
        writeFile(outDir, `${fragment.path.slice(1)}.html`, fillShell(shells.get(pattern)!, pattern, fragment));
        writeFile(outDir, fragmentDataPath(fragment.path), JSON.stringify(fragment));
        written.add(target);
      }

      // Docusaurus' link checker accepts any /gute-praxis/… path (the routes
      // are parameterised), so links to catalogue pages are checked here: in
      // the fragments (from memory) and in every other page of the build.
      const existing = new Set(['/gute-praxis', ...fragments.map((fragment) => fragment.path), ...newsPageList(context.generatedFilesDir).existing]);
      const problems: Problem[] = [];
      const report = (page: string, html: string): void => {
        for (const link of brokenFragmentLinks(html, existing)) {
          problems.push({
            file: `build${page}`,
            message: `Defekter Link auf ${link}: diese Seite gibt es nicht. ${LINK_HINT}`,
          });
        }
      };
      for (const fragment of fragments) report(fragment.path, fragment.html);
      for (const file of htmlFiles(outDir)) {
        // Page shells of parameterised routes (e.g. meldungen/:p1.html) are replaced by their plugins.
        if (!written.has(file) && !relative(outDir, file).includes(':')) report(`/${relative(outDir, file).replace(/(index)?\.html$/, '')}`, readFileSync(file, 'utf8'));
      }
      if (problems.length > 0 && !options.pagesOnly) throw new ContentError(problems);
      if (!options.pagesOnly && !existsSync(join(outDir, 'gute-praxis.html'))) throw new Error('Die Katalogseite /gute-praxis fehlt im Build.');
    },
  };
}

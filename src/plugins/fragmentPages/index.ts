/**
 * The glue of every kind of page without a Docusaurus route of its own
 * (practices and catalogue pages, news posts), so a plugin only supplies its
 * fragments. One route per page would add to the JavaScript of every visitor
 * (see ARCHITECTURE.md, »Warum Praxisbeispiele keine Docs sind«); instead each kind has a
 * few parameterised routes, and this module
 * - adds those routes, with the words FragmentPage shows for their states;
 * - under `npm start`, answers each page's JSON at request time from the
 *   kind's resolver (live preview, see fragmentDevServer);
 * - after the build, pours each fragment into its route's page shell and
 *   writes its JSON beside it;
 * - keeps the registry of every kind's pages (for the sitemap and the link
 *   check) in the generated folder;
 * - checks links to these pages, which Docusaurus' own check cannot see.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, unlinkSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import {FRAGMENT_DATA_BASE, FRAGMENT_PLACEHOLDER, fragmentDataPath, fragmentWithBase, withBase, withoutBase, type Fragment, type FragmentPageProps} from '../../fragmentPages/fragment';
import {escapeHtml} from '../../utils/escapeHtml';
import type {Problem} from '../../content/problems';
import {publishAssets, type FragmentAsset} from '../../markdown/assets';

export type {Fragment, FragmentPageProps} from '../../fragmentPages/fragment';
export {fragmentDataPath} from '../../fragmentPages/fragment';

const COMPONENT = '@site/src/components/FragmentPage/index.tsx';

export interface FragmentRoute {
  /** Route pattern below the base URL, e.g. /gute-praxis/:slug; `:name` stands for one path segment. */
  pattern: string;
  /** Whether the route also takes deeper paths (news posts live at /meldungen/2024/05/01/x). Default: exact. */
  deep?: boolean;
  /** Docusaurus route priority: a catch-all pattern goes after the lists' routes. */
  priority?: number;
}

export interface FragmentKind {
  /** Name in messages and in the registry, e.g. »Katalog«. */
  name: string;
  /** The kind's routes, most specific first. */
  routes: readonly FragmentRoute[];
  /** What FragmentPage shows while loading and when a page is missing. */
  page: FragmentPageProps;
  /** How the kind's pages are addressed, for broken-link messages. */
  linkHint: string;
}

/** What a kind registers when its content is loaded. */
export interface PageRegistration {
  /** Pages for the sitemap. */
  sitemap: readonly string[];
  /** Every path under the kind's routes that a link may point at (pages, feeds, …). */
  existing: readonly string[];
}

/** A kind's pages as the other kinds' link checks and the sitemap need them (handed over in memory, see BuildData). */
export interface RegistryEntry extends PageRegistration {
  /** First path segments that belong to this kind, e.g. /gute-praxis: links below them are checked here. */
  prefixes: string[];
  /** The route patterns, which are shells, not pages. */
  patterns: string[];
  linkHint: string;
}

/** A page as the dev server answers it: the fragment and the images to publish first; undefined: no such page. */
export type DevResolver = (path: string) => {fragment: Fragment; assets: readonly FragmentAsset[]} | undefined;

/** Minimal shapes of the dev server's request and response (Express on Node's http). */
interface DevRequest {
  method?: string;
  path: string;
}
interface DevResponse {
  status(code: number): DevResponse;
  set(headers: Record<string, string>): DevResponse;
  send(body: string): void;
}
type DevMiddleware = (request: DevRequest, response: DevResponse, next: () => void) => void;
type SetupMiddlewares = (middlewares: unknown[], devServer: object) => unknown[];

function writeFile(root: string, path: string, data: string): void {
  const target = join(root, path);
  mkdirSync(dirname(target), {recursive: true});
  writeFileSync(target, data);
}

const segmentsOf = (path: string): string[] => path.split('/').filter(Boolean);

/** Whether `path` is a page of `route`: `:name` takes one segment; a deep route takes more after its last one. */
export function matchesRoute(route: FragmentRoute, path: string): boolean {
  const pattern = segmentsOf(route.pattern);
  const segments = segmentsOf(path);
  if (route.deep ? segments.length < pattern.length : segments.length !== pattern.length) return false;
  return pattern.every((part, index) => part.startsWith(':') || part === segments[index]);
}

function replacePlaceholder(html: string, placeholder: string, raw: string): string {
  const escaped = escapeHtml(raw);
  // The HTML minifier drops quotes around simple attribute values; the real value needs them back.
  return html.replace(new RegExp(`=${placeholder}(?=[\\s>])`, 'g'), `="${escaped}"`).split(placeholder).join(escaped);
}

/** The shell that the static rendering made for `pattern`, filled with one page. */
export function fillShell(shell: string, pattern: string, fragment: Fragment): string {
  if (!shell.includes(FRAGMENT_PLACEHOLDER.html)) {
    throw new Error(`Die Seitenvorlage für ${pattern} enthält keinen Platzhalter ${FRAGMENT_PLACEHOLDER.html}.`);
  }
  let html = shell.split(pattern).join(fragment.path);
  html = html.split(encodeURI(pattern)).join(fragment.path);
  html = replacePlaceholder(html, FRAGMENT_PLACEHOLDER.title, fragment.title);
  html = replacePlaceholder(html, FRAGMENT_PLACEHOLDER.description, fragment.description);
  html = replacePlaceholder(html, FRAGMENT_PLACEHOLDER.path, fragment.path);
  // The head slot (a meta tag, written by FragmentPage while rendering statically) becomes the page's own head tags.
  html = html.replace(new RegExp(`<meta[^>]*${FRAGMENT_PLACEHOLDER.head}[^>]*>`), () => fragment.head ?? '');
  return html.replace(FRAGMENT_PLACEHOLDER.html, () => fragment.html);
}

/** Site-internal link targets in `html` below one of `prefixes`, without query, hash and trailing slash. */
export function linksBelow(html: string, prefixes: readonly string[]): string[] {
  if (prefixes.length === 0) return [];
  const escaped = prefixes.map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`href=["']?((?:${escaped.join('|')})(?:/[^"'\\s>#?]*)?)(?=["'\\s>#?])`, 'g');
  const links = new Set<string>();
  for (const match of html.matchAll(pattern)) {
    try {
      links.add(decodeURI(match[1]!).replace(/\/$/, ''));
    } catch {
      links.add(match[1]!);
    }
  }
  return [...links];
}

/** The sitemap's entries for all fragment pages, with the base URL. */
export function fragmentSitemapPaths(kinds: readonly RegistryEntry[], baseUrl = '/'): string[] {
  return kinds.flatMap((entry) => entry.sitemap.map((path) => withBase(path, baseUrl)));
}

/** The HTML file a static page of `path` is written to (trailing slash off, as this site builds). */
const htmlFileOf = (path: string): string => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

export interface BuildInput {
  outDir: string;
  /** Docusaurus' routes, for the link check. */
  routesPaths: readonly string[];
  fragments: readonly Fragment[];
  assets: readonly FragmentAsset[];
  /** The content file behind a page, for messages (default: the page's path in the build). */
  sourceOf?: (fragment: Fragment) => string | undefined;
  /** Every kind's registration (this one's too), for links to their pages. */
  kinds: readonly RegistryEntry[];
}

/**
 * One kind of fragment pages. Create it in the plugin's constructor and call
 * its methods from the plugin's hooks.
 */
export function fragmentPages(site: {siteDir: string; baseUrl: string; generatedFilesDir: string}, publicDir: string, kind: FragmentKind) {
  const key = kind.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const prefixes = [...new Set(kind.routes.map((route) => `/${segmentsOf(route.pattern)[0]}`))];
  const routePath = (pattern: string): string => `${site.baseUrl}${pattern.slice(1)}`;
  let devCleared = false;
  let registration: RegistryEntry | undefined;
  // Under `npm start`: the pages as they are now (set on every load) and the dev servers already given the handler.
  let devResolve: DevResolver | undefined;
  const equipped = new WeakSet<object>();


  const routeOf = (path: string): FragmentRoute | undefined => kind.routes.find((route) => matchesRoute(route, path));

  /**
   * The dev server's answer to `/daten/seiten/<path>.json` when the path has one of this kind's prefixes, from what
   * its resolver says now; undefined for every other address (the next handler answers it).
   */
async function answerDevRequest(requestPath: string): Promise<{status: number; body: string} | undefined> {
    const dataBase = `${site.baseUrl.replace(/\/$/, '')}${FRAGMENT_DATA_BASE}/`;
    if (!devResolve || !requestPath.startsWith(dataBase) || !requestPath.endsWith('.json')) return undefined;
    let path: string;
    try {
      path = `/${decodeURIComponent(requestPath.slice(dataBase.length, -'.json'.length))}`;
    } catch {
      return {status: 400, body: '{}'};
    }
    if (!prefixes.includes(`/${segmentsOf(path)[0]}`)) return undefined;
    const page = devResolve(path);
    if (!page) return {status: 404, body: JSON.stringify({path, message: 'Diese Seite gibt es nicht.'})};
    await publishAssets(site.siteDir, page.assets, publicDir);
    return {status: 200, body: JSON.stringify(fragmentWithBase(page.fragment, site.baseUrl))};
  }

  return {
    name: kind.name,

    /** Adds the kind's routes (call in contentLoaded). */
    addRoutes(actions: Pick<PluginContentLoadedActions, 'addRoute'>): void {
      for (const route of kind.routes) {
        actions.addRoute({
          path: routePath(route.pattern),
          exact: !route.deep,
          ...(route.priority !== undefined ? {priority: route.priority} : {}),
          component: COMPONENT,
          props: {...kind.page},
        });
      }
    },

    /**
     * Records the kind's pages for the sitemap and the link checks of every kind (call when the content is loaded);
     * the plugin hands `handOver()` to the steps after the build (`provides`, see ../buildSteps.ts).
     */
    register(pages: PageRegistration): void {
      // Kept as site paths (without the base URL), whichever form the kind has them in.
      const sitePaths = (paths: readonly string[]): string[] => paths.map((path) => withoutBase(path, site.baseUrl));
      registration = {
        sitemap: sitePaths(pages.sitemap),
        existing: sitePaths(pages.existing),
        prefixes,
        patterns: kind.routes.map((route) => route.pattern),
        linkHint: kind.linkHint,
      };
    },

    /** The kind's pages as its plugin hands them to the steps after the build (`provides`, see ../buildSteps.ts). */
    handOver(): {fragmentKinds: RegistryEntry[]} {
      return {fragmentKinds: registration ? [registration] : []};
    },

    /**
     * Under `npm start`: answers the kind's pages from `resolve`, asked at
     * each request (the page as it is now, live preview), instead of files.
     * Call on every load with the new resolver.
     */
    serveInDev(resolve: DevResolver): void {
      if (!devCleared) {
        // Files of an earlier way of serving, or of a build's leftovers, would shadow the live answers.
        for (const prefix of prefixes) {
          rmSync(join(publicDir, FRAGMENT_DATA_BASE, prefix), {recursive: true, force: true});
          rmSync(join(publicDir, `${FRAGMENT_DATA_BASE}${prefix}.json`), {force: true});
        }
        devCleared = true;
      }
      devResolve = resolve;
    },

    answerDevRequest,

    /**
     * For `configureWebpack` under `npm start`: puts this kind's handler first in the dev server's middlewares, before
     * its fallback that answers every unknown address with the app's HTML. webpack-merge calls every plugin's
     * `setupMiddlewares` and Docusaurus' own with the same list and joins their results, so each kind adds its handler
     * to the list in place (once per server) and returns nothing more.
     */
    devServer(): {devServer: {setupMiddlewares: SetupMiddlewares}} {
      const middleware: DevMiddleware = (request, response, next) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') return next();
        answerDevRequest(request.path)
          .then((answer) => {
            if (!answer) return next();
            response.status(answer.status).set({'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache'}).send(answer.body);
          })
          .catch(() => next());
      };
      return {
        devServer: {
          setupMiddlewares: (middlewares, devServer) => {
            if (!equipped.has(devServer)) {
              equipped.add(devServer);
              middlewares.unshift({name: `wissensplattform-fragment-pages-${key}`, middleware});
            }
            return [];
          },
        },
      };
    },

    /**
     * After the build: fills each route's shell with its pages, writes their
     * JSON and images, removes the shells of parameterised routes, and checks
     * links below the kind's routes, in its pages and in every page that
     * Docusaurus rendered. Returns the broken links.
     */
    async writeBuild({outDir, routesPaths, fragments, assets, sourceOf, kinds}: BuildInput): Promise<Problem[]> {
      await publishAssets(site.siteDir, assets, outDir);
      const shells = new Map<string, string>();
      for (const route of kind.routes) {
        const file = join(outDir, htmlFileOf(route.pattern));
        if (!existsSync(file)) throw new Error(`${kind.name}: Die Seitenvorlage ${htmlFileOf(route.pattern)} fehlt im Build.`);
        shells.set(route.pattern, readFileSync(file, 'utf8'));
        if (route.pattern.includes(':')) {
          unlinkSync(file);
          // Shell folders such as gute-praxis/:facet/ are left empty.
          for (let dir = dirname(file); dir.includes(':') && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
        }
      }
      // Files are named by site path; the pages and their JSON carry the base URL, as the browser sees them.
      const pages = fragments.map((fragment) => ({sitePath: withoutBase(fragment.path, site.baseUrl), fragment: fragmentWithBase(fragment, site.baseUrl)}));
      for (const {sitePath, fragment} of pages) {
        const route = routeOf(sitePath);
        if (!route) throw new Error(`${kind.name}: Die Seite ${sitePath} passt zu keiner Route (${kind.routes.map((r) => r.pattern).join(', ')}).`);
        writeFile(outDir, htmlFileOf(sitePath), fillShell(shells.get(route.pattern)!, routePath(route.pattern), fragment));
        writeFile(outDir, fragmentDataPath(sitePath), JSON.stringify(fragment));
      }

      // Docusaurus' link checker accepts any path below a parameterised route; links there are checked here:
      // in the kind's pages, links to every kind's pages; in the pages Docusaurus rendered, links to this kind's.
      const registry = kinds;
      // Compared as site paths: links in the built HTML carry the base URL, which is taken off.
      const existing = new Set([...routesPaths.map((path) => withoutBase(path, site.baseUrl)), ...registry.flatMap((entry) => entry.existing), ...pages.map((page) => page.sitePath)]);
      const shellPatterns = new Set(registry.flatMap((entry) => entry.patterns).map(routePath));
      const hintOf = (link: string): string => registry.find((entry) => entry.prefixes.some((prefix) => link === prefix || link.startsWith(`${prefix}/`)))?.linkHint ?? kind.linkHint;
      const problems: Problem[] = [];
      const check = (file: string, html: string, below: readonly string[]): void => {
        for (const link of linksBelow(html, below.map((prefix) => withBase(prefix, site.baseUrl))).map((path) => withoutBase(path, site.baseUrl))) {
          if (!existing.has(link)) problems.push({file, field: 'Link', message: `Defekter Link auf ${link}: diese Seite gibt es nicht. ${hintOf(link)}`});
        }
      };
      const allPrefixes = [...new Set([...prefixes, ...registry.flatMap((entry) => entry.prefixes)])];
      for (const [index, fragment] of fragments.entries()) check(sourceOf?.(fragment) ?? `build${pages[index]!.sitePath}`, pages[index]!.fragment.html, allPrefixes);
      // Pages that Docusaurus rendered exist before any postBuild runs; shells are left out (their kinds rewrite them now).
      for (const path of routesPaths) {
        if (path.includes(':') || shellPatterns.has(path)) continue;
        const sitePath = withoutBase(path, site.baseUrl);
        const file = join(outDir, htmlFileOf(sitePath));
        const page = existsSync(file) ? file : join(outDir, sitePath.slice(1), 'index.html');
        if (existsSync(page)) check(`build${path}`, readFileSync(page, 'utf8'), prefixes);
      }
      return problems;
    },
  };
}

export type FragmentPages = ReturnType<typeof fragmentPages>;


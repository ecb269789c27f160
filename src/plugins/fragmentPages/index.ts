/**
 * The glue of every kind of page without a Docusaurus route of its own
 * (practices and catalogue pages, news posts), so a plugin only supplies its
 * fragments. One route per page would add to the JavaScript of every visitor
 * (see ARCHITECTURE.md, »Seiten ohne eigene Route«); instead each kind has a
 * few parameterised routes, and this module
 * - adds those routes, with the words FragmentPage shows for their states;
 * - serves the fragments and their images from the dev server's static
 *   folder, rewriting only what changed (live preview);
 * - after the build, pours each fragment into its route's page shell and
 *   writes its JSON beside it;
 * - keeps the registry of every kind's pages (for the sitemap and the link
 *   check) in the generated folder;
 * - checks links to these pages, which Docusaurus' own check cannot see.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, unlinkSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import {FRAGMENT_DATA_BASE, FRAGMENT_PLACEHOLDER, fragmentDataPath, isGone, type Fragment, type FragmentPageProps, type GoneFragment} from '../../fragmentPages/fragment';
import {escapeHtml} from '../../utils/escapeHtml';
import type {Problem} from '../../content/problems';
import {publishAssets, type FragmentAsset} from './assets';

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

interface RegistryEntry extends PageRegistration {
  /** First path segments that belong to this kind, e.g. /gute-praxis: links below them are checked here. */
  prefixes: string[];
  /** The route patterns, which are shells, not pages. */
  patterns: string[];
  linkHint: string;
}

const REGISTRY_DIR = 'wissensplattform-fragment-pages';

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

/** Every kind's registered pages (read back from the generated folder). */
export function registeredPages(generatedFilesDir: string): Map<string, RegistryEntry> {
  const dir = join(generatedFilesDir, REGISTRY_DIR);
  const entries = new Map<string, RegistryEntry>();
  if (!existsSync(dir)) return entries;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    entries.set(file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, file), 'utf8')) as RegistryEntry);
  }
  return entries;
}

/** The sitemap's entries for all fragment pages; the shells' own routes are left out by the caller (they contain `:`). */
export function fragmentSitemapPaths(generatedFilesDir: string): string[] {
  return [...registeredPages(generatedFilesDir).values()].flatMap((entry) => entry.sitemap);
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
}

/**
 * One kind of fragment pages. Create it in the plugin's constructor and call
 * its methods from the plugin's hooks.
 */
export function fragmentPages(site: {siteDir: string; baseUrl: string; generatedFilesDir: string}, publicDir: string, kind: FragmentKind) {
  const key = kind.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const prefixes = [...new Set(kind.routes.map((route) => `/${segmentsOf(route.pattern)[0]}`))];
  const routePath = (pattern: string): string => `${site.baseUrl}${pattern.slice(1)}`;
  /** What the dev server serves now, by file below publicDir (so a reload rewrites only what changed). */
  let served: Map<string, Fragment> | undefined;


  const routeOf = (path: string): FragmentRoute | undefined => kind.routes.find((route) => matchesRoute(route, path));

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

    /** Records the kind's pages for the sitemap and the link checks of every kind (call in contentLoaded). */
    register(pages: PageRegistration): void {
      const entry: RegistryEntry = {...pages, prefixes, patterns: kind.routes.map((route) => route.pattern), linkHint: kind.linkHint};
      writeFile(join(site.generatedFilesDir, REGISTRY_DIR), `${key}.json`, JSON.stringify(entry));
    },

    /**
     * Serves the fragments and their images from the dev server's static
     * folder. The first call clears the kind's folders; later calls (after an
     * edit) write only the pages that changed, and a page that is gone as a
     * `GoneFragment`.
     */
    async serveInDev(fragments: readonly Fragment[], assets: readonly FragmentAsset[]): Promise<{written: number; removed: number}> {
      let written = 0;
      let removed = 0;
      if (!served) {
        for (const prefix of prefixes) {
          rmSync(join(publicDir, FRAGMENT_DATA_BASE, prefix), {recursive: true, force: true});
          rmSync(join(publicDir, `${FRAGMENT_DATA_BASE}${prefix}.json`), {force: true});
        }
        served = new Map();
      }
      const next = new Map<string, Fragment>();
      for (const fragment of fragments) {
        const file = fragmentDataPath(fragment.path);
        next.set(file, fragment);
        const before = served.get(file);
        // Compared field by field: no JSON for the thousands of pages that did not change.
        if (before && before.html === fragment.html && before.title === fragment.title && before.description === fragment.description) continue;
        writeFile(publicDir, file, JSON.stringify(fragment));
        written += 1;
      }
      for (const [file, fragment] of served) {
        if (next.has(file) || isGone(fragment)) continue;
        // Not deleted: the dev server keeps serving files it found at its start from memory after they are deleted.
        writeFile(publicDir, file, JSON.stringify({path: fragment.path, gone: true} satisfies GoneFragment));
        next.set(file, {path: fragment.path, gone: true} as unknown as Fragment);
        removed += 1;
      }
      served = next;
      await publishAssets(site.siteDir, assets, publicDir);
      return {written, removed};
    },

    /**
     * After the build: fills each route's shell with its pages, writes their
     * JSON and images, removes the shells of parameterised routes, and checks
     * links below the kind's routes, in its pages and in every page that
     * Docusaurus rendered. Returns the broken links.
     */
    async writeBuild({outDir, routesPaths, fragments, assets, sourceOf}: BuildInput): Promise<Problem[]> {
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
      for (const fragment of fragments) {
        const route = routeOf(fragment.path);
        if (!route) throw new Error(`${kind.name}: Die Seite ${fragment.path} passt zu keiner Route (${kind.routes.map((r) => r.pattern).join(', ')}).`);
        writeFile(outDir, htmlFileOf(fragment.path), fillShell(shells.get(route.pattern)!, routePath(route.pattern), fragment));
        writeFile(outDir, fragmentDataPath(fragment.path), JSON.stringify(fragment));
      }

      // Docusaurus' link checker accepts any path below a parameterised route; links there are checked here:
      // in the kind's pages, links to every kind's pages; in the pages Docusaurus rendered, links to this kind's.
      const registry = [...registeredPages(site.generatedFilesDir).values()];
      const existing = new Set([...routesPaths, ...registry.flatMap((entry) => entry.existing), ...fragments.map((fragment) => fragment.path)]);
      const shellPatterns = new Set(registry.flatMap((entry) => entry.patterns).map(routePath));
      const hintOf = (link: string): string => registry.find((entry) => entry.prefixes.some((prefix) => link === prefix || link.startsWith(`${prefix}/`)))?.linkHint ?? kind.linkHint;
      const problems: Problem[] = [];
      const check = (file: string, html: string, below: readonly string[]): void => {
        for (const link of linksBelow(html, below)) {
          if (!existing.has(link)) problems.push({file, field: 'Link', message: `Defekter Link auf ${link}: diese Seite gibt es nicht. ${hintOf(link)}`});
        }
      };
      const allPrefixes = [...new Set([...prefixes, ...registry.flatMap((entry) => entry.prefixes)])];
      for (const fragment of fragments) check(sourceOf?.(fragment) ?? `build${fragment.path}`, fragment.html, allPrefixes);
      // Pages that Docusaurus rendered exist before any postBuild runs; shells are left out (their kinds rewrite them now).
      for (const path of routesPaths) {
        if (path.includes(':') || shellPatterns.has(path)) continue;
        const file = join(outDir, htmlFileOf(path));
        const page = existsSync(file) ? file : join(outDir, path.slice(1), 'index.html');
        if (existsSync(page)) check(`build${path}`, readFileSync(page, 'utf8'), prefixes);
      }
      return problems;
    },
  };
}

export type FragmentPages = ReturnType<typeof fragmentPages>;


/**
 * What the production deploy does to the pull-request previews it publishes
 * below /vorschau/pr-<N>/ (deploy.yml), whatever the pull request's own code
 * and config say (issue #37):
 * - every page is `noindex, nofollow` (any robots tag of its own is replaced);
 * - every page says visibly, first thing in the page, that it is a preview of
 *   pull request N and not published content, with a link to the live page;
 * - no sitemap of a preview is published, and the site's robots.txt keeps
 *   crawlers out of /vorschau/.
 * The notice sits outside the app's root element, so the page's scripts
 * hydrate as before.
 */
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {escapeHtml} from '../../src/utils/escapeHtml';

export const PREVIEW_DIR = 'vorschau';
const ROBOTS_META = /<meta\b[^>]*\bname\s*=\s*["']?(?:robots|googlebot)["']?[^>]*>/gi;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The live page a preview page stands for: `pr-12/gute-praxis/x.html` → `<base>gute-praxis/x`. */
export function livePath(pageInPreview: string, basePath: string): string {
  const path = pageInPreview.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '').replace(/\/$/, '');
  return `${basePath}${path}`;
}

/** The notice at the top of every preview page. */
export function previewNotice(number: string, live: string): string {
  return (
    `<div class="wp-preview-notice" role="note" lang="de" style="padding:0.6rem 1rem;background:#fff3cd;color:#3d2e00;border-bottom:2px solid #8a6100;font:1rem/1.4 system-ui,sans-serif">` +
    `<strong>Vorschau von Pull Request ${escapeHtml(number)}</strong> – kein veröffentlichter Inhalt. ` +
    `<a href="${escapeHtml(live)}" style="color:#3d2e00;text-decoration:underline">Zur veröffentlichten Seite</a></div>`
  );
}

/** One page of preview `number`: noindex, and the notice right after <body>. */
export function sealPage(html: string, number: string, live: string): string {
  const withoutRobots = html.replace(ROBOTS_META, '');
  const head = /<head\b[^>]*>/i.exec(withoutRobots);
  const robots = '<meta name="robots" content="noindex, nofollow">';
  // Function replacements: a `$'` in a page's address must not be read as a replacement pattern.
  const indexed = head ? withoutRobots.replace(head[0], () => `${head[0]}${robots}`) : `${robots}${withoutRobots}`;
  const body = /<body\b[^>]*>/i.exec(indexed);
  const notice = previewNotice(number, live);
  return body ? indexed.replace(body[0], () => `${body[0]}${notice}`) : `${notice}${indexed}`;
}

/** Keeps crawlers out of the previews in the site's robots.txt (creating it if the site has none). */
export function robotsWithoutPreviews(robots: string | undefined, basePath: string): string {
  const rule = `Disallow: ${basePath}${PREVIEW_DIR}/`;
  if (robots?.split(/\r?\n/).some((line) => line.trim() === rule)) return robots;
  const base = robots?.trimEnd() ?? '';
  return `${base}${base ? '\n\n' : ''}User-agent: *\n${rule}\n`;
}

/** Seals every preview in `buildDir`/vorschau; the number of pages sealed, per preview. */
export function sealPreviews(buildDir: string, basePath: string): Record<string, number> {
  const root = join(buildDir, PREVIEW_DIR);
  const sealed: Record<string, number> = {};
  if (!existsSync(root)) return sealed;
  for (const entry of readdirSync(root, {withFileTypes: true})) {
    const match = /^pr-(\d+)$/.exec(entry.name);
    const dir = join(root, entry.name);
    if (!entry.isDirectory() || !match) {
      // Only previews belong here: anything else is not published.
      rmSync(dir, {recursive: true, force: true});
      continue;
    }
    for (const file of readdirSync(dir, {recursive: true, withFileTypes: true})) {
      if (file.isFile() && /^sitemap.*\.xml(\.gz)?$|^robots\.txt$/.test(file.name)) rmSync(join(file.parentPath, file.name));
    }
    const pages = htmlFiles(dir);
    for (const page of pages) writeFileSync(page, sealPage(readFileSync(page, 'utf8'), match[1]!, livePath(relative(dir, page), basePath)));
    sealed[entry.name] = pages.length;
  }
  const robotsFile = join(buildDir, 'robots.txt');
  writeFileSync(robotsFile, robotsWithoutPreviews(existsSync(robotsFile) ? readFileSync(robotsFile, 'utf8') : undefined, basePath));
  return sealed;
}

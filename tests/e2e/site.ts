import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';

/** Every page path the build lists in its sitemap, e.g. `/programm`. */
export function sitemapPaths(buildDir: string): string[] {
  const xml = readFileSync(join(buildDir, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  if (paths.length === 0) throw new Error('sitemap.xml lists no pages');
  return paths;
}

/** Collects uncaught page errors and console errors (hydration problems, 404s of assets). */
export function collectErrors(page: Page, errors: string[] = []): string[] {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A failed resource names no address in its text; the location does.
    const failed = message.text().startsWith('Failed to load resource');
    errors.push(`console: ${message.text()}${failed ? ` @ ${message.location().url}` : ''}`);
  });
  return errors;
}

/**
 * Emphasis that starts or ends inside a word (`Pat<em>innen, Mentor</em>innen`),
 * the mark of a gender star that Markdown took for emphasis.
 */
export async function intrawordEmphasis(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const letter = /\p{L}/u;
    const found: string[] = [];
    for (const element of document.querySelectorAll('main em, main strong, article em, article strong')) {
      const before = element.previousSibling?.textContent ?? '';
      const after = element.nextSibling?.textContent ?? '';
      const text = element.textContent ?? '';
      const opensInWord = letter.test(before.slice(-1)) && letter.test(text.charAt(0));
      const closesInWord = letter.test(text.slice(-1)) && letter.test(after.charAt(0));
      if (opensInWord || closesInWord) found.push(`${before.slice(-10)}<${element.tagName.toLowerCase()}>${text}`);
    }
    return found;
  });
}

/**
 * Takes the one expected error of a missing page out of `errors`: the browser
 * logs the 404 answer to the page's own address. Every other error stays (a
 * hydration error, a failed data request).
 */
export function acceptNotFoundAnswer(errors: string[], url: string): void {
  const index = errors.findIndex((error) => error.startsWith('console: Failed to load resource') && error.endsWith(` @ ${url}`));
  if (index >= 0) errors.splice(index, 1);
}

/**
 * The same Markdown renders the same on every page kind: an admonition and a
 * heading with its own id on a practice page look and behave as on a doc page
 * (issue #17). The pages are found in the build, not named here.
 */
import {describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {axeViolations} from './axe';
import {useFreshPage} from './freshPage';

const origin = inject('origin');
const buildDir = inject('buildDir');

let page: Page;
const {open} = useFreshPage((fresh) => ({page} = fresh));

/** The first built page whose path passes `wanted` and whose HTML has a tip admonition. */
function pageWithTip(wanted: (path: string) => boolean): string {
  const files = readdirSync(buildDir, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
  for (const entry of files) {
    const file = join(entry.parentPath, entry.name);
    const path = `/${file.slice(buildDir.length + 1).replace(/\.html$/, '')}`;
    if (wanted(path) && /theme-admonition-tip/.test(readFileSync(file, 'utf8'))) return path;
  }
  throw new Error('Keine passende Seite mit :::tip im Build');
}
const isPractice = (path: string): boolean => /^\/gute-praxis\/[^/]+$/.test(path);
const isDocPage = (path: string): boolean => !path.startsWith('/gute-praxis') && !path.startsWith('/meldungen') && !path.startsWith('/traeger');

interface AdmonitionLook {
  classes: string[];
  parts: number;
  heading: string;
  headingTransform: string;
  borderLeft: string;
  background: string;
  padding: string;
}

async function tipOn(path: string): Promise<AdmonitionLook> {
  await page.goto(`${origin}${path}`);
  return page.locator('main .theme-admonition-tip').first().evaluate((box) => {
    const style = getComputedStyle(box);
    const heading = box.firstElementChild as HTMLElement;
    return {
      classes: ['theme-admonition', 'theme-admonition-tip', 'alert', 'alert--success'].filter((name) => box.classList.contains(name)),
      parts: box.children.length,
      heading: heading.innerText.trim(),
      headingTransform: getComputedStyle(heading).textTransform,
      borderLeft: `${style.borderLeftWidth} ${style.borderLeftStyle} ${style.borderLeftColor}`,
      background: style.backgroundColor,
      padding: style.padding,
    };
  });
}

describe('an admonition on a practice page', () => {
  it('has the structure and the look of one on a doc page', async () => {
    const doc = await tipOn(pageWithTip(isDocPage));
    const practice = await tipOn(pageWithTip(isPractice));
    expect(practice.classes).toEqual(doc.classes);
    expect(practice.parts).toBe(doc.parts);
    expect(practice.headingTransform).toBe(doc.headingTransform);
    expect(practice.borderLeft).toBe(doc.borderLeft);
    expect(practice.background).toBe(doc.background);
    expect(practice.padding).toBe(doc.padding);
    expect(practice.heading.length).toBeGreaterThan(0);
  });

  it('has no WCAG 2.1 AA violations, light and dark, at 1280 and 320 px', async () => {
    const path = pageWithTip(isPractice);
    for (const width of [1280, 320]) {
      for (const scheme of ['light', 'dark'] as const) {
        await open(width);
        await page.emulateMedia({colorScheme: scheme});
        await page.goto(`${origin}${path}`);
        expect(await axeViolations(page)).toEqual([]);
      }
    }
  });
});

describe('a heading with its own id on a practice page', () => {
  it('is reached by its address and links to itself, as on doc pages', async () => {
    const path = pageWithTip(isPractice);
    const html = readFileSync(join(buildDir, `${path.slice(1)}.html`), 'utf8');
    const id = /<h2 id="?([a-z0-9-]+)"?>[^<]*<a class="?hash-link/.exec(html)?.[1];
    expect(id).toBeDefined();
    await page.goto(`${origin}${path}#${id}`);
    const heading = page.locator(`[id="${id}"]`);
    await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(200);
    const link = heading.locator('a.hash-link');
    expect(await link.getAttribute('href')).toBe(`#${id}`);
    expect(await link.getAttribute('aria-label')).toMatch(/^Direkter Link zu ».+«$/);
    expect(await heading.innerText()).not.toContain('{#');
  });
});

describe('an image beside a practice file', () => {
  it('is served and shown, with its alternative text', async () => {
    const practice = readdirSync(join(buildDir, 'gute-praxis'))
      .filter((name) => name.endsWith('.html'))
      .map((name) => `/gute-praxis/${name.replace(/\.html$/, '')}`)
      .find((path) => /<img[^>]+src="?\/daten\/bilder\//.test(readFileSync(join(buildDir, `${path.slice(1)}.html`), 'utf8')));
    expect(practice).toBeDefined();
    const responses: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/daten/bilder/')) responses.push(response.status());
    });
    await page.goto(`${origin}${practice}`);
    const image = page.locator('main img[src^="/daten/bilder/"]').first();
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
    expect(responses.length).toBeGreaterThan(0);
    expect(responses.every((status) => status === 200)).toBe(true);
    expect((await image.getAttribute('alt'))?.length).toBeGreaterThan(5);
  });
});

describe('»Auf dieser Seite« on a practice with three or more sections', () => {
  it('opens with the keyboard and leads to each section', async () => {
    const practice = readdirSync(join(buildDir, 'gute-praxis'))
      .filter((name) => name.endsWith('.html'))
      .map((name) => `/gute-praxis/${name.replace(/\.html$/, '')}`)
      .find((path) => readFileSync(join(buildDir, `${path.slice(1)}.html`), 'utf8').includes('wp-toc'));
    expect(practice).toBeDefined();
    await open(390);
    await page.goto(`${origin}${practice}`);
    const summary = page.locator('main details.wp-toc summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const links = page.getByRole('navigation', {name: 'Auf dieser Seite'}).getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const last = links.last();
    const target = (await last.getAttribute('href'))!;
    await last.click();
    await expect.poll(() => page.locator(`[id="${target.slice(1)}"]`).evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(200);
  });
});

/**
 * Every page of the built site, as a visitor's browser loads it: it exists,
 * is German, renders gender stars literally, runs without errors and sends
 * no request off this machine.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchChromium, openTrackedPage, type TrackedPage} from './browser';
import {collectErrors, intrawordEmphasis, sitemapPaths} from './site';

const origin = inject('origin');
const buildDir = inject('buildDir');
const paths = sitemapPaths(buildDir);

/**
 * English theme strings that must not reach a visitor: every message of
 * Docusaurus' English base translations that our German translation changes,
 * at least two words long and without placeholders.
 */
function englishThemeStrings(): string[] {
  const require = createRequire(__filename);
  const base = require('@docusaurus/theme-translations/locales/base/theme-common.json') as Record<string, string>;
  const german = JSON.parse(readFileSync('i18n/de/code.json', 'utf8')) as Record<string, {message: string}>;
  return Object.entries(base)
    .filter(([key]) => !key.endsWith('___DESCRIPTION'))
    .filter(([key, message]) => german[key] !== undefined && german[key].message !== message)
    .map(([, message]) => message)
    .filter((message) => !message.includes('{') && message.trim().split(/\s+/).length >= 2);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Tracked pages, one per test running at the same time, reused from page to
 * page: a new browser context costs about half a second, as much as loading a
 * page. What the checks read (errors, requests off this machine, cookies)
 * starts empty for each page; a cookie would stay and fail every later page.
 */
interface Lane extends TrackedPage {
  errors: string[];
}
const idle: Lane[] = [];
async function withLane(check: (lane: Lane) => Promise<void>): Promise<void> {
  let lane = idle.pop();
  if (!lane) {
    const tracked = await openTrackedPage(browser);
    lane = {...tracked, errors: collectErrors(tracked.page)};
  }
  lane.errors.length = 0;
  lane.externalRequests.length = 0;
  await lane.page.setViewportSize({width: 1280, height: 900});
  try {
    await check(lane);
    idle.push(lane);
  } catch (error) {
    // A page that failed may be in any state: the next test gets a fresh one.
    await lane.context.close().catch(() => undefined);
    throw error;
  }
}

describe('every page in the sitemap', () => {
  const english = englishThemeStrings();

  it('has English theme strings to look for (the check itself works)', () => {
    expect(english.length).toBeGreaterThan(20);
    expect(english).toContain('Skip to main content');
  });

  // Three pages at a time: most of a page's time is spent waiting (network, hydration), not computing.
  it.concurrent.for(paths)('%s', (path, {expect}) => withLane(async ({page, context, externalRequests, errors}) => {
    const response = await page.goto(origin + path);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.locator('h1').count()).toBeGreaterThanOrEqual(1);

    expect(await intrawordEmphasis(page)).toEqual([]);

    const visible = await page.evaluate(() => {
      const labels = [...document.querySelectorAll('[aria-label], [title]')].map(
        (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`,
      );
      return `${document.body.innerText}\n${labels.join('\n')}`;
    });
    expect(english.filter((message) => visible.includes(message))).toEqual([]);

    // Reflow (WCAG 1.4.10): no sideways scrolling on a 320 px wide screen.
    await page.setViewportSize({width: 320, height: 640});
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);

    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  }));
});

describe('a missing page', () => {
  it('answers 404 with a German page', async () => {
    const {page, context, externalRequests} = await openTrackedPage(browser);
    const response = await page.goto(`${origin}/gibt-es-nicht`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('Seite nicht gefunden');
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('offers a search and the main sections', async () => {
    const {page, context, externalRequests} = await openTrackedPage(browser);
    await page.goto(`${origin}/gibt-es-nicht`);
    expect(await page.locator('main ul a').allInnerTexts()).toEqual(['Startseite', 'Gute Praxis', 'Fachkongress', 'Meldungen']);
    await page.getByLabel('Suchen Sie, was Sie gesucht haben:').fill('Lesepatenschaften');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/suche?q=Lesepatenschaften`);
    await expect.poll(() => page.locator('main [role="status"]').innerText()).toMatch(/Treffer für »Lesepatenschaften«/);
    expect(externalRequests).toEqual([]);
    await context.close();
  });
});

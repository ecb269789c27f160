/**
 * What a carrier, an editor and a volunteer stumbled over (issue #22), each
 * step followed by hand: after every action, where focus is, where the page
 * is scrolled, what the URL and the history hold; at 1280 px and on a phone.
 */
import {describe, expect, inject, it} from 'vitest';
import type {Locator, Page} from 'playwright-core';
import {useFreshPage} from './freshPage';
import {builtHtml} from './pageTypes';
import {acceptNotFoundAnswer, sitemapPaths} from './site';
import {openCatalogue as openView} from './catalogueView';
import {RAPID_MS} from '../../src/utils/historyMode';

const origin = inject('origin');
const buildDir = inject('buildDir');

let page: Page;
let errors: string[];
const {open} = useFreshPage((fresh) => ({page, errors} = fresh));

const PHONE = 390;
const facet = (legend: string): Locator => page.locator('fieldset', {has: page.locator('legend', {hasText: legend})});
const scrollY = (): Promise<number> => page.evaluate(() => Math.round(window.scrollY));
const focused = (): Promise<string> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return element.id || element.getAttribute('aria-label') || element.getAttribute('value') || element.tagName.toLowerCase();
  });
const historyLength = (): Promise<number> => page.evaluate(() => window.history.length);

const openCatalogue = (query = ''): Promise<void> => openView(page, origin, query);

async function openSearch(query: string): Promise<void> {
  await page.goto(`${origin}/suche${query}`);
  await expect.poll(() => page.locator('main [role="status"]').innerText()).toMatch(/Treffer für/);
}

/** Scrolls the element to the middle of the viewport, so that a jump to the top would show. */
async function scrollToMiddle(locator: Locator): Promise<number> {
  await locator.evaluate((element) => element.scrollIntoView({block: 'center'}));
  const y = await scrollY();
  expect(y).toBeGreaterThan(100);
  return y;
}

describe('filters keep focus and scroll position', () => {
  for (const width of [1280, PHONE]) {
    it(`catalogue at ${width} px: Space and click on a checkbox, removing a chip, the sort order`, async () => {
      await open(width);
      await openCatalogue();
      if (width === PHONE) await page.getByRole('button', {name: /^Filter anzeigen/}).click();

      // Keyboard: Space on a region.
      const sachsen = facet('Region').getByLabel(/^Sachsen \(/);
      const before = await scrollToMiddle(sachsen);
      await sachsen.focus();
      await page.keyboard.press('Space');
      await page.waitForURL(/states=sachsen/);
      await expect.poll(() => page.locator('main [role="status"]').innerText()).toMatch(/gefunden/);
      expect(await focused()).toBe(await sachsen.getAttribute('id'));
      expect(Math.abs((await scrollY()) - before)).toBeLessThan(50);

      // Pointer: a click on another value's label.
      const second = facet('Region').locator('input:not([disabled]):not(:checked)').first();
      const secondId = (await second.getAttribute('id'))!;
      const beforeClick = await scrollToMiddle(second);
      await page.waitForTimeout(RAPID_MS);
      await page.locator(`label[for="${secondId}"]`).click();
      await expect.poll(() => page.locator(`[id="${secondId}"]`).isChecked()).toBe(true);
      await expect.poll(() => new URL(page.url()).searchParams.get('states')?.split(',').length).toBe(2);
      expect(await focused()).toBe(secondId);
      expect(Math.abs((await scrollY()) - beforeClick)).toBeLessThan(50);

      // Removing the first chip: focus goes to the next chip, whose filter is still set.
      const chips = page.locator('main button[data-chip]');
      await expect.poll(() => chips.count()).toBe(2);
      const nextLabel = await chips.nth(1).getAttribute('aria-label');
      await chips.first().click();
      await expect.poll(() => chips.count()).toBe(1);
      expect(await focused()).toBe(nextLabel);
      // Removing the last chip: focus goes to the results, not to the top of the page.
      await chips.first().click();
      await expect.poll(() => chips.count()).toBe(0);
      expect(await focused()).toBe('katalog-ergebnisse');

      // Sort order: focus stays on the select, the page does not jump.
      const sort = page.getByLabel('Sortieren:');
      await sort.focus();
      const beforeSort = await scrollY();
      await sort.selectOption('neueste');
      await page.waitForURL(/sort=neueste/);
      expect(await focused()).toBe('select');
      expect(Math.abs((await scrollY()) - beforeSort)).toBeLessThan(50);
    });

    it(`/suche at ${width} px: a filter keeps focus and position, the count is announced`, async () => {
      await open(width);
      await openSearch('?q=Mentoring');
      if (width === PHONE) await page.getByRole('button', {name: /^Filter anzeigen/}).click();
      // The last value of the filters, far enough down to show a jump to the top.
      const practice = page.locator('main fieldset input:not([disabled])').last();
      const before = await scrollToMiddle(practice);
      await practice.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => practice.isChecked()).toBe(true);
      await page.waitForURL(/&/);
      await expect.poll(() => page.locator('main [aria-busy="true"]').count()).toBe(0);
      expect(await focused()).toBe(await practice.getAttribute('id'));
      expect(Math.abs((await scrollY()) - before)).toBeLessThan(50);
      expect(await page.locator('main [role="status"]').getAttribute('aria-live')).toBe('polite');
      await expect.poll(() => page.locator('main [role="status"]').innerText()).toMatch(/^\d+ Treffer für »Mentoring«\.$/);
    });
  }
});

describe('history', () => {
  it('adds an entry per deliberate choice, none for typing or rapid changes', async () => {
    await openCatalogue();
    const start = await historyLength();
    await facet('Region').getByLabel(/^Sachsen \(/).check();
    await page.waitForURL(/states=sachsen/);
    expect(await historyLength()).toBe(start + 1);

    // Two more values in quick succession: one entry for both.
    await page.waitForTimeout(RAPID_MS);
    const free = facet('Handlungsfelder').locator('input:not([disabled]):not(:checked)');
    await free.first().check();
    await free.first().check();
    await expect.poll(() => new URL(page.url()).searchParams.get('topics')?.split(',').length).toBe(2);
    expect(await historyLength()).toBe(start + 2);

    // Typing replaces the entry.
    await page.locator('#katalog-suche').fill('Paten');
    await page.waitForURL(/q=Paten/);
    expect(await historyLength()).toBe(start + 2);

    // Back: the state before the quick changes, then the unfiltered catalogue.
    await page.goBack();
    await page.waitForURL(/\?states=sachsen$/);
    await page.goBack();
    await page.waitForURL(`${origin}/gute-praxis`);
  });

  it('shows the start year on the cards when sorting by it', async () => {
    await openCatalogue('?sort=neueste');
    const years = await page.locator('main ul li article p:last-of-type').evaluateAll((metas) =>
      metas.map((meta) => Number(/seit (\d{4})/.exec(meta.textContent ?? '')?.[1] ?? 0)),
    );
    const shown = years.filter((year) => year > 0);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(await page.getByRole('option', {name: /Neueste zuerst \(nach Startjahr\)/}).count()).toBe(1);
  });
});

describe('way back from a practice', () => {
  it('keeps the filters: the link back, the breadcrumb and a page opened in a new tab', async () => {
    await openCatalogue('?topics=bildung&sort=neueste');
    const card = page.locator('main ul li article h3 a').first();
    const title = await card.innerText();
    await card.click();
    await page.locator('h1', {hasText: title}).waitFor();
    const back = page.getByRole('link', {name: '← Zurück zum Katalog'});
    await expect.poll(() => back.getAttribute('href')).toBe('/gute-praxis?topics=bildung&sort=neueste');
    expect(await page.getByRole('navigation', {name: 'Brotkrümelnavigation'}).getByRole('link', {name: 'Gute Praxis'}).getAttribute('href')).toBe(
      '/gute-praxis?topics=bildung&sort=neueste',
    );
    // On to a similar practice: the way back still knows the filters.
    const similar = page.locator('#aehnliche ~ ul a').first();
    if ((await similar.count()) > 0) {
      const next = await similar.innerText();
      await similar.click();
      await page.locator('h1', {hasText: next}).waitFor();
      await expect.poll(() => back.getAttribute('href')).toBe('/gute-praxis?topics=bildung&sort=neueste');
    }
    await back.click();
    await page.waitForURL(/\/gute-praxis\?topics=bildung&sort=neueste$/);
    expect(await facet('Handlungsfelder').getByLabel(/Bildung & Schule/).isChecked()).toBe(true);

    // A full page load coming from the filtered catalogue (e.g. a new tab) finds the filters in the referrer.
    const href = await page.locator('main ul li article h3 a').first().getAttribute('href');
    await page.goto(`${origin}${href}`, {referer: `${origin}/gute-praxis?states=berlin`, waitUntil: 'networkidle'});
    await expect.poll(() => back.getAttribute('href')).toBe('/gute-praxis?states=berlin');
  });

  it('leads to the whole catalogue when the page was opened from elsewhere', async () => {
    const practice = sitemapPaths(buildDir).find((path) => /^\/gute-praxis\/[^/]+$/.test(path))!;
    await page.goto(`${origin}${practice}`);
    expect(await page.getByRole('link', {name: '← Zurück zum Katalog'}).getAttribute('href')).toBe('/gute-praxis');
  });
});

describe('on a phone', () => {
  it('/suche shows the results first, the filters one tap away', async () => {
    await open(PHONE);
    await openSearch('?q=Mentoring');
    const firstResult = page.getByRole('list', {name: 'Suchergebnisse'}).locator('> li').first();
    const toggle = page.locator('button[aria-controls="suche-filter"]');
    expect(await toggle.innerText()).toBe('Filter anzeigen');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const checkboxes = page.locator('main input[type="checkbox"]');
    expect(await checkboxes.count()).toBeGreaterThan(0);
    expect(await checkboxes.first().isVisible()).toBe(false);
    const top = (await firstResult.boundingBox())!.y;
    expect(top).toBeLessThan(844);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await checkboxes.first().isVisible()).toBe(true);
    await page.getByRole('checkbox', {name: /^Gute Praxis/}).check();
    await page.waitForURL(/typ=praxis/);
    expect(await page.getByRole('button', {name: /^Filter ausblenden \(1 aktiv\)/}).count()).toBe(1);
  });

  it('the search box shows the whole query while typing', async () => {
    await open(PHONE);
    await page.goto(`${origin}/programm`);
    const box = page.getByRole('combobox', {name: 'Website durchsuchen'});
    const narrow = (await box.boundingBox())!.width;
    await box.click();
    await box.pressSequentially('Freiwilligenagentur');
    const {width, overflow} = await box.evaluate((input: HTMLInputElement) => ({width: input.getBoundingClientRect().width, overflow: input.scrollWidth > input.clientWidth}));
    expect(width).toBeGreaterThan(Math.max(narrow, PHONE * 0.8));
    expect(overflow).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE);

    // The last option names the number of hits in correct German, one hit included.
    const counts: number[] = [];
    for (const word of ['Kaffeepause', 'Mittagsgespräch']) {
      await box.fill('');
      await box.pressSequentially(word);
      const status = page.locator('[role="search"] [role="status"]');
      await expect.poll(() => status.innerText()).toMatch(new RegExp(`Treffer für »${word}«`));
      const text = await status.innerText();
      const count = text.startsWith('Ein Treffer') ? 1 : Number(/^(\d+) Treffer/.exec(text)![1]);
      counts.push(count);
      const last = page.getByRole('listbox', {name: 'Suchvorschläge'}).getByRole('option').last();
      expect(await last.innerText()).toBe(count === 1 ? 'Den Treffer auf der Suchseite anzeigen' : `Alle ${count} Treffer anzeigen`);
    }
    expect(counts).toContain(1);
  });

  it('the congress programme reads without sideways scrolling, each value labelled', async () => {
    await open(320);
    const congress = sitemapPaths(buildDir).find((path) => /^\/fachkongress\/\d{4}$/.test(path) && /class="?wp-programme\b/.test(builtHtml(buildDir, path)))!;
    await page.goto(`${origin}${congress}`);
    const table = page.locator('table.wp-programme').first();
    const {scrolls, labels, headers, before, rows} = await table.evaluate((element) => ({
      scrolls: element.scrollWidth > element.clientWidth + 1,
      headers: [...element.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim()),
      labels: [...element.querySelectorAll('tbody tr:first-child td')].map((cell) => cell.getAttribute('data-label')),
      before: [...element.querySelectorAll('tbody tr:first-child td')].map((cell) => getComputedStyle(cell, '::before').content),
      rows: [...element.querySelectorAll('tbody tr')].map((row) => (row as HTMLElement).getBoundingClientRect().width),
    }));
    expect(scrolls).toBe(false);
    expect(labels).toEqual(headers);
    expect(before.every((content) => content !== 'none' && content !== 'normal')).toBe(true);
    for (const width of rows) expect(width).toBeLessThanOrEqual(320);
  });

  it('the gallery is a grid of photos with caption and credit under each, at 320 and 1280 px', async () => {
    const withGallery = sitemapPaths(buildDir).find((path) => /^\/fachkongress\/\d{4}$/.test(path) && /class="?wp-gallery\b/.test(builtHtml(buildDir, path)))!;
    for (const width of [320, 1280]) {
      await open(width);
      await page.goto(`${origin}${withGallery}`);
      const figures = page.locator('ul.wp-gallery figure');
      expect(await figures.count()).toBeGreaterThan(1);
      const layout = await figures.evaluateAll((elements) =>
        elements.map((figure) => {
          const image = figure.querySelector('img')!.getBoundingClientRect();
          const caption = figure.querySelector('figcaption')!;
          return {top: image.top, imageBottom: image.bottom, captionTop: caption.getBoundingClientRect().top, right: image.right, credit: caption.textContent ?? ''};
        }),
      );
      for (const figure of layout) {
        expect(figure.captionTop).toBeGreaterThanOrEqual(figure.imageBottom);
        expect(figure.credit).toMatch(/Foto: ©/);
        expect(figure.right).toBeLessThanOrEqual(width);
      }
      // Side by side on a wide screen, one below the other on a narrow one.
      if (width === 1280) expect(layout[1]!.top).toBe(layout[0]!.top);
      else expect(layout[1]!.top).toBeGreaterThan(layout[0]!.imageBottom);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
});

describe('news feeds', () => {
  it('/meldungen links to the feeds, the archive and the tags', async () => {
    await page.goto(`${origin}/meldungen`);
    const ways = page.getByRole('navigation', {name: 'Weitere Wege zu den Meldungen'});
    for (const [name, href] of [
      ['RSS-Feed', '/meldungen/rss.xml'],
      ['Atom-Feed', '/meldungen/atom.xml'],
      [/Archiv/, '/meldungen/archiv'],
      ['Schlagwörter', '/meldungen/tags'],
    ] as const) {
      expect(await ways.getByRole('link', {name}).getAttribute('href')).toBe(href);
    }
  });

  for (const [format, path] of [
    ['RSS', '/meldungen/rss.xml'],
    ['Atom', '/meldungen/atom.xml'],
  ] as const) {
    it(`${format} opens as a readable German page with every post`, async () => {
      // An XML document with a stylesheet: »load« comes once the XSLT has run.
      await page.goto(`${origin}${path}`, {waitUntil: 'load', timeout: 30_000});
      await page.locator('h1').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      expect(await page.locator('body').innerText()).toContain(`Dies ist ein Feed im Format ${format}.`);
      expect(await page.locator('h1').innerText()).toBe('Wissensplattform – Meldungen aus dem BBE');
      const posts = page.locator('ul.meldungen li');
      expect(await posts.count()).toBeGreaterThan(0);
      expect(await posts.first().locator('.datum').innerText()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      const link = await posts.first().locator('h3 a').getAttribute('href');
      expect(new URL(link!).pathname).toMatch(/^\/meldungen\/[a-z0-9-]+$/);
      expect(await page.locator('link[rel="stylesheet"]').getAttribute('href')).toBe('feed.css');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).not.toBe('none');
      // Chromium announces the end of XSLT with a banner of its own, whose inline handler the site's Content
      // Security Policy blocks: the browser's error, not the site's. Any other error still fails the test.
      const banner = errors.findIndex((error) => error.includes('Executing inline event handler violates'));
      if (banner >= 0) errors.splice(banner, 1);
    });
  }
});

describe('404 page', () => {
  it.each([
    ['a practice address, shortened', '/gute-praxis/sprachcafe', '/gute-praxis/sprachcafe-im-quartier'],
    ['another address, with a typo', '/fachkongres/2019', '/fachkongress/2019'],
  ])('under %s: no console error, and »Meinten Sie …?« with the closest pages', async (_, path, meant) => {
    expect(sitemapPaths(buildDir)).toContain(meant);
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status()).toBe(404);
    const suggestions = page.getByText(/^Meinten Sie/).locator('xpath=following-sibling::ul[1]').getByRole('link');
    await expect.poll(() => suggestions.count(), {timeout: 10_000}).toBeGreaterThan(0);
    expect(await suggestions.first().getAttribute('href')).toBe(meant);
    acceptNotFoundAnswer(errors, `${origin}${path}`);
  });
});

describe('heading scale', () => {
  it('practice and news pages use the heading sizes of doc pages, at 1280 px and on a phone', async () => {
    const paths = sitemapPaths(buildDir);
    const practice = paths.find((path) => /^\/gute-praxis\/[^/]+$/.test(path))!;
    const post = paths.find((path) => /^\/meldungen\/(?!archiv$|authors$|tags$)[^/]+$/.test(path))!;
    for (const width of [1280, PHONE]) {
      await open(width);
      const sizes = async (path: string): Promise<{h1: number; h2: number}> => {
        await page.goto(`${origin}${path}`);
        return page.evaluate(() => ({
          h1: parseFloat(getComputedStyle(document.querySelector('main h1')!).fontSize),
          h2: parseFloat(getComputedStyle(document.querySelector('main .markdown > h2, main h2')!).fontSize),
        }));
      };
      const doc = await sizes('/programm');
      const practiceSizes = await sizes(practice);
      expect(practiceSizes.h1).toBe(doc.h1);
      expect(practiceSizes.h1).toBeGreaterThan(practiceSizes.h2 * 1.2);
      expect((await sizes(post)).h1).toBe(doc.h1);
    }
  });
});

describe('contributing without Git', () => {
  it('/mitmachen says where to turn when the site has no repository', async () => {
    await page.goto(`${origin}/mitmachen`);
    const box = page.locator('[data-wp-repository]');
    // The test build sets no REPO_URL; the build test checks the links with one.
    expect(await box.getAttribute('data-wp-repository')).toBe('none');
    expect(await box.getByRole('link', {name: 'Kontakt'}).getAttribute('href')).toBe('/kontakt');
  });
});

/**
 * The search in Chromium, the same for every backend (the built-in index in
 * search.test.ts, Algolia in searchAlgolia.test.ts): nothing loads before the
 * box is used; typing shows results; the combobox works with the keyboard
 * alone; /suche renders results and filters with the state in the URL; no
 * request leaves 127.0.0.1; axe finds no WCAG 2.1 AA violation.
 */
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations} from './axe';
import {useFreshPage} from './freshPage';
import {RAPID_MS} from '../../src/utils/historyMode';

export interface SearchTarget {
  /** Origin of the built site, known when the tests run. */
  origin: () => string;
  /** Whether a request (its path) belongs to the search: index files or the search service. */
  isSearchRequest: (path: string) => boolean;
  /** The built-in index starts loading on focus; a search service is asked only once the visitor types. */
  loadsOnFocus: boolean;
}

export function searchSuite(target: SearchTarget): void {
  const {origin} = target;

  let page: Page;
  let requests: string[];
  const {open} = useFreshPage((fresh) => ({page, requests} = fresh));

  const box = () => page.getByRole('combobox', {name: 'Website durchsuchen'});
  const options = () => page.getByRole('listbox', {name: 'Suchvorschläge'}).getByRole('option');

  async function typeInBox(text: string): Promise<void> {
    await box().fill('');
    await box().pressSequentially(text);
    // Results of the whole text, not of a prefix still on its way.
    await expect.poll(() => page.locator('[role="search"] [role="status"]').innerText()).toMatch(new RegExp(`Treffer für »${text}«`));
    expect(await options().count()).toBeGreaterThan(0);
  }

  describe('search box', () => {
    it('loads nothing for search until the visitor uses the box', async () => {
      await page.goto(`${origin()}/programm`);
      expect(requests.filter(target.isSearchRequest)).toEqual([]);
      await box().focus();
      if (target.loadsOnFocus) {
        await expect.poll(() => requests.filter(target.isSearchRequest).length).toBeGreaterThan(0);
      } else {
        await page.waitForTimeout(300);
        expect(requests.filter(target.isSearchRequest)).toEqual([]);
        await page.keyboard.type('M');
        await expect.poll(() => requests.filter(target.isSearchRequest).length).toBeGreaterThan(0);
      }
    });

    it('shows results while typing: type label, title, snippet with the match marked', async () => {
      await page.goto(`${origin()}/programm`);
      await box().click();
      await typeInBox('Patenschaften');
      await expect.poll(() => box().getAttribute('aria-expanded')).toBe('true');
      const first = options().first();
      expect(await first.innerText()).toMatch(/^(Gute Praxis|Fachkongress|AG-Bericht|Meldung|Seite)\n/i);
      expect(await first.locator('mark').count()).toBeGreaterThan(0);
      const announced = await page.locator('[role="search"] [role="status"]').innerText();
      expect(announced).toMatch(/\d+ Treffer für »Patenschaften«|Ein Treffer/);
      expect(await options().last().innerText()).toMatch(/^Alle \d+ Treffer anzeigen$/);
    });

    it('is operated with the keyboard: »/« focuses, arrows select, Enter opens the page', async () => {
      await page.goto(`${origin()}/programm`);
      await page.keyboard.press('/');
      expect(await box().evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.type('Mentoring');
      // Wait for the results of the whole word: a new result list resets the selection.
      await expect.poll(() => page.locator('[role="search"] [role="status"]').innerText()).toMatch(/Treffer für »Mentoring«/);
      expect(await options().count()).toBeGreaterThan(1);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const second = options().nth(1);
      expect(await second.getAttribute('aria-selected')).toBe('true');
      expect(await box().getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
      const title = (await second.innerText()).split('\n')[1]!;
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('h1').first().innerText()).toBe(title);
      expect(new URL(page.url()).pathname).not.toBe('/programm');
    });

    it('focuses with Ctrl+K, closes with Escape, and Enter without a selection opens /suche', async () => {
      await page.goto(`${origin()}/meldungen`);
      await page.keyboard.press('Control+k');
      expect(await box().evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.type('Bildung');
      await expect.poll(() => page.locator('[role="search"] [role="status"]').innerText()).toMatch(/Treffer für »Bildung«/);
      await page.keyboard.press('Escape');
      expect(await box().getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${origin()}/suche?q=Bildung`);
      await expect.poll(() => page.locator('main [role="status"]').innerText()).toMatch(/Treffer für »Bildung«/);
    });

    it('says so when nothing matches', async () => {
      await page.goto(`${origin()}/programm`);
      await box().fill('Quantenchromodynamik');
      await expect.poll(() => page.locator('[role="search"]').innerText()).toMatch(/Keine Treffer für »Quantenchromodynamik«/);
    });

    it('has no accessibility violations with results open, also at 320 px', async () => {
      for (const width of [1280, 320]) {
        await open(width);
        await page.goto(`${origin()}/programm`);
        await box().click();
        await typeInBox('Lotsinnen');
        await page.keyboard.press('ArrowDown');
        expect(await axeViolations(page), `width ${width}`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
      }
    });
  });

  describe('results page /suche', () => {
    const status = () => page.locator('main [role="status"]');
    const results = () => page.getByRole('list', {name: 'Suchergebnisse'}).locator('> li');
    async function openResults(query: string): Promise<void> {
      await page.goto(`${origin()}/suche${query}`);
      await expect.poll(() => status().innerText()).toMatch(/Treffer/);
    }
    // The results of the current URL are shown (not the previous ones while new ones load).
    const settled = () => expect.poll(() => page.locator('main [aria-busy="true"]').count()).toBe(0);
    const typeLabels = async (): Promise<string[]> => [...new Set(await results().locator('> span').allInnerTexts())];

    it('renders results for ?q= with links to the pages (and sections) found', async () => {
      await openResults('?q=Mentoring');
      expect(await status().innerText()).toMatch(/^\d+ Treffer für »Mentoring«\.$/);
      const hrefs = await results().locator('h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(3);
      for (const href of hrefs) expect(href).toMatch(/^\/[^#]*(#.+)?$/);
      expect(await page.locator('#suche-eingabe').inputValue()).toBe('Mentoring');
    });

    it('filters by type and by catalogue facets, in the URL, with back and reload', async () => {
      await openResults('?q=Mentoring');
      const total = Number(/^(\d+)/.exec(await status().innerText())![1]);
      await page.getByRole('checkbox', {name: /^Gute Praxis \(\d+\)$/}).check();
      await page.waitForURL(/typ=praxis/);
      await settled();
      await expect.poll(typeLabels).toEqual(['GUTE PRAXIS']);
      const practices = Number(/^(\d+)/.exec(await status().innerText())![1]);
      expect(practices).toBeLessThan(total);

      const topic = page.locator('fieldset', {has: page.locator('legend', {hasText: 'Handlungsfelder'})}).locator('input:not([disabled])').first();
      // A second deliberate choice: quick successive changes share one history entry.
      await page.waitForTimeout(RAPID_MS);
      await topic.check();
      await page.waitForURL(/topics=/);
      await settled();
      await expect.poll(async () => Number(/^(\d+)/.exec(await status().innerText())?.[1])).toBeLessThan(practices + 1);
      const filtered = await status().innerText();

      await page.reload({waitUntil: 'networkidle'});
      await expect.poll(() => status().innerText()).toBe(filtered);
      await page.goBack();
      await expect.poll(() => new URL(page.url()).search).toBe('?q=Mentoring&typ=praxis');
      await page.goBack();
      await expect.poll(() => status().innerText()).toBe(`${total} Treffer für »Mentoring«.`);
    });

    it('shows a German empty state with hints', async () => {
      await page.goto(`${origin()}/suche?q=Quantenchromodynamik`);
      await expect.poll(() => status().innerText()).toBe('Keine Treffer für »Quantenchromodynamik«.');
      expect(await page.locator('main').innerText()).toMatch(/Prüfen Sie die Schreibweise/);
    });

    it('searches from its own form', async () => {
      await page.goto(`${origin()}/suche`);
      expect(await page.locator('main').innerText()).toMatch(/Geben Sie einen Suchbegriff ein/);
      await page.getByLabel('Suchbegriff').fill('Geflüchtete');
      await page.getByRole('button', {name: 'Suchen'}).click();
      await page.waitForURL(/\?q=Gefl%C3%BCchtete/);
      await expect.poll(() => status().innerText()).toMatch(/Treffer für »Geflüchtete«/);
    });

    it('has no accessibility violations with results and filters, light and dark, 1280 and 320 px', async () => {
      for (const width of [1280, 320]) {
        for (const scheme of ['light', 'dark'] as const) {
          await open(width);
          await page.emulateMedia({colorScheme: scheme});
          await openResults('?q=Patenschaft');
          expect(await axeViolations(page), `${scheme}, ${width} px`).toEqual([]);
        }
      }
    });
  });
}

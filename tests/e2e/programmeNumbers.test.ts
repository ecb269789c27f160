/**
 * »Das Programm in Zahlen« in Chromium: its numbers are the catalogue's (the
 * Länder as on the map, the fields of action as beside their checkboxes, the
 * total), each chart has a caption and its table, the page is linked from
 * /programm, prints, and passes axe in light and dark at 1280 and 320 px.
 */
import {describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations} from './axe';
import {useFreshPage} from './freshPage';
import {openCatalogue} from './catalogueView';

const origin = inject('origin');

let page: Page;
let errors: string[];
const {open} = useFreshPage((fresh) => ({page, errors} = fresh));

const section = (title: string) => page.locator('main section', {has: page.locator('h2', {hasText: title})});

/** A chart's table as label → first number. */
async function tableOf(title: string): Promise<Record<string, number>> {
  const rows = await section(title).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent.trim(), tr.querySelector('td')!.textContent.trim()]));
  return Object.fromEntries(rows.map(([label, value]) => [label!, Number(value!.replace(/\./g, ''))]));
}

const openNumbers = async (): Promise<void> => {
  await page.goto(`${origin}/programm/zahlen`);
};

describe('the programme in numbers', () => {
  it('is linked from the programme page', async () => {
    await page.goto(`${origin}/programm`);
    await page.locator('main a', {hasText: 'Das Programm in Zahlen'}).click();
    await page.waitForURL(/\/programm\/zahlen$/);
    // A client-side navigation: the URL changes first, the page follows.
    await expect.poll(() => page.locator('h1').innerText()).toBe('Das Programm in Zahlen');
  });

  it('counts what the catalogue counts: the total, the fields of action, the Länder as on the map and the nationwide ones', async () => {
    await openNumbers();
    const total = Number((await page.locator('main dl div', {has: page.locator('dt', {hasText: 'Praxisbeispiele'})}).locator('dd').innerText()).replace(/\./g, ''));
    const topics = await tableOf('nach Handlungsfeld');
    const states = await tableOf('nach Land');
    expect(Object.keys(states)).toHaveLength(17);

    await openCatalogue(page, origin);
    expect(await page.locator('main [role="status"]').first().innerText()).toBe(`${total} Praxisbeispiele im Katalog.`);
    const region = page.locator('fieldset', {has: page.locator('legend', {hasText: 'Region'})});
    const onMap = await region.locator('[role="checkbox"][aria-label]').evaluateAll((elements) =>
      elements.map((element) => /^([^:]+): (\d+|ein) Praxisbeispiel/.exec(element.getAttribute('aria-label')!)!.slice(1)),
    );
    expect(Object.fromEntries(onMap.map(([label, count]) => [label === 'Bundesweit' ? 'bundesweit' : label!, count === 'ein' ? 1 : Number(count)]))).toEqual(states);
    const topicFacet = page.locator('fieldset', {has: page.locator('legend', {hasText: 'Handlungsfelder'})});
    const beside = await topicFacet.locator('label').allInnerTexts();
    expect(Object.fromEntries(beside.map((text) => /^(.+) \((\d+)\)$/.exec(text)!.slice(1)).map(([label, count]) => [label!, Number(count)]))).toEqual(topics);
    expect(errors).toEqual([]);
  });

  it('gives every chart a caption and its data as a table right after it; the drawing is hidden from screen readers', async () => {
    await openNumbers();
    const sections = await page.locator('main section').count();
    expect(sections).toBe(7);
    for (let index = 0; index < sections; index += 1) {
      const current = page.locator('main section').nth(index);
      const order = await current.evaluate((element) => [...element.children].map((child) => child.tagName.toLowerCase() + (child.getAttribute('role') ? `[${child.getAttribute('role')}]` : '')));
      expect(order).toEqual(['h2', 'figure', 'div']);
      expect((await current.locator('figcaption').innerText()).length).toBeGreaterThan(10);
      expect(await current.locator('table thead th').count()).toBeGreaterThanOrEqual(2);
      if ((await current.locator('figure svg').count()) > 0) expect(await current.locator('figure svg').getAttribute('aria-hidden')).toBe('true');
    }
    // The congresses: one row per congress, »–« where no figure is known.
    expect(await section('Fachkongresse').locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
  });

  it('prints its charts and tables', async () => {
    await openNumbers();
    await page.emulateMedia({media: 'print'});
    const bars = page.locator('main section').first().locator('svg rect');
    expect(await bars.count()).toBeGreaterThan(0);
    expect(await bars.first().evaluate((element) => getComputedStyle(element).fill)).toBe('rgb(51, 51, 51)');
    expect(await page.locator('main table').first().isVisible()).toBe(true);
  });

  it('has no WCAG 2.1 AA violations in light and dark, at 1280 and 320 px, without sideways scrolling on a phone', async () => {
    for (const width of [1280, 320]) {
      for (const scheme of ['light', 'dark'] as const) {
        await open(width);
        await page.emulateMedia({colorScheme: scheme});
        await openNumbers();
        await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(scheme);
        expect(await axeViolations(page), `${width} ${scheme}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      }
    }
  });
});

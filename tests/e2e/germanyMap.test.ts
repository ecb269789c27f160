/**
 * The map of the Länder in the region filter (#20): choosing a Land is
 * ticking its checkbox (same URL, same count, back and forward), by mouse and
 * by keyboard alone; the numbers are those of the Land itself; /suche shows the
 * map for practices only; axe in light and dark.
 */
import {describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations} from './axe';
import {useFreshPage} from './freshPage';
import {openCatalogue as openView} from './catalogueView';

const origin = inject('origin');

let page: Page;
let errors: string[];
let requests: string[];
const {open} = useFreshPage((fresh) => ({page, errors, requests} = fresh));

const status = (): Promise<string> => page.locator('main [role="status"]').first().innerText();
const region = () => page.locator('fieldset', {has: page.locator('legend', {hasText: 'Region'})});
const land = (slug: string) => region().locator(`svg [data-land="${slug}"]`);
const countOf = (text: string): number => {
  const match = /^(\d+|ein) Praxisbeispiel/.exec(text);
  if (!match) return text.startsWith('Keine') ? 0 : NaN;
  return match[1] === 'ein' ? 1 : Number(match[1]);
};
/** The number the map writes for a Land, from its accessible name »Sachsen: 7 Praxisbeispiele«. */
const mapNumber = async (slug: string): Promise<number> => countOf((await land(slug).getAttribute('aria-label'))!.replace(/^[^:]+: /, ''));

describe('the map of the Länder in the catalogue', () => {
  it('choosing Sachsen on the map is ticking Sachsen: same URL, same count, and back and forward work', async () => {
    await openView(page, origin);
    expect(await land('sachsen').getAttribute('aria-checked')).toBe('false');
    const predicted = Number(/\((\d+)\)$/.exec(await region().locator('label', {hasText: /^Sachsen \(/}).innerText())![1]);
    await land('sachsen').click();
    await page.waitForURL(/\?states=sachsen$/);
    await expect.poll(status).toMatch(/gefunden/);
    const byMap = {url: new URL(page.url()).search, count: countOf(await status())};
    expect(byMap.count).toBe(predicted);
    await expect.poll(() => land('sachsen').getAttribute('aria-checked')).toBe('true');
    expect(await region().getByLabel(/^Sachsen \(/).isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL(/\/gute-praxis$/);
    await expect.poll(() => land('sachsen').getAttribute('aria-checked')).toBe('false');
    await page.goForward();
    await page.waitForURL(/\?states=sachsen$/);
    await expect.poll(() => land('sachsen').getAttribute('aria-checked')).toBe('true');

    await open();
    await openView(page, origin);
    await region().getByLabel(/^Sachsen \(/).check();
    await page.waitForURL(/\?states=sachsen$/);
    await expect.poll(status).toMatch(/gefunden/);
    expect({url: new URL(page.url()).search, count: countOf(await status())}).toEqual(byMap);
    await expect.poll(() => land('sachsen').getAttribute('aria-checked')).toBe('true');
    // Choosing it again on the map takes the filter away.
    await land('sachsen').click();
    await page.waitForURL(/\/gute-praxis$/);
    expect(await region().getByLabel(/^Sachsen \(/).isChecked()).toBe(false);
  });

  it('writes the practices of the Land itself; the nationwide ones stand beside the map', async () => {
    await openView(page, origin, '?states=sachsen');
    // All cards are shown (fewer than a page): the map's number is the cards that name Sachsen, not those only bundesweit.
    const regions = (await page.locator('main ul li article p').allInnerTexts()).flatMap((text) => /Region:\s*([^·]*)·?/.exec(text)?.[1]?.split(', ').map((name) => name.trim()) ?? []);
    const inSachsen = regions.filter((name) => name === 'Sachsen').length;
    expect(regions).toContain('Bundesweit');
    expect(inSachsen).toBeGreaterThan(0);
    expect(await mapNumber('sachsen')).toBe(inSachsen);
    const nationwide = region().locator('button[role="checkbox"]');
    expect(await nationwide.getAttribute('aria-label')).toMatch(/^Bundesweit: (ein|\d+) Praxisbeispiel/);
    expect(await nationwide.innerText()).toMatch(/^Bundesweit\s+\d+$/);
    // The text on the map says the same as the accessible name.
    expect(await region().locator('svg text').allTextContents()).toContain(`✓ ${await mapNumber('sachsen')}`);
    expect(errors).toEqual([]);
  });

  it.each([1280, 390])('works with the keyboard alone at %i px: one tab stop, arrows move across the map, Space chooses and the count is announced', async (width) => {
    await open(width);
    await openView(page, origin);
    // On a phone the filters fold behind a button.
    if (width < 997) await page.getByRole('button', {name: /Filter anzeigen/}).click();
    await page.locator('#katalog-suche').focus();
    let onMap = false;
    for (let step = 0; step < 60 && !onMap; step += 1) {
      await page.keyboard.press('Tab');
      onMap = await page.evaluate(() => document.activeElement?.hasAttribute('data-land') ?? false);
    }
    expect(onMap).toBe(true);
    const focused = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-land') ?? null);
    expect(await focused()).toBe('baden-wuerttemberg');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('bayern');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('thueringen');
    const predicted = Number(/\((\d+)\)$/.exec(await region().locator('label', {hasText: /^Thüringen \(/}).innerText())![1]);
    await page.keyboard.press('Space');
    await page.waitForURL(/\?states=thueringen$/);
    await expect.poll(status).toBe(`${predicted} Praxisbeispiele gefunden.`);
    expect(await page.locator('main [role="status"]').first().getAttribute('aria-live')).toBe('polite');
    // Focus stays on the Land, which says it is chosen; the next Tab leaves the map.
    expect(await focused()).toBe('thueringen');
    // The map follows the count in a deferred render.
    await expect.poll(() => land('thueringen').getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await focused()).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('thueringen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/gute-praxis$/);
  });

  it('leaves a Land that would yield nothing unchosen, like its disabled checkbox', async () => {
    await openView(page, origin, '?carrier=beispiel-freiwilligenagentur-leipzig');
    const empty = region().locator('svg [data-land][aria-disabled="true"]');
    expect(await empty.count()).toBeGreaterThan(0);
    const slug = (await empty.first().getAttribute('data-land'))!;
    expect(await mapNumber(slug)).toBe(0);
    const label = (await land(slug).getAttribute('aria-label'))!.replace(/:.*$/, '');
    expect(await region().getByRole('checkbox', {name: new RegExp(`^${label} \\(0\\)$`)}).isDisabled()).toBe(true);
    const before = page.url();
    // Playwright will not click what says it is disabled; a visitor still can.
    await land(slug).click({force: true});
    await page.waitForTimeout(300);
    expect(page.url()).toBe(before);
    expect(await land(slug).getAttribute('aria-checked')).toBe('false');
  });

  it('has no WCAG 2.1 AA violations with a Land chosen, in light and dark at 1280 px', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await open(1280);
      await page.emulateMedia({colorScheme: scheme});
      await openView(page, origin, '?states=sachsen');
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(scheme);
      expect(await axeViolations(page), scheme).toEqual([]);
    }
  });

  it('fits a 320 px screen: the map and the list below it, no sideways scrolling', async () => {
    await open(320);
    await openView(page, origin);
    await page.getByRole('button', {name: /Filter anzeigen/}).click();
    const box = (await region().locator('svg').boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await land('bayern').tap().catch(async () => land('bayern').click());
    await page.waitForURL(/\?states=bayern$/);
  });
});

describe('the map on /suche', () => {
  it('appears when only practices are searched, and filters like its checkbox there', async () => {
    await page.goto(`${origin}/suche?q=Patenschaft`);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Treffer/);
    expect(await page.locator('main svg [data-land]').count()).toBe(0);
    // Other searches do not load the map: it costs only the catalogue and a search for practices.
    expect(requests.filter((path) => /\/karte\.[0-9a-f]+\.json$/.test(path))).toEqual([]);
    await page.goto(`${origin}/suche?q=Patenschaft&typ=praxis`);
    await expect.poll(() => land('sachsen').count()).toBe(1);
    expect(requests.filter((path) => /\/karte\.[0-9a-f]+\.json$/.test(path))).toHaveLength(1);
    await land('sachsen').click();
    await page.waitForURL(/states=sachsen/);
    await expect.poll(() => region().getByRole('checkbox', {name: /^Sachsen \(/}).isChecked()).toBe(true);
  });
});

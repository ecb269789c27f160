/**
 * The catalogue in Chromium: facets change cards, counts and URL; back
 * restores; a shared URL reproduces the view; keyboard-only operation;
 * practice pages; no WCAG 2.1 AA violations.
 */
import {describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {axeViolations} from './axe';
import {openTrackedPage} from './browser';
import {useFreshPage} from './freshPage';
import {acceptNotFoundAnswer} from './site';
import {openCatalogue as openView} from './catalogueView';

const origin = inject('origin');

let browser: Browser;
let page: Page;
let errors: string[];
useFreshPage((fresh) => ({browser, page, errors} = fresh));

const status = (): Promise<string> => page.locator('main [role="status"]').first().innerText();
const countOf = (text: string): number => {
  const match = /^(\d+|ein) Praxisbeispiel/.exec(text);
  if (!match) return text.startsWith('Keine') ? 0 : NaN;
  return match[1] === 'ein' ? 1 : Number(match[1]);
};
const cardTitles = (): Promise<string[]> => page.locator('main ul li article h3').allInnerTexts();
const facet = (legend: string) => page.locator('fieldset', {has: page.locator('legend', {hasText: legend})});

/** Count shown beside a facet value, e.g. »Bildung & Schule (8)« → 8. */
async function shownCount(legend: string, label: string): Promise<number> {
  const text = await facet(legend).locator('label', {hasText: label}).first().innerText();
  return Number(/\((\d+)\)\s*$/.exec(text)![1]);
}

const openCatalogue = (query = ''): Promise<void> => openView(page, origin, query);

describe('catalogue', () => {
  it('shows every practice with counts when unfiltered', async () => {
    await openCatalogue();
    const total = countOf(await status());
    expect(total).toBeGreaterThanOrEqual(24);
    expect(await cardTitles()).toHaveLength(24);
    const topicCounts = await facet('Handlungsfelder').locator('label').allInnerTexts();
    expect(topicCounts.every((text) => /\(\d+\)$/.test(text))).toBe(true);
  });

  it('filters by a facet value: the count predicted beside it, the cards and the URL follow', async () => {
    await openCatalogue();
    const predicted = await shownCount('Handlungsfelder', 'Bildung & Schule');
    await facet('Handlungsfelder').getByLabel(/Bildung & Schule/).check();
    await page.waitForURL(/\?topics=bildung$/);
    await expect.poll(status).toMatch(/gefunden/);
    expect(countOf(await status())).toBe(predicted);
    expect((await cardTitles()).length).toBe(Math.min(predicted, 24));
  });

  it('combines values with OR within a facet and AND across facets', async () => {
    await openCatalogue('?topics=bildung');
    const bildung = countOf(await status());
    await facet('Handlungsfelder').getByLabel(/^Sprache/).check();
    await page.waitForURL(/topics=bildung,sprache/);
    await expect.poll(async () => countOf(await status())).toBeGreaterThanOrEqual(bildung);
    const either = countOf(await status());
    const predicted = await shownCount('Zielgruppen', 'Kinder');
    await facet('Zielgruppen').getByLabel(/^Kinder/).check();
    await page.waitForURL(/audiences=kinder/);
    await expect.poll(async () => countOf(await status())).toBe(predicted);
    expect(predicted).toBeLessThanOrEqual(either);
  });

  it('disables values that would yield nothing', async () => {
    await openCatalogue('?topics=wohnen&audiences=familien');
    const disabled = facet('Zielgruppen').locator('input:disabled');
    expect(await disabled.count()).toBeGreaterThan(0);
    for (const label of await facet('Zielgruppen').locator('li:has(input:disabled) label').allInnerTexts()) {
      expect(label).toMatch(/\(0\)$/);
    }
  });

  it('restores the previous view with the back button and reproduces a shared URL', async () => {
    await openCatalogue();
    await facet('Region').getByLabel(/^Sachsen \(/).check();
    await page.waitForURL(/states=sachsen/);
    await expect.poll(status).toMatch(/gefunden/);
    const filtered = await cardTitles();
    await page.goBack();
    await page.waitForURL(`${origin}/gute-praxis`);
    await expect.poll(async () => (await cardTitles()).length).toBe(24);
    expect(await facet('Region').getByLabel(/^Sachsen \(/).isChecked()).toBe(false);
    await page.goForward();
    await page.waitForURL(/states=sachsen/);
    await expect.poll(cardTitles).toEqual(filtered);

    // A fresh visitor opening the same link sees the same view.
    const other = await openTrackedPage(browser);
    await other.page.goto(`${origin}/gute-praxis?states=sachsen`);
    await expect.poll(() => other.page.locator('main ul li article h3').allInnerTexts()).toEqual(filtered);
    await other.context.close();
  });

  it('filters by free text, forgiving gender forms and umlauts, and shows an empty state', async () => {
    await openCatalogue('?q=Lesepatinnen');
    await expect.poll(cardTitles).toContain('Lesetandems an Grundschulen');
    await page.goto(`${origin}/gute-praxis?q=gibtesnichtxyz`);
    await expect.poll(status).toBe('Keine Praxisbeispiele gefunden.');
    await page.getByRole('button', {name: 'Alle Filter zurücksetzen'}).first().click();
    await page.waitForURL(`${origin}/gute-praxis`);
    await expect.poll(async () => (await cardTitles()).length).toBe(24);
  });

  it('sorts by newest start year', async () => {
    await openCatalogue('?sort=neueste');
    await expect.poll(async () => (await cardTitles()).length).toBe(24);
    const first = await page.locator('main ul li article h3 a').first().getAttribute('href');
    await page.goto(origin + first!);
    const firstYear = Number(await page.locator('.wp-facts dt:text-is("Seit") + dd').innerText());
    await openCatalogue('?sort=neueste');
    const last = await page.locator('main ul li article h3 a').last().getAttribute('href');
    await page.goto(origin + last!);
    const lastYear = Number((await page.locator('.wp-facts dt:text-is("Seit") + dd').innerText().catch(() => '0')) || 0);
    expect(firstYear).toBeGreaterThanOrEqual(lastYear);
  });

  it('loads more cards and moves focus to the first new one', async () => {
    await openCatalogue();
    const total = countOf(await status());
    const more = page.getByRole('button', {name: /Weitere Praxisbeispiele anzeigen/});
    expect(await more.isVisible()).toBe(total > 24);
    if (total > 24) {
      await more.click();
      await expect.poll(async () => (await cardTitles()).length).toBe(Math.min(total, 48));
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expect((await cardTitles())[24]).toBe(focused);
    }
  });

  it('is operable with the keyboard alone: filter, open a practice, come back with the filter kept', async () => {
    await openCatalogue();
    await page.locator('#katalog-suche').focus();
    await page.keyboard.press('Tab'); // first topic checkbox
    await page.keyboard.press('Space');
    await page.waitForURL(/\?topics=bildung$/);
    await expect.poll(status).toMatch(/gefunden/);
    const firstCard = page.locator('main ul li article h3 a').first();
    const title = await firstCard.innerText();
    await firstCard.focus();
    await page.keyboard.press('Enter');
    await page.locator('h1', {hasText: title}).waitFor();
    expect(page.url()).toMatch(/\/gute-praxis\/[a-z0-9-]+$/);
    await page.goBack();
    await page.waitForURL(/\?topics=bildung$/);
    expect(await facet('Handlungsfelder').getByLabel(/Bildung & Schule/).isChecked()).toBe(true);
  });

  it('works on a phone: filters behind a button', async () => {
    const phone = await openTrackedPage(browser, {width: 375, height: 800});
    await phone.page.goto(`${origin}/gute-praxis`);
    const toggle = phone.page.locator('button[aria-controls="katalog-filter"]');
    expect(await phone.page.locator('#katalog-filter').isVisible()).toBe(false);
    await toggle.click();
    expect(await phone.page.locator('#katalog-filter').isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await phone.context.close();
  });

  it('has no WCAG 2.1 AA violations, filters open and closed, light and dark', async () => {
    await openCatalogue('?topics=bildung');
    expect(await axeViolations(page)).toEqual([]);
    const phone = await openTrackedPage(browser, {width: 375, height: 800});
    await phone.page.emulateMedia({colorScheme: 'dark'});
    await phone.page.goto(`${origin}/gute-praxis?topics=bildung`);
    await phone.page.getByRole('button', {name: /Filter anzeigen/}).click();
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.context.close();
  });
});

describe('practice page', () => {
  const path = '/gute-praxis/lesetandems-an-grundschulen';

  it('is complete as static HTML, before any JavaScript', async () => {
    const html = await (await fetch(origin + path)).text();
    expect(html).toContain('<title data-rh=true>Lesetandems an Grundschulen | Wissensplattform</title>');
    expect(html).toMatch(/<meta[^>]*name=description content="Ehrenamtliche Lesepat\*innen/);
    expect(html).toMatch(/<link[^>]*rel=canonical href=[^>]*\/gute-praxis\/lesetandems-an-grundschulen/);
    expect(html).toMatch(/<h2 id="?steckbrief/);
    expect(html).toContain('Gelingensfaktoren');
    expect(html).not.toMatch(/__WP_|:slug/);
    expect(html).not.toContain('@example.org'); // the e-mail address is obfuscated
    expect(html.length).toBeLessThan(60 * 1024);
  });

  it('shows fact box, sample badge, usable e-mail and similar practices', async () => {
    await page.goto(origin + path);
    expect(await page.locator('h1').innerText()).toBe('Lesetandems an Grundschulen');
    expect(await page.locator('.badge--beispiel').first().innerText()).toBe('Beispiel');
    const facts = await page.locator('.wp-facts').innerText();
    expect(facts).toMatch(/Träger\*in\s+Freiwilligenagentur Leipzig-Ost/);
    const mail = page.locator('.wp-facts a[href^="mailto:"]');
    expect(await mail.getAttribute('href')).toMatch(/^mailto:[^@]+@example\.org$/);
    expect(await page.locator('#aehnliche + ul li').count()).toBe(3);
  });

  it('navigates inside the app to a value page and to the carrier page', async () => {
    await page.goto(origin + path);
    await page.locator('.wp-facts a', {hasText: 'Sprache'}).click();
    await page.waitForURL(`${origin}/gute-praxis/thema/sprache`);
    await page.locator('h1', {hasText: 'Handlungsfeld: Sprache'}).waitFor();
    expect(await page.locator('main li a', {hasText: 'Lesetandems an Grundschulen'}).count()).toBe(1);
    await page.goBack();
    await page.locator('h1', {hasText: 'Lesetandems an Grundschulen'}).waitFor();
    await page.locator('.wp-facts a', {hasText: 'Freiwilligenagentur Leipzig-Ost'}).click();
    await page.locator('h1', {hasText: 'Freiwilligenagentur Leipzig-Ost (Beispiel)'}).waitFor();
  });

  it('says so when a practice does not exist', async () => {
    const response = await page.goto(`${origin}/gute-praxis/gibt-es-nicht`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', {level: 1, name: 'Seite nicht gefunden'}).waitFor();
    // Only the page's own 404 answer: no hydration error, no request for a fragment that does not exist.
    acceptNotFoundAnswer(errors, `${origin}/gute-praxis/gibt-es-nicht`);
  });

  it('has no WCAG 2.1 AA violations, at 1280 and 320 px, light and dark', async () => {
    await page.goto(origin + path);
    expect(await axeViolations(page)).toEqual([]);
    const phone = await openTrackedPage(browser, {width: 320, height: 640});
    await phone.page.emulateMedia({colorScheme: 'dark'});
    await phone.page.goto(origin + path);
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.context.close();
  });
});

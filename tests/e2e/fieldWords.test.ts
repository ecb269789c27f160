/**
 * Search that knows the field's words (issue #23), in Chromium on the built
 * site: the catalogue's text box and /suche find the same practices with the
 * same engine; synonyms and the »Auch gesucht« line; a query word that names
 * a filter, applied in one click; result cards with Land and carrier;
 * suggestions when nothing is found; axe.
 */
import {describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations} from './axe';
import {useFreshPage} from './freshPage';
import {openCatalogue as openView} from './catalogueView';

const origin = inject('origin');

let page: Page;
useFreshPage((fresh) => ({page} = fresh));

const catalogueStatus = (): Promise<string> => page.locator('main [role="status"]').first().innerText();
const catalogueCount = async (): Promise<number> => {
  const text = await catalogueStatus();
  const match = /^(\d+|Ein) Praxisbeispiel/i.exec(text);
  return match ? (match[1]!.toLowerCase() === 'ein' ? 1 : Number(match[1])) : text.startsWith('Keine') ? 0 : NaN;
};
const cardTitles = (): Promise<string[]> => page.locator('main ul li article h3').allInnerTexts();

const searchStatus = () => page.locator('main [role="status"]');
const results = () => page.getByRole('list', {name: 'Suchergebnisse'}).locator('> li');
async function openResults(query: string): Promise<void> {
  await page.goto(`${origin}/suche${query}`);
  await expect.poll(() => searchStatus().innerText()).toMatch(/Treffer/);
  await expect.poll(() => page.locator('main [aria-busy="true"]').count()).toBe(0);
}

/** Titles of the practices /suche finds for a query (type filter »Gute Praxis«), best first, and how many. */
async function practicesOnSearchPage(q: string): Promise<{total: number; titles: string[]}> {
  await openResults(`?q=${encodeURIComponent(q)}&typ=praxis`);
  const text = await searchStatus().innerText();
  const total = text.startsWith('Keine') ? 0 : /^Ein Treffer/.test(text) ? 1 : Number(/^(\d+)/.exec(text)![1]);
  return {total, titles: await results().locator('h2').allInnerTexts()};
}

describe('one engine for the catalogue and the search', () => {
  it.each(['Lotsen', 'Flüchtlinge', 'Artzbesuch', 'Sachsen', 'Mentorin'])('the catalogue box and /suche give the same practices for »%s«', async (q) => {
    const search = await practicesOnSearchPage(q);
    expect(search.total, `/suche finds practices for »${q}«`).toBeGreaterThan(0);
    await openView(page, origin, `?q=${encodeURIComponent(q)}`);
    expect(await catalogueCount()).toBe(search.total);
    const shown = await cardTitles();
    expect(shown.slice(0, Math.min(shown.length, search.titles.length))).toEqual(search.titles.slice(0, Math.min(shown.length, search.titles.length)));
  });

  it('finds by typing into the catalogue box (typo tolerance, as on /suche)', async () => {
    await openView(page, origin);
    await page.getByLabel('Im Katalog suchen').fill('Artzbesuch');
    await page.waitForURL(/q=Artzbesuch/);
    await expect.poll(cardTitles).toContain('Begleitung beim Arztbesuch');
    expect(await page.locator('select').inputValue()).toBe('titel');
    expect(await page.locator('select option:checked').innerText()).toBe('Beste Treffer zuerst');
  });
});

describe('synonyms', () => {
  it('finds »Geflüchtete« for »Flüchtlinge« on /suche and says so, with the word marked', async () => {
    await openResults('?q=Flüchtlinge');
    expect(await page.locator('main').innerText()).toMatch(/Auch gesucht: Geflüchtete/);
    expect(await results().locator('mark').allInnerTexts()).toContain('Geflüchtete');
  });

  it('finds synonyms in the search box while typing', async () => {
    await page.goto(`${origin}/programm`);
    const box = page.getByRole('combobox', {name: 'Website durchsuchen'});
    await box.click();
    await box.pressSequentially('Flüchtlinge');
    await expect.poll(() => page.locator('[role="search"] [role="status"]').innerText()).toMatch(/Treffer für »Flüchtlinge«/);
    const options = page.getByRole('listbox', {name: 'Suchvorschläge'}).getByRole('option');
    expect(await options.locator('mark').allInnerTexts()).toContain('Geflüchtete');
  });

  it('expands an abbreviation: »AG« finds the working groups', async () => {
    await openResults('?q=AG');
    const titles = await results().locator('h2').allInnerTexts();
    expect(titles.some((title) => /Arbeitsgruppe|AG /.test(title))).toBe(true);
  });

  it('finds synonyms in the catalogue box', async () => {
    await openView(page, origin, '?q=Schutzsuchende');
    expect(await catalogueCount()).toBeGreaterThan(0);
  });
});

describe('facet words', () => {
  it('offers »Nur Sachsen anzeigen« on /suche; one click filters as the checkbox does', async () => {
    await openResults('?q=Sachsen');
    await page.getByRole('button', {name: 'Nur Sachsen anzeigen'}).click();
    await page.waitForURL(/states=sachsen/);
    await expect.poll(() => page.locator('main [aria-busy="true"]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Sachsen');
    // Every practice card says where it is: Sachsen, or nationwide.
    const facts = await results().locator('p', {hasText: 'Region:'}).allInnerTexts();
    expect(facts.length).toBe(await results().count());
    for (const line of facts) expect(line).toMatch(/Region: .*(Sachsen|bundesweit).*· Träger\*in: /);
    expect(facts.join('\n')).not.toMatch(/Region: (Niedersachsen|Sachsen-Anhalt)( ·|$)/m);
  });

  it('turns the word into the filter in the catalogue: same cards as ticking Sachsen', async () => {
    await openView(page, origin, '?states=sachsen');
    const ticked = await catalogueCount();
    await openView(page, origin);
    await page.getByLabel('Im Katalog suchen').fill('Sachsen');
    await page.getByRole('button', {name: 'Nur Sachsen anzeigen'}).click();
    await page.waitForURL(`${origin}/gute-praxis?states=sachsen`);
    await expect.poll(catalogueCount).toBe(ticked);
    // The text box was emptied: after its pause the URL still holds the filter (nothing reverts it).
    await page.waitForTimeout(600);
    expect(page.url()).toBe(`${origin}/gute-praxis?states=sachsen`);
    expect(await page.getByLabel('Im Katalog suchen').inputValue()).toBe('');
    const region = page.locator('fieldset', {has: page.locator('legend', {hasText: 'Region'})});
    expect(await region.getByLabel(/^Sachsen \(/).isChecked()).toBe(true);
  });
});

describe('nothing found', () => {
  it('suggests a close word and a query with one word fewer that find something', async () => {
    await openResults('?q=Lesepatenschaft%20Quantenchromodynamik');
    expect(await searchStatus().innerText()).toBe('Keine Treffer für »Lesepatenschaft Quantenchromodynamik«.');
    const suggestion = page.getByRole('link', {name: '»Lesepatenschaft«'});
    await expect.poll(() => suggestion.count()).toBe(1);
    await suggestion.click();
    await page.waitForURL(/q=Lesepatenschaft$/);
    await expect.poll(() => searchStatus().innerText()).toMatch(/^(\d+ Treffer|Ein Treffer) für »Lesepatenschaft«\.$/);
  });

  it('»junge Geflüchtete Sachsen«: no practice has all three, so it offers the query with one word fewer', async () => {
    await openResults('?q=junge%20Gefl%C3%BCchtete%20Sachsen');
    const fewer = page.getByRole('link', {name: '»Geflüchtete Sachsen«'});
    await expect.poll(() => fewer.count()).toBe(1);
    await fewer.click();
    await expect.poll(() => results().locator('h2').allInnerTexts()).toContain('Sprachcafé im Quartier');
  });

  it('offers the catalogue filter a word names', async () => {
    await openResults('?q=Sachsen%20Quantenchromodynamik');
    await page.getByRole('link', {name: 'Sachsen', exact: true}).click();
    await page.waitForURL(`${origin}/gute-praxis?states=sachsen`);
  });
});

describe('accessibility', () => {
  it('has no WCAG 2.1 AA violations with the new lines, buttons and suggestions, at 1280 and 320 px', async () => {
    for (const width of [1280, 320]) {
      await page.setViewportSize({width, height: 900});
      await openResults('?q=Flüchtlinge%20Sachsen');
      expect(await axeViolations(page), `/suche, ${width} px`).toEqual([]);
      await openResults('?q=Lesepatenschaft%20Quantenchromodynamik');
      await expect.poll(() => page.getByRole('link', {name: '»Lesepatenschaft«'}).count()).toBe(1);
      expect(await axeViolations(page), `/suche without results, ${width} px`).toEqual([]);
      await openView(page, origin, '?q=Sachsen');
      expect(await axeViolations(page), `catalogue, ${width} px`).toEqual([]);
    }
  });
});

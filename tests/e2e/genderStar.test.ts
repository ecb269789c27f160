/**
 * The programme's own name, `Pat*innen, Mentor*innen und Lots*innen`, must
 * appear on the built pages exactly as written, in .md and .mdx files, in
 * headings, lists, tables, the table of contents and front-matter titles,
 * while real emphasis keeps working.
 */
import {beforeAll, describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {useSharedPage} from './sharedPage';

const SEED = 'Pat*innen, Mentor*innen und Lots*innen';
const origin = inject('origin');

let page: Page;
useSharedPage((shared) => ({page} = shared));

const mainText = (): Promise<string> => page.locator('main').innerText();

/** Text of an element without the zero-width content of heading anchor links. */
const textOf = async (selector: string, hasText: string): Promise<string> =>
  ((await page.locator(selector, {hasText}).first().textContent()) ?? '').replace(/\u200b/g, '').trim();

describe('programme page (.md)', () => {
  beforeAll(async () => {
    await page.goto(`${origin}/programm`);
  });

  it('shows the seed sentence literally in a paragraph', async () => {
    expect(await mainText()).toContain(SEED);
    expect(await page.locator('main p', {hasText: SEED}).count()).toBeGreaterThanOrEqual(1);
  });

  it('keeps stars in a heading and in its table-of-contents entry', async () => {
    const heading = `Was ${SEED} tun`;
    expect(await textOf('main h2', heading)).toBe(heading);
    expect(await textOf('.table-of-contents a', heading)).toBe(heading);
  });

  it('keeps stars in table cells and list items', async () => {
    const cells = await page.locator('main table td').allInnerTexts();
    expect(cells).toEqual(expect.arrayContaining(['Pat*innen', 'Mentor*innen', 'Lots*innen']));
    expect(await page.locator('main table em').count()).toBe(0);
  });

  it('still renders real strong emphasis', async () => {
    const strong = await page.locator('main li strong').allInnerTexts();
    expect(strong.length).toBeGreaterThan(0);
    expect(strong[0]).toMatch(/^\d{4}/);
  });
});

describe('project page (.mdx)', () => {
  beforeAll(async () => {
    await page.goto(`${origin}/programm/projekt`);
  });

  it('keeps stars in the Markdown heading that becomes the title', async () => {
    await expect(page.locator('h1').innerText()).resolves.toBe(
      `${SEED}: Wissenstransfer, fachlicher Austausch und Vernetzung`,
    );
  });

  it('keeps stars in list items next to real strong text', async () => {
    const item = page.locator('main li', {hasText: 'Wissenstransfer:'});
    await expect(item.locator('strong').innerText()).resolves.toBe('Wissenstransfer:');
    expect(await item.innerText()).toContain('Programmträger*innen');
  });

  it('keeps stars in the meta description from front matter', async () => {
    const description = await page.getAttribute('meta[name="description"]', 'content');
    expect(description).toContain('Pat*innen, Mentor*innen und Lots*innen');
  });
});

describe('front-matter title (.md)', () => {
  it('shows the title with stars as heading and as document title', async () => {
    await page.goto(`${origin}/mitmachen`);
    const title = 'Mitmachen für Programmträger*innen und Redakteur*innen';
    await expect(page.locator('h1').innerText()).resolves.toBe(title);
    expect(await page.title()).toBe(`${title} | Wissensplattform`);
  });
});

describe('news (blog .md)', () => {
  it('keeps stars in the blog description', async () => {
    await page.goto(`${origin}/meldungen`);
    const description = await page.getAttribute('meta[name="description"]', 'content');
    expect(description).toContain(SEED);
  });
});

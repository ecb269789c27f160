/**
 * The home page lists the newest news posts, taken from the blog itself.
 */
import {describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {useSharedPage} from './sharedPage';

const origin = inject('origin');
const GERMAN_DATE = /^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/;

let page: Page;
useSharedPage((shared) => ({page} = shared));

async function blogListTitles(): Promise<string[]> {
  await page.goto(`${origin}/meldungen`);
  return page.locator('main article header h2 a').allInnerTexts();
}

describe('home page', () => {
  it('lists the three newest posts in the order of the blog', async () => {
    const newest = (await blogListTitles()).slice(0, 3);
    expect(newest.length).toBeGreaterThan(0);
    await page.goto(`${origin}/`);
    const news = page.locator('section[aria-labelledby="home-news-heading"]');
    expect(await news.locator('h3 a').allInnerTexts()).toEqual(newest);
  });

  it('shows each post with a German date and a link that opens it', async () => {
    await page.goto(`${origin}/`);
    const news = page.locator('section[aria-labelledby="home-news-heading"]');
    for (const date of await news.locator('time').allInnerTexts()) {
      expect(date).toMatch(GERMAN_DATE);
    }
    const first = news.locator('h3 a').first();
    const title = await first.innerText();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/meldungen\//);
    await first.click();
    await page.waitForURL(origin + href);
    await page.locator('h1', {hasText: title}).waitFor();
  });

  it('offers the entry points to the sections', async () => {
    await page.goto(`${origin}/`);
    const hrefs = await page.locator('section[aria-labelledby="home-entry-heading"] a').evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute('href')),
    );
    expect(hrefs).toEqual(expect.arrayContaining(['/gute-praxis', '/fachkongress', '/arbeitsgruppen', '/programm']));
  });
});

describe('news post', () => {
  it('shows its date in German and a reading time', async () => {
    await page.goto(`${origin}/meldungen`);
    const first = page.locator('main article header h2 a').first();
    const href = await first.getAttribute('href');
    const title = await first.innerText();
    await first.click();
    await page.waitForURL(origin + href);
    await page.locator('h1', {hasText: title}).waitFor();
    expect(await page.locator('article header time').innerText()).toMatch(GERMAN_DATE);
    expect(await page.locator('article header').innerText()).toMatch(/Minuten? Lesezeit/);
  });
});

/**
 * The news feeds parse as RSS and Atom with a real feed parser and carry every
 * post of the archive, each with the text its page shows.
 */
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {parseFeed} from '@rowanmanning/feed-parser';
import {load} from 'cheerio';
import type {Browser} from 'playwright-core';
import {srcsetUrls} from '../support/srcset';
import {launchChromium, openTrackedPage} from './browser';

const origin = inject('origin');

/** The archive's entries: link target and text (»13. November - Titel«). */
let archive: {path: string; text: string}[];
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  const {page} = await openTrackedPage(browser);
  await page.goto(`${origin}/meldungen/archiv`);
  archive = await page.locator('main li a').evaluateAll((anchors) =>
    anchors.map((a) => ({path: a.getAttribute('href') ?? '', text: (a as HTMLElement).innerText.trim()})),
  );
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['rss', '/meldungen/rss.xml'],
  ['atom', '/meldungen/atom.xml'],
] as const)('%s feed', (type, path) => {
  let feed: ReturnType<typeof parseFeed>;
  beforeAll(async () => {
    const response = await fetch(origin + path);
    expect(response.status).toBe(200);
    feed = parseFeed(await response.text());
  });

  it(`parses as ${type}`, () => {
    expect(feed.meta.type).toBe(type);
    expect(feed.title).toBe('Wissensplattform – Meldungen aus dem BBE');
  });

  it('carries every post of the archive, with title, link and date', () => {
    expect(archive.length).toBeGreaterThan(0);
    const itemPaths = feed.items.map((item) => new URL(item.url!).pathname);
    expect(itemPaths.sort()).toEqual(archive.map((entry) => entry.path).sort());
    for (const item of feed.items) {
      const entry = archive.find((e) => e.path === new URL(item.url!).pathname)!;
      expect(item.title).toBeTruthy();
      expect(entry.text.endsWith(item.title!), `${entry.text} / ${item.title}`).toBe(true);
      // Atom entries carry <updated>, RSS items <pubDate>.
      expect(item.published ?? item.updated).toBeInstanceOf(Date);
    }
  });

  it('carries the text of each post as its page shows it, with every address absolute', async () => {
    const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
    for (const item of feed.items) {
      const {pathname} = new URL(item.url!);
      const page = load(await (await fetch(origin + pathname)).text());
      const content = load(item.content ?? '', null, false);
      expect(words(content.root().text()), pathname).toBe(words(page('#__blog-post-container').text()));
      expect(words(content.root().text()).length, pathname).toBeGreaterThan(20);
      const addresses = [
        ...content('a[href]').map((_, element) => content(element).attr('href')).get(),
        ...content('img[src]').map((_, element) => content(element).attr('src')).get(),
        ...content('[srcset]').map((_, element) => srcsetUrls(content(element).attr('srcset')!)).get(),
      ];
      expect(addresses.filter((address) => !/^(https?|mailto|tel):/.test(address)), pathname).toEqual([]);
    }
  });

  it('links every item to a page that exists', async () => {
    for (const item of feed.items) {
      const {pathname} = new URL(item.url!);
      expect((await fetch(origin + pathname)).status, pathname).toBe(200);
    }
  });
});

it('declares the RSS feed as German', async () => {
  const feed = parseFeed(await (await fetch(`${origin}/meldungen/rss.xml`)).text());
  expect(feed.language).toBe('de');
});

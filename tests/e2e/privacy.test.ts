/**
 * GDPR: no cookies, and the browser's local storage holds nothing but the
 * colour mode the visitor chose, after a visit through the main features.
 * (Requests off 127.0.0.1 are refused and asserted after every test; the
 * last test shows that the browser cannot reach anything else.)
 */
import {describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {openTrackedPage} from './browser';
import {useFreshPage} from './freshPage';

const origin = inject('origin');

let page: Page;
let browser: Browser;
useFreshPage((fresh) => ({page, browser} = fresh));

const storedKeys = (): Promise<string[]> => page.evaluate(() => Object.keys(localStorage).sort());
// The theme stores the colour mode as »theme«, with a suffix per site (Docusaurus' siteStorage).
const THEME_KEY = /^theme(?:-[\w]+)?$/;

it('stores only the colour mode, and only once the visitor chooses one', async () => {
  await page.goto(`${origin}/programm`, {waitUntil: 'networkidle'});
  expect(await storedKeys()).toEqual([]);

  await page.locator('button[class*="toggleButton"]').click();
  await expect.poll(async () => (await storedKeys()).length).toBe(1);
  const [key] = await storedKeys();
  expect(key).toMatch(THEME_KEY);
  const theme = await page.evaluate((name) => localStorage.getItem(name), key!);
  expect(['light', 'dark']).toContain(theme);

  // A visit through catalogue filters, search and news keeps it at that.
  await page.goto(`${origin}/gute-praxis?topics=bildung`, {waitUntil: 'networkidle'});
  await page.goto(`${origin}/suche?q=Mentoring`, {waitUntil: 'networkidle'});
  await expect.poll(() => page.locator('main [role="status"]').innerText()).toMatch(/Treffer/);
  await page.getByRole('combobox', {name: 'Website durchsuchen'}).fill('Patenschaft');
  await page.goto(`${origin}/meldungen`, {waitUntil: 'networkidle'});
  expect(await storedKeys()).toEqual([key]);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

describe('each test starts as in a new tab, though the tests of a file share one (tests/e2e/browser.ts, openWarmTab)', () => {
  it('leaves traces: storage, a cookie, history, dark mode, a phone width', async () => {
    await page.goto(`${origin}/programm`);
    await page.evaluate(() => {
      localStorage.setItem('spur', '1');
      sessionStorage.setItem('spur', '1');
      document.cookie = 'spur=1; path=/';
    });
    await page.goto(`${origin}/impressum`);
    await page.emulateMedia({colorScheme: 'dark'});
    await page.setViewportSize({width: 320, height: 640});
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie, history.length])).toEqual([1, 1, 'spur=1', 3]);
  });

  it('finds none of them', async () => {
    await page.goto(`${origin}/programm`);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie, history.length])).toEqual([0, 0, '', 2]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => [matchMedia('(prefers-color-scheme: dark)').matches, innerWidth])).toEqual([false, 1280]);
  });
});

// Addresses that exist nowhere (RFC 2606, RFC 5737): even without the block they would reach no one.
const NOWHERE = ['http://beispiel.invalid/', 'http://192.0.2.1/'];

it('cannot reach anything off the loopback network, by name or by address, and records every attempt', async () => {
  const tracked = await openTrackedPage(browser);
  try {
    // The site loads.
    expect((await tracked.page.goto(`${origin}/impressum`))?.status()).toBe(200);
    expect(tracked.externalRequests).toEqual([]);
    for (const address of NOWHERE) {
      // A navigation, which the site's Content Security Policy cannot refuse: only the browser's block stops it.
      const outcome = await tracked.page.goto(address).then(() => 'geladen', (error: Error) => error.message);
      expect(outcome, address).toMatch(/net::ERR_PROXY_CONNECTION_FAILED/);
    }
    expect(tracked.externalRequests).toEqual(NOWHERE);
  } finally {
    await tracked.context.close();
  }
});

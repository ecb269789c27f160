/**
 * GDPR: no cookies, and the browser's local storage holds nothing but the
 * colour mode the visitor chose, after a visit through the main features.
 * (Requests off 127.0.0.1 are refused and asserted after every test.)
 */
import {expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {useFreshPage} from './freshPage';

const origin = inject('origin');

let page: Page;
useFreshPage((fresh) => ({page} = fresh));

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

/**
 * Live preview under `npm start`, as for a doc page: an open practice or news
 * page shows an edit of its file without a reload; a new, renamed or deleted
 * practice file changes the catalogue and the addresses.
 */
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {copySite, removeAll} from '../../scripts/lib/siteCopy';
import {startDevServer, type DevServer} from '../../scripts/bench/dev';
import {launchChromium} from '../e2e/browser';

const PRACTICE = 'docs/gute-praxis/begleitung-beim-arztbesuch.md';
const POST = 'blog/2019-11-13-mitglied-des-monats-dwbo.md';
const CHANGE = 60_000;

let dir: string;
let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = copySite({prefix: 'wissensplattform-live-'});
  server = await startDevServer(dir);
  browser = await launchChromium();
  page = await (await browser.newContext({locale: 'de-DE'})).newPage();
  // The dev server answers once its first compilation is done.
  for (let tries = 0; ; tries += 1) {
    try {
      await page.goto(`${server.origin}/gute-praxis/begleitung-beim-arztbesuch`, {timeout: 240_000});
      break;
    } catch (error) {
      if (tries > 100 || server.child.exitCode !== null) throw new Error(`${String(error)}\n${server.output()}`);
      await new Promise((wait) => setTimeout(wait, 1000));
    }
  }
  await page.getByRole('heading', {level: 1, name: 'Begleitung beim Arztbesuch'}).waitFor({timeout: 240_000});
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeAll([dir]);
});

const edit = (file: string, change: (text: string) => string): void => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
const setTitle = (title: string) => (text: string) => text.replace(/^title: .*$/m, `title: ${title}`);

/** Waits for the h1 `title`; on timeout, says what the page, its data and the dev server showed instead. */
async function untilTitle(title: string, dataPath: string): Promise<void> {
  try {
    await page.getByRole('heading', {level: 1, name: title}).waitFor({timeout: CHANGE});
  } catch (error) {
    const shown = await page.locator('main h1').allTextContents().catch(() => []);
    const data = await page.evaluate(async (url) => (await fetch(url, {cache: 'no-store'})).text(), dataPath).catch(String);
    throw new Error(`${String(error)}\nÜberschriften: ${JSON.stringify(shown)}\nDaten ${dataPath}: ${data.slice(0, 300)}\nEntwicklungsserver:\n${server.output().slice(-3000)}`);
  }
}

/** Marks the page; a reload would lose the mark. */
const markPage = () => page.evaluate(() => ((window as unknown as {wpMark: boolean}).wpMark = true));
const stillMarked = () => page.evaluate(() => (window as unknown as {wpMark?: boolean}).wpMark === true);

describe('live preview under npm start', () => {
  it('shows an edited practice on the open page, without a reload', async () => {
    await markPage();
    edit(PRACTICE, (text) => `${setTitle('Begleitung beim Arztbesuch, frisch geändert')(text)}\n\n:::tip[Neu]\n\nEin neuer Hinweis.\n\n:::\n`);
    await untilTitle('Begleitung beim Arztbesuch, frisch geändert', '/daten/seiten/gute-praxis/begleitung-beim-arztbesuch.json');
    await page.locator('.theme-admonition-tip', {hasText: 'Ein neuer Hinweis.'}).waitFor({timeout: CHANGE});
    expect(await stillMarked()).toBe(true);
  }, 2 * CHANGE);

  it('shows an edited news post on the open page, without a reload', async () => {
    await page.goto(`${server.origin}/meldungen/mitglied-des-monats-dwbo`);
    await page.locator('main h1').first().waitFor();
    await markPage();
    edit(POST, setTitle('Mitglied des Monats, frisch geändert'));
    await untilTitle('Mitglied des Monats, frisch geändert', '/daten/seiten/meldungen/mitglied-des-monats-dwbo.json');
    expect(await stillMarked()).toBe(true);
  }, 2 * CHANGE);

  it('follows a new, a renamed and a deleted practice file', async () => {
    const status = (path: string) => page.evaluate(async (url) => (await fetch(url, {cache: 'no-store'})).status, path);
    const source = readFileSync(join(dir, PRACTICE), 'utf8');
    writeFileSync(join(dir, 'docs/gute-praxis/live-neu.md'), setTitle('Ganz neu in der Vorschau')(source));
    await expect.poll(() => status('/daten/seiten/gute-praxis/live-neu.json'), {timeout: CHANGE, interval: 250}).toBe(200);
    await page.goto(`${server.origin}/gute-praxis/live-neu`);
    await page.getByRole('heading', {level: 1, name: 'Ganz neu in der Vorschau'}).waitFor({timeout: CHANGE});
    // The catalogue lists it.
    await page.goto(`${server.origin}/gute-praxis?q=Ganz`);
    await page.locator('main a', {hasText: 'Ganz neu in der Vorschau'}).first().waitFor({timeout: CHANGE});

    await page.goto(`${server.origin}/gute-praxis/live-neu`);
    await page.locator('main h1').first().waitFor();
    renameSync(join(dir, 'docs/gute-praxis/live-neu.md'), join(dir, 'docs/gute-praxis/live-umbenannt.md'));
    // The open page under the old address says that it is gone; the new address works.
    await page.getByText('Diese Seite gibt es nicht (mehr).').waitFor({timeout: CHANGE});
    await expect.poll(() => status('/daten/seiten/gute-praxis/live-umbenannt.json'), {timeout: CHANGE, interval: 250}).toBe(200);

    await page.goto(`${server.origin}/gute-praxis/live-umbenannt`);
    await page.getByRole('heading', {level: 1, name: 'Ganz neu in der Vorschau'}).waitFor({timeout: CHANGE});
    rmSync(join(dir, 'docs/gute-praxis/live-umbenannt.md'));
    await page.getByText('Diese Seite gibt es nicht (mehr).').waitFor({timeout: CHANGE});
  }, 4 * CHANGE);
});

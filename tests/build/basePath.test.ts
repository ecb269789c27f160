/**
 * The site under a base path (BASE_URL=/wissensplattform/), as on a GitHub
 * Pages project site or a pull request's preview: the fixture site
 * (tests/build/fixture/site.ts) is built with it and served only below
 * /wissensplattform/ on 127.0.0.1. The core journeys work, and neither the
 * built files nor the browser ever ask for an address outside the base path.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {Parser} from 'htmlparser2';
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {useFreshPage} from '../e2e/freshPage';
import type {StaticServer} from '../e2e/server';
import {acceptNotFoundAnswer} from '../e2e/site';
import {srcsetUrls} from '../support/srcset';
import {FIXTURE_BASE as BASE, FIXTURE_SITE_URL} from './fixture/site';
import {useFixtureBuild} from './servedCopy';

const fixture = useFixtureBuild({browser: false, serve: true});
/** The public address of the site, with the base path. */
const PUBLIC = `${FIXTURE_SITE_URL}${BASE}`;
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const buildDir = join(fixture.dir, 'build');
let server: StaticServer;
let site: string;

beforeAll(() => {
  if (fixture.build.status !== 0) throw new Error(`Der Build mit BASE_URL=${BASE} schlug fehl:\n${fixture.build.output.slice(-3000)}`);
  ({server, site} = fixture);
});

let page: Page;
let requests: string[];
let errors: string[];
useFreshPage((fresh) => ({page, requests, errors} = fresh));

/** After each journey: every request of the page went below the base path, and the server saw none outside. */
function expectAllBelowBase(): void {
  expect(requests.filter((path) => !path.startsWith(BASE))).toEqual([]);
  expect(server.outside).toEqual([]);
}

function files(root: string, pattern: RegExp): string[] {
  return readdirSync(root, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe(`built with BASE_URL=${BASE}`, () => {
  it('no page, stylesheet or fragment links, loads or posts to an address outside the base path', () => {
    const outside: string[] = [];
    const check = (file: string, url: string): void => {
      if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(BASE)) outside.push(`${relative(buildDir, file)}: ${url}`);
    };
    // Attributes of real elements (an example in a code block is text, not a link).
    const checkHtml = (file: string, html: string): void => {
      const parser = new Parser({
        onattribute(name, value) {
          if (['href', 'src', 'poster', 'action', 'data-src'].includes(name)) check(file, value);
          if (name === 'srcset') for (const url of srcsetUrls(value)) check(file, url);
          if (name === 'style') for (const match of value.matchAll(/url\(["']?([^)"']*)/g)) check(file, match[1]!);
        },
      });
      parser.write(html);
      parser.end();
    };
    for (const file of files(buildDir, /\.html$/)) checkHtml(file, readFileSync(file, 'utf8'));
    for (const file of files(join(buildDir, 'daten/seiten'), /\.json$/)) checkHtml(file, (JSON.parse(readFileSync(file, 'utf8')) as {html: string}).html);
    for (const file of files(buildDir, /\.css$/)) for (const match of readFileSync(file, 'utf8').matchAll(/url\(["']?([^)"']*)/g)) check(file, match[1]!);
    expect(outside).toEqual([]);
  });

  it('sitemap, feeds, canonical links and calendar files name addresses below the base path', () => {
    const sitemap = readFileSync(join(buildDir, 'sitemap.xml'), 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(20);
    expect(locations.filter((url) => !url.startsWith(PUBLIC))).toEqual([]);
    // The pages without a route of their own (practices, posts) are there with the base path too.
    expect(locations.some((url) => url.startsWith(`${PUBLIC}gute-praxis/`))).toBe(true);
    expect(locations.some((url) => url.startsWith(`${PUBLIC}meldungen/`))).toBe(true);
    for (const feed of ['meldungen/rss.xml', 'meldungen/atom.xml']) {
      const links = [...readFileSync(join(buildDir, feed), 'utf8').matchAll(/(?:<link>|<id>|href=")(https?:\/\/[^<"]+)/g)].map((match) => match[1]!);
      expect(links.length).toBeGreaterThan(1);
      // Other sites' addresses that a post names (the guide's example www.example.org) stay as written.
      expect(links.filter((url) => !url.startsWith(PUBLIC) && new URL(url).hostname !== 'www.example.org')).toEqual([]);
    }
    const practice = files(join(buildDir, 'gute-praxis'), /\.html$/)[0]!;
    expect(readFileSync(practice, 'utf8')).toMatch(new RegExp(`<link[^>]*rel="?canonical"?[^>]*href="?${escaped(PUBLIC)}gute-praxis/`));
    for (const ics of files(buildDir, /\.ics$/)) {
      // Long lines are folded (CRLF and a space, RFC 5545 3.1): unfolded first, so that no address is cut.
      const unfolded = readFileSync(ics, 'utf8').replace(/\r\n[ \t]/g, '');
      for (const url of unfolded.match(/https?:\/\/\S+/g) ?? []) expect(url.startsWith(PUBLIC) || !url.includes(new URL(FIXTURE_SITE_URL).host), `${relative(buildDir, ics)}: ${url}`).toBe(true);
    }
    expect(readFileSync(join(buildDir, '_headers'), 'utf8')).toMatch(new RegExp(`^${BASE}\\*$`, 'm'));
    // Absolute addresses in pages (JSON-LD, Open Graph, links) carry the base path as well; the print style
    // puts the origin before each link's href, which has the base path already.
    const wrong = files(buildDir, /\.(html|xml|json|ics)$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').replace(/\r\n[ \t]/g, '').matchAll(new RegExp(`${escaped(FIXTURE_SITE_URL)}(?!" attr\\(href\\))(/[^\\s"'<>\\\\]*)?`, 'g'))]
        .map((match) => match[1] ?? '')
        .filter((path) => !path.startsWith(BASE))
        .map((path) => `${relative(buildDir, file)}: ${path}`),
    );
    expect(wrong).toEqual([]);
  });

  it('home → catalogue → filter → practice → back', async () => {
    await page.goto(`${site}/`);
    await page.getByRole('navigation', {name: 'Hauptnavigation'}).getByRole('link', {name: 'Gute Praxis'}).first().click();
    await page.waitForURL(`${site}/gute-praxis`);
    const region = page.locator('fieldset', {has: page.locator('legend', {hasText: 'Region'})});
    await region.getByLabel(/^Sachsen \(/).check();
    await page.waitForURL(new RegExp(`${BASE}gute-praxis\\?.*states=sachsen`));
    const first = page.locator('main ul li article h3 a').first();
    const title = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(new RegExp(`${BASE}gute-praxis/[a-z0-9-]+$`));
    await expect.poll(() => page.getByRole('heading', {level: 1}).innerText()).toBe(title);
    await page.goBack();
    await page.waitForURL(new RegExp(`${BASE}gute-praxis\\?.*states=sachsen`));
    expect(await region.getByLabel(/^Sachsen \(/).isChecked()).toBe(true);
    // A practice opened directly (the static page) works as well, with its images and links.
    const practiceHref = (await first.getAttribute('href'))!.replace(/\?.*$/, '');
    expect(practiceHref.startsWith(`${BASE}gute-praxis/`)).toBe(true);
    await page.goto(`${server.origin}${practiceHref}`);
    await page.getByRole('link', {name: '← Zurück zum Katalog'}).click();
    await page.waitForURL(new RegExp(`${BASE}gute-praxis`));
    expectAllBelowBase();
  });

  it('search box → result → /suche', async () => {
    await page.goto(`${site}/`);
    const box = page.locator('input[role="combobox"]');
    await box.fill('Mentoring');
    await expect.poll(() => page.locator('[role="search"] [role="status"]').innerText()).toMatch(/»Mentoring«/);
    await box.press('Enter');
    await page.waitForURL(`${site}/suche?q=Mentoring`);
    await expect.poll(() => page.locator('main [role="status"]').innerText()).toMatch(/Treffer für/);
    const result = page.getByRole('list', {name: 'Suchergebnisse'}).locator('> li a').first();
    const href = await result.getAttribute('href');
    expect(href?.startsWith(BASE)).toBe(true);
    await result.click();
    await page.waitForURL((url) => url.pathname === href!.replace(/#.*$/, ''));
    await page.getByRole('heading', {level: 1}).waitFor();
    expectAllBelowBase();
  });

  it('news list → post, and a congress page with its photos', async () => {
    await page.goto(`${site}/meldungen`);
    const post = page.locator('main article h2 a').first();
    const title = (await post.innerText()).trim();
    await post.click();
    await expect.poll(() => page.getByRole('heading', {level: 1}).innerText()).toBe(title);
    expect(new URL(page.url()).pathname.startsWith(`${BASE}meldungen/`)).toBe(true);

    // The sample congress of 2019 has a photo gallery.
    await page.goto(`${site}/fachkongress`);
    await page.locator(`main a[href="${BASE}fachkongress/2019"]`).first().click();
    await page.waitForURL(`${site}/fachkongress/2019`);
    await page.waitForLoadState('networkidle');
    const images = page.locator('main img');
    await expect.poll(() => images.count()).toBeGreaterThan(0);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
    }
    expectAllBelowBase();
  });

  it('a photo on a doc page loads from below the base path', async () => {
    await page.goto(`${site}/mitmachen/fotos-test`);
    const photo = page.getByRole('img', {name: 'Tandems beim Treffen am See'});
    await photo.scrollIntoViewIfNeeded();
    await expect.poll(() => photo.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
    expect(new URL(await photo.evaluate((element: HTMLImageElement) => element.currentSrc)).pathname.startsWith(`${BASE}daten/bilder/`)).toBe(true);
    expectAllBelowBase();
  });

  it('an unknown address below the base path answers with the site’s 404 page, whose links stay below it', async () => {
    const response = await page.goto(`${site}/gute-praxis/gibt-es-nicht`);
    expect(response?.status()).toBe(404);
    acceptNotFoundAnswer(errors, `${site}/gute-praxis/gibt-es-nicht`);
    await page.getByRole('heading', {level: 1, name: 'Seite nicht gefunden'}).waitFor();
    const links = await page.locator('main a[href^="/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith(BASE))).toEqual([]);
    expectAllBelowBase();
  });
});

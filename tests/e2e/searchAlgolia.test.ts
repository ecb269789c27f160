/**
 * The site built for Algolia: a copy of the site is built with ALGOLIA_* set
 * and ALGOLIA_HOSTS pointing at the local Algolia-compatible server, its
 * records are pushed with `npm run search:push`, and the same search suite as
 * for the built-in index runs against it. Plus what only Algolia needs: only
 * the search-only key reaches the browser, the CSP allows the search host, the
 * privacy policy names Algolia.
 */
import {execFile} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {buildSite, copySite, removeAll} from '../../scripts/lib/siteCopy';
import {startFakeAlgolia, type FakeAlgolia} from '../support/fakeAlgolia';
import {CONTENT_TYPES} from '../../src/vocabulary';
import {loadSite} from '../../src/content/site';
import {searchSuite} from './searchSuite';
import {startStaticServer, type StaticServer} from './server';

const APP_ID = 'WISSENTEST';
const ADMIN_KEY = 'admin-3b8f0c2e9d71-geheim';
const SEARCH_KEY = 'search-only-7a1c55';
const INDEX = 'wissensplattform_test';
// Built as a pull request's preview is (base path, PREVIEW=1): Algolia mode works there too (#19).
const BASE = '/vorschau/pr-7/';

const dir = copySite({prefix: 'wissensplattform-algolia-'});
let fake: FakeAlgolia;
let server: StaticServer;
let pushOutput = '';

beforeAll(async () => {
  fake = await startFakeAlgolia({appId: APP_ID, adminKey: ADMIN_KEY, searchKey: SEARCH_KEY});
  const env = {ALGOLIA_APP_ID: APP_ID, ALGOLIA_SEARCH_KEY: SEARCH_KEY, ALGOLIA_INDEX_NAME: INDEX, ALGOLIA_HOSTS: fake.url, ALGOLIA_ADMIN_KEY: ADMIN_KEY};
  const build = await buildSite(dir, {...env, BASE_URL: BASE, PREVIEW: '1'});
  if (build.status !== 0) throw new Error(`Der Build für Algolia schlug fehl:\n${build.output.slice(-3000)}`);
  // `npm run search:push` in the copy, asynchronously: the fake server answers from this process.
  pushOutput = await new Promise<string>((done, fail) => {
    const records = join(dir, '.docusaurus/wissensplattform-search/records.json');
    execFile(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/search-push.ts'), '--records', records], {cwd: dir, encoding: 'utf8', env: {PATH: process.env.PATH ?? '', ...env}}, (error, stdout, stderr) =>
      error ? fail(new Error(`search:push schlug fehl:\n${stdout}${stderr}`)) : done(stdout),
    );
  });
  server = await startStaticServer(join(dir, 'build'), {basePath: BASE});
}, 400_000);

afterAll(async () => {
  await server?.close();
  await fake?.close();
  removeAll([dir]);
});

/** The site's address: origin and base path, without the closing slash. */
const site = (): string => `${server.origin}${BASE.slice(0, -1)}`;

searchSuite({origin: site, isSearchRequest: (path) => path.startsWith('/1/indexes/'), loadsOnFocus: false});

/** Every file of a folder, recursively. */
const filesOf = (root: string): string[] =>
  readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });

describe('the site built for Algolia', () => {
  it('pushed the records of its build with npm run search:push', () => {
    expect(pushOutput).toMatch(/Fertig: \d+ Datensätze .* an »wissensplattform_test« übertragen/);
    const records = fake.records(INDEX)!;
    expect(records.length).toBeGreaterThan(50);
    // Every content type, events among them (#32).
    expect(new Set(records.map((record) => record.type))).toEqual(new Set(CONTENT_TYPES));
    // The same synonyms as the built-in index (src/data/suchbegriffe.yml of this build).
    const synonyms = [...fake.indices.get(INDEX)!.synonyms.values()];
    expect(synonyms).toContainEqual({objectID: 'einseitig-ag', type: 'oneWaySynonym', input: 'AG', synonyms: ['Arbeitsgruppe']});
    expect(synonyms.filter((synonym) => synonym.type === 'synonym').length).toBeGreaterThan(30);
  });

  it('gave the page of every event its type and first day as facets, and Algolia facets on them (#32)', () => {
    const records = fake.records(INDEX)!;
    const {site} = loadSite(dir);
    expect(site.events.length).toBeGreaterThan(3);
    for (const event of site.events) {
      const own = records.filter((record) => record.path === `${BASE.slice(0, -1)}${event.path}`);
      expect(own.length, event.path).toBeGreaterThan(0);
      for (const record of own) {
        expect(record.eventType, event.path).toContain(event.type);
        expect(record.eventDate, event.path).toContain(event.start.date);
        expect(record.eventMonth, event.path).toContain(event.start.date.slice(0, 7));
      }
    }
    expect(records.filter((record) => record.type === 'praxis' && record.eventType !== undefined)).toEqual([]);
    expect(fake.indices.get(INDEX)!.settings.attributesForFaceting).toEqual(expect.arrayContaining(['eventType', 'eventMonth']));
  });

  it('searched with the search-only key, and only at the configured host', () => {
    const queries = fake.requests.filter((request) => request.path === '/1/indexes/*/queries');
    expect(queries.length).toBeGreaterThan(10);
    expect(new Set(queries.map((request) => request.apiKey))).toEqual(new Set([SEARCH_KEY]));
  });

  it('ships no built-in index and no admin key, but the search-only key', () => {
    const build = join(dir, 'build');
    expect(existsSync(join(build, 'daten/suche'))).toBe(false);
    const texts = filesOf(build).filter((file) => /\.(?:html|js|json|xml|txt|conf)$|_headers$/.test(file));
    const carrying = (needle: string): string[] => texts.filter((file) => readFileSync(file, 'utf8').includes(needle));
    expect(carrying(ADMIN_KEY)).toEqual([]);
    expect(carrying(SEARCH_KEY).length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, '.docusaurus/wissensplattform-search/records.json'), 'utf8')).not.toContain(ADMIN_KEY);
  });

  it('asked for nothing outside its base path', () => {
    expect(server.outside).toEqual([]);
  });

  it('as a preview, tells search engines to stay away, and the published site does not', () => {
    const robots = /<meta[^>]*name="?robots"?[^>]*content="?noindex/;
    expect(readFileSync(join(dir, 'build/index.html'), 'utf8')).toMatch(robots);
    expect(readFileSync(join(inject('buildDir'), 'index.html'), 'utf8')).not.toMatch(robots);
  });

  it('allows the search host in the Content Security Policy, and nothing more', () => {
    const headers = readFileSync(join(dir, 'build/_headers'), 'utf8');
    expect(headers).toMatch(new RegExp(`connect-src 'self' ${fake.url};`));
    expect(readFileSync(join(inject('buildDir'), '_headers'), 'utf8')).toMatch(/connect-src 'self';/);
  });

  it('names Algolia in the privacy policy, and the built-in site does not', async () => {
    const text = async (origin: string): Promise<string> => (await fetch(`${origin}/datenschutz`)).text();
    const algolia = await text(site());
    const builtin = await text(inject('origin'));
    expect(algolia).toContain('Algolia SAS');
    expect(algolia).toContain('Suche über Algolia');
    expect(algolia).not.toContain('Ihre Suchbegriffe verlassen Ihr Gerät nicht');
    expect(builtin).not.toContain('Algolia');
    expect(builtin).toContain('Ihre Suchbegriffe verlassen Ihr Gerät nicht');
  });
});

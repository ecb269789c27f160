/**
 * `npm run search:push` against the local Algolia-compatible server: the real
 * `algoliasearch` client, pointed at 127.0.0.1 through its hosts option.
 */
import {execFile} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {AlgoliaConfigError, parseHosts, searchBackendConfig, searchOrigins} from '../../../src/search/shared/config';
import {pushConfig, type AlgoliaPushConfig} from '../../../src/search/server/algolia/pushConfig';
import {checkRecords, MAX_RECORD_BYTES, pushRecords, PushError} from '../../../src/search/server/algolia/push';
import {indexSettings} from '../../../src/search/server/algolia/settings';
import {algoliaSynonyms} from '../../../src/search/server/algolia/synonyms';
import {SEARCH_TERMS_FILE} from '../../../src/content/searchTerms';
import {loadSite, problemsIn} from '../../../src/content/site';
import {searchVocabularyOf} from '../../../src/search/server/vocabulary';
import type {SearchTerms} from '../../../src/search/shared/synonyms';
import {sectionRecords} from '../../../src/search/server/records';
import type {PageRecord, SectionRecord} from '../../../src/search/shared/types';
import {startFakeAlgolia, type FakeAlgolia} from '../../support/fakeAlgolia';
import {tempDir} from '../../support/tempDir';
import {PROCESS_TIMEOUT} from '../../support/timeouts';

const APP_ID = 'TESTAPP';
const ADMIN_KEY = 'admin-key-3f9c1e7a';
const SEARCH_KEY = 'search-key-5b2d';
const INDEX = 'wissensplattform';

const practice: PageRecord = {
  path: '/gute-praxis/lesepatenschaften',
  type: 'praxis',
  title: 'Lesepatenschaften für Grundschulkinder',
  description: 'Pat*innen lesen vor.',
  sections: [
    {anchor: '', heading: '', level: 1, text: 'Ehrenamtliche Lesepat*innen besuchen Bildungseinrichtungen.'},
    {anchor: 'umsetzung', heading: 'Umsetzung', level: 2, text: 'Geflu\u0308chtete Kinder lesen mit. ' + 'Wort '.repeat(2500)},
  ],
  facets: {topics: ['bildung'], audiences: ['kinder'], roles: ['patenschaft'], formats: ['tandem'], states: ['sachsen'], carrier: ['lesewelt-ev']},
};
const news: PageRecord = {
  path: '/meldungen/2019/11/13/ag-digitalisierung',
  type: 'meldung',
  title: 'AG Digitalisierung: Sitzungsbericht',
  description: 'Die vierte Sitzung.',
  sections: [{anchor: '', heading: '', level: 1, text: 'Die vierte Sitzung der AG Digitalisierung fand am 8. November 2019 statt.'}],
};
const recordsA: SectionRecord[] = [...sectionRecords(practice), ...sectionRecords(news)];
const recordsB: SectionRecord[] = sectionRecords({...news, path: '/meldungen/neu', title: 'Neue Meldung'});

const TERMS: SearchTerms = {groups: [['Geflüchtete', 'Flüchtlinge', 'Schutzsuchende']], oneWay: [['AG', ['Arbeitsgruppe']]]};

let fake: FakeAlgolia;
let config: AlgoliaPushConfig;

beforeAll(async () => {
  fake = await startFakeAlgolia({appId: APP_ID, adminKey: ADMIN_KEY, searchKey: SEARCH_KEY});
  config = pushConfig({ALGOLIA_APP_ID: APP_ID, ALGOLIA_ADMIN_KEY: ADMIN_KEY, ALGOLIA_INDEX_NAME: INDEX, ALGOLIA_HOSTS: fake.url});
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.indices.clear();
  fake.requests.length = 0;
  fake.failAll(undefined);
});

const calls = (): string[] => fake.requests.map((request) => `${request.method} ${request.path.replace(/_tmp_\d+/, '_tmp')}`);

describe('search:push with the algoliasearch client', () => {
  it('fills a temporary index with settings, synonyms and records in batches, and moves it over the live index', async () => {
    const progress: number[] = [];
    const summary = await pushRecords({config, records: recordsA, terms: TERMS, batchSize: 2, onProgress: (sent) => progress.push(sent)});

    expect(fake.records(INDEX)).toEqual(recordsA);
    expect(fake.indices.get(INDEX)!.settings).toEqual(indexSettings());
    expect([...fake.indices.get(INDEX)!.synonyms.values()]).toEqual(algoliaSynonyms(TERMS));
    expect([...fake.indices.keys()]).toEqual([INDEX]);
    // Nothing is written to the live index: settings, synonyms and records go into the temporary one, then one atomic move.
    const sequence = calls().filter((call) => !call.includes('/task/'));
    expect(sequence.filter((call) => call.startsWith(`PUT /1/indexes/${INDEX}/`) || call.startsWith(`POST /1/indexes/${INDEX}/batch`) || call.startsWith(`POST /1/indexes/${INDEX}/synonyms`))).toEqual([]);
    expect(sequence).toContain(`PUT /1/indexes/${INDEX}_tmp/settings`);
    expect(sequence).toContain(`POST /1/indexes/${INDEX}_tmp/synonyms/batch`);
    expect(sequence.filter((call) => call.endsWith('/batch') && !call.includes('synonyms'))).toEqual(Array(Math.ceil(recordsA.length / 2)).fill(`POST /1/indexes/${INDEX}_tmp/batch`));
    expect(sequence.at(-1)).toBe(`POST /1/indexes/${INDEX}_tmp/operation`);
    expect([...fake.requests].reverse().find((request) => request.path.endsWith('/operation'))!.body).toEqual({operation: 'move', destination: INDEX});
    expect(fake.requests.every((request) => request.apiKey === ADMIN_KEY)).toBe(true);
    expect(summary).toMatchObject({indexName: INDEX, records: recordsA.length, synonyms: 2, batches: Math.ceil(recordsA.length / 2)});
    expect(summary.bytes).toBe(recordsA.reduce((sum, record) => sum + Buffer.byteLength(JSON.stringify(record)), 0));
    expect(progress.at(-1)).toBe(recordsA.length);
  });

  it('sends the editors\' list as regular and one-way synonyms, replacing the old ones', async () => {
    await pushRecords({config, records: recordsA, terms: {groups: [['Alt', 'Veraltet']], oneWay: []}});
    await pushRecords({config, records: recordsA, terms: TERMS});
    const synonyms = [...fake.indices.get(INDEX)!.synonyms.values()];
    expect(synonyms).toEqual([
      {objectID: 'gleichwertig-gefluechtete', type: 'synonym', synonyms: ['Geflüchtete', 'Flüchtlinge', 'Schutzsuchende']},
      {objectID: 'einseitig-ag', type: 'oneWaySynonym', input: 'AG', synonyms: ['Arbeitsgruppe']},
    ]);
    // The repository's list goes over whole.
    const loaded = loadSite(resolve(__dirname, '../../..'));
    expect(problemsIn(loaded.problems, [SEARCH_TERMS_FILE])).toEqual([]);
    const repository = searchVocabularyOf(loaded.site).terms;
    expect(repository.groups.length).toBeGreaterThan(0);
    await pushRecords({config, records: recordsA, terms: repository});
    expect(fake.indices.get(INDEX)!.synonyms.size).toBe(repository.groups.length + repository.oneWay.length);
  });

  it('keeps the old synonyms with the old records when the push fails', async () => {
    await pushRecords({config, records: recordsA, terms: TERMS});
    fake.failBatch(1, 400);
    await expect(pushRecords({config, records: recordsB, terms: {groups: [], oneWay: []}})).rejects.toThrow(/HTTP 400/);
    expect(fake.indices.get(INDEX)!.synonyms.size).toBe(2);
    expect(fake.records(INDEX)).toEqual(recordsA);
  });

  it('sends records as the search needs them: NFC, under 10 KB, with the practice facets', async () => {
    await pushRecords({config, records: recordsA});
    const stored = fake.records(INDEX)!;
    expect(stored.length).toBeGreaterThan(3);
    for (const record of stored) expect(Buffer.byteLength(JSON.stringify(record))).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    const section = stored.find((record) => record.objectID.startsWith('/gute-praxis/lesepatenschaften#umsetzung'))!;
    expect(section).toMatchObject({path: '/gute-praxis/lesepatenschaften', type: 'praxis', typeRank: 0, topics: ['bildung'], carrier: ['lesewelt-ev'], hierarchy: {lvl1: 'Umsetzung'}});
    expect(String(section.text)).toMatch(/^Geflüchtete/);
    expect(stored.find((record) => record.type === 'meldung')).not.toHaveProperty('topics');
  });

  it('replaces the records of the previous push entirely', async () => {
    await pushRecords({config, records: recordsA});
    await pushRecords({config, records: recordsB});
    expect(fake.records(INDEX)).toEqual(recordsB);
  });

  it('leaves the live index untouched and discards the temporary one when a batch fails', async () => {
    await pushRecords({config, records: recordsA});
    fake.requests.length = 0;
    fake.failBatch(2, 400);
    await expect(pushRecords({config, records: [...recordsB, ...recordsA.map((record) => ({...record, objectID: `${record.objectID}-neu`}))], batchSize: 1})).rejects.toThrow(
      /antwortete mit HTTP 400: Injected batch failure/,
    );
    expect(fake.records(INDEX)).toEqual(recordsA);
    expect([...fake.indices.keys()]).toEqual([INDEX]);
    expect(calls()).toContain(`DELETE /1/indexes/${INDEX}_tmp`);
    expect(calls()).not.toContain(`POST /1/indexes/${INDEX}/batch`);
  });

  it('retries a transient server error with backoff and then completes', async () => {
    await pushRecords({config, records: recordsA});
    fake.failBatch(1, 503);
    const retries: string[] = [];
    await pushRecords({config, records: recordsB, backoffMs: 1, onRetry: (message) => retries.push(message)});
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatch(/HTTP 503.*Neuer Versuch 2 von 4/);
    expect(fake.records(INDEX)).toEqual(recordsB);
  });

  it('gives up after the last attempt, with the live index intact', async () => {
    await pushRecords({config, records: recordsA});
    fake.failAll(502);
    await expect(pushRecords({config, records: recordsB, attempts: 2, backoffMs: 1})).rejects.toThrow(/HTTP 502/);
    fake.failAll(undefined);
    expect(fake.records(INDEX)).toEqual(recordsA);
  });

  it('names a wrong key without printing it', async () => {
    const wrong = {...config, adminKey: 'wrong-key-zz'};
    const error = await pushRecords({config: wrong, records: recordsA}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PushError);
    expect((error as Error).message).toMatch(/lehnt die Anmeldung ab \(HTTP 403: Invalid Application-ID or API key\).*ALGOLIA_ADMIN_KEY/);
    expect((error as Error).message).not.toContain('wrong-key-zz');
    expect(fake.indices.size).toBe(0);
  });

  it('reports a host that does not answer', async () => {
    const closed = await startFakeAlgolia({appId: APP_ID, adminKey: ADMIN_KEY, searchKey: SEARCH_KEY});
    await closed.close();
    const unreachable = {...config, hosts: parseHosts(closed.url)};
    await expect(pushRecords({config: unreachable, records: recordsA, attempts: 2, backoffMs: 1})).rejects.toThrow(`Keine Verbindung zu ${closed.url}`);
  });

  it('refuses records over the size limit and an empty push before sending anything', async () => {
    const big = {...recordsA[0]!, text: 'x'.repeat(MAX_RECORD_BYTES)};
    expect(() => checkRecords([big])).toThrow(`Der Datensatz ${big.objectID} ist`);
    await expect(pushRecords({config, records: []})).rejects.toThrow(/keine Datensätze/);
    expect(fake.requests).toEqual([]);
  });
});

describe('npm run search:push (the script)', {timeout: PROCESS_TIMEOUT}, () => {
  const dir = tempDir('search-push-');
  const file = join(dir, 'records.json');
  writeFileSync(file, JSON.stringify(recordsA));
  writeFileSync(join(dir, 'terms.json'), JSON.stringify(TERMS));
  // Asynchronous: the fake server answers from this process.
  const run = (env: Record<string, string>): Promise<{status: number; stdout: string; stderr: string}> =>
    new Promise((done) => {
      execFile(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/search-push.ts', '--records', file], {encoding: 'utf8', env: {PATH: process.env.PATH ?? '', ...env}}, (error, stdout, stderr) =>
        done({status: error ? Number(error.code ?? 1) : 0, stdout, stderr}),
      );
    });

  it('pushes and reports records, size and time', async () => {
    const result = await run({ALGOLIA_APP_ID: APP_ID, ALGOLIA_ADMIN_KEY: ADMIN_KEY, ALGOLIA_INDEX_NAME: INDEX, ALGOLIA_HOSTS: fake.url});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Fertig: ${recordsA.length} Datensätze \\(.* MB\\) in \\d+ Pakete?n? an »${INDEX}« übertragen`));
    expect(result.stdout).toMatch(/von \d+ Datensätzen übertragen \(100 %\)/);
    expect(result.stdout).toMatch(/Einstellungen und 2 Synonyme gesetzt/);
    expect(fake.records(INDEX)).toEqual(recordsA);
    expect(fake.indices.get(INDEX)!.synonyms.size).toBe(2);
  });

  it('exits non-zero with the cause and never prints the admin key', async () => {
    const result = await run({ALGOLIA_APP_ID: APP_ID, ALGOLIA_ADMIN_KEY: 'secret-wrong-key', ALGOLIA_INDEX_NAME: INDEX, ALGOLIA_HOSTS: fake.url});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^search:push: .*HTTP 403/);
    expect(`${result.stdout}${result.stderr}`).not.toContain('secret-wrong-key');
  });

  it('names every missing variable', async () => {
    const result = await run({ALGOLIA_INDEX_NAME: INDEX});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('fehlen die Umgebungsvariablen ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY');
  });
});

describe('Algolia configuration from the environment', () => {
  it.each([
    ['http://127.0.0.1:8108', [{url: '127.0.0.1', port: 8108, protocol: 'http', accept: 'readWrite'}]],
    ['https://suche.example.org, http://[::1]:9000', [{url: 'suche.example.org', protocol: 'https', accept: 'readWrite'}, {url: '::1', port: 9000, protocol: 'http', accept: 'readWrite'}]],
    ['', []],
  ])('ALGOLIA_HOSTS=%j', (text, hosts) => {
    expect(parseHosts(text)).toEqual(hosts);
  });

  it.each([
    ['127.0.0.1:8108', /keine gültige Adresse|muss mit http/],
    ['ftp://example.org', /muss mit http:\/\/ oder https:\/\/ beginnen/],
    ['https://example.org/pfad', /darf keinen Pfad.*gültig wäre https:\/\/example.org/],
  ])('rejects ALGOLIA_HOSTS=%j', (text, message) => {
    expect(() => parseHosts(text)).toThrow(message);
  });

  it('uses the built-in index without Algolia variables, Algolia with all three', () => {
    expect(searchBackendConfig({})).toEqual({backend: 'builtin'});
    expect(searchBackendConfig({ALGOLIA_APP_ID: 'A', ALGOLIA_SEARCH_KEY: 'S', ALGOLIA_INDEX_NAME: 'I', ALGOLIA_ADMIN_KEY: 'X'})).toEqual({
      backend: 'algolia',
      appId: 'A',
      searchKey: 'S',
      indexName: 'I',
      hosts: [],
    });
  });

  it('refuses half a configuration and an admin key as search key', () => {
    expect(() => searchBackendConfig({ALGOLIA_APP_ID: 'A'})).toThrow('es fehlt ALGOLIA_SEARCH_KEY und ALGOLIA_INDEX_NAME');
    expect(() => searchBackendConfig({ALGOLIA_APP_ID: 'A', ALGOLIA_SEARCH_KEY: 'K', ALGOLIA_INDEX_NAME: 'I', ALGOLIA_ADMIN_KEY: 'K'})).toThrow(AlgoliaConfigError);
  });

  it('lists the origins the browser contacts, for the Content Security Policy', () => {
    expect(searchOrigins({appId: 'APP', searchKey: 'k', indexName: 'i', hosts: []})).toEqual([
      'https://APP-dsn.algolia.net',
      'https://APP-1.algolianet.com',
      'https://APP-2.algolianet.com',
      'https://APP-3.algolianet.com',
    ]);
    expect(searchOrigins({appId: 'APP', searchKey: 'k', indexName: 'i', hosts: parseHosts('http://127.0.0.1:8108')})).toEqual(['http://127.0.0.1:8108']);
  });
});

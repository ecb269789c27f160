import {afterEach, describe, expect, it, vi} from 'vitest';
import {MAX_RECORD_TEXT, sectionRecords} from '../../../src/search/server/records';
import {loadEngine} from '../../../src/search/client/builtinEngine';
import {SearchUnavailableError} from '../../../src/search/shared/backend';
import type {PageRecord} from '../../../src/search/shared/types';

const page: PageRecord = {
  path: '/gute-praxis/lesepatenschaften',
  type: 'praxis',
  title: 'Lesepatenschaften',
  description: 'Pat*innen lesen vor.',
  sections: [
    {anchor: '', heading: '', level: 1, text: ''},
    {anchor: 'umsetzung', heading: 'Umsetzung', level: 2, text: 'Geflu\u0308chtete Kinder lesen mit.'},
    {anchor: 'lang', heading: 'Lang', level: 2, text: 'Wort '.repeat(3000)},
  ],
};

describe('sectionRecords', () => {
  const records = sectionRecords(page, '/');

  it('makes one record per section with type, hierarchy and URL with anchor', () => {
    expect(records[0]).toMatchObject({url: '/gute-praxis/lesepatenschaften', hierarchy: {lvl0: 'Lesepatenschaften', lvl1: null}, text: 'Pat*innen lesen vor.', typeLabel: 'Gute Praxis'});
    expect(records[1]).toMatchObject({url: '/gute-praxis/lesepatenschaften#umsetzung', hierarchy: {lvl1: 'Umsetzung'}, type: 'praxis'});
  });

  it('normalises text to NFC', () => {
    expect(records[1]!.text).toBe('Geflüchtete Kinder lesen mit.');
    expect(records[1]!.text).toBe(records[1]!.text.normalize('NFC'));
  });

  it('splits long sections so that no record exceeds the limit, with unique ids', () => {
    const long = records.filter((record) => record.hierarchy.lvl1 === 'Lang');
    expect(long.length).toBeGreaterThan(1);
    for (const record of long) expect(record.text.length).toBeLessThanOrEqual(MAX_RECORD_TEXT);
    expect(new Set(records.map((record) => record.objectID)).size).toBe(records.length);
  });
});

describe('loadEngine', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports a missing index (dev server) as not built, other failures as failed', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', {status: 404})));
    await expect(loadEngine('http://127.0.0.1:1/')).rejects.toMatchObject({reason: 'not-built'});
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', {status: 500})));
    const error = await loadEngine('http://127.0.0.1:1/').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SearchUnavailableError);
    expect((error as SearchUnavailableError).reason).toBe('failed');
  });
});

/**
 * The files of the built-in index as the engine asks for them
 * (src/search/client/shards.ts), over a hand-made index in memory and a fake
 * loader that counts requests and answers when the test says so.
 */
import {describe, expect, it} from 'vitest';
import {ShardStore, shardsFor, type Loader} from '../../../src/search/client/shards';
import {NO_TERMS} from '../../../src/search/shared/synonyms';
import type {PageFragment, SearchManifest, ShardFile, WordsFile} from '../../../src/search/shared/types';

const BASE = '/daten/suche/0123456789/';

const MANIFEST: SearchManifest = {
  version: 1,
  base: BASE,
  pages: 4,
  types: [
    ['praxis', 0, 2],
    ['meldung', 2, 3],
  ],
  practices: 2,
  forward: [
    ['', 'f.a.json'],
    ['m', 'f.m.json'],
  ],
  reverse: [
    ['', 'r.a.json'],
    ['gnudl', 'r.l.json'],
  ],
  words: {be: 'w.be.json', me: 'w.me.json'},
  terms: NO_TERMS,
  names: [],
};

const fragment = (id: number): PageFragment => ({path: `/seite-${id}`, type: 'seite', title: `Seite ${id}`, description: '', sections: []});

const FILES: Record<string, WordsFile | ShardFile | PageFragment> = {
  'w.be.json': {keys: ['begleiter', 'bildung'], df: [2, 1]},
  'w.me.json': {keys: ['mentor', 'mentoring'], df: [1, 3]},
  'f.a.json': {keys: ['begleiter', 'bildung'], postings: [[0, 3, 2, 1], [1, 2]]},
  'f.m.json': {keys: ['mentor', 'mentoring'], postings: [[3, 1], [0, 1, 1, 3, 1, 1]]},
  'r.a.json': {keys: ['gnud', 'gnudk'], postings: [[1, 1], [2, 1]]},
  'r.l.json': {keys: ['gnudlib', 'nesa'], postings: [[1, 2], [0, 1]]},
  's/0.json': fragment(0),
  's/1.json': fragment(1),
};

/** A loader over FILES: counts requests per file name; `hold` keeps answers back until `release`; `fail` fails once. */
function fakeIndex(): {load: Loader; requests: string[]; release: () => void; hold: boolean; fail: Set<string>} {
  const waiting: (() => void)[] = [];
  const index = {
    requests: [] as string[],
    hold: false,
    fail: new Set<string>(),
    release: () => waiting.splice(0).forEach((answer) => answer()),
    load: (path: string): Promise<unknown> => {
      const name = path.slice(BASE.length);
      index.requests.push(name);
      return new Promise((resolve, reject) => {
        const answer = (): void => {
          if (index.fail.delete(name)) reject(new Error(`503 ${path}`));
          else if (!path.startsWith(BASE) || !(name in FILES)) reject(new Error(`404 ${path}`));
          else resolve(structuredClone(FILES[name]));
        };
        if (index.hold) waiting.push(answer);
        else answer();
      });
    },
  };
  return index;
}

const storeOn = (index: ReturnType<typeof fakeIndex>): ShardStore => new ShardStore(MANIFEST, index.load);

describe('ShardStore', () => {
  it.each<[string, (store: ShardStore, turn: number) => Promise<unknown>, string[]]>([
    ['a page fragment', (store) => store.page(1), ['s/1.json']],
    ['a word list (for two words with the same two letters)', (store, turn) => store.words(turn === 0 ? 'bildung' : 'begleiter'), ['w.be.json']],
    ['the postings of keys', (store, turn) => store.postings(turn === 0 ? ['mentor', 'bildung'] : ['begleiter', 'mentoring']), ['f.m.json', 'f.a.json']],
    ['the reverse shards of a tail', (store) => store.reverseShards('gnud'), ['r.a.json', 'r.l.json']],
  ])('requests %s once, even when asked twice at the same time', async (_, ask, files) => {
    const index = fakeIndex();
    index.hold = true;
    const store = storeOn(index);
    const first = ask(store, 0);
    const second = ask(store, 1);
    index.release();
    await Promise.all([first, second]);
    index.hold = false;
    await ask(store, 0);
    expect(index.requests.sort()).toEqual([...files].sort());
  });

  it('does not keep a failed request: the next question asks again', async () => {
    const index = fakeIndex();
    index.fail.add('s/0.json');
    const store = storeOn(index);
    await expect(store.page(0)).rejects.toThrow('503');
    await expect(store.page(0)).resolves.toEqual(fragment(0));
    await expect(store.page(0)).resolves.toEqual(fragment(0));
    expect(index.requests).toEqual(['s/0.json', 's/0.json']);
  });

  it('lets a question wait for a prefetched file, and asks again if the prefetch failed', async () => {
    const index = fakeIndex();
    index.hold = true;
    index.fail.add('f.a.json');
    const store = storeOn(index);
    store.prefetch(['f.a.json', 'f.m.json']);
    expect(index.requests).toEqual(['f.a.json', 'f.m.json']);
    index.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    index.hold = false;
    expect((await store.postings(['bildung', 'mentoring'])).size).toBe(2);
    expect(index.requests).toEqual(['f.a.json', 'f.m.json', 'f.a.json']);
  });

  it('takes the postings of keys from both shards that hold them, requested together', async () => {
    const index = fakeIndex();
    index.hold = true;
    const store = storeOn(index);
    const pending = store.postings(['bildung', 'mentoring', 'begleiter']);
    // Both shards are on their way before either has answered.
    expect(index.requests.sort()).toEqual(['f.a.json', 'f.m.json']);
    index.release();
    expect(Object.fromEntries(await pending)).toEqual({bildung: [1, 2], mentoring: [0, 1, 1, 3, 1, 1], begleiter: [0, 3, 2, 1]});
  });

  it.each<[string, (store: ShardStore) => Promise<unknown>, unknown, string[]]>([
    ['postings of unknown keys', (store) => store.postings(['bildungsreise', 'zebra']), new Map(), ['f.a.json', 'f.m.json']],
    ['postings of no keys', (store) => store.postings([]), new Map(), []],
    ['a word list of two letters the index does not have', (store) => store.words('zebra'), {keys: [], df: []}, []],
  ])('gives empty results for %s', async (_, ask, empty, files) => {
    const index = fakeIndex();
    expect(await ask(storeOn(index))).toEqual(empty);
    expect(index.requests.sort()).toEqual(files);
  });

  it('gives a word list by its first two letters', async () => {
    const store = storeOn(fakeIndex());
    expect(await store.words('mentorin')).toEqual(FILES['w.me.json']);
  });

  it.each<[string, string[]]>([
    ['a', ['r.a.json']],
    ['nesa', ['r.l.json']],
    ['gnud', ['r.a.json', 'r.l.json']],
  ])('gives the reverse shards that can hold tails starting with »%s«', async (prefix, files) => {
    const index = fakeIndex();
    const shards = await storeOn(index).reverseShards(prefix);
    expect(shards).toEqual(files.map((name) => FILES[name]));
    expect(index.requests).toEqual(files);
  });

  it.each([
    [0, 'praxis'],
    [1, 'praxis'],
    [2, 'meldung'],
    [3, 'seite'],
    [99, 'seite'],
  ])('types page %i as %s (from the manifest, no request)', (id, type) => {
    const index = fakeIndex();
    expect(storeOn(index).typeOf(id)).toBe(type);
    expect(index.requests).toEqual([]);
  });
});

describe('shardsFor', () => {
  const list: [string, string][] = [
    ['b', 'one'],
    ['k', 'two'],
    ['s', 'three'],
  ];
  it.each<[string, string, string[]]>([
    ['a', 'a', ['one']],
    ['b', 'b', ['one']],
    ['kaffee', 'kaffee', ['two']],
    ['k', 'k\uffff', ['two']],
    ['j', 't', ['one', 'two', 'three']],
    ['z', 'z', ['three']],
  ])('keys in [%s, %s] lie in %j', (from, to, names) => expect(shardsFor(list, from, to)).toEqual(names));

  it('is empty without shards', () => expect(shardsFor([], 'a', 'z')).toEqual([]));
});

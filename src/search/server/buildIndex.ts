/**
 * Builds the files of the built-in search index from the page records:
 * - word lists per first two letters (for prefix, stem and typo matching in the browser),
 * - forward shards: postings of a range of keys, split at a fixed size so that
 *   a query loads one or two shards, however large the site grows,
 * - reverse shards: postings by reversed stem, so that »Einrichtung« finds
 *   »Bildungseinrichtungen« (German compounds end in their head word),
 * - one small fragment per page with the text shown in the results,
 * - the manifest at a fixed address pointing to the content-hashed folder.
 */
import {createHash} from 'node:crypto';
import {MIN_TAIL, reverse, wordsFileKey} from '../shared/keys';
import {stem, tokenize} from '../shared/normalize';
import {MANIFEST_PATH, type PageFragment, type PageRecord, type SearchManifest, type ShardFile, type WordsFile} from '../shared/types';
import {CONTENT_TYPES} from '../../vocabulary';
import {NO_TERMS, type SearchTerms} from '../shared/synonyms';

export interface IndexOptions {
  /** Folder of the index under the site root. */
  base?: string;
  /** The editors' synonyms and abbreviations, for queries (see synonyms.ts). */
  terms?: SearchTerms;
  /** Proper names that stay one word (the Länder), as written. */
  names?: readonly string[];
}

export interface IndexFile {
  /** Path under the site root. */
  path: string;
  content: string;
}

export interface BuiltIndex {
  manifest: SearchManifest;
  files: IndexFile[];
  stats: {pages: number; keys: number; postings: number; shards: number; bytes: number};
}

/** Characters of serialised postings per shard: about 10–15 KB with gzip. */
const SHARD_SIZE = 48_000;
const SECTION_TEXT_LIMIT = 1_500;
const PAGE_TEXT_LIMIT = 8_000;

// Impact of a word on a page: title over headings over body, body by frequency.
const TITLE = 40;
const HEADING = 12;
const MAX_BODY = 8;

const hashOf = (content: string): string => createHash('sha256').update(content).digest('hex').slice(0, 10);

/** Record order: by type, practices first (so their ids match the catalogue's facet rows). */
export function orderPages(pages: PageRecord[]): PageRecord[] {
  const rank = (page: PageRecord): number => CONTENT_TYPES.indexOf(page.type);
  return [...pages].sort(
    (a, b) => rank(a) - rank(b) || (a.practiceIndex ?? 0) - (b.practiceIndex ?? 0) || a.path.localeCompare(b.path),
  );
}

function pageImpacts(page: PageRecord, names: ReadonlySet<string>): Map<string, number> {
  const title = new Set<string>();
  const heading = new Set<string>();
  const body = new Map<string, number>();
  for (const token of tokenize(page.title, names)) for (const key of token.keys) title.add(key);
  const addBody = (text: string): void => {
    for (const token of tokenize(text, names)) for (const key of token.keys) body.set(key, (body.get(key) ?? 0) + 1);
  };
  addBody(page.description);
  for (const section of page.sections) {
    for (const token of tokenize(section.heading, names)) for (const key of token.keys) heading.add(key);
    addBody(section.text);
  }
  const impacts = new Map<string, number>();
  for (const key of new Set([...title, ...heading, ...body.keys()])) {
    const impact = (title.has(key) ? TITLE : 0) + (heading.has(key) ? HEADING : 0) + Math.min(body.get(key) ?? 0, MAX_BODY);
    impacts.set(key, Math.max(impact, 1));
  }
  return impacts;
}

/** [delta, impact, delta, impact, …] from sorted [id, impact] pairs. */
function encodePostings(pairs: number[]): number[] {
  const encoded: number[] = [];
  let previous = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    encoded.push(pairs[i]! - previous, pairs[i + 1]!);
    previous = pairs[i]!;
  }
  return encoded;
}

function fragmentOf(page: PageRecord): PageFragment {
  let budget = PAGE_TEXT_LIMIT;
  const sections: PageFragment['sections'] = [];
  for (const section of page.sections) {
    if (section.facts) continue;
    const text = section.text.slice(0, Math.max(0, Math.min(SECTION_TEXT_LIMIT, budget)));
    budget -= text.length;
    sections.push([section.anchor, section.heading, text]);
  }
  return {path: page.path, type: page.type, title: page.title, description: page.description, sections};
}

/** Keys of one-word proper names (»Sachsen-Anhalt« → »sachsenanhalt«, »Bayern« → »bayern«). */
export function nameKeys(names: readonly string[]): Set<string> {
  return new Set(names.map((name) => tokenize(name)).filter((tokens) => tokens.length === 1).map((tokens) => tokens[0]!.keys[0]!));
}

export function buildIndex(records: PageRecord[], {base = '/daten/suche/', terms = NO_TERMS, names: properNames = []}: IndexOptions = {}): BuiltIndex {
  const pages = orderPages(records);
  const names = nameKeys(properNames);
  const postings = new Map<string, number[]>();
  pages.forEach((page, id) => {
    for (const [key, impact] of pageImpacts(page, names)) {
      const list = postings.get(key);
      if (list) list.push(id, impact);
      else postings.set(key, [id, impact]);
    }
  });
  const keys = [...postings.keys()].sort();

  // Compound tails: reversed stem → pages (merged over all words with that stem).
  const tails = new Map<string, Map<number, number>>();
  for (const key of keys) {
    const stemmed = stem(key);
    if (stemmed.length < MIN_TAIL + 3 || /\d/.test(key)) continue;
    const tail = reverse(stemmed);
    const merged = tails.get(tail) ?? new Map<number, number>();
    const list = postings.get(key)!;
    for (let i = 0; i < list.length; i += 2) merged.set(list[i]!, Math.max(merged.get(list[i]!) ?? 0, list[i + 1]!));
    tails.set(tail, merged);
  }

  const files: IndexFile[] = [];
  const contentHash = createHash('sha256');
  const pending: {name: string; content: string}[] = [];
  const addFile = (prefix: string, content: string): string => {
    const name = `${prefix}.${hashOf(content)}.json`;
    pending.push({name, content});
    contentHash.update(name);
    return name;
  };

  const shard = (entries: [string, number[]][], prefix: string): [string, string][] => {
    const list: [string, string][] = [];
    let current: ShardFile = {keys: [], postings: []};
    let size = 0;
    const flush = (): void => {
      if (current.keys.length === 0) return;
      list.push([current.keys[0]!, addFile(prefix, JSON.stringify(current))]);
      current = {keys: [], postings: []};
      size = 0;
    };
    for (const [key, pairs] of entries) {
      const encoded = encodePostings(pairs);
      current.keys.push(key);
      current.postings.push(encoded);
      size += key.length + encoded.length * 3;
      if (size >= SHARD_SIZE) flush();
    }
    flush();
    return list;
  };

  const forward = shard(keys.map((key) => [key, postings.get(key)!]), 'f');
  const reverseShards = shard(
    [...tails.keys()].sort().map((tail) => {
      const merged = [...tails.get(tail)!].sort((a, b) => a[0] - b[0]);
      return [tail, merged.flat()];
    }),
    'r',
  );

  const wordGroups = new Map<string, WordsFile>();
  for (const key of keys) {
    const group = wordsFileKey(key);
    const file = wordGroups.get(group) ?? {keys: [], df: []};
    file.keys.push(key);
    file.df.push(postings.get(key)!.length / 2);
    wordGroups.set(group, file);
  }
  const words: Record<string, string> = {};
  for (const [group, file] of wordGroups) words[group] = addFile(`w`, JSON.stringify(file));

  const fragments = pages.map((page) => JSON.stringify(fragmentOf(page)));
  for (const fragment of fragments) contentHash.update(fragment);

  const folder = `${base}${contentHash.digest('hex').slice(0, 10)}/`;
  for (const {name, content} of pending) files.push({path: `${folder}${name}`, content});
  fragments.forEach((content, id) => files.push({path: `${folder}s/${id}.json`, content}));

  const types: SearchManifest['types'] = [];
  for (const type of CONTENT_TYPES) {
    const ids = pages.flatMap((page, id) => (page.type === type ? [id] : []));
    if (ids.length > 0) types.push([type, ids[0]!, ids[ids.length - 1]! + 1]);
  }
  const manifest: SearchManifest = {
    version: 1,
    base: folder,
    pages: pages.length,
    types,
    practices: pages.filter((page) => page.type === 'praxis').length,
    forward,
    reverse: reverseShards,
    words,
    terms,
    names: [...names],
  };
  files.push({path: MANIFEST_PATH, content: JSON.stringify(manifest)});
  let totalPostings = 0;
  for (const list of postings.values()) totalPostings += list.length / 2;
  return {
    manifest,
    files,
    stats: {
      pages: pages.length,
      keys: keys.length,
      postings: totalPostings,
      shards: forward.length + reverseShards.length,
      bytes: files.reduce((sum, file) => sum + file.content.length, 0),
    },
  };
}

/**
 * The files of the built-in index, as the engine (engine.ts) asks for them:
 * the word list of a key's first two letters, the postings of keys (forward
 * shards) or of a range of reversed stems (reverse shards), a page's fragment,
 * and a page's type from the manifest. Each file is requested once (a second
 * question while it loads waits for the same request); a failed request is
 * forgotten, so the next question asks again. No ranking here (ranking.ts).
 */
import {wordsFileKey} from '../shared/keys';
import type {PageFragment, SearchManifest, ShardFile, WordsFile} from '../shared/types';
import {type ContentType} from '../../vocabulary';

/** Fetches one file of the index by its path (the manifest's `base` and the file's name). */
export type Loader = (path: string) => Promise<unknown>;

/** The forward shards (keys) or the reverse shards (reversed stems, for compound tails). */
export type ShardSide = 'forward' | 'reverse';

/** Index of the last entry whose first key is not above `key` (-1 if there is none). */
function lowerBound(list: readonly [string, string][], key: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]![0] <= key) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Shards of `list` (first key and file name, sorted) that can hold keys in [from, to]. */
export function shardsFor(list: readonly [string, string][], from: string, to: string): string[] {
  const first = Math.max(0, lowerBound(list, from));
  const last = Math.max(0, lowerBound(list, to));
  return list.slice(first, last + 1).map(([, name]) => name);
}

export class ShardStore {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(
    readonly manifest: SearchManifest,
    private readonly load: Loader,
  ) {}

  /** A file of the index by its name in the manifest: requested once, again only after a failure. */
  private file<T>(name: string): Promise<T> {
    const path = `${this.manifest.base}${name}`;
    let pending = this.cache.get(path);
    if (!pending) {
      pending = this.load(path);
      pending.catch(() => this.cache.delete(path));
      this.cache.set(path, pending);
    }
    return pending as Promise<T>;
  }

  /** The type of page `id`, from the manifest's id ranges (`seite` outside them). */
  typeOf(id: number): ContentType {
    for (const [type, start, end] of this.manifest.types) if (id >= start && id < end) return type;
    return 'seite';
  }

  /** The fragment of page `id` (what the results list shows). */
  page(id: number): Promise<PageFragment> {
    return this.file<PageFragment>(`s/${id}.json`);
  }

  /** The word list of `key`'s first two letters (empty if the index has no word starting with them). */
  async words(key: string): Promise<WordsFile> {
    const name = this.manifest.words[wordsFileKey(key)];
    return name ? this.file<WordsFile>(name) : {keys: [], df: []};
  }

  /** Names of the shards of one side that can hold keys in [from, to] (no request). */
  shardsOf(side: ShardSide, from: string, to: string): string[] {
    return shardsFor(this.manifest[side], from, to);
  }

  /** Starts loading files now, for a later question (a failure here is left to that question). */
  prefetch(names: readonly string[]): void {
    for (const name of names) this.file(name).catch(() => undefined);
  }

  /** Postings of `keys` in the forward shards, all shards at once; keys the index does not have are missing. */
  async postings(keys: readonly string[]): Promise<Map<string, number[]>> {
    const names = new Set(keys.flatMap((key) => this.shardsOf('forward', key, key)));
    const shards = await Promise.all([...names].map((name) => this.file<ShardFile>(name)));
    const wanted = new Set(keys);
    const found = new Map<string, number[]>();
    for (const shard of shards) {
      shard.keys.forEach((key, index) => {
        if (wanted.has(key)) found.set(key, shard.postings[index]!);
      });
    }
    return found;
  }

  /** The reverse shards that can hold reversed stems starting with `prefix`, all at once (filtered by the caller). */
  reverseShards(prefix: string): Promise<ShardFile[]> {
    return Promise.all(this.shardsOf('reverse', prefix, `${prefix}\uffff`).map((name) => this.file<ShardFile>(name)));
  }
}

/**
 * The query side of the built-in search, for the browser (and for tests in
 * Node, with a loader that reads files). Loads only what a query needs: the
 * manifest, the word list of each query word's first two letters, the shards
 * holding the candidate words, and later the fragments of the pages shown.
 *
 * Matching, best first: the word itself (1), the same stem (»Patenschaften« –
 * »Patenschaft«, »Paten« – »Pat*innen«), a word starting with it (»Bildung« –
 * »Bildungseinrichtungen«), a compound ending in it (»Einrichtung« –
 * »Bildungseinrichtungen«), a typo (»Mentroing« – »Mentoring«). Feminine and
 * masculine forms are one word (»Lotsin« – »Lotsen«). A page must match every
 * query word; its score adds, per query word, the best of match weight ×
 * impact (title over headings over body) × rarity of the word.
 *
 * The editors' synonyms and abbreviations (manifest.terms) widen a query word
 * or phrase: the other words count at a lower weight and with the rarity of
 * the word searched, so that a synonym never outranks the word itself in a
 * title. Proper names (the Länder) are no compound tails of each other:
 * »Sachsen« does not find »Niedersachsen«.
 */
import {distance} from 'fastest-levenshtein';
import {MIN_TAIL, reverse, wordsFileKey} from '../shared/keys';
import {feminineBases, stem, tokenize, type Token} from '../shared/normalize';
import {queryTerms, termRules, type TermRule} from '../shared/synonyms';
import type {PageFragment, SearchManifest, ShardFile, WordsFile} from '../shared/types';
import {type ContentType} from '../../vocabulary';

export type Loader = (path: string) => Promise<unknown>;

export const MATCH_WEIGHTS = {exact: 1, stem: 0.8, prefix: 0.55, tail: 0.45, fuzzy: 0.3} as const;
/** A synonym or an abbreviation's long form counts this much of the word searched. */
export const SYNONYM_WEIGHT = 0.7;
const MAX_PREFIX_CANDIDATES = 40;
const MAX_FUZZY_CANDIDATES = 8;
const QUICK_PREFIX_SHARDS = 2;

export interface SearchHit {
  id: number;
  type: ContentType;
  score: number;
}

export interface SearchOutcome {
  /** Number of matching pages. */
  total: number;
  /** All matching pages, best first (sorted on first use). */
  readonly hits: SearchHit[];
  /** The best `count` pages, without sorting all of them (for the search box). */
  top: (count: number) => SearchHit[];
  /** Whether a word of a page's text counts as found (for highlighting). */
  matches: (key: string) => boolean;
  /** The query had no searchable word (empty, or only stop words). */
  empty: boolean;
  /** Synonyms and long forms of the query's words that found pages (»Auch gesucht: Geflüchtete«). */
  alsoSearched: string[];
}

/** How one query word is matched. */
interface MatchOptions {
  /** While typing: completions from the first shards only. */
  quick: boolean;
  /** Completions and typos (off for synonyms: only their own forms count). */
  loose: boolean;
  /**
   * Rarity to use instead of the word's own (a synonym scores with the rarity of the word searched). A promise, so
   * that a synonym's files load at the same time as the word's own; `undefined` once settled: each word its own.
   */
  rarity?: Promise<number | undefined>;
}

interface TermResult {
  scores: Float32Array;
  touched: number[];
  matched: string[];
  tails: string[];
  /** Rarity of the word's exact match, if the index has it. */
  rarity?: number;
}

interface Candidate {
  key: string;
  weight: number;
}

/** Allowed typo distance for a query word of this length. */
export const typoDistance = (length: number): number => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/** Index of the first entry of a sorted list that is not below `key` (the list's length if there is none). */
function firstAtLeast(list: readonly string[], key: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

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

/** Pages that every result touched (AND), with the sum of their scores; starts from the result with the fewest pages. */
function everyTerm(results: readonly TermResult[]): {ids: number[]; totals: number[]} {
  const [rarest, ...others] = [...results].sort((a, b) => a.touched.length - b.touched.length);
  const ids: number[] = [];
  const totals: number[] = [];
  for (const id of rarest!.touched) {
    let score = rarest!.scores[id]!;
    for (const other of others) {
      const termScore = other.scores[id]!;
      if (termScore === 0) {
        score = 0;
        break;
      }
      score += termScore;
    }
    if (score > 0) {
      ids.push(id);
      totals.push(score);
    }
  }
  return {ids, totals};
}

export class SearchEngine {
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly names: ReadonlySet<string>;
  /** Reversed stems of the proper names, as the reverse shards hold them. */
  private readonly nameTails: ReadonlySet<string>;
  private readonly rules: TermRule[];

  constructor(
    readonly manifest: SearchManifest,
    private readonly load: Loader,
  ) {
    this.names = new Set(manifest.names);
    this.nameTails = new Set([...this.names].map((name) => reverse(stem(name))));
    this.rules = termRules(manifest.terms, this.names);
  }

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

  typeOf(id: number): ContentType {
    for (const [type, start, end] of this.manifest.types) if (id >= start && id < end) return type;
    return 'seite';
  }

  page(id: number): Promise<PageFragment> {
    return this.file<PageFragment>(`s/${id}.json`);
  }

  private async words(key: string): Promise<WordsFile> {
    const name = this.manifest.words[wordsFileKey(key)];
    return name ? this.file<WordsFile>(name) : {keys: [], df: []};
  }

  /** Shards of `list` that can hold keys in [from, to]. */
  private shardsFor(list: [string, string][], from: string, to: string): string[] {
    const first = Math.max(0, lowerBound(list, from));
    const last = Math.max(0, lowerBound(list, to));
    return list.slice(first, last + 1).map(([, name]) => name);
  }

  private async postings(list: [string, string][], keys: string[]): Promise<Map<string, number[]>> {
    const names = new Set(keys.flatMap((key) => this.shardsFor(list, key, key)));
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

  /** Candidate words of the index for one query word (with its alternative keys). */
  private async candidates(keys: string[], {quick, loose}: MatchOptions): Promise<Candidate[]> {
    const best = new Map<string, number>();
    const offer = (key: string, weight: number): void => {
      if ((best.get(key) ?? 0) < weight) best.set(key, weight);
    };
    const [primary] = keys;
    // Start loading the first shards of the word's range now, not after the word list: one round trip instead of two.
    const rangeStart = this.shardsFor(this.manifest.forward, primary!, `${primary}\uffff`).slice(0, QUICK_PREFIX_SHARDS);
    for (const name of rangeStart) this.file(name).catch(() => undefined);
    const files = await Promise.all(keys.map((key) => this.words(key)));
    const typos: [string, number][] = [];
    keys.forEach((key, index) => {
      const {keys: list, df} = files[index]!;
      const queryStem = stem(key);
      // Feminine and masculine forms: »Lotsin« (lots, lot) meets »Lotsen« (stem lots), »Lotsinnen« meets »Lotse«.
      const forms = new Set([queryStem, ...feminineBases(key)]);
      const sameForm = (word: string): boolean => forms.has(stem(word)) || feminineBases(word).some((base) => forms.has(base));
      const prefixes: [string, number][] = [];
      const fuzzy: [string, number, number][] = [];
      const maxTypos = loose && key === primary ? typoDistance(key.length) : 0;
      // A Land does not complete to another Land: »Sachsen« is not »Sachsen-Anhalt«.
      const isName = this.names.has(key);
      // Without typos, every match starts with the shortest of the word, its stem and its feminine bases (all are
      // beginnings of the word, and a stem begins the word it comes from): only that range of the sorted list.
      const root = [queryStem, ...forms].reduce((shortest, form) => (form.length < shortest.length ? form : shortest), key);
      const [from, to] = maxTypos > 0 ? [0, list.length] : [firstAtLeast(list, root), firstAtLeast(list, `${root}\uffff`)];
      for (let i = from; i < to; i += 1) {
        const word = list[i]!;
        if (word === key) offer(word, MATCH_WEIGHTS.exact);
        else if (word === queryStem || sameForm(word)) offer(word, MATCH_WEIGHTS.stem);
        // One or two letters are too short to complete (they would match hundreds of words): whole words only.
        else if (loose && key === primary && key.length > 2 && word.startsWith(key) && !(isName && this.names.has(word))) prefixes.push([word, df[i]!]);
        else if (maxTypos > 0 && Math.abs(word.length - key.length) <= maxTypos) {
          const found = distance(word, key);
          if (found <= maxTypos) fuzzy.push([word, found, df[i]!]);
        }
      }
      prefixes.sort((a, b) => b[1] - a[1]);
      // Three or four letters match many words: take the most frequent few (fewer shards to load).
      const limit = key.length <= 4 ? MAX_PREFIX_CANDIDATES / 2 : MAX_PREFIX_CANDIDATES;
      // While typing (quick), completions come only from the shards already on their way (the start of the word's range).
      const accepted = quick ? prefixes.filter(([word]) => rangeStart.includes(this.shardsFor(this.manifest.forward, word, word)[0]!)) : prefixes;
      for (const [word] of accepted.slice(0, limit)) {
        // Shorter completions first: »Bildung« is closer to »Bildungen« than to »Bildungseinrichtungen«.
        offer(word, MATCH_WEIGHTS.prefix * (0.6 + (0.4 * key.length) / word.length));
      }
      fuzzy.sort((a, b) => a[1] - b[1] || b[2] - a[2]);
      typos.push(...fuzzy.slice(0, MAX_FUZZY_CANDIDATES).map(([word, distance]) => [word, distance] as [string, number]));
    });
    // Typo tolerance only for words the index does not know (as themselves, by their stem or as the start of a word).
    if (best.size === 0) {
      for (const [word, distance] of typos) offer(word, MATCH_WEIGHTS.fuzzy / distance);
    }
    return [...best].map(([key, weight]) => ({key, weight}));
  }

  /** Pages whose compound words end in the query word's stem. */
  private async tails(key: string, quick: boolean): Promise<{tail: string; postings: number[][]}> {
    const queryStem = stem(key);
    // While typing, a word of four letters is more likely the start of a word than the end of a compound.
    if (queryStem.length < MIN_TAIL + (quick ? 1 : 0) || /\d/.test(key)) return {tail: '', postings: []};
    const tail = reverse(queryStem);
    const files = this.shardsFor(this.manifest.reverse, tail, `${tail}\uffff`);
    const shards = await Promise.all(files.map((name) => this.file<ShardFile>(name)));
    // A Land is no compound tail of another Land: »Sachsen« is not »Niedersachsen«.
    const otherNames = this.names.has(key) ? this.nameTails : undefined;
    const postings: number[][] = [];
    for (const shard of shards) {
      shard.keys.forEach((candidate, index) => {
        if (candidate.length >= tail.length + 3 && candidate.startsWith(tail) && !otherNames?.has(candidate)) postings.push(shard.postings[index]!);
      });
    }
    return {tail, postings};
  }

  /** Best score of one query word on every page (0: no match), with the pages it touched. */
  private async wordScores(keys: string[], options: MatchOptions): Promise<TermResult> {
    const [candidates, compound] = await Promise.all([this.candidates(keys, options), this.tails(keys[0]!, options.quick)]);
    const postings = await this.postings(this.manifest.forward, candidates.map((candidate) => candidate.key));
    const fixedRarity = await options.rarity;
    const total = this.manifest.pages;
    const scores = new Float32Array(total);
    const touched: number[] = [];
    const rarityOf = (list: number[]): number => Math.log(1 + total / Math.max(1, list.length / 2));
    const add = (list: number[], weight: number): void => {
      const rarity = fixedRarity ?? rarityOf(list);
      let id = 0;
      for (let i = 0; i < list.length; i += 2) {
        id += list[i]!;
        const score = weight * list[i + 1]! * rarity;
        const previous = scores[id]!;
        if (previous === 0) touched.push(id);
        if (previous < score) scores[id] = score;
      }
    };
    const matched: string[] = [];
    let rarity: number | undefined;
    for (const candidate of candidates) {
      const list = postings.get(candidate.key);
      if (!list) continue;
      matched.push(candidate.key);
      if (candidate.key === keys[0]) rarity = rarityOf(list);
      add(list, candidate.weight);
    }
    for (const list of compound.postings) add(list, MATCH_WEIGHTS.tail);
    return {scores, touched, matched, tails: compound.postings.length > 0 ? [compound.tail] : [], rarity};
  }

  /** Pages that match every word of a phrase (AND), scored by the sum; `scale` multiplies the scores. */
  private async phraseScores(tokens: Token[], options: MatchOptions, scale = 1): Promise<TermResult> {
    const words = await Promise.all(tokens.map((token) => this.wordScores(token.keys, options)));
    if (words.length === 1 && scale === 1) return words[0]!;
    const {ids: touched, totals} = everyTerm(words);
    const scores = new Float32Array(this.manifest.pages);
    touched.forEach((id, index) => (scores[id] = totals[index]! * scale));
    const rarities = words.map((word) => word.rarity);
    return {
      scores,
      touched,
      matched: touched.length > 0 ? words.flatMap((word) => word.matched) : [],
      tails: touched.length > 0 ? words.flatMap((word) => word.tails) : [],
      rarity: rarities.every((value) => value !== undefined) ? Math.min(...rarities) : undefined,
    };
  }

  /**
   * A query term: its own words, or any of its synonyms (each page keeps its best). The synonyms' files load at the
   * same time as the term's own (one round of requests, not two); they wait only for its rarity.
   */
  private async termScores(tokens: Token[], alternatives: string[], quick: boolean): Promise<TermResult & {alsoSearched: string[]}> {
    const ownScores = this.phraseScores(tokens, {quick, loose: true});
    if (alternatives.length === 0) return {...(await ownScores), alsoSearched: []};
    const rarity = ownScores.then((result) => result.rarity);
    const [own, others] = await Promise.all([
      ownScores,
      Promise.all(
        alternatives.map(async (text) => {
          const words = tokenize(text, this.names);
          // Per word of the term searched, so that a phrase of three words is not worth three times one word.
          const scale = (SYNONYM_WEIGHT * tokens.length) / Math.max(1, words.length);
          return {text, result: words.length === 0 ? undefined : await this.phraseScores(words, {quick: false, loose: false, rarity}, scale)};
        }),
      ),
    ]);
    const scores = own.scores;
    const touched = [...own.touched];
    const matched = [...own.matched];
    const tails = [...own.tails];
    const alsoSearched: string[] = [];
    for (const {text, result} of others) {
      if (!result || result.touched.length === 0) continue;
      alsoSearched.push(text);
      matched.push(...result.matched);
      tails.push(...result.tails);
      for (const id of result.touched) {
        const score = result.scores[id]!;
        if (scores[id] === 0) touched.push(id);
        if (scores[id]! < score) scores[id] = score;
      }
    }
    return {scores, touched, matched, tails, rarity: own.rarity, alsoSearched};
  }

  /**
   * The query with one word replaced by a close word of the index, as written on a page (for »Meinten Sie …?«
   * when nothing was found; the typo tolerance of `search` is stricter). At most three, closest first.
   */
  async closeQueries(query: string): Promise<string[]> {
    const tokens = tokenize(query, this.names).slice(0, 4);
    const queries: {query: string; distance: number}[] = [];
    await Promise.all(
      tokens.map(async (token) => {
        const key = token.keys[0]!;
        if (key.length < 4) return;
        const {keys, df} = await this.words(key);
        const limit = Math.max(2, Math.floor(key.length / 3));
        const close = keys
          .map((word, index) => ({word, distance: distance(word, key), df: df[index]!}))
          .filter((candidate) => candidate.distance > 0 && candidate.distance <= limit && !candidate.word.startsWith(key))
          .sort((a, b) => a.distance - b.distance || b.df - a.df)
          .slice(0, 2);
        for (const candidate of close) {
          const written = await this.writtenForm(candidate.word);
          if (written) queries.push({query: `${query.slice(0, token.start)}${written}${query.slice(token.end)}`, distance: candidate.distance});
        }
      }),
    );
    return queries.sort((a, b) => a.distance - b.distance).slice(0, 3).map((entry) => entry.query);
  }

  /** A word of the index as a page writes it (»gefluechtete« → »Geflüchtete«), from the first page that has it. */
  private async writtenForm(key: string): Promise<string | undefined> {
    const postings = await this.postings(this.manifest.forward, [key]);
    const first = postings.get(key)?.[0];
    if (first === undefined) return undefined;
    const fragment = await this.page(first);
    for (const text of [fragment.title, fragment.description, ...fragment.sections.flatMap(([, heading, body]) => [heading, body])]) {
      const token = tokenize(text, this.names).find((candidate) => candidate.keys[0] === key);
      if (token) return text.slice(token.start, token.end);
    }
    return undefined;
  }

  /**
   * `quick` (the search box, on every keystroke): completions of the last
   * words come from fewer files; the results page searches in full.
   */
  async search(query: string, {quick = false}: {quick?: boolean} = {}): Promise<SearchOutcome> {
    const tokens = tokenize(query, this.names);
    if (tokens.length === 0) return {total: 0, hits: [], top: () => [], matches: () => false, empty: true, alsoSearched: []};
    // A word being typed triggers a synonym as soon as it spells one (»Flüchtlinge« in the search box).
    const terms = queryTerms(tokens, this.rules);
    // All query terms load their files at the same time.
    const results = await Promise.all(terms.map((term) => this.termScores(term.tokens, term.alternatives, quick)));
    const matched = new Set(results.flatMap((result) => result.matched));
    const tails = results.flatMap((result) => result.tails);
    const alsoSearched = [...new Set(results.flatMap((result) => result.alsoSearched))];

    const {ids, totals} = everyTerm(results);
    const better = (a: number, b: number): boolean => totals[a]! > totals[b]! || (totals[a] === totals[b] && ids[a]! < ids[b]!);
    const hit = (index: number): SearchHit => ({id: ids[index]!, type: this.typeOf(ids[index]!), score: totals[index]!});
    let sorted: SearchHit[] | undefined;
    const top = (count: number): SearchHit[] => {
      // One pass keeping the best `count` (a handful), instead of sorting thousands on every keystroke.
      const best: number[] = [];
      for (let index = 0; index < ids.length; index += 1) {
        if (best.length === count && !better(index, best[count - 1]!)) continue;
        let at = best.length === count ? count - 1 : best.length;
        while (at > 0 && better(index, best[at - 1]!)) at -= 1;
        best.splice(at, 0, index);
        if (best.length > count) best.pop();
      }
      return best.map(hit);
    };

    const matches = (key: string): boolean => {
      if (matched.has(key)) return true;
      if (tails.length === 0 || key.length < MIN_TAIL + 3) return false;
      const reversed = reverse(stem(key));
      return tails.some((tail) => reversed.length >= tail.length + 3 && reversed.startsWith(tail));
    };
    return {
      total: ids.length,
      get hits() {
        sorted ??= ids.map((_, index) => index).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).map(hit);
        return sorted;
      },
      top,
      matches,
      empty: false,
      alsoSearched,
    };
  }

}

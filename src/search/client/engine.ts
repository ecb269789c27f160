/**
 * The query side of the built-in search, for the browser (and for tests in
 * Node, with a loader that reads files). Loads only what a query needs: the
 * manifest, the word list of each query word's first two letters, the shards
 * holding the candidate words, and later the fragments of the pages shown.
 *
 * This class orchestrates: the files come from shards.ts (one request per file,
 * loaded together wherever a query allows), matching and scoring are the pure
 * functions of ranking.ts (which explains the matching rules).
 *
 * The editors' synonyms and abbreviations (manifest.terms) widen a query word
 * or phrase; their files load at the same time as the word's own.
 */
import {queryTerms, termRules, type TermRule} from '../shared/synonyms';
import {tokenize, type Token} from '../shared/normalize';
import type {PageFragment, SearchManifest} from '../shared/types';
import {type ContentType} from '../../vocabulary';
import {
  MIN_CLOSE_LENGTH,
  bestPositions,
  candidates,
  closeWords,
  closestQueries,
  compoundTail,
  everyTerm,
  matcher,
  nameTails,
  phraseScores,
  sortedPositions,
  synonymScale,
  tailPostings,
  wordScores,
  withSynonyms,
  writtenForm,
  type Candidate,
  type TermResult,
} from './ranking';
import {ShardStore, type Loader} from './shards';

export type {Loader} from './shards';
export {MATCH_WEIGHTS, SYNONYM_WEIGHT, typoDistance} from './ranking';

/** While typing: completions come from this many shards at the start of the word's range. */
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

export class SearchEngine {
  private readonly store: ShardStore;
  private readonly names: ReadonlySet<string>;
  /** Reversed stems of the proper names, as the reverse shards hold them. */
  private readonly nameTails: ReadonlySet<string>;
  private readonly rules: TermRule[];

  constructor(
    readonly manifest: SearchManifest,
    private readonly load: Loader,
  ) {
    // Through `this.load`, so that a loader replaced later (a test counting requests) is the one used.
    this.store = new ShardStore(manifest, (path) => this.load(path));
    this.names = new Set(manifest.names);
    this.nameTails = nameTails(this.names);
    this.rules = termRules(manifest.terms, this.names);
  }

  typeOf(id: number): ContentType {
    return this.store.typeOf(id);
  }

  page(id: number): Promise<PageFragment> {
    return this.store.page(id);
  }

  /** Candidate words of the index for one query word (with its alternative keys). */
  private async candidates(keys: string[], {quick, loose}: MatchOptions): Promise<Candidate[]> {
    const [primary] = keys;
    // Start loading the first shards of the word's range now, not after the word list: one round trip instead of two.
    const rangeStart = this.store.shardsOf('forward', primary!, `${primary}\uffff`).slice(0, QUICK_PREFIX_SHARDS);
    this.store.prefetch(rangeStart);
    const lists = await Promise.all(keys.map((key) => this.store.words(key)));
    // While typing (quick), completions come only from the shards already on their way (the start of the word's range).
    const completes = quick ? (word: string): boolean => rangeStart.includes(this.store.shardsOf('forward', word, word)[0]!) : undefined;
    return candidates(keys, lists, {loose, names: this.names, completes});
  }

  /** Pages whose compound words end in the query word's stem. */
  private async tails(key: string, quick: boolean): Promise<{tail: string; postings: number[][]}> {
    const tail = compoundTail(key, quick);
    if (!tail) return {tail: '', postings: []};
    const shards = await this.store.reverseShards(tail);
    // A Land is no compound tail of another Land: »Sachsen« is not »Niedersachsen«.
    return {tail, postings: tailPostings(shards, tail, this.names.has(key) ? this.nameTails : undefined)};
  }

  /** Best score of one query word on every page (0: no match), with the pages it touched. */
  private async wordScores(keys: string[], options: MatchOptions): Promise<TermResult> {
    const [found, compound] = await Promise.all([this.candidates(keys, options), this.tails(keys[0]!, options.quick)]);
    const postings = await this.store.postings(found.map((candidate) => candidate.key));
    const fixedRarity = await options.rarity;
    return wordScores(keys[0]!, found, postings, compound, this.manifest.pages, fixedRarity);
  }

  /** Pages that match every word of a phrase (AND), scored by the sum; `scale` multiplies the scores. */
  private async phraseScores(tokens: Token[], options: MatchOptions, scale = 1): Promise<TermResult> {
    const words = await Promise.all(tokens.map((token) => this.wordScores(token.keys, options)));
    return phraseScores(words, this.manifest.pages, scale);
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
          const scale = synonymScale(tokens.length, words.length);
          return {text, result: words.length === 0 ? undefined : await this.phraseScores(words, {quick: false, loose: false, rarity}, scale)};
        }),
      ),
    ]);
    return withSynonyms(own, others);
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
        if (key.length < MIN_CLOSE_LENGTH) return;
        const close = closeWords(key, await this.store.words(key));
        for (const candidate of close) {
          const written = await this.writtenForm(candidate.word);
          if (written) queries.push({query: `${query.slice(0, token.start)}${written}${query.slice(token.end)}`, distance: candidate.distance});
        }
      }),
    );
    return closestQueries(queries);
  }

  /** A word of the index as a page writes it (»gefluechtete« → »Geflüchtete«), from the first page that has it. */
  private async writtenForm(key: string): Promise<string | undefined> {
    const postings = await this.store.postings([key]);
    const first = postings.get(key)?.[0];
    if (first === undefined) return undefined;
    return writtenForm(await this.page(first), key, this.names);
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
    const hit = (index: number): SearchHit => ({id: ids[index]!, type: this.typeOf(ids[index]!), score: totals[index]!});
    let sorted: SearchHit[] | undefined;
    return {
      total: ids.length,
      get hits() {
        sorted ??= sortedPositions(ids, totals).map(hit);
        return sorted;
      },
      // One pass keeping the best `count` (a handful), instead of sorting thousands on every keystroke.
      top: (count) => bestPositions(ids, totals, count).map(hit),
      matches: matcher(matched, tails),
      empty: false,
      alsoSearched,
    };
  }
}

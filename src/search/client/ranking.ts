/**
 * The ranking of the built-in search, without I/O: it takes the files the
 * engine loaded (shards.ts) and computes which words of the index match a
 * query word, how much each page scores, and the order of the hits.
 *
 * Matching, best first: the word itself (1), the same stem (»Patenschaften« –
 * »Patenschaft«, »Paten« – »Pat*innen«), a word starting with it (»Bildung« –
 * »Bildungseinrichtungen«), a compound ending in it (»Einrichtung« –
 * »Bildungseinrichtungen«), a typo (»Mentroing« – »Mentoring«). Feminine and
 * masculine forms are one word (»Lotsin« – »Lotsen«). A page must match every
 * query word; its score adds, per query word, the best of match weight ×
 * impact (title over headings over body) × rarity of the word.
 *
 * The editors' synonyms and abbreviations widen a query word or phrase: the
 * other words count at a lower weight and with the rarity of the word
 * searched, so that a synonym never outranks the word itself in a title.
 * Proper names (the Länder) are no compound tails of each other: »Sachsen«
 * does not find »Niedersachsen«.
 */
import {distance} from 'fastest-levenshtein';
import {MIN_TAIL, reverse} from '../shared/keys';
import {feminineBases, stem, tokenize} from '../shared/normalize';
import type {PageFragment, ShardFile, WordsFile} from '../shared/types';

export const MATCH_WEIGHTS = {exact: 1, stem: 0.8, prefix: 0.55, tail: 0.45, fuzzy: 0.3} as const;
/** A synonym or an abbreviation's long form counts this much of the word searched. */
export const SYNONYM_WEIGHT = 0.7;
const MAX_PREFIX_CANDIDATES = 40;
const MAX_FUZZY_CANDIDATES = 8;
/** A query word shorter than this gets no »Meinten Sie …?« proposals. */
export const MIN_CLOSE_LENGTH = 4;

/** Allowed typo distance for a query word of this length. */
export const typoDistance = (length: number): number => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/** A word of the index that matches a query word, with its match weight. */
export interface Candidate {
  key: string;
  weight: number;
}

/** One query word's (or phrase's, or term's) best score on every page. */
export interface TermResult {
  /** Score per page id (0: no match). */
  scores: Float32Array;
  /** The ids with a score, in the order they were first scored. */
  touched: number[];
  /** Words of the index that matched (for highlighting). */
  matched: string[];
  /** Reversed stems that matched as compound tails (for highlighting). */
  tails: string[];
  /** Rarity of the word's exact match, if the index has it. */
  rarity?: number;
}

export interface CandidateOptions {
  /** Completions and typos (off for synonyms: only their own forms count). */
  loose: boolean;
  /** Keys of proper names: a Land does not complete to another Land. */
  names: ReadonlySet<string>;
  /** Which completions may count (while typing: those in the shards already on their way); all if absent. */
  completes?: (word: string) => boolean;
}

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

/**
 * Candidate words of the index for one query word: `keys` are its alternative keys (the first is the word itself),
 * `lists` the word list of each key's first two letters.
 */
export function candidates(keys: readonly string[], lists: readonly WordsFile[], {loose, names, completes}: CandidateOptions): Candidate[] {
  const best = new Map<string, number>();
  const offer = (key: string, weight: number): void => {
    if ((best.get(key) ?? 0) < weight) best.set(key, weight);
  };
  const [primary] = keys;
  const typos: [string, number][] = [];
  keys.forEach((key, index) => {
    const {keys: list, df} = lists[index]!;
    const queryStem = stem(key);
    // Feminine and masculine forms: »Lotsin« (lots, lot) meets »Lotsen« (stem lots), »Lotsinnen« meets »Lotse«.
    const forms = new Set([queryStem, ...feminineBases(key)]);
    const sameForm = (word: string): boolean => forms.has(stem(word)) || feminineBases(word).some((base) => forms.has(base));
    const prefixes: [string, number][] = [];
    const fuzzy: [string, number, number][] = [];
    const maxTypos = loose && key === primary ? typoDistance(key.length) : 0;
    // A Land does not complete to another Land: »Sachsen« is not »Sachsen-Anhalt«.
    const isName = names.has(key);
    // Without typos, every match starts with the shortest of the word, its stem and its feminine bases (all are
    // beginnings of the word, and a stem begins the word it comes from): only that range of the sorted list.
    const root = [queryStem, ...forms].reduce((shortest, form) => (form.length < shortest.length ? form : shortest), key);
    const [from, to] = maxTypos > 0 ? [0, list.length] : [firstAtLeast(list, root), firstAtLeast(list, `${root}\uffff`)];
    for (let i = from; i < to; i += 1) {
      const word = list[i]!;
      if (word === key) offer(word, MATCH_WEIGHTS.exact);
      else if (word === queryStem || sameForm(word)) offer(word, MATCH_WEIGHTS.stem);
      // One or two letters are too short to complete (they would match hundreds of words): whole words only.
      else if (loose && key === primary && key.length > 2 && word.startsWith(key) && !(isName && names.has(word))) prefixes.push([word, df[i]!]);
      else if (maxTypos > 0 && Math.abs(word.length - key.length) <= maxTypos) {
        const found = distance(word, key);
        if (found <= maxTypos) fuzzy.push([word, found, df[i]!]);
      }
    }
    prefixes.sort((a, b) => b[1] - a[1]);
    // Three or four letters match many words: take the most frequent few (fewer shards to load).
    const limit = key.length <= 4 ? MAX_PREFIX_CANDIDATES / 2 : MAX_PREFIX_CANDIDATES;
    const accepted = completes ? prefixes.filter(([word]) => completes(word)) : prefixes;
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

/** Reversed stems of proper names, as the reverse shards hold them. */
export const nameTails = (names: Iterable<string>): Set<string> => new Set([...names].map((name) => reverse(stem(name))));

/**
 * The reversed stem to look up as a compound tail of `key`, or '' if none: too short (while typing, four letters are
 * more likely the start of a word than the end of a compound), or with a digit.
 */
export function compoundTail(key: string, quick: boolean): string {
  const queryStem = stem(key);
  if (queryStem.length < MIN_TAIL + (quick ? 1 : 0) || /\d/.test(key)) return '';
  return reverse(queryStem);
}

/** Postings of the compounds ending in `tail` (reversed), from the reverse shards; none of `excluded` (other Länder). */
export function tailPostings(shards: readonly ShardFile[], tail: string, excluded?: ReadonlySet<string>): number[][] {
  const postings: number[][] = [];
  for (const shard of shards) {
    shard.keys.forEach((candidate, index) => {
      if (candidate.length >= tail.length + 3 && candidate.startsWith(tail) && !excluded?.has(candidate)) postings.push(shard.postings[index]!);
    });
  }
  return postings;
}

/**
 * Best score of one query word on every page, with the pages it touched: each candidate's postings (page-id deltas
 * and impacts) × its weight × rarity, the compound tails' postings at the tail weight. `primary` is the word itself
 * (its rarity is the result's); `fixedRarity` replaces every list's own (a synonym scores with the word searched's).
 */
export function wordScores(
  primary: string,
  found: readonly Candidate[],
  postings: ReadonlyMap<string, number[]>,
  compound: {tail: string; postings: readonly number[][]},
  pages: number,
  fixedRarity?: number,
): TermResult {
  const scores = new Float32Array(pages);
  const touched: number[] = [];
  const rarityOf = (list: number[]): number => Math.log(1 + pages / Math.max(1, list.length / 2));
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
  for (const candidate of found) {
    const list = postings.get(candidate.key);
    if (!list) continue;
    matched.push(candidate.key);
    if (candidate.key === primary) rarity = rarityOf(list);
    add(list, candidate.weight);
  }
  for (const list of compound.postings) add(list, MATCH_WEIGHTS.tail);
  return {scores, touched, matched, tails: compound.postings.length > 0 ? [compound.tail] : [], rarity};
}

/** Pages that every result touched (AND), with the sum of their scores; starts from the result with the fewest pages. */
export function everyTerm(results: readonly TermResult[]): {ids: number[]; totals: number[]} {
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

/** Pages that match every word of a phrase (AND), scored by the sum; `scale` multiplies the scores. */
export function phraseScores(words: readonly TermResult[], pages: number, scale = 1): TermResult {
  if (words.length === 1 && scale === 1) return words[0]!;
  const {ids: touched, totals} = everyTerm(words);
  const scores = new Float32Array(pages);
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

/** The scale of a synonym of `synonymWords` words for a term of `termWords`: a phrase of three is not worth three words. */
export const synonymScale = (termWords: number, synonymWords: number): number => (SYNONYM_WEIGHT * termWords) / Math.max(1, synonymWords);

/**
 * A query term: its own words, or any of its synonyms (each page keeps its best). Writes into `own`'s scores and
 * returns them; `alsoSearched` names the synonyms that found pages.
 */
export function withSynonyms(own: TermResult, synonyms: readonly {text: string; result?: TermResult}[]): TermResult & {alsoSearched: string[]} {
  const scores = own.scores;
  const touched = [...own.touched];
  const matched = [...own.matched];
  const tails = [...own.tails];
  const alsoSearched: string[] = [];
  for (const {text, result} of synonyms) {
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

/** Whether the hit at position `a` comes before the one at `b`: higher total first, then the lower id. */
const betterOf =
  (ids: readonly number[], totals: readonly number[]) =>
  (a: number, b: number): boolean =>
    totals[a]! > totals[b]! || (totals[a] === totals[b] && ids[a]! < ids[b]!);

/** Positions (in `ids`/`totals`) of the best `count` hits, best first: one pass, without sorting all of them. */
export function bestPositions(ids: readonly number[], totals: readonly number[], count: number): number[] {
  const better = betterOf(ids, totals);
  const best: number[] = [];
  for (let index = 0; index < ids.length; index += 1) {
    if (best.length === count && !better(index, best[count - 1]!)) continue;
    let at = best.length === count ? count - 1 : best.length;
    while (at > 0 && better(index, best[at - 1]!)) at -= 1;
    best.splice(at, 0, index);
    if (best.length > count) best.pop();
  }
  return best;
}

/** Positions (in `ids`/`totals`) of all hits, best first. */
export function sortedPositions(ids: readonly number[], totals: readonly number[]): number[] {
  const better = betterOf(ids, totals);
  return ids.map((_, index) => index).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

/** Whether a word of a page's text counts as found: a matched word, or a compound ending in a matched tail. */
export function matcher(matched: ReadonlySet<string>, tails: readonly string[]): (key: string) => boolean {
  return (key) => {
    if (matched.has(key)) return true;
    if (tails.length === 0 || key.length < MIN_TAIL + 3) return false;
    const reversed = reverse(stem(key));
    return tails.some((tail) => reversed.length >= tail.length + 3 && reversed.startsWith(tail));
  };
}

/** Words of the index close to `key` (for »Meinten Sie …?«, looser than the typo tolerance): at most two, closest first. */
export function closeWords(key: string, {keys, df}: WordsFile): {word: string; distance: number}[] {
  const limit = Math.max(2, Math.floor(key.length / 3));
  return keys
    .map((word, index) => ({word, distance: distance(word, key), df: df[index]!}))
    .filter((candidate) => candidate.distance > 0 && candidate.distance <= limit && !candidate.word.startsWith(key))
    .sort((a, b) => a.distance - b.distance || b.df - a.df)
    .slice(0, 2)
    .map(({word, distance}) => ({word, distance}));
}

/** The closest three of the proposed queries. */
export const closestQueries = (queries: {query: string; distance: number}[]): string[] =>
  queries
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map((entry) => entry.query);

/** A word of the index as the page writes it (»gefluechtete« → »Geflüchtete«), if the page has it. */
export function writtenForm(fragment: PageFragment, key: string, names: ReadonlySet<string>): string | undefined {
  for (const text of [fragment.title, fragment.description, ...fragment.sections.flatMap(([, heading, body]) => [heading, body])]) {
    const token = tokenize(text, names).find((candidate) => candidate.keys[0] === key);
    if (token) return text.slice(token.start, token.end);
  }
  return undefined;
}

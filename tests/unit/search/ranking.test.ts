/**
 * The ranking of the built-in search (src/search/client/ranking.ts) on
 * hand-made word lists and postings, without an index or a loader: which words
 * match and how much, AND over terms, synonyms below the word itself, the
 * order of the hits, the typo distance.
 */
import {describe, expect, it} from 'vitest';
import {reverse} from '../../../src/search/shared/keys';
import {stem} from '../../../src/search/shared/normalize';
import type {WordsFile} from '../../../src/search/shared/types';
import {
  MATCH_WEIGHTS,
  SYNONYM_WEIGHT,
  bestPositions,
  candidates,
  closeWords,
  compoundTail,
  everyTerm,
  matcher,
  phraseScores,
  sortedPositions,
  synonymScale,
  tailPostings,
  typoDistance,
  withSynonyms,
  wordScores,
  type CandidateOptions,
  type TermResult,
} from '../../../src/search/client/ranking';

const NO_NAMES: ReadonlySet<string> = new Set();
const LOOSE: CandidateOptions = {loose: true, names: NO_NAMES};

/** A word list as the index writes it: sorted, each word with its page count (`df`, default 1). */
const list = (words: readonly string[], df: Record<string, number> = {}): WordsFile => {
  const keys = [...words].sort();
  return {keys, df: keys.map((word) => df[word] ?? 1)};
};

/** Candidates of one query word (its single key) as word → weight. */
const weights = (key: string, words: readonly string[], options: CandidateOptions = LOOSE): Record<string, number> =>
  Object.fromEntries(candidates([key], [list(words)], options).map((candidate) => [candidate.key, candidate.weight]));

/** Postings as the shards hold them: page-id deltas and impacts, from [id, impact] pairs in id order. */
const encode = (pairs: [id: number, impact: number][]): number[] => pairs.flatMap(([id, impact], index) => [id - (pairs[index - 1]?.[0] ?? 0), impact]);

const rarityOf = (pages: number, postingCount: number): number => Math.log(1 + pages / Math.max(1, postingCount));

/** A term result with the given scores per page (in id order). */
const term = (pages: number, byId: Record<number, number>, rarity?: number): TermResult => {
  const scores = new Float32Array(pages);
  const touched = Object.keys(byId).map(Number);
  for (const id of touched) scores[id] = byId[id]!;
  return {scores, touched, matched: [`w${touched.join('-')}`], tails: [], rarity};
};

describe('typoDistance', () => {
  it.each([
    [1, 0],
    [4, 0],
    [5, 1],
    [7, 1],
    [8, 2],
    [20, 2],
  ])('a word of %i letters may have %i typos', (length, allowed) => expect(typoDistance(length)).toBe(allowed));
});

describe('candidates', () => {
  it.each([
    ['exact', 1],
    ['stem', 0.8],
    ['prefix', 0.55],
    ['tail', 0.45],
    ['fuzzy', 0.3],
  ] as const)('weighs a match of the kind %s with %d', (kind, weight) => expect(MATCH_WEIGHTS[kind]).toBe(weight));

  it('weights the kinds of match from the word itself down to a typo', () => {
    expect(MATCH_WEIGHTS.exact).toBeGreaterThan(MATCH_WEIGHTS.stem);
    expect(MATCH_WEIGHTS.stem).toBeGreaterThan(MATCH_WEIGHTS.prefix);
    expect(MATCH_WEIGHTS.prefix).toBeGreaterThan(MATCH_WEIGHTS.tail);
    expect(MATCH_WEIGHTS.tail).toBeGreaterThan(MATCH_WEIGHTS.fuzzy);
  });

  it.each<[string, string, string[], Record<string, number>]>([
    ['the word itself', 'mentoring', ['mentor', 'mentoring'], {mentoring: MATCH_WEIGHTS.exact}],
    ['the same stem', 'patenschaften', ['patenschaft'], {patenschaft: MATCH_WEIGHTS.stem}],
    ['the same stem, the other way round', 'patenschaft', ['patenschaften'], {patenschaften: MATCH_WEIGHTS.stem}],
    ['masculine forms of a feminine word', 'lotsin', ['lotse', 'lotsen'], {lotse: MATCH_WEIGHTS.stem, lotsen: MATCH_WEIGHTS.stem}],
    [
      'a word starting with it, shorter completions higher',
      'bildung',
      ['bildung', 'bildungsarbeit', 'bildungseinrichtungen'],
      {bildung: MATCH_WEIGHTS.exact, bildungsarbeit: MATCH_WEIGHTS.prefix * (0.6 + (0.4 * 7) / 14), bildungseinrichtungen: MATCH_WEIGHTS.prefix * (0.6 + (0.4 * 7) / 21)},
    ],
    ['two typos in a word of nine letters', 'mentroing', ['mentoring'], {mentoring: MATCH_WEIGHTS.fuzzy / 2}],
    ['one typo in a word of seven letters', 'bilbung', ['bildung'], {bildung: MATCH_WEIGHTS.fuzzy}],
    ['not two typos in a word of seven letters', 'bildnug', ['bildung'], {}],
    ['no typo in a word of four letters', 'paen', ['pate'], {}],
    ['no typos once the index knows the word', 'bildung', ['bildung', 'bildunk'], {bildung: MATCH_WEIGHTS.exact}],
    ['no completions of two letters', 'ab', ['ab', 'abend'], {ab: MATCH_WEIGHTS.exact}],
    ['nothing for an unknown word', 'quanten', ['bildung', 'mentoring'], {}],
  ])('%s: »%s« in %j', (_, key, words, expected) => {
    for (const [word, weight] of Object.entries(expected)) expect(weights(key, words)[word], word).toBeCloseTo(weight, 10);
    expect(Object.keys(weights(key, words)).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each<[string, string, string[], Record<string, number>]>([
    ['no completion', 'bildung', ['bildung', 'bildungseinrichtungen'], {bildung: MATCH_WEIGHTS.exact}],
    ['no typo', 'mentroing', ['mentoring'], {}],
    ['but its stem', 'patenschaften', ['patenschaft'], {patenschaft: MATCH_WEIGHTS.stem}],
  ])('a synonym (not loose) has %s', (_, key, words, expected) => {
    expect(weights(key, words, {loose: false, names: NO_NAMES})).toEqual(expected);
  });

  it('matches the alternative keys of a word (gender forms) as whole words and stems, completing only the word itself', () => {
    const words = list(['pat', 'pate', 'patenschaft', 'patin', 'patinnen', 'patinnenprogramm']);
    // »Pat*innen«: its keys share one word list (all start with »pa«).
    const found = candidates(['patinnen', 'patin', 'pat'], [words, words, words], LOOSE);
    expect(Object.fromEntries(found.map((candidate) => [candidate.key, candidate.weight]))).toEqual({
      pat: MATCH_WEIGHTS.exact,
      pate: MATCH_WEIGHTS.stem,
      patin: MATCH_WEIGHTS.exact,
      patinnen: MATCH_WEIGHTS.exact,
      patinnenprogramm: MATCH_WEIGHTS.prefix * (0.6 + (0.4 * 8) / 16),
    });
  });

  it('does not complete a Land to another Land', () => {
    const names = new Set(['sachsen', 'sachsenanhalt']);
    expect(Object.keys(weights('sachsen', ['sachsen', 'sachsenanhalt', 'sachsenweit'], {loose: true, names})).sort()).toEqual(['sachsen', 'sachsenweit']);
  });

  it('completes only with what `completes` accepts (while typing: the shards already loading)', () => {
    const options = {...LOOSE, completes: (word: string) => word < 'bildungs'};
    expect(Object.keys(weights('bildung', ['bildung', 'bildungen2', 'bildungsarbeit'], options)).sort()).toEqual(['bildung', 'bildungen2']);
  });

  it('takes the most frequent completions of a short word, at most twenty', () => {
    const words = Array.from({length: 30}, (_, index) => `abcd${String.fromCharCode(97 + index)}${index}`);
    const df = Object.fromEntries(words.map((word, index) => [word, index]));
    const found = candidates(['abcd'], [list(words, df)], LOOSE).map((candidate) => candidate.key);
    expect(found.sort()).toEqual(words.slice(10).sort());
  });
});

describe('compound tails', () => {
  it.each([
    ['einrichtung', false, reverse(stem('einrichtung'))],
    ['bild', false, 'dlib'],
    ['bild', true, ''],
    ['bil', false, ''],
    ['nummer1234', false, ''],
  ])('»%s« (quick: %s) looks up the tail %j', (key, quick, tail) => expect(compoundTail(key, quick)).toBe(tail));

  it('takes compounds ending in the tail, longer by three letters, none of the excluded', () => {
    const tail = compoundTail('sachsen', false);
    const shards = [
      {keys: [tail, `${tail}ab`, `${tail}eidn`], postings: [[0, 1], [1, 1], [2, 1]]},
      {keys: [`${tail}ztlov`, 'zzz'], postings: [[3, 1], [4, 1]]},
    ];
    expect(tailPostings(shards, tail)).toEqual([[2, 1], [3, 1]]);
    expect(tailPostings(shards, tail, new Set([`${tail}eidn`]))).toEqual([[3, 1]]);
  });
});

describe('wordScores', () => {
  const pages = 10;
  it.each<[string, 'candidate' | 'tail', number]>([
    ['the word itself', 'candidate', MATCH_WEIGHTS.exact],
    ['the same stem', 'candidate', MATCH_WEIGHTS.stem],
    ['a completion', 'candidate', MATCH_WEIGHTS.prefix],
    ['a compound tail', 'tail', MATCH_WEIGHTS.tail],
    ['a typo', 'candidate', MATCH_WEIGHTS.fuzzy],
  ])('scores %s as weight × impact × rarity', (_, kind, weight) => {
    const postings = encode([
      [2, 3],
      [5, 1],
    ]);
    const result =
      kind === 'tail'
        ? wordScores('wort', [], new Map(), {tail: 'trow', postings: [postings]}, pages)
        : wordScores('wort', [{key: 'wortx', weight}], new Map([['wortx', postings]]), {tail: '', postings: []}, pages);
    expect(result.touched).toEqual([2, 5]);
    expect(result.scores[2]).toBeCloseTo(weight * 3 * rarityOf(pages, 2), 5);
    expect(result.scores[5]).toBeCloseTo(weight * 1 * rarityOf(pages, 2), 5);
    expect(result.scores[0]).toBe(0);
    expect(result.tails).toEqual(kind === 'tail' ? ['trow'] : []);
    expect(result.matched).toEqual(kind === 'tail' ? [] : ['wortx']);
  });

  it('keeps the best match per page (not the sum), the rarity of the word itself, and skips words without postings', () => {
    const postings = new Map([
      ['wort', encode([[1, 1]])],
      ['worte', encode([[1, 3], [4, 1]])],
    ]);
    const found = [
      {key: 'wort', weight: MATCH_WEIGHTS.exact},
      {key: 'worte', weight: MATCH_WEIGHTS.stem},
      {key: 'wortlos', weight: MATCH_WEIGHTS.prefix},
    ];
    const result = wordScores('wort', found, postings, {tail: '', postings: []}, pages);
    expect(result.scores[1]).toBeCloseTo(MATCH_WEIGHTS.stem * 3 * rarityOf(pages, 2), 5);
    expect(result.touched).toEqual([1, 4]);
    expect(result.matched).toEqual(['wort', 'worte']);
    expect(result.rarity).toBeCloseTo(rarityOf(pages, 1), 10);
    expect(wordScores('anders', found, postings, {tail: '', postings: []}, pages).rarity).toBeUndefined();
  });

  it('uses a fixed rarity for every list when given one', () => {
    const result = wordScores('wort', [{key: 'wort', weight: 1}], new Map([['wort', encode([[3, 2]])]]), {tail: '', postings: []}, pages, 0.5);
    expect(result.scores[3]).toBeCloseTo(1, 10);
  });
});

describe('AND over terms', () => {
  it.each<[string, Record<number, number>[], number[], number[]]>([
    ['one term: all its pages', [{1: 1, 3: 2}], [1, 3], [1, 2]],
    ['two terms: the pages of both, scores added', [{1: 1, 3: 2, 4: 1}, {3: 0.5, 4: 2}], [3, 4], [2.5, 3]],
    ['a term without pages: nothing', [{1: 1}, {}], [], []],
    ['no page in common: nothing', [{1: 1}, {2: 1}], [], []],
    ['three terms', [{1: 1, 2: 1, 3: 1}, {2: 1, 3: 1}, {3: 1, 0: 4}], [3], [3]],
  ])('%s', (_, byTerm, ids, totals) => {
    const result = everyTerm(byTerm.map((scores) => term(6, scores)));
    expect(result.ids).toEqual(ids);
    result.totals.forEach((total, index) => expect(total).toBeCloseTo(totals[index]!, 5));
    expect(result.totals).toHaveLength(totals.length);
  });

  it.each([
    ['several words, scaled', [term(5, {1: 1, 2: 1}, 2), term(5, {2: 3}, 1)], 0.5, [2], 2, 1],
    ['no page in common: no words matched', [term(5, {1: 1}, 2), term(5, {2: 3})], 1, [], 0, undefined],
  ])('a phrase: %s', (_, words, scale, touched, score, rarity) => {
    const result = phraseScores(words, 5, scale);
    expect(result.touched).toEqual(touched);
    if (touched[0] !== undefined) expect(result.scores[touched[0]]).toBeCloseTo(score, 5);
    expect(result.matched).toHaveLength(touched.length === 0 ? 0 : 2);
    expect(result.rarity).toBe(rarity);
  });

  it('gives a phrase of one word unscaled as it is', () => {
    const word = term(5, {1: 1});
    expect(phraseScores([word], 5)).toBe(word);
  });
});

describe('synonyms', () => {
  it.each([
    [1, 1, SYNONYM_WEIGHT],
    [1, 2, SYNONYM_WEIGHT / 2],
    [2, 1, SYNONYM_WEIGHT * 2],
    [1, 0, SYNONYM_WEIGHT],
  ])('a term of %i words, a synonym of %i: scale %d', (termWords, synonymWords, scale) => expect(synonymScale(termWords, synonymWords)).toBeCloseTo(scale, 10));

  it('never outranks the word itself at the same impact, however rare the synonym', () => {
    const pages = 100;
    // The word on 40 pages (page 0 in its title), the synonym on one page only (page 1, also in its title).
    const own = wordScores(
      'fluechtlinge',
      [{key: 'fluechtlinge', weight: MATCH_WEIGHTS.exact}],
      new Map([['fluechtlinge', encode(Array.from({length: 40}, (_, index) => [index === 1 ? 50 : index, index === 0 ? 3 : 1] as [number, number]).sort((a, b) => a[0] - b[0]))]]),
      {tail: '', postings: []},
      pages,
    );
    const synonymWord = (rarity?: number): TermResult =>
      wordScores('gefluechtete', [{key: 'gefluechtete', weight: MATCH_WEIGHTS.exact}], new Map([['gefluechtete', encode([[1, 3]])]]), {tail: '', postings: []}, pages, rarity);
    // With its own rarity the synonym would win; with the word's it counts SYNONYM_WEIGHT of it.
    expect(synonymWord().scores[1]! * SYNONYM_WEIGHT).toBeGreaterThan(own.scores[0]!);
    const synonym = phraseScores([synonymWord(own.rarity)], pages, synonymScale(1, 1));
    expect(synonym.scores[1]).toBeCloseTo(own.scores[0]! * SYNONYM_WEIGHT, 4);

    const merged = withSynonyms(own, [{text: 'Geflüchtete', result: synonym}]);
    const {ids, totals} = everyTerm([merged]);
    expect(sortedPositions(ids, totals).map((position) => ids[position])[0]).toBe(0);
    expect(ids).toContain(1);
    expect(merged.alsoSearched).toEqual(['Geflüchtete']);
  });

  it('keeps the best score per page and names only the synonyms that found pages', () => {
    const merged = withSynonyms(term(5, {1: 2, 2: 1}, 3), [
      {text: 'Eins', result: term(5, {2: 1.5, 4: 1})},
      {text: 'Zwei', result: term(5, {1: 1})},
      {text: 'Nichts', result: term(5, {})},
      {text: 'Stoppwort'},
    ]);
    expect([...merged.scores]).toEqual([0, 2, 1.5, 0, 1]);
    expect(merged.touched).toEqual([1, 2, 4]);
    expect(merged.alsoSearched).toEqual(['Eins', 'Zwei']);
    expect(merged.rarity).toBe(3);
  });
});

describe('order of the hits', () => {
  // Totals per id: 3 and 9 tie (lower id first), so do 5 and 7.
  const ids = [5, 3, 9, 1, 7];
  const totals = [2, 3, 3, 1, 2];
  const order = [3, 9, 5, 7, 1];

  it('sorts by total, then by id', () => {
    expect(sortedPositions(ids, totals).map((position) => ids[position])).toEqual(order);
  });

  it.each([0, 1, 2, 3, 5, 6])('the best %i are the first of the sorted list', (count) => {
    expect(bestPositions(ids, totals, count).map((position) => ids[position])).toEqual(order.slice(0, count));
  });
});

describe('matcher', () => {
  const matches = matcher(new Set(['mentoring']), [compoundTail('einrichtung', false)]);
  it.each([
    ['mentoring', true],
    ['bildungseinrichtungen', true],
    ['einrichtung', false],
    ['patenschaft', false],
  ])('»%s« counts as found: %s', (key, found) => expect(matches(key)).toBe(found));
});

describe('closeWords', () => {
  it('proposes the two closest words, frequent first on a tie, no completions of the word', () => {
    const words = list(['menschen', 'mentorin', 'mentoring', 'mentorings', 'mentorinnen'], {mentoring: 5});
    expect(closeWords('mentorinn', words)).toEqual([
      {word: 'mentoring', distance: 1},
      {word: 'mentorin', distance: 1},
    ]);
    expect(closeWords('mentorinn', list(['mentorinnen', 'mentorings']))).toEqual([{word: 'mentorings', distance: 2}]);
  });
});

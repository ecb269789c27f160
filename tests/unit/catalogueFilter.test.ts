import {describe, expect, it} from 'vitest';
import {createMatcher, EMPTY_FILTER, filterCatalogue, parseQuery, toQuery, type FilterState, type TextMatches} from '../../src/catalogue/filter';
import {engineFor, page} from './search/corpus';
import type {FacetRow, FacetValue} from '../../src/catalogue/types';
import {type Facet} from '../../src/vocabulary';

const values = (...slugs: string[]): FacetValue[] => slugs.map((slug) => ({slug, label: slug.toUpperCase()}));
const vocabularies: Record<Facet, FacetValue[]> = {
  topics: values('bildung', 'sprache', 'wohnen'),
  audiences: values('kinder', 'familien'),
  roles: values('patenschaft', 'mentoring'),
  formats: values('tandem', 'gruppe'),
  states: values('berlin', 'sachsen', 'bundesweit'),
};
const carriers = ['awo', 'caritas'];
const sizes = {values: {topics: 3, audiences: 2, roles: 2, formats: 2, states: 3}, carriers: 2};

// carrier, topics, audiences, roles, formats, states, since
const rows: FacetRow[] = [
  /* 0 A */ [0, 0b001, 0b01, 0b01, 0b01, 0b001, 2016], // bildung, kinder, patenschaft, tandem, berlin
  /* 1 B */ [0, 0b011, 0b10, 0b10, 0b10, 0b010, 2020], // bildung+sprache, familien, mentoring, gruppe, sachsen
  /* 2 C */ [1, 0b100, 0b10, 0b01, 0b01, 0b100, 2018], // wohnen, familien, patenschaft, tandem, bundesweit
  /* 3 D */ [1, 0b010, 0b01, 0b10, 0b01, 0b011, 0], // sprache, kinder, mentoring, tandem, berlin+sachsen
];
// The practices as the search indexes them, in catalogue order (practiceIndex = row).
const practices = [
  page('/gute-praxis/a', 'praxis', 'Lesetandems für Kinder', 'Kinder lesen mit Pat*innen.'),
  page('/gute-praxis/b', 'praxis', 'Sprachcafé für Familien', 'Familien lernen Deutsch.'),
  page('/gute-praxis/c', 'praxis', 'Wohnungspatinnen', 'Hilfe bei der Wohnungssuche für Familien.'),
  page('/gute-praxis/d', 'praxis', 'Mentoring in der Schule', 'Kinder und Mentor*innen im Tandem.'),
].map((record, practiceIndex) => ({...record, practiceIndex}));
const {engine} = engineFor([...practices, page('/meldung', 'meldung', 'Kinder im Netzwerk', 'Eine Meldung über Kinder.')]);

/** What the catalogue gets for its free text: the practices the search finds, best first (see BuiltinBackend.practiceMatches). */
async function textMatches(q: string): Promise<TextMatches> {
  const {hits} = await engine.search(q);
  return {rows: hits.filter((hit) => hit.type === 'praxis').map((hit) => hit.id)};
}

function run(state: Partial<FilterState>, matches?: TextMatches) {
  const full = {...EMPTY_FILTER, ...state};
  return filterCatalogue(rows, createMatcher(full, vocabularies, carriers), sizes, full.sort, matches);
}

describe('filterCatalogue', () => {
  it.each([
    ['no filter: everything, in title order', {}, [0, 1, 2, 3]],
    ['one value', {topics: ['bildung']}, [0, 1]],
    ['OR within a facet', {topics: ['bildung', 'wohnen']}, [0, 1, 2]],
    ['AND across facets', {topics: ['bildung', 'sprache'], audiences: ['kinder']}, [0, 3]],
    ['bundesweit matches every Land', {states: ['sachsen']}, [1, 2, 3]],
    ['bundesweit alone', {states: ['bundesweit']}, [2]],
    ['carrier', {carrier: ['caritas']}, [2, 3]],
    ['nothing matches', {topics: ['wohnen'], audiences: ['kinder']}, []],
    ['newest first, unknown year last', {sort: 'neueste' as const}, [1, 2, 0, 3]],
  ])('%s', (_name, state, expected) => {
    expect(run(state).indices).toEqual(expected);
  });

  it('keeps what the search engine found for the free text, best first, and filters it by the facets', async () => {
    // »Kinder«: in the title of A, in the text of D; the news post is no practice.
    const kinder = await textMatches('Kinder');
    expect(run({q: 'Kinder'}, kinder).indices).toEqual([0, 3]);
    expect(run({q: 'Kinder', roles: ['mentoring']}, kinder).indices).toEqual([3]);
    // The search's own matching: gender forms, typos, synonyms.
    expect(run({q: 'Wohnungspatin'}, await textMatches('Wohnungspatin')).indices).toEqual([2]);
    expect(run({q: 'Mentroing'}, await textMatches('Mentroing')).indices).toEqual([3]);
    expect(run({q: 'Familien'}, await textMatches('Familien')).indices).toEqual([1, 2]);
  });

  it('orders by relevance, unless »newest first« is chosen', () => {
    expect(run({q: 'x'}, {rows: [3, 1, 0]}).indices).toEqual([3, 1, 0]);
    expect(run({q: 'x', sort: 'neueste'}, {rows: [3, 1, 0]}).indices).toEqual([1, 0, 3]);
    expect(run({q: 'x'}, {rows: []}).indices).toEqual([]);
  });

  it('counts facet values among the practices the free text found', () => {
    const {counts} = run({q: 'x'}, {rows: [1, 2]});
    expect(counts.audiences).toEqual([0, 2]);
  });

  it('counts each value given the other filters, ignoring its own facet', () => {
    const {counts, carrierCounts} = run({topics: ['bildung'], audiences: ['familien']});
    // topics counts ignore the topics filter: rows with familien → B (bildung, sprache), C (wohnen)
    expect(counts.topics).toEqual([1, 1, 1]);
    // audiences counts with topics=bildung: A (kinder), B (familien)
    expect(counts.audiences).toEqual([1, 1]);
    // other facets with both filters: only B
    expect(counts.roles).toEqual([0, 1]);
    expect(carrierCounts).toEqual([1, 0]);
  });

  it('counts bundesweit practices for every Land', () => {
    const {counts} = run({});
    // berlin: A, D, C(bundesweit); sachsen: B, D, C; bundesweit: C
    expect(counts.states).toEqual([3, 3, 1]);
  });

  it('counts for the map only the practices that name the Land itself, with the other filters', () => {
    // berlin: A, D; sachsen: B, D; bundesweit: C (beside the map, not painted into every Land)
    expect(run({}).regional).toEqual([2, 2, 1]);
    // With a Land chosen, the region counts ignore it (as the checkboxes do); kinder: A, D
    expect(run({states: ['sachsen'], audiences: ['kinder']}).regional).toEqual([2, 1, 0]);
  });

  it('a zero count means selecting the value yields nothing', () => {
    const state = {topics: ['wohnen']};
    const {counts} = run(state);
    counts.audiences.forEach((count, index) => {
      expect(run({...state, audiences: [vocabularies.audiences[index]!.slug]}).indices).toHaveLength(count);
    });
  });
});

describe('query string', () => {
  it.each([
    ['', EMPTY_FILTER],
    ['?topics=bildung&states=sachsen,berlin&q=lesen', {...EMPTY_FILTER, topics: ['bildung'], states: ['sachsen', 'berlin'], q: 'lesen'}],
    ['?carrier=awo&sort=neueste', {...EMPTY_FILTER, carrier: ['awo'], sort: 'neueste'}],
  ])('%s ⇄ state', (search, state) => {
    expect(parseQuery(search)).toEqual(state);
    expect(toQuery(state as FilterState)).toBe(search);
  });

  it('drops unknown values and duplicates when it knows the vocabularies', () => {
    expect(parseQuery('?topics=bildung,quatsch,bildung&carrier=niemand', {vocabularies, carriers: carriers.map((id) => ({id}))})).toEqual({...EMPTY_FILTER, topics: ['bildung']});
  });
});

import {describe, expect, it} from 'vitest';
import {createMatcher, EMPTY_FILTER, filterCatalogue, normalizeText, parseQuery, toQuery, type FilterState} from '../../src/catalogue/filter';
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
const texts = ['lesetandems fuer kinder', 'sprachcafe fuer familien', 'wohnungspatinnen', 'mentoring in der schule'];

function run(state: Partial<FilterState>) {
  const full = {...EMPTY_FILTER, ...state};
  return filterCatalogue(rows, createMatcher(full, vocabularies, carriers), sizes, full.sort, texts);
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
    ['free text, all words', {q: 'für Kinder'}, [0]],
    ['free text with gender star', {q: 'Wohnungspat*innen'}, [2]],
    ['nothing matches', {topics: ['wohnen'], audiences: ['kinder']}, []],
    ['newest first, unknown year last', {sort: 'neueste' as const}, [1, 2, 0, 3]],
  ])('%s', (_name, state, expected) => {
    expect(run(state).indices).toEqual(expected);
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

describe('normalizeText', () => {
  it.each([
    ['Pat*innen', 'patinnen'],
    ['Lehrer:innen', 'lehrerinnen'],
    ['Geflüchtete', 'gefluechtete'],
    ['Straße', 'strasse'],
    ['Café', 'cafe'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

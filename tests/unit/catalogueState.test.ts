/**
 * The pure parts of the catalogue page (src/components/Catalogue/_utils.ts,
 * src/catalogue/rows.ts): the next filter after a click, chips and their count,
 * which clicks the page handles itself, cards from the data rows, and the rows
 * a backend answering with paths means.
 */
import {describe, expect, it} from 'vitest';
import {EMPTY_FILTER, type FilterState} from '../../src/catalogue/filter';
import {cardOf, textMatchesOf, type PracticeMatches} from '../../src/catalogue/rows';
import type {FacetRow, FacetValue, TextRow} from '../../src/catalogue/types';
import {activeFilterCount, chipsOf, isPlainClick, toggled} from '../../src/components/Catalogue/_utils';
import type {Facet, FilterKey} from '../../src/vocabulary';

const values = (...slugs: string[]): FacetValue[] => slugs.map((slug) => ({slug, label: slug.toUpperCase()}));
const catalogue = {
  vocabularies: {
    topics: values('bildung', 'sprache', 'wohnen'),
    audiences: values('kinder', 'familien'),
    roles: values('patenschaft', 'mentoring'),
    formats: values('tandem', 'gruppe'),
    states: values('berlin', 'sachsen', 'bundesweit'),
  } satisfies Record<Facet, FacetValue[]>,
  carriers: [
    {id: 'awo', name: 'AWO'},
    {id: 'caritas', name: 'Caritas'},
  ],
};
const filterOf = (state: Partial<FilterState>): FilterState => ({...EMPTY_FILTER, ...state});

describe('toggled', () => {
  it.each<[string, Partial<FilterState>, FilterKey, string, Partial<FilterState>]>([
    ['adds a value', {}, 'topics', 'bildung', {topics: ['bildung']}],
    ['adds after the values chosen before', {topics: ['sprache']}, 'topics', 'bildung', {topics: ['sprache', 'bildung']}],
    ['removes a chosen value', {topics: ['sprache', 'bildung']}, 'topics', 'sprache', {topics: ['bildung']}],
    ['leaves other facets, text and order alone', {states: ['berlin'], q: 'lesen', sort: 'neueste'}, 'carrier', 'awo', {states: ['berlin'], carrier: ['awo'], q: 'lesen', sort: 'neueste'}],
    ['removes a carrier', {carrier: ['awo', 'caritas']}, 'carrier', 'caritas', {carrier: ['awo']}],
  ])('%s', (_, before, key, value, after) => {
    const filter = filterOf(before);
    expect(toggled(filter, key, value)).toEqual(filterOf(after));
    expect(filter).toEqual(filterOf(before));
  });
});

describe('activeFilterCount', () => {
  it.each<[Partial<FilterState>, number]>([
    [{}, 0],
    [{sort: 'neueste'}, 0],
    [{topics: ['bildung', 'sprache']}, 2],
    [{q: 'lesen'}, 1],
    [{topics: ['bildung'], audiences: ['kinder'], roles: ['mentoring'], formats: ['tandem'], states: ['berlin', 'sachsen'], carrier: ['awo'], q: 'x'}, 8],
  ])('%j → %i', (state, count) => {
    expect(activeFilterCount(filterOf(state))).toBe(count);
  });
});

describe('chipsOf', () => {
  it.each<[string, Partial<FilterState>, string[]]>([
    ['none without a filter', {q: 'lesen'}, []],
    ['facets in their order, then carriers', {carrier: ['caritas'], states: ['sachsen'], topics: ['wohnen', 'bildung']}, ['topics:wohnen:WOHNEN', 'topics:bildung:BILDUNG', 'states:sachsen:SACHSEN', 'carrier:caritas:Caritas']],
    ['an unknown value shows its slug or id', {roles: ['lotsen'], carrier: ['diakonie']}, ['roles:lotsen:lotsen', 'carrier:diakonie:diakonie']],
  ])('%s', (_, state, chips) => {
    expect(chipsOf(filterOf(state), catalogue).map((chip) => `${chip.key}:${chip.value}:${chip.label}`)).toEqual(chips);
  });
});

describe('isPlainClick', () => {
  const click = {defaultPrevented: false, button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false};
  it.each<[string, Partial<typeof click>, boolean]>([
    ['a left click', {}, true],
    ['a click already handled', {defaultPrevented: true}, false],
    ['the middle button', {button: 1}, false],
    ['with Cmd', {metaKey: true}, false],
    ['with Ctrl', {ctrlKey: true}, false],
    ['with Shift', {shiftKey: true}, false],
    ['with Alt', {altKey: true}, false],
  ])('%s → %s', (_, change, plain) => {
    expect(isPlainClick({...click, ...change})).toBe(plain);
  });
});

describe('cardOf', () => {
  const text: TextRow = ['lesetandem', 'Lesetandems', 'Kinder lesen.', 0];
  it.each<[string, FacetRow, TextRow, {carrier: string; topics: string[]; states: string[]; since: number; sample: boolean}]>([
    ['labels from the bit masks', [0, 0b101, 0b01, 0b01, 0b01, 0b011, 2016], text, {carrier: 'AWO', topics: ['BILDUNG', 'WOHNEN'], states: ['BERLIN', 'SACHSEN'], since: 2016, sample: false}],
    ['no bits, no labels; start year 0 kept', [1, 0, 0, 0, 0, 0, 0], text, {carrier: 'Caritas', topics: [], states: [], since: 0, sample: false}],
    ['an unknown carrier is empty; a sample is marked', [7, 0b010, 0, 0, 0, 0b100, 2020], ['x', 'X', 'x.', 1], {carrier: '', topics: ['SPRACHE'], states: ['BUNDESWEIT'], since: 2020, sample: true}],
  ])('%s', (_, row, textRow, expected) => {
    expect(cardOf(row, textRow, catalogue)).toEqual({slug: textRow[0], title: textRow[1], description: textRow[2], ...expected});
  });
});

describe('textMatchesOf', () => {
  const rows: FacetRow[] = [
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
  ];
  const slugs = ['a', 'b', 'c'];
  const allText = (index: number): TextRow | undefined => (slugs[index] ? [slugs[index], '', '', 0] : undefined);
  const rowMatches = {rows: [2, 0]};

  it('passes row matches through as they are (the same object)', () => {
    expect(textMatchesOf(rowMatches, null, false, () => undefined)).toBe(rowMatches);
  });

  it.each<[string, PracticeMatches | undefined, FacetRow[] | null, boolean, number[] | undefined]>([
    ['no answer yet', undefined, rows, true, undefined],
    ['paths before the facet file', {paths: ['/gute-praxis/a']}, null, true, undefined],
    ['paths before all text', {paths: ['/gute-praxis/a']}, rows, false, undefined],
    ['paths in the backend order', {paths: ['/gute-praxis/c', '/gute-praxis/a']}, rows, true, [2, 0]],
    ['a path without a practice is left out', {paths: ['/gute-praxis/x', '/gute-praxis/b']}, rows, true, [1]],
    ['only the last segment counts', {paths: ['https://example.org/basis/gute-praxis/b']}, rows, true, [1]],
  ])('%s', (_, matches, facetRows, allTextLoaded, expected) => {
    expect(textMatchesOf(matches, facetRows, allTextLoaded, allText)?.rows).toEqual(expected);
  });
});

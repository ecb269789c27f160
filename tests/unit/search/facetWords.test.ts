/**
 * Query words that name a catalogue filter (issue #23), with the site's own
 * vocabularies and carriers: which filter a word names, and what is left of
 * the query when the words become the filter.
 */
import {resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCatalogue} from '../../../src/content/load';
import {namedFacets, withoutWords} from '../../../src/search/shared/facetWords';

const {vocabularies, carriers} = loadCatalogue(resolve(__dirname, '../../..'));
const facets = {vocabularies, carriers: carriers.map((carrier) => ({id: carrier.id, name: carrier.name}))};
const named = (query: string): string[] => namedFacets(query, facets).map((entry) => `${entry.key}=${entry.value} (${entry.words})`);

describe('namedFacets', () => {
  it.each([
    ['Sachsen', ['states=sachsen (Sachsen)']],
    ['Niedersachsen', ['states=niedersachsen (Niedersachsen)']],
    ['Sachsen-Anhalt', ['states=sachsen-anhalt (Sachsen-Anhalt)']],
    ['junge Geflüchtete Sachsen', ['audiences=gefluechtete (Geflüchtete)', 'states=sachsen (Sachsen)']],
    ['Lotsen', ['roles=lotsendienst (Lotsen)']],
    ['Patenschaften Bildung', ['roles=patenschaft (Patenschaften)', 'topics=bildung (Bildung)']],
    ['Sport', ['topics=kultur-freizeit (Sport)']],
    ['Nordküste', ['carrier=beispiel-buergerstiftung-nord (Nordküste)']],
    ['junge Erwachsene', ['audiences=junge-erwachsene (junge Erwachsene)']],
  ])('»%s« names %j', (query, expected) => {
    expect(named(query)).toEqual(expected);
  });

  it('names nothing for other words, half a label, and »bundesweit«', () => {
    expect(named('Quantenchromodynamik')).toEqual([]);
    expect(named('Erwachsene')).toEqual([]);
    expect(named('bundesweit')).toEqual([]);
    expect(named('')).toEqual([]);
  });

  it('names at most three, in query order', () => {
    expect(namedFacets('Sachsen Bayern Berlin Hamburg', facets).map((entry) => entry.value)).toEqual(['sachsen', 'bayern', 'berlin']);
  });
});

describe('withoutWords', () => {
  it('leaves the other words of the query', () => {
    expect(withoutWords('Gärten in Sachsen', 'Sachsen')).toBe('Gärten');
    expect(withoutWords('junge Erwachsene Mentoring', 'junge Erwachsene')).toBe('Mentoring');
    expect(withoutWords('Sachsen', 'Sachsen')).toBe('');
  });
});

/**
 * Facet counting on Algolia, as /suche shows it: each facet counts the
 * practices that the other filters leave, a selected facet still shows its
 * other values, types are counted with the facet filters but without the type
 * filter. Against the test server (tests/support/fakeAlgolia.ts).
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {AlgoliaBackend} from '../../../src/search/client/algoliaBackend';
import {pushRecords} from '../../../src/search/server/algolia/push';
import {pushConfig} from '../../../src/search/server/algolia/pushConfig';
import {sectionRecords} from '../../../src/search/server/records';
import type {CatalogueFacets, FacetSelection} from '../../../src/search/shared/backend';
import {parseHosts} from '../../../src/search/shared/config';
import type {PageRecord, PracticeFacets} from '../../../src/search/shared/types';
import {startFakeAlgolia, type FakeAlgolia} from '../../support/fakeAlgolia';

const INDEX = 'facetten';
const practice = (slug: string, facets: Partial<PracticeFacets>): PageRecord => ({
  path: `/gute-praxis/${slug}`,
  type: 'praxis',
  title: `Patenschaft ${slug}`,
  description: 'Patenschaft für Kinder.',
  sections: [{anchor: '', heading: '', level: 1, text: 'Eine Patenschaft im Quartier.'}],
  facets: {topics: [], audiences: [], roles: [], formats: [], carrier: [], states: [], ...facets},
});
const pages: PageRecord[] = [
  practice('leipzig', {states: ['sachsen'], topics: ['bildung'], carrier: ['awo']}),
  practice('dresden', {states: ['sachsen'], topics: ['gesundheit'], carrier: ['caritas']}),
  practice('berlin', {states: ['berlin'], topics: ['bildung'], carrier: ['awo']}),
  {path: '/meldungen/patenschaft', type: 'meldung', title: 'Patenschaft des Monats', description: 'Meldung.', sections: [{anchor: '', heading: '', level: 1, text: 'Eine Patenschaft.'}]},
];
const catalogue: CatalogueFacets = {
  vocabularies: {
    topics: [{slug: 'bildung', label: 'Bildung'}, {slug: 'gesundheit', label: 'Gesundheit'}],
    audiences: [],
    roles: [],
    formats: [],
    states: [{slug: 'berlin', label: 'Berlin'}, {slug: 'sachsen', label: 'Sachsen'}],
  },
  carriers: [{id: 'awo', name: 'AWO'}, {id: 'caritas', name: 'Caritas'}],
  facetsUrl: '',
};
const none: FacetSelection = {topics: [], audiences: [], roles: [], formats: [], states: [], carrier: []};

let fake: FakeAlgolia;
let backend: AlgoliaBackend;
beforeAll(async () => {
  fake = await startFakeAlgolia({appId: 'APP', adminKey: 'admin', searchKey: 'search'});
  await pushRecords({config: pushConfig({ALGOLIA_APP_ID: 'APP', ALGOLIA_ADMIN_KEY: 'admin', ALGOLIA_INDEX_NAME: INDEX, ALGOLIA_HOSTS: fake.url}), records: pages.flatMap((page) => sectionRecords(page))});
  backend = new AlgoliaBackend({appId: 'APP', searchKey: 'search', indexName: INDEX, hosts: parseHosts(fake.url)});
});
afterAll(() => fake?.close());

describe('facet counts on Algolia', () => {
  it('count every value without a selection, and every type', async () => {
    const page = await backend.results({q: 'Patenschaft', types: [], facets: none, limit: 10, catalogue});
    expect(page.total).toBe(4);
    expect(page.typeCounts.praxis).toBe(3);
    expect(page.typeCounts.meldung).toBe(1);
    expect(page.facets?.counts.states).toEqual([1, 2]);
    expect(page.facets?.counts.topics).toEqual([2, 1]);
    expect(page.facets?.carrierCounts).toEqual([2, 1]);
  });

  it('with Sachsen chosen: other Länder still counted, other facets counted within Sachsen, other types hidden', async () => {
    const page = await backend.results({q: 'Patenschaft', types: [], facets: {...none, states: ['sachsen']}, limit: 10, catalogue});
    expect(page.total).toBe(2);
    expect(page.items.map((item) => item.url).sort()).toEqual(['/gute-praxis/dresden', '/gute-praxis/leipzig']);
    expect(page.facets?.counts.states).toEqual([1, 2]);
    expect(page.facets?.counts.topics).toEqual([1, 1]);
    expect(page.facets?.carrierCounts).toEqual([1, 1]);
    expect(page.typeCounts.meldung).toBe(0);
  });

  it('count types with the facet filters but without the type filter', async () => {
    const page = await backend.results({q: 'Patenschaft', types: ['meldung'], facets: none, limit: 10, catalogue});
    expect(page.total).toBe(1);
    expect(page.typeCounts.praxis).toBe(3);
  });

  it('give no facet counts without a catalogue', async () => {
    const page = await backend.results({q: 'Patenschaft', types: [], facets: none, limit: 10, catalogue: null});
    expect(page.facets).toBeNull();
  });
});

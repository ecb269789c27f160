import {describe, expect, it} from 'vitest';
import {catalogueSearchOf} from '../../src/catalogue/wayBack';

const origin = 'https://wissensplattform.example.org';

describe('catalogueSearchOf', () => {
  it.each([
    ['state from the catalogue', {catalogueSearch: '?topics=bildung&states=sachsen'}, '', '?topics=bildung&states=sachsen'],
    ['state wins over the referrer', {catalogueSearch: '?q=lesen'}, `${origin}/gute-praxis?topics=sport`, '?q=lesen'],
    ['unfiltered catalogue in the state', {catalogueSearch: ''}, `${origin}/gute-praxis?topics=sport`, ''],
    ['referrer: the filtered catalogue', null, `${origin}/gute-praxis?topics=sport`, '?topics=sport'],
    ['referrer with a trailing slash', undefined, `${origin}/gute-praxis/?formats=tandem`, '?formats=tandem'],
    ['referrer: another page of the site', null, `${origin}/suche?q=lesen`, ''],
    ['referrer: a practice page', null, `${origin}/gute-praxis/lesepaten?x=1`, ''],
    ['referrer: another site', null, 'https://example.com/gute-praxis?topics=sport', ''],
    ['no referrer', null, '', ''],
    ['unreadable referrer', null, 'nicht eine Adresse', ''],
    ['state of another kind', {from: 'x'}, '', ''],
    ['state with something other than a query', {catalogueSearch: 'javascript:alert(1)'}, '', ''],
  ])('%s', (_, state, referrer, expected) => {
    expect(catalogueSearchOf(state, referrer, origin, '/gute-praxis')).toBe(expected);
  });
});

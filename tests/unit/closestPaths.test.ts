import {describe, expect, it} from 'vitest';
import {closestPaths, sitemapPaths} from '../../src/utils/closestPaths';

const pages = [
  '/',
  '/programm',
  '/gute-praxis',
  '/gute-praxis/sprachcafe-im-quartier',
  '/gute-praxis/lesepatenschaften-grundschule',
  '/gute-praxis/lesepaten-im-quartier',
  '/gute-praxis/bewerbungstandems',
  '/gute-praxis/thema/sprache',
  '/fachkongress/2019',
  '/fachkongress/2019/workshop-digital',
  '/meldungen/mitglied-des-monats-dwbo',
  '/arbeitsgruppen/digitalisierung',
];

describe('closestPaths', () => {
  it.each([
    ['a shortened name', '/gute-praxis/sprachcafe', ['/gute-praxis/sprachcafe-im-quartier']],
    ['a typo', '/gute-praxis/bewerbungstandms', ['/gute-praxis/bewerbungstandems']],
    ['a typo in a section name', '/programme', ['/programm']],
    ['the same page with .html and a slash', '/gute-praxis/bewerbungstandems.html/', ['/gute-praxis/bewerbungstandems']],
    ['shared words, same section first', '/gute-praxis/lesepaten-quartier', ['/gute-praxis/lesepaten-im-quartier', '/gute-praxis/sprachcafe-im-quartier']],
    ['a page moved to another section', '/meldungen/workshop-digital', ['/fachkongress/2019/workshop-digital']],
    ['upper case and umlauts encoded', '/Gute-Praxis/Sprachcaf%C3%A9', ['/gute-praxis/sprachcafe-im-quartier']],
    ['a broken percent sign', '/gute-praxis/bewerbungstandems%', ['/gute-praxis/bewerbungstandems']],
    ['nothing alike', '/impressum-alt', []],
    ['a bare word', '/x', []],
  ])('%s: %s', (_, requested, expected) => {
    expect(closestPaths(requested, pages)).toEqual(expected);
  });

  it('gives at most the limit, closest first', () => {
    const many = Array.from({length: 10}, (_, index) => `/gute-praxis/lesen-${index}`);
    expect(closestPaths('/gute-praxis/lesen', many, 3)).toEqual(['/gute-praxis/lesen-0', '/gute-praxis/lesen-1', '/gute-praxis/lesen-2']);
  });
});

describe('sitemapPaths', () => {
  it('reads the paths of every <loc>, skipping what is not an address', () => {
    const xml = '<urlset><url><loc>https://example.org/programm</loc></url><url><loc>kaputt</loc></url><url><loc> https://example.org/gute-praxis/a </loc></url></urlset>';
    expect(sitemapPaths(xml)).toEqual(['/programm', '/gute-praxis/a']);
  });
});

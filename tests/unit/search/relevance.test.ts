/**
 * The relevance suite: every row of the search issue's table of German
 * matching, on a fixture corpus that also holds pages mentioning the words
 * only in passing. The expected page must be among the first three.
 */
import {describe, expect, it} from 'vitest';
import {CORPUS, engineFor, find} from './corpus';

const {engine} = engineFor(CORPUS);

describe('German matching (issue table)', () => {
  it.each([
    ['Patinnen', ['/stern', '/doppelpunkt', '/unterstrich', '/binnen-i']],
    ['Patin', ['/stern', '/doppelpunkt', '/unterstrich', '/binnen-i']],
    ['Paten', ['/stern', '/doppelpunkt', '/unterstrich', '/binnen-i']],
    ['Lotsinnen', ['/lotsen']],
    ['Mentorinnen', ['/mentoren']],
    ['Gefluechtete', ['/gefluechtete']],
    ['Geflüchteten', ['/gefluechtete']],
    ['Patenschaften', ['/patenschaft']],
    ['Bildung', ['/bildung']],
    ['Einrichtung', ['/bildung']],
    ['Straße', ['/strasse']],
    ['Strasse', ['/strasse']],
    ['Hauptstrasse', ['/strasse']],
    ['Bildungseinrichtung', ['/leichte-sprache']],
    ['Mentroing', ['/mentoring']],
    ['Mentorign', ['/mentoring']],
  ])('»%s« finds %j', async (query, expected) => {
    const found = await find(engine, query);
    for (const path of expected) expect(found, `${path} for »${query}«`).toContain(path);
    expect(expected.some((path) => found.slice(0, 3).includes(path)), `one of ${expected.join(', ')} in the top 3 of ${found.join(', ')}`).toBe(true);
  });

  it('holds in the search box too (quick mode, used on every keystroke)', async () => {
    const rows: [string, string][] = [['Patinnen', '/stern'], ['Paten', '/binnen-i'], ['Patenschaften', '/patenschaft'], ['Bildung', '/bildung'], ['Einrichtung', '/bildung'], ['Straße', '/strasse'], ['Bildungseinrichtung', '/leichte-sprache'], ['Mentroing', '/mentoring']];
    for (const [query, path] of rows) {
      const outcome = await engine.search(query, {quick: true});
      const paths = await Promise.all(outcome.top(10).map(async (hit) => (await engine.page(hit.id)).path));
      expect(paths, query).toContain(path);
    }
  });

  it('finds every gender form for each query form (all four pages, not only one)', async () => {
    for (const query of ['Patinnen', 'Patin', 'Paten']) {
      const found = await find(engine, query);
      expect(found.filter((path) => ['/stern', '/doppelpunkt', '/unterstrich', '/binnen-i'].includes(path))).toHaveLength(4);
    }
  });
});

describe('ranking', () => {
  it('puts a practice with the word in its title above a news post mentioning it once', async () => {
    const found = await find(engine, 'Mentoring');
    expect(found[0]).toBe('/mentoring');
    expect(found.indexOf('/kongress')).toBeLessThan(found.indexOf('/meldung'));
  });

  it('ranks the word itself above a prefix match', async () => {
    const found = await find(engine, 'Bildung');
    expect(found.indexOf('/meldung')).toBeLessThan(found.indexOf('/bildung'));
  });

  it('uses typo tolerance only for words the index does not know', async () => {
    expect(await find(engine, 'Mentorinnen')).toEqual(['/mentoren']);
  });
});

describe('queries', () => {
  it('requires every word (AND)', async () => {
    expect(await find(engine, 'Bildung Mentoring')).toEqual(['/meldung']);
  });

  it('finds nothing for unknown words and reports stop-word-only queries as empty', async () => {
    expect(await find(engine, 'Quantenchromodynamik')).toEqual([]);
    const outcome = await engine.search('und die der');
    expect(outcome.empty).toBe(true);
  });

  it('marks the words it matched, including compound tails', async () => {
    const outcome = await engine.search('Einrichtung');
    expect(outcome.matches('bildungseinrichtungen')).toBe(true);
    expect(outcome.matches('mentoring')).toBe(false);
  });
});

describe('top', () => {
  it('gives the same first hits as the full sorted list', async () => {
    for (const query of ['Mentoring', 'Paten', 'Bildung', 'Pat']) {
      const outcome = await engine.search(query);
      for (const count of [1, 2, 3, 6]) expect(outcome.top(count)).toEqual(outcome.hits.slice(0, count));
      expect(outcome.total).toBe(outcome.hits.length);
    }
  });
});

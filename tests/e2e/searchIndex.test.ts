/**
 * The German matching table of the search issue, on the built site: the
 * browser's own search client, run here against the index served on
 * 127.0.0.1. For each row, one of the pages found must contain the form on
 * the right (read from the page's indexed text).
 */
import {describe, expect, inject, it} from 'vitest';
import {loadEngine} from '../../src/search/client/builtinEngine';
import {MANIFEST_PATH, type SearchManifest} from '../../src/search/shared/types';
import {CONTENT_TYPES} from '../../src/vocabulary';

const origin = inject('origin');
const engine = loadEngine(`${origin}/`);

async function pagesFound(query: string): Promise<{path: string; text: string}[]> {
  const search = await engine;
  const {hits} = await search.search(query);
  return Promise.all(
    hits.map(async (hit) => {
      const fragment = await search.page(hit.id);
      return {path: fragment.path, text: [fragment.title, fragment.description, ...fragment.sections.flat()].join(' ')};
    }),
  );
}

describe('German matching on the built site', () => {
  it.each([
    ['Patinnen', 'Pat*innen'],
    ['Patinnen', 'Pat:innen'],
    ['Patinnen', 'Pat_innen'],
    ['Patinnen', 'PatInnen'],
    ['Patin', 'Pat*innen'],
    ['Patin', 'Pat:innen'],
    ['Paten', 'Pat*innen'],
    ['Paten', 'PatInnen'],
    ['Lotsinnen', 'Lots*innen'],
    ['Mentorinnen', 'Mentor*innen'],
    ['Gefluechtete', 'Geflüchtete'],
    ['Geflüchteten', 'Geflüchtete'],
    ['Patenschaften', 'Patenschaft'],
    ['Bildung', 'Bildungseinrichtungen'],
    ['Einrichtung', 'Bildungseinrichtungen'],
    ['Straße', 'Hauptstraße'],
    ['Strasse', 'Hauptstraße'],
    ['Hauptstrasse', 'Hauptstraße'],
    ['Bildungseinrichtung', 'Bildungs-Einrichtung'],
    ['Mentroing', 'Mentoring'],
    ['Mentorign', 'Mentoring'],
    // Masculine, feminine and gender forms are one word (#23).
    ['Lotse', 'Lots*innen'],
    ['Lotsen', 'Lots*innen'],
    ['Lotsin', 'Lots*innen'],
    ['Mentoren', 'Mentor*innen'],
    ['Mentor', 'Mentor*innen'],
    ['Lotsendienst', 'Lots*innen-Dienst'],
    // The editors' synonyms and abbreviations (src/data/suchbegriffe.yml).
    ['Flüchtlinge', 'Geflüchtete'],
    ['Schutzsuchende', 'Geflüchtete'],
    ['Ehrenamtliche', 'Freiwillige'],
    ['AG', 'Arbeitsgruppe'],
    ['BBE', 'Bundesnetzwerk Bürgerschaftliches Engagement'],
    ['MSM', 'Menschen stärken Menschen'],
  ])('»%s« finds a page with »%s«', async (query, form) => {
    const escaped = form.replace(/[*]/g, '\\*');
    const wholeWord = new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u');
    const found = await pagesFound(query);
    expect(found.length, `»${query}« finds nothing`).toBeGreaterThan(0);
    expect(found.some((page) => wholeWord.test(page.text)), `no page with »${form}« among ${found.map((page) => page.path).join(', ')}`).toBe(true);
  });

  it('»Sachsen« finds practices in Sachsen, none only in Niedersachsen or Sachsen-Anhalt', async () => {
    const practices = (await pagesFound('Sachsen')).filter((page) => page.path.startsWith('/gute-praxis/'));
    expect(practices.length).toBeGreaterThan(0);
    for (const practice of practices) {
      // The Land is in the practice's fact box (indexed, not part of the result text): read it from the page.
      const html = await (await fetch(`${origin}${practice.path}`)).text();
      const facts = /data-search-facts[^>]*>([\s\S]*?)<\/(?:aside|section|dl)>/.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';
      expect(facts, practice.path).toMatch(/(^|[^\p{L}-])Sachsen($|[^\p{L}-])/u);
    }
  });

  it('»Geflüchtete Sachsen« finds the practice for refugees in Sachsen', async () => {
    expect((await pagesFound('Geflüchtete Sachsen')).map((page) => page.path)).toContain('/gute-praxis/sprachcafe-im-quartier');
  });

  it('indexes the content only, not navbar, footer or sidebar', async () => {
    // »Rechtliches« (a footer heading) and »Hauptinhalt« (the skip link) are on every page, outside the content.
    expect(await pagesFound('Rechtliches')).toEqual([]);
    expect(await pagesFound('Hauptinhalt')).toEqual([]);
  });

  it('ranks a practice with the word in its title above pages that mention it in passing', async () => {
    const found = await pagesFound('Wohnungspatenschaften');
    expect(found[0]!.path).toBe('/gute-praxis/wohnungspatenschaften');
  });

  it('holds pages of every content type, events among them (#32)', async () => {
    const manifest = (await (await fetch(`${origin}${MANIFEST_PATH}`)).json()) as SearchManifest;
    const counts = new Map(manifest.types.map(([type, start, end]) => [type, end - start]));
    for (const type of CONTENT_TYPES) expect(counts.get(type) ?? 0, type).toBeGreaterThan(0);
    const found = await pagesFound('Vernetzungstreffen Ost');
    expect(found.map((page) => page.path)).toContain('/termine/2027-02-vernetzungstreffen-ost');
  });
});

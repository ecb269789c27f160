/**
 * The relevance suite for the field's words (issue #23): synonyms and
 * abbreviations from the editors' list (src/data/suchbegriffe.yml, as it is),
 * masculine, feminine and gender forms, and the Länder. Each expected page
 * must be among the first three, in quick and in full mode.
 */
import {describe, expect, it} from 'vitest';
import {resolve} from 'node:path';
import {engineFor, find, page} from './corpus';
import {loadSite} from '../../../src/content/site';
import {searchVocabularyOf} from '../../../src/search/server/vocabulary';
import {SearchEngine} from '../../../src/search/client/engine';

const ROOT = resolve(__dirname, '../../..');
const vocabulary = searchVocabularyOf(loadSite(ROOT).site);

const CORPUS = [
  page('/gefluechtete', 'praxis', 'Ankommen in Dresden', 'Geflüchtete finden hier Unterstützung bei Ämtern.'),
  page('/gefluechtete-sachsen', 'praxis', 'Junge Geflüchtete begleiten', 'Ein Angebot für junge Geflüchtete. Region: Sachsen.'),
  page('/fluechtlinge-titel', 'praxis', 'Patenschaften für Flüchtlinge', 'Seit 2015 begleiten wir Menschen auf der Flucht.'),
  page('/freiwillige', 'praxis', 'Freiwillige gesucht', 'Engagierte begleiten Familien im Alltag.'),
  page('/arbeitsgruppe', 'bericht', 'Sitzung der Arbeitsgruppe Digitalisierung', 'Die Arbeitsgruppe tagte im November.'),
  page('/netzwerk', 'seite', 'Über das Netzwerk', 'Das Bundesnetzwerk Bürgerschaftliches Engagement vernetzt Engagierte.'),
  page('/programm', 'seite', 'Das Programm', 'Menschen stärken Menschen ist ein Bundesprogramm.'),
  page('/ag-erwaehnt', 'meldung', 'Neues vom Vorstand', 'Der Vorstand der Muster AG spendet Bücher.'),
  page('/lotsen', 'praxis', 'Lotsen im Stadtteil', 'Unsere Lotsen zeigen Wege durch die Behörden.'),
  page('/lotsinnen', 'praxis', 'Wegweiser für Neuankommende', 'Lots*innen begleiten beim Ankommen.'),
  page('/lotsendienst', 'praxis', 'Ein Dienst für Familien', 'Der Lots*innen-Dienst hilft bei Anträgen.'),
  page('/mentorin', 'praxis', 'Eine Mentorin erzählt', 'Als Mentorin begleite ich Studierende.'),
  page('/begleiter', 'praxis', 'Begleiter im Alltag', 'Begleiter unterstützen ältere Menschen.'),
  page('/sachsen', 'praxis', 'Gärten in Leipzig', 'Region: Sachsen.'),
  page('/niedersachsen', 'praxis', 'Gärten in Hannover', 'Region: Niedersachsen.'),
  page('/sachsen-anhalt', 'praxis', 'Gärten in Magdeburg', 'Region: Sachsen-Anhalt.'),
  page('/anderes', 'seite', 'Impressum', 'Angaben zum Anbieter dieser Website.'),
];

const {engine} = engineFor(CORPUS, vocabulary);

async function top(search: SearchEngine, query: string, quick: boolean): Promise<string[]> {
  const outcome = await search.search(query, {quick});
  return Promise.all(outcome.top(3).map(async (hit) => (await search.page(hit.id)).path));
}

const table = (rows: [query: string, expected: string][]) =>
  it.each(rows)('»%s« finds %s in the top 3 (full and quick)', async (query, expected) => {
    expect(await top(engine, query, false), 'full').toContain(expected);
    expect(await top(engine, query, true), 'quick').toContain(expected);
  });

describe('synonyms (two-way groups)', () => {
  table([
    ['Flüchtlinge', '/gefluechtete'],
    ['Schutzsuchende', '/gefluechtete'],
    ['Geflüchtete', '/fluechtlinge-titel'],
    ['Ehrenamtliche', '/freiwillige'],
    ['Flüchtlingen', '/gefluechtete'],
  ]);

  it('combines a synonym with another word of the query', async () => {
    expect(await find(engine, 'junge Flüchtlinge')).toContain('/gefluechtete-sachsen');
    expect(await find(engine, 'Ehrenamtliche Familien')).toEqual(['/freiwillige']);
  });

  it('ranks the word itself in a title above a synonym, however rare the synonym', async () => {
    const found = await find(engine, 'Flüchtlinge');
    expect(found[0]).toBe('/fluechtlinge-titel');
    expect(found).toContain('/gefluechtete');
  });

  it('says which synonyms found pages', async () => {
    const outcome = await engine.search('Flüchtlinge');
    expect(outcome.alsoSearched).toEqual(['Geflüchtete']);
    expect(outcome.matches('gefluechtete')).toBe(true);
    expect((await engine.search('Impressum')).alsoSearched).toEqual([]);
  });
});

describe('abbreviations (one-way)', () => {
  table([
    ['AG', '/arbeitsgruppe'],
    ['BBE', '/netzwerk'],
    ['MSM', '/programm'],
  ]);

  it('does not expand backwards: »Arbeitsgruppe« does not find every »AG«', async () => {
    expect(await find(engine, 'Arbeitsgruppe')).not.toContain('/ag-erwaehnt');
    expect(await find(engine, 'AG')).toContain('/ag-erwaehnt');
  });

  it('finds a long form of several words only where all of them stand', async () => {
    expect(await find(engine, 'BBE')).toEqual(['/netzwerk']);
  });
});

describe('masculine, feminine and gender forms are one word', () => {
  const forms = ['Lotse', 'Lotsen', 'Lotsin', 'Lotsinnen', 'Lots*innen', 'Lots:innen', 'LotsInnen'];
  it.each(forms)('»%s« finds the masculine and the gender-star page', async (query) => {
    const found = await find(engine, query);
    expect(found).toContain('/lotsen');
    expect(found).toContain('/lotsinnen');
  });

  table([
    ['Lotsendienst', '/lotsendienst'],
    ['Mentor', '/mentorin'],
    ['Mentoren', '/mentorin'],
    ['Begleiterin', '/begleiter'],
    ['Begleiter*innen', '/begleiter'],
  ]);
});

describe('Länder', () => {
  it('»Sachsen« finds Sachsen, not Niedersachsen or Sachsen-Anhalt', async () => {
    const found = await find(engine, 'Sachsen');
    expect(found).toContain('/sachsen');
    expect(found).not.toContain('/niedersachsen');
    expect(found).not.toContain('/sachsen-anhalt');
  });

  it('»Sachsen-Anhalt« and »Niedersachsen« find their own Land only', async () => {
    expect(await find(engine, 'Sachsen-Anhalt')).toEqual(['/sachsen-anhalt']);
    expect(await find(engine, 'Niedersachsen')).toEqual(['/niedersachsen']);
  });

  it('finds »junge Geflüchtete Sachsen«', async () => {
    expect((await find(engine, 'junge Geflüchtete Sachsen'))[0]).toBe('/gefluechtete-sachsen');
  });
});

describe('requests while typing', () => {
  /**
   * Rounds of requests a query needs: the loader answers only when the test lets a round go, so requests made
   * one after another (a synonym's files after the word's own) count as two rounds, requests made together as one.
   */
  async function rounds(query: string): Promise<{rounds: number; requests: number}> {
    const {manifest, files} = engineFor(CORPUS, vocabulary);
    const pending: (() => void)[] = [];
    let requests = 0;
    const gated = new SearchEngine(manifest, (path) => {
      requests += 1;
      return new Promise((resolvePath) => pending.push(() => resolvePath(JSON.parse(files.get(path)!) as unknown)));
    });
    let done = false;
    const search = gated.search(query, {quick: true}).then(() => (done = true));
    let count = 0;
    while (!done) {
      // Let every promise chain run until it waits for a file.
      for (let tick = 0; tick < 20; tick += 1) await Promise.resolve();
      await new Promise((resolveTick) => setTimeout(resolveTick, 0));
      if (done) break;
      expect(pending.length, `round ${count + 1} of »${query}« waits for nothing`).toBeGreaterThan(0);
      count += 1;
      pending.splice(0).forEach((release) => release());
    }
    await search;
    return {rounds: count, requests};
  }

  it('a synonym’s files load together with the word’s own: no more rounds than a word without synonyms', async () => {
    const plain = await rounds('Begleiter');
    const withSynonyms = await rounds('Flüchtlinge');
    expect(withSynonyms.requests, 'the synonyms load files of their own').toBeGreaterThan(plain.requests);
    expect(withSynonyms.rounds).toBeLessThanOrEqual(plain.rounds);
  });
});

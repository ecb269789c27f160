/**
 * A small fixture corpus for the relevance suite: one page per form the
 * search issue's table names, plus pages that only mention the words in
 * passing, so that ranking is tested too.
 */
import {buildIndex, type IndexOptions} from '../../../src/search/server/buildIndex';
import {SearchEngine} from '../../../src/search/client/engine';
import type {PageRecord, SearchManifest} from '../../../src/search/shared/types';
import {type ContentType} from '../../../src/vocabulary';

export const page = (path: string, type: ContentType, title: string, text: string, heading = ''): PageRecord => ({
  path,
  type,
  title,
  description: '',
  sections: [
    {anchor: '', heading: '', level: 1, text},
    ...(heading ? [{anchor: 'abschnitt', heading, level: 2, text: 'Weitere Hinweise folgen.'}] : []),
  ],
});

export const CORPUS: PageRecord[] = [
  page('/stern', 'seite', 'Ehrenamt im Tandem', 'Unsere Pat*innen begleiten Kinder beim Lesen.'),
  page('/doppelpunkt', 'seite', 'Begleitung im Alltag', 'Die Pat:innen treffen sich jede Woche mit ihren Mentees.'),
  page('/unterstrich', 'seite', 'Treffpunkt Nachbarschaft', 'Erfahrene Pat_innen teilen ihr Wissen.'),
  page('/binnen-i', 'seite', 'Freizeit gemeinsam gestalten', 'Viele PatInnen sind seit Jahren dabei.'),
  page('/lotsen', 'seite', 'Wegweiser für Neuankommende', 'Lots*innen zeigen Wege durch die Behörden.'),
  page('/mentoren', 'seite', 'Berufseinstieg begleiten', 'Mentor*innen aus Unternehmen unterstützen junge Menschen.'),
  page('/gefluechtete', 'praxis', 'Ankommen in Sachsen', 'Geflüchtete finden hier Unterstützung bei Ämtern.'),
  page('/patenschaft', 'praxis', 'Eine Patenschaft fürs Leben', 'Wie eine Patenschaft entsteht und wächst.'),
  page('/bildung', 'bericht', 'Lernorte im Quartier', 'Wir arbeiten mit Bildungseinrichtungen in der Region zusammen.'),
  page('/strasse', 'seite', 'So finden Sie uns', 'Unser Büro liegt in der Hauptstraße 12 in Halle.'),
  page('/leichte-sprache', 'seite', 'Leichte Sprache', 'Eine Bildungs-Einrichtung ist zum Beispiel eine Schule.'),
  page('/mentoring', 'praxis', 'Mentoring für Studierende', 'Im Mentoring lernen beide Seiten voneinander.'),
  // Pages that mention the words once, in passing: a news post and unrelated pages.
  page('/meldung', 'meldung', 'Neues aus dem Netzwerk', 'Beim Treffen ging es am Rande auch um Mentoring und Bildung.'),
  page('/kongress', 'kongress', 'Fachkongress 2019', 'Zwei Tage voller Austausch.', 'Mentoring in der Praxis'),
  page('/anderes', 'seite', 'Impressum', 'Angaben zum Anbieter dieser Website.'),
];

export function engineFor(
  records: PageRecord[],
  options: IndexOptions = {},
): {engine: SearchEngine; manifest: SearchManifest; paths: string[]; files: Map<string, string>} {
  const {manifest, files} = buildIndex(records, options);
  const byPath = new Map(files.map((file) => [file.path, file.content]));
  const engine = new SearchEngine(manifest, async (path) => {
    const content = byPath.get(path);
    if (content === undefined) throw new Error(`404 ${path}`);
    return JSON.parse(content) as unknown;
  });
  return {engine, manifest, paths: [], files: byPath};
}

/** Paths of the pages a query finds, best first. */
export async function find(engine: SearchEngine, query: string): Promise<string[]> {
  const {hits} = await engine.search(query);
  return Promise.all(hits.map(async (hit) => (await engine.page(hit.id)).path));
}

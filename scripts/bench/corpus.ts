/**
 * Deterministic generator of a synthetic German corpus that follows the
 * content model: practices, carriers, congress years, working-group reports
 * and news posts. Same seed and sizes → byte-identical files.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse, stringify} from 'yaml';
import {slugify} from '../../src/utils/slug';

export interface CorpusOptions {
  practices: number;
  posts: number;
  seed: number;
}

export interface CorpusFile {
  /** Path relative to the site root, e.g. `docs/gute-praxis/x.md`. */
  path: string;
  content: string;
}

export interface Vocabularies {
  topics: string[];
  audiences: string[];
  roles: string[];
  formats: string[];
  states: string[];
}

const FACETS = ['topics', 'audiences', 'roles', 'formats', 'states'] as const;

/** Corpus sizes: 1,200 pages = 1,000 practices + 200 posts; 10,000 = 10,000 + 500 (as in the anchors). */
export function corpusSizes(pages: number): {practices: number; posts: number} {
  if (pages >= 10_000) return {practices: pages, posts: 500};
  const posts = Math.round(pages / 6);
  return {practices: pages - posts, posts};
}

/** The vocabulary slugs from `src/data/<name>.yml`. */
export function loadVocabularies(siteDir: string): Vocabularies {
  const entries = FACETS.map((name) => {
    const list = parse(readFileSync(join(siteDir, 'src/data', `${name}.yml`), 'utf8')) as {slug: string}[];
    return [name, list.map((entry) => entry.slug)] as const;
  });
  return Object.fromEntries(entries) as unknown as Vocabularies;
}

/** mulberry32: a small, fast, seedable PRNG. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
function pickSome<T>(random: Random, list: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(random() * Math.min(max, list.length));
  const copy = [...list];
  const result: T[] = [];
  while (result.length < count) result.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!);
  return result;
}

const CITIES: readonly [string, string][] = [
  ['Leipzig', 'sachsen'], ['Dresden', 'sachsen'], ['Berlin', 'berlin'], ['Potsdam', 'brandenburg'],
  ['Hamburg', 'hamburg'], ['Bremen', 'bremen'], ['Köln', 'nordrhein-westfalen'], ['Münster', 'nordrhein-westfalen'],
  ['München', 'bayern'], ['Nürnberg', 'bayern'], ['Stuttgart', 'baden-wuerttemberg'], ['Freiburg', 'baden-wuerttemberg'],
  ['Frankfurt am Main', 'hessen'], ['Kassel', 'hessen'], ['Mainz', 'rheinland-pfalz'], ['Saarbrücken', 'saarland'],
  ['Erfurt', 'thueringen'], ['Jena', 'thueringen'], ['Magdeburg', 'sachsen-anhalt'], ['Halle (Saale)', 'sachsen-anhalt'],
  ['Rostock', 'mecklenburg-vorpommern'], ['Kiel', 'schleswig-holstein'], ['Hannover', 'niedersachsen'], ['Göttingen', 'niedersachsen'],
];
const CARRIER_KINDS = ['Freiwilligenagentur', 'Bürgerstiftung', 'Diakonisches Werk', 'Caritasverband', 'Paritätischer Verein', 'Nachbarschaftshaus', 'Jugendmigrationsdienst', 'Bildungswerk'];
const FORMAT_WORDS = ['Lesetandems', 'Ausbildungspatenschaften', 'Mentoring für Studienanfänger*innen', 'Lots*innen im Stadtteil', 'Familienpatenschaften', 'Sprachcafé', 'Bewerbungstandems', 'Digitallots*innen', 'Gesundheitslots*innen', 'Wohnungspatenschaften', 'Sportpatenschaften', 'Demokratiewerkstatt'];
const FOR_WHOM = ['für Grundschulkinder', 'für Jugendliche', 'für junge Geflüchtete', 'für Familien', 'für Auszubildende', 'für Studierende', 'für Zugewanderte', 'für junge Erwachsene'];
const SENTENCES = {
  ausgangslage: [
    'Viele junge Menschen finden nach der Schule nur schwer einen Ausbildungsplatz, weil ihnen Kontakte und Vorbilder fehlen.',
    'In den Bildungseinrichtungen des Stadtteils fehlt es an Zeit für persönliche Begleitung.',
    'Geflüchtete Familien kennen die Wege zu Ämtern, Kitas und Ärzt*innen oft noch nicht.',
    'Die Hauptstraße trennt das Neubaugebiet vom alten Ortskern; Begegnungen zwischen Alteingesessenen und Zugewanderten sind selten.',
    'Schüler*innen mit Einwanderungsgeschichte brauchen Unterstützung beim Übergang von der Schule in den Beruf.',
    'Ehrenamtliche wollten sich engagieren, wussten aber nicht, wo ihre Hilfe gebraucht wird.',
  ],
  umsetzung: [
    'Ehrenamtliche Pat*innen treffen sich einmal pro Woche mit ihren Mentees, meist für ein Jahr.',
    'Die Koordinator*innen führen Erstgespräche, bringen passende Tandems zusammen und begleiten sie regelmäßig.',
    'Alle Mentor*innen besuchen eine Schulung zu interkultureller Kommunikation und Kinderschutz.',
    'Lots*innen begleiten zu Terminen, übersetzen Briefe und zeigen Angebote im Quartier.',
    'Gruppentreffen im Nachbarschaftszentrum ergänzen die Begegnungen im Tandem.',
    'Digitale Sprechstunden machen das Angebot auch im ländlichen Raum erreichbar.',
    'Die Zusammenarbeit mit Schulen, Jobcentern und Migrationsberatungsstellen ist vertraglich geregelt.',
  ],
  gelingensfaktoren: [
    'Eine hauptamtliche Ansprechperson ist für alle Engagierten erreichbar.',
    'Die Tandems werden sorgfältig nach Interessen und Erwartungen zusammengestellt.',
    'Regelmäßiger Austausch unter den Engagierten verhindert, dass jemand allein bleibt.',
    'Anerkennung zeigt sich in gemeinsamen Festen, Zertifikaten und Fortbildungen.',
    'Die Mentees gestalten das Programm mit und geben Rückmeldung.',
  ],
  nachmachen: [
    'Ein Leitfaden für Erstgespräche und eine Vorlage für Tandemvereinbarungen stehen zur Verfügung.',
    'Wer ein ähnliches Angebot aufbauen will, sollte mit einer kleinen Gruppe beginnen.',
    'Kooperationen mit Bildungseinrichtungen öffnen Türen zu den Familien.',
    'Für die Schulung der Pat*innen lohnt es sich, Fachleute aus der Migrationsberatung einzubinden.',
  ],
};
const GROUPS = ['bench-digitalisierung', 'bench-engagementfoerderung', 'bench-migration-teilhabe'];
const POST_TOPICS = ['Fachtag', 'Neue Programmträger*innen', 'Rückblick', 'Austauschtreffen', 'Veröffentlichung', 'Mittagsgespräch'];

const paragraph = (random: Random, list: readonly string[], count: number): string =>
  Array.from({length: count}, () => pick(random, list)).join(' ');

const quote = (value: string): string => JSON.stringify(value);

export function generateCorpus(vocabularies: Vocabularies, options: CorpusOptions): CorpusFile[] {
  const random = createRandom(options.seed);
  const files: CorpusFile[] = [];

  // Carriers: about one per 25 practices, at least 6.
  const carrierCount = Math.max(6, Math.round(options.practices / 25));
  const carriers = Array.from({length: carrierCount}, (_, index) => {
    const [city, state] = pick(random, CITIES);
    const name = `${pick(random, CARRIER_KINDS)} ${city} ${index + 1}`;
    return {id: slugify(name), name, city, state, url: `https://example.org/${slugify(name)}`, description: `Beispielträger in ${city}.`};
  });
  files.push({path: 'src/data/carriers.yml', content: stringify(carriers, {lineWidth: 120})});

  for (let index = 0; index < options.practices; index += 1) {
    const [city] = pick(random, CITIES);
    const title = `${pick(random, FORMAT_WORDS)} ${pick(random, FOR_WHOM)} in ${city}`;
    const slug = `${slugify(title)}-${index + 1}`;
    const states = random() < 0.1 ? ['bundesweit'] : pickSome(random, vocabularies.states.filter((s) => s !== 'bundesweit'), 2);
    const frontMatter = [
      `title: ${quote(title)}`,
      `description: ${quote(`${paragraph(random, SENTENCES.umsetzung, 1)} Ein Beispiel aus ${city}.`)}`,
      `carrier: ${pick(random, carriers).id}`,
      `topics: [${pickSome(random, vocabularies.topics, 3).join(', ')}]`,
      `audiences: [${pickSome(random, vocabularies.audiences, 2).join(', ')}]`,
      `roles: [${pickSome(random, vocabularies.roles, 2).join(', ')}]`,
      `formats: [${pickSome(random, vocabularies.formats, 2).join(', ')}]`,
      `states: [${states.join(', ')}]`,
      `since: ${2010 + Math.floor(random() * 16)}`,
      'contact:',
      `  name: ${quote('Koordination ' + city)}`,
      `  email: kontakt-${index + 1}@example.org`,
      'sample: true',
    ];
    const body = [
      `## Ausgangslage\n\n${paragraph(random, SENTENCES.ausgangslage, 2 + Math.floor(random() * 3))}`,
      `## Umsetzung\n\n${paragraph(random, SENTENCES.umsetzung, 3 + Math.floor(random() * 4))}\n\n- ${pick(random, SENTENCES.umsetzung)}\n- ${pick(random, SENTENCES.umsetzung)}`,
      `## Gelingensfaktoren\n\n${paragraph(random, SENTENCES.gelingensfaktoren, 2 + Math.floor(random() * 3))}`,
      `## Zum Nachmachen\n\n${paragraph(random, SENTENCES.nachmachen, 1 + Math.floor(random() * 3))}`,
    ];
    files.push({path: `docs/gute-praxis/${slug}.md`, content: `---\n${frontMatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`});
  }

  // Five congress years and a report per group and quarter-ish.
  // Years before the site's own congresses, so that nothing is overwritten.
  for (let year = 2010; year < 2015; year += 1) {
    const [city] = pick(random, CITIES);
    files.push({
      path: `docs/fachkongress/${year}/index.mdx`,
      content: `---\ntitle: ${quote(`Fachkongress ${year}`)}\ndescription: ${quote(`Dokumentation des Fachkongresses ${year} in ${city}.`)}\ndate: ${year}-11-13\nvenue: ${quote('Tagungszentrum ' + city)}\ncity: ${quote(city)}\nsample: true\n---\n\n## Programm\n\n${paragraph(random, SENTENCES.umsetzung, 4)}\n`,
    });
  }
  files.push({
    path: 'src/data/groups.yml',
    content: stringify(GROUPS.map((id, index) => ({id, name: `Arbeitsgruppe ${index + 1} (Beispiel)`, description: 'Erzeugte Arbeitsgruppe für Messungen.'}))),
  });
  for (const [index, id] of GROUPS.entries()) {
    files.push({
      path: `docs/arbeitsgruppen/${id}/index.md`,
      content: `---\ntitle: ${quote(`Arbeitsgruppe ${index + 1} (Beispiel)`)}\ndescription: ${quote('Erzeugte Arbeitsgruppe für Messungen.')}\n---\n\n::berichte\n`,
    });
  }
  // Reports and congresses do not grow with the catalogue; a fixed number keeps the corpora comparable.
  const reportCount = 24;
  for (let index = 0; index < reportCount; index += 1) {
    const group = GROUPS[index % GROUPS.length]!;
    const date = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 7 * 365) * 86_400_000).toISOString().slice(0, 10);
    files.push({
      path: `docs/arbeitsgruppen/${group}/${date}-sitzung-${index + 1}.md`,
      content: `---\ntitle: ${quote(`Sitzungsbericht ${index + 1}`)}\ndescription: ${quote('Bericht aus der Sitzung der Arbeitsgruppe.')}\ngroup: ${group}\nmeetingDate: ${date}\nmeetingNumber: ${index + 1}\nlocation: online\n---\n\n${paragraph(random, SENTENCES.gelingensfaktoren, 4)}\n`,
    });
  }

  const tags = ['mitglied-des-monats', 'mittagsgespraech', 'arbeitsgruppen'];
  for (let index = 0; index < options.posts; index += 1) {
    const date = new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 8 * 365) * 86_400_000).toISOString().slice(0, 10);
    const title = `${pick(random, POST_TOPICS)}: ${pick(random, FORMAT_WORDS)} ${pick(random, FOR_WHOM)}`;
    files.push({
      path: `blog/${date}-${slugify(title)}-${index + 1}.md`,
      content: `---\ntitle: ${quote(title)}\ndescription: ${quote(pick(random, SENTENCES.ausgangslage))}\nauthors: [redaktion]\ntags: [${pick(random, tags)}]\n---\n\n${paragraph(random, SENTENCES.umsetzung, 2)}\n\n<!-- truncate -->\n\n${paragraph(random, SENTENCES.gelingensfaktoren, 4)}\n`,
    });
  }
  return files;
}

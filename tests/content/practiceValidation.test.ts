/**
 * Bad input, one case per class of error: each must produce one clear German
 * message naming the field, the wrong value and what is valid, at the right line.
 */
import {mkdirSync, writeFileSync, cpSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createValidationCache, loadCarriers, loadCatalogue, loadVocabularies, validatePractice} from '../../src/content/load';
import {snapshot} from '../../src/content/settled';
import {ContentError, formatGithubAnnotation, formatProblem} from '../../src/content/problems';
import {tempDir} from '../support/tempDir';

const ROOT = resolve(__dirname, '../..');
const {vocabularies} = loadVocabularies(ROOT);
const context = {vocabularies, carrierIds: new Set(['awo-bundesverband', 'freiwilligenagentur-leipzig']), currentYear: 2026};
const FILE = 'docs/gute-praxis/lesetandems.md';

const GOOD: Record<string, string> = {
  title: 'Lesetandems an Grundschulen',
  description: 'Ehrenamtliche Lesepat*innen lesen einmal pro Woche mit Kindern.',
  carrier: 'awo-bundesverband',
  topics: '[bildung, sprache]',
  audiences: '[kinder]',
  roles: '[patenschaft]',
  formats: '[tandem]',
  states: '[berlin, brandenburg]',
};

/** A practice file with the good fields, some replaced (null removes a field) or added. */
function practice(changes: Record<string, string | null> = {}, extra = ''): string {
  const fields = {...GOOD, ...changes};
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n${extra}---\n\n## Ausgangslage\n\nText.\n`;
}

function problemsOf(text: string, file = FILE) {
  return validatePractice(file, text, context).problems;
}

describe('a valid practice', () => {
  it('passes and keeps every field', () => {
    const {practice: result, problems} = validatePractice(FILE, practice({since: '2017'}, 'contact:\n  email: kontakt@example.org\nsample: true\n'), context);
    expect(problems).toEqual([]);
    expect(result).toMatchObject({slug: 'lesetandems', carrier: 'awo-bundesverband', topics: ['bildung', 'sprache'], since: 2017, sample: true, contact: {email: 'kontakt@example.org'}});
    expect(result?.body).toContain('## Ausgangslage');
  });

  it('accepts [bundesweit] alone', () => {
    expect(problemsOf(practice({states: '[bundesweit]'}))).toEqual([]);
  });
});

describe('each class of error gives one clear message', () => {
  it.each([
    ['unknown carrier, with did-you-mean', {carrier: 'awo-bundesverbnd'}, '', 'carrier', 4, /»awo-bundesverbnd« ist keine bekannte Träger-ID\. Meinten Sie »awo-bundesverband«\?.*src\/data\/carriers\.yml/],
    ['unknown vocabulary slug', {topics: '[bildung, sprachee]'}, '', 'topics[1]', 5, /»sprachee« ist kein Wert der Liste Handlungsfelder\. Meinten Sie »sprache«\? Gültig sind: bildung, ausbildung-arbeit/],
    ['umlaut in a slug', {audiences: '[geflüchtete]'}, '', 'audiences[0]', 6, /»geflüchtete« .*Meinten Sie »gefluechtete«\?/],
    ['empty list', {roles: '[]'}, '', 'roles', 7, /Die Liste ist leer.*Gültig sind: patenschaft, mentoring, lotsendienst/],
    ['missing required field', {formats: null}, '', 'formats', undefined, /Pflichtfeld fehlt\. Gültig sind: tandem, gruppe, digital/],
    ['wrong type', {states: 'berlin'}, '', 'states', 9, /»berlin« hat den falschen Typ: erwartet Liste, z\. B\. \[a, b\], gefunden Text/],
    ['too long description', {description: 'x'.repeat(301)}, '', 'description', 3, /Ist 301 Zeichen lang; erlaubt sind höchstens 300/],
    ['too long title', {title: 'T'.repeat(121)}, '', 'title', 2, /Ist 121 Zeichen lang; erlaubt sind höchstens 120/],
    ['unknown key, with did-you-mean', {}, 'topcis: [bildung]\n', 'topcis', 10, /Unbekanntes Feld »topcis«\. Meinten Sie »topics«\? Erlaubt sind: title, description/],
    ['impossible year', {}, 'since: 1899\n', 'since', 10, /»1899« ist zu klein: mindestens 2000\. Erwartet wird das Startjahr als Zahl zwischen 2000 und 2027/],
    ['year in the future', {}, 'since: 2031\n', 'since', 10, /»2031« ist zu groß: höchstens 2027/],
    ['malformed e-mail', {}, 'contact:\n  email: kontakt(at)example.org\n', 'contact.email', 11, /»kontakt\(at\)example\.org« ist keine gültige E-Mail-Adresse/],
    ['malformed URL', {}, 'contact:\n  url: www.example.org\n', 'contact.url', 11, /»www\.example\.org« ist keine gültige Adresse \(z\. B\. https:\/\/example\.org\/projekt\)/],
    ['duplicate value', {topics: '[bildung, bildung]'}, '', 'topics[1]', 5, /»bildung« steht doppelt/],
    ['bundesweit with Länder', {states: '[bundesweit, berlin]'}, '', 'states', 9, /entweder \[bundesweit\] oder einzelne Länder/],
    ['sample not a boolean', {}, 'sample: ja\n', 'sample', 10, /»ja« hat den falschen Typ: erwartet true oder false/],
  ] as const)('%s', (_name, changes, extra, field, line, message) => {
    const problems = problemsOf(practice(changes, extra));
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({file: FILE, field});
    if (line !== undefined) expect(problem!.line).toBe(line);
    expect(problem!.message).toMatch(message);
  });

  it('reports every problem of a file at once', () => {
    const problems = problemsOf(practice({carrier: 'unbekannt', topics: '[quatsch]', roles: '[]'}));
    expect(problems.map((p) => p.field).sort()).toEqual(['roles']);
    // Structural errors come first; once the structure is right, slug errors follow together:
    const second = problemsOf(practice({carrier: 'unbekannt', topics: '[quatsch]', formats: '[tandem, hybrid]'}));
    expect(second.map((p) => p.field).sort()).toEqual(['carrier', 'formats[1]', 'topics[0]']);
  });

  it('rejects a file without front matter', () => {
    expect(problemsOf('# Nur Text\n')[0]!.message).toMatch(/Front Matter\) fehlt/);
  });

  it('rejects broken YAML with its line', () => {
    const [problem] = problemsOf('---\ntitle: Lesetandems\ndescription: Erst: dann\n  kaputt: [\n---\n');
    expect(problem!.message).toMatch(/YAML-Syntax ist fehlerhaft/);
    expect(problem!.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects a file name that is not a slug', () => {
    expect(problemsOf(practice(), 'docs/gute-praxis/Lese Tandems.md')[0]!.message).toMatch(/Dateiname »Lese Tandems« taugt nicht als Adresse/);
  });
});

describe('carriers.yml', () => {
  function siteWithCarriers(yaml: string): string {
    const dir = tempDir('wp-carriers-');
    cpSync(join(ROOT, 'src/data'), join(dir, 'src/data'), {recursive: true});
    writeFileSync(join(dir, 'src/data/carriers.yml'), yaml);
    return dir;
  }

  it.each([
    ['duplicate id', '- id: a-verein\n  name: A\n- id: a-verein\n  name: B\n', '[1].id', 3, /»a-verein« ist schon an Eintrag 1 vergeben/],
    ['unknown state', '- id: a-verein\n  name: A\n  state: sachsn\n', '[0].state', 3, /»sachsn« ist kein Bundesland\. Meinten Sie »sachsen«\?/],
    ['http URL', '- id: a-verein\n  name: A\n  url: http://example.org\n', '[0].url', 3, /keine gültige Adresse.*Erlaubt sind nur https-Adressen/],
    ['missing name', '- id: a-verein\n', '[0].name', 1, /Pflichtfeld fehlt/],
    ['id with umlaut', '- id: verein-für-alle\n  name: A\n', '[0].id', 1, /kein gültiger Kurzname/],
  ] as const)('%s', (_name, yaml, field, line, message) => {
    const {problems} = loadCarriers(siteWithCarriers(yaml), vocabularies);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'src/data/carriers.yml', field, line});
    expect(problems[0]!.message).toMatch(message);
  });
});

describe('loadCatalogue on a site', () => {
  it('collects problems from all files and never drops a practice silently', () => {
    const dir = tempDir('wp-site-');
    cpSync(join(ROOT, 'src/data'), join(dir, 'src/data'), {recursive: true});
    writeFileSync(join(dir, 'src/data/carriers.yml'), '- id: awo-bundesverband\n  name: AWO\n');
    mkdirSync(join(dir, 'docs/gute-praxis'), {recursive: true});
    writeFileSync(join(dir, 'docs/gute-praxis/gut.md'), practice());
    writeFileSync(join(dir, 'docs/gute-praxis/schlecht.md'), practice({carrier: 'awo'}));
    writeFileSync(join(dir, 'docs/gute-praxis/_vorlage.md'), 'Vorlage, wird übersprungen');
    const content = loadCatalogue(dir, {currentYear: 2026});
    expect(content.practices.map((p) => p.slug)).toEqual(['gut']);
    expect(content.problems).toHaveLength(1);
    expect(content.problems[0]!.file).toBe('docs/gute-praxis/schlecht.md');
  });

  it('under npm start, reads a file again only when its stamp (time and size) changed', () => {
    const dir = tempDir('wp-site-');
    cpSync(join(ROOT, 'src/data'), join(dir, 'src/data'), {recursive: true});
    writeFileSync(join(dir, 'src/data/carriers.yml'), '- id: awo-bundesverband\n  name: AWO\n');
    mkdirSync(join(dir, 'docs/gute-praxis'), {recursive: true});
    const file = join(dir, 'docs/gute-praxis/gut.md');
    writeFileSync(file, practice());
    const cache = createValidationCache();
    const folder = join(dir, 'docs/gute-praxis');
    const before = snapshot([folder]);
    expect(loadCatalogue(dir, {currentYear: 2026, cache, stamps: before}).practices[0]!.title).toBe(GOOD.title);
    // A new text under the old stamp is not read: proof that the cache answered.
    writeFileSync(file, practice({title: 'Neuer Titel'}));
    expect(loadCatalogue(dir, {currentYear: 2026, cache, stamps: before}).practices[0]!.title).toBe(GOOD.title);
    // Under its real stamp it is read and validated again.
    expect(loadCatalogue(dir, {currentYear: 2026, cache, stamps: snapshot([folder])}).practices[0]!.title).toBe('Neuer Titel');
    // Without stamps (a build), every file is read.
    writeFileSync(file, practice({title: 'Dritter Titel'}));
    expect(loadCatalogue(dir, {currentYear: 2026, cache}).practices[0]!.title).toBe('Dritter Titel');
  });
});

describe('output formats', () => {
  const problem = {file: FILE, line: 4, column: 10, field: 'carrier', message: '»x« ist keine bekannte Träger-ID.'};
  it('formats for people', () => {
    expect(formatProblem(problem)).toBe(`${FILE}:4:10 – carrier: »x« ist keine bekannte Träger-ID.`);
  });
  it('formats as a GitHub annotation', () => {
    expect(formatGithubAnnotation(problem)).toBe(`::error file=${FILE},line=4,col=10,title=Inhaltsfehler in carrier::»x« ist keine bekannte Träger-ID.`);
  });
  it('lists every problem in the build error', () => {
    const error = new ContentError([problem, {...problem, line: 2}]);
    expect(error.message).toMatch(/^2 Inhaltsfehler/);
    expect(error.message.indexOf(':2:')).toBeLessThan(error.message.indexOf(':4:'));
  });
});

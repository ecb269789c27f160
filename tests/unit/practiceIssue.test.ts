/**
 * Issue form »Praxisbeispiel vorschlagen« → practice file: recorded issue
 * bodies (tests/fixtures/issues/) with empty optional fields, multi-selects,
 * checkboxes, CRLF, Markdown and HTML in every field, a title of symbols and
 * carriers that are not in the directory; and `npm run issue:practice` on a
 * recorded »labeled« event, whose file passes the content check.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {parse} from 'yaml';
import {afterAll, describe, expect, it} from 'vitest';
import {checkContent} from '../../src/content/checkAll';
import {loadCarriers, loadVocabularies} from '../../src/content/load';
import {formatProblem, isWarning} from '../../src/content/problems';
import {renderPractice} from '../support/renderPractice';
import {PRACTICE_FORM_FILE} from '../../scripts/lib/issueForms';
import {bodyMarkdown, formProblemsFromCheck, parseContact, plainText, practiceFromIssue, problemsComment, pullRequest, type Conversion} from '../../scripts/lib/practiceIssue';
import {copySite, removeAll, ROOT, writeSiteFiles} from '../../scripts/lib/siteCopy';
import {PROCESS_TIMEOUT} from '../support/timeouts';

const FIXTURES = join(ROOT, 'tests/fixtures/issues');
const form = readFileSync(join(ROOT, PRACTICE_FORM_FILE), 'utf8');
const {vocabularies} = loadVocabularies(ROOT);
const {carriers} = loadCarriers(ROOT, vocabularies);
const author = {login: 'maria-beispiel', id: 4711};

const convert = (fixture: string, transform: (body: string) => string = (body) => body): Conversion =>
  practiceFromIssue({number: 42, body: transform(readFileSync(join(FIXTURES, fixture), 'utf8')), author}, {form, vocabularies, carriers, currentYear: 2026});

function converted(fixture: string, transform?: (body: string) => string) {
  const result = convert(fixture, transform);
  if (!result.ok) throw new Error(`expected a file, got: ${JSON.stringify(result.problems)}`);
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(result.file.content)!;
  return {file: result.file, frontMatter: parse(yaml!) as Record<string, unknown>, body: body!.trimEnd()};
}

function problemsOf(fixture: string): Map<string, string> {
  const result = convert(fixture);
  if (result.ok) throw new Error(`expected problems, got ${result.file.path}`);
  return new Map(result.problems.map((problem) => [problem.label, problem.message]));
}

describe('practiceFromIssue', () => {
  it('takes every answer of a complete suggestion into the front matter and the body', () => {
    const {file, frontMatter, body} = converted('vollstaendig.md');
    expect(file.path).toBe('docs/gute-praxis/lesetandems-an-grundschulen-in-chemnitz.md');
    expect(frontMatter).toEqual({
      title: 'Lesetandems an Grundschulen in Chemnitz',
      description: 'Ehrenamtliche Lesepat*innen treffen sich einmal pro Woche mit Kindern der dritten Klasse zum gemeinsamen Lesen.',
      carrier: carriers.find((carrier) => carrier.name === 'Freiwilligenagentur Leipzig-Ost (Beispiel)')!.id,
      topics: ['bildung', 'sprache'],
      audiences: ['kinder', vocabularies.audiences.find((entry) => entry.label === 'Menschen mit Einwanderungsgeschichte')!.slug],
      roles: ['patenschaft'],
      formats: ['tandem'],
      states: ['sachsen'],
      since: 2019,
      contact: {name: 'Maria Beispiel', email: 'lesen@example.org', phone: '+49 371 1234567', url: 'https://example.org/lesetandems'},
    });
    // The form's ### sections become the page's ## sections, in order, with their lists.
    expect(body.match(/^## .*/gm)).toEqual(['## Ausgangslage', '## Umsetzung', '## Gelingensfaktoren', '## Zum Nachmachen']);
    expect(body).toContain('- feste Ansprechperson in der Schule');
    expect(file.coAuthor).toBe('Co-authored-by: maria-beispiel <4711+maria-beispiel@users.noreply.github.com>');
  });

  it('reads an issue written with CRLF line ends exactly as one with LF', () => {
    expect(convert('vollstaendig.md', (body) => body.replace(/\n/g, '\r\n'))).toEqual(convert('vollstaendig.md'));
  });

  it('leaves out empty optional fields and empty sections, and takes several Länder from the multi-select', () => {
    const {file, frontMatter, body} = converted('ohne-optionale.md');
    expect(frontMatter).not.toHaveProperty('since');
    expect(frontMatter).not.toHaveProperty('contact');
    // In the order of src/data/, whatever the order of the answer.
    expect(frontMatter.states).toEqual(['niedersachsen', 'nordrhein-westfalen']);
    expect(frontMatter.formats).toEqual(['tandem', 'gruppe']);
    expect(body).toBe('## Ausgangslage\n\nJede vierte Ausbildung im Handwerk wird vorzeitig gelöst.');
    expect(file.coAuthor).toBeUndefined();
  });

  it('turns Markdown and HTML in one-line fields into plain text, and raw HTML in the description into visible text', () => {
    const {frontMatter, body} = converted('markdown-und-html.md');
    expect(frontMatter.title).toBe('Lots*innen für den Arztbesuch');
    expect(frontMatter.description).toBe('Freiwillige begleiten Geflüchtete zu Ärzt*innen und übersetzen. Mehr unter unserer Seite.');
    expect(frontMatter.since).toBe(2021);
    expect(frontMatter.contact).toEqual({name: 'Ali Beispiel', email: 'lotsen@example.org', phone: '089 / 123 456', url: 'https://example.org/lotsen'});
    // The page shows the markup as text; it never becomes an element.
    const {html} = renderPractice(body);
    expect(html).not.toMatch(/<script|<a href="javascript|onerror=/i);
    expect(html).toContain('&#x3C;script>alert("hallo")&#x3C;/script>');
    expect(html).toContain('<strong>Sprachmittler*innen</strong>');
    expect(html).toContain('<table');
    // A # heading in the form becomes the page's first section (##), the ## below it a subsection.
    expect(body.match(/^#+ .*/gm)).toEqual(['## Worum es geht', '### Ablauf']);
  });

  it('names the title field when the title has no letters or digits', () => {
    expect(problemsOf('titel-nur-zeichen.md').get('Titel')).toMatch(/»★ ✓ !!! ★« enthält keine Buchstaben oder Ziffern/);
  });

  it('asks the project team to add another organisation to the directory first', () => {
    expect([...problemsOf('andere-traegerin.md')]).toEqual([
      ['Träger*in', expect.stringMatching(/^»Leseclub Chemnitz e\. V\., https:\/\/leseclub\.example\.org« steht noch nicht im Verzeichnis der Träger\*innen\. .*src\/data\/carriers\.yml/)],
    ]);
  });

  it('names the valid carriers when the chosen one is not in the directory (a name with a comma stays one name)', () => {
    const message = problemsOf('unbekannte-traegerin.md').get('Träger*in');
    expect(message).toMatch(/^»Bürgerverein Altstadt, Chemnitz« gibt es im Verzeichnis der Träger\*innen nicht\. Möglich sind: /);
    for (const carrier of carriers) expect(message).toContain(`»${carrier.name}«`);
  });

  it('reports every missing or invalid answer at once, by the form field label', () => {
    const problems = problemsOf('unvollstaendig.md');
    expect([...problems.keys()].sort()).toEqual(
      ['Einverständnis', 'Format', 'Handlungsfelder', 'Kontakt (optional)', 'Kurzbeschreibung', 'Region', 'Rolle der Engagierten', 'Seit wann gibt es das Angebot?', 'Zielgruppen'].sort(),
    );
    expect(problems.get('Kurzbeschreibung')).toMatch(/^Die Kurzbeschreibung hat 3\d\d Zeichen; höchstens 300 sind möglich/);
    expect(problems.get('Region')).toMatch(/^Bitte wählen Sie mindestens einen Eintrag aus: »Baden-Württemberg«/);
    expect(problems.get('Seit wann gibt es das Angebot?')).toMatch(/»seit vielen Jahren« ist keine Jahreszahl/);
    expect(problems.get('Kontakt (optional)')).toMatch(/»montags bis freitags von 9 bis 12 Uhr«/);
    expect(problems.get('Einverständnis')).toMatch(/Die genannten Personen sind mit der Veröffentlichung/);
  });
});

describe('pieces of the conversion', () => {
  it('plainText drops markup but keeps gender stars', () => {
    expect(plainText('<i>Pat*innen</i> im **Quartier**')).toBe('Pat*innen im Quartier');
  });

  it('bodyMarkdown keeps headings that have content and drops those without', () => {
    expect(bodyMarkdown('### A\n\n### B\n\nText\n\n### C')).toBe('## B\n\nText');
  });

  it('parseContact keeps a line it cannot place instead of dropping it', () => {
    expect(parseContact('Ana\nBob')).toEqual({contact: {name: 'Ana'}, rest: ['Bob']});
  });

  it('maps content-check problems of the new file to form labels, and ignores other files and warnings', () => {
    const file = 'docs/gute-praxis/x.md';
    expect(
      formProblemsFromCheck(
        [
          {file, field: 'contact.email', message: 'keine E-Mail-Adresse'},
          {file, line: 12, message: 'Bild fehlt'},
          {file, field: 'title', message: 'Platzhalter', severity: 'warning'},
          {file: 'docs/andere.md', field: 'title', message: 'anderswo'},
        ],
        file,
        form,
      ),
    ).toEqual([
      {label: 'Kontakt (optional)', message: 'keine E-Mail-Adresse'},
      {label: 'Beschreibung', message: 'Bild fehlt'},
    ]);
  });

  it('writes one German comment line per field and the pull request that closes the issue', () => {
    expect(problemsComment([{label: 'Titel', message: 'A.'}, {label: 'Titel', message: 'B.'}, {label: 'Region', message: 'C.'}])).toMatch(/^Danke für Ihren Vorschlag![\s\S]*\n- \*\*Titel:\*\* A\. B\.\n- \*\*Region:\*\* C\.\n\nBitte bearbeiten Sie das Issue/);
    const {file} = converted('vollstaendig.md');
    const request = pullRequest({number: 42, body: '', author}, file);
    expect(request.title).toBe('Praxisbeispiel: Lesetandems an Grundschulen in Chemnitz');
    expect(request.branch).toBe('praxis/issue-42');
    expect(request.body).toMatch(/\nCloses #42$/);
    expect(request.commitMessage.split('\n').at(-1)).toBe(file.coAuthor);
  });
});

describe('npm run issue:practice on a recorded event', {timeout: PROCESS_TIMEOUT}, () => {
  const site = copySite({prefix: 'wissensplattform-issue-'});
  writeSiteFiles(site, {[PRACTICE_FORM_FILE]: form});
  const out = mkdtempSync(join(tmpdir(), 'wissensplattform-issue-out-'));
  afterAll(() => removeAll([site, out]));
  const run = (event: string, output: string) =>
    spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/issue-practice.ts'), '--event', event, '--out', output, '--dir', site], {
      encoding: 'utf8',
      env: {...process.env, GITHUB_OUTPUT: join(output, 'github-output.txt')},
    });

  it('writes a practice file that passes the content check, and the pull request to open', () => {
    const result = run(join(FIXTURES, 'ereignis-uebernehmen.json'), join(out, 'gut'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const path = 'docs/gute-praxis/lesetandems-an-grundschulen-in-chemnitz.md';
    expect(existsSync(join(site, path))).toBe(true);
    const errors = checkContent(site).problems.filter((problem) => !isWarning(problem));
    expect(errors.map(formatProblem)).toEqual([]);
    expect(readFileSync(join(out, 'gut/github-output.txt'), 'utf8')).toBe(
      `ok=true\npath=${path}\ntitle=Praxisbeispiel: Lesetandems an Grundschulen in Chemnitz\nbranch=praxis/issue-42\n`,
    );
    expect(readFileSync(join(out, 'gut/commit-message.txt'), 'utf8')).toMatch(/Co-authored-by: maria-beispiel <4711\+maria-beispiel@users\.noreply\.github\.com>\n$/);
    expect(readFileSync(join(out, 'gut/pr-body.md'), 'utf8')).toContain('Closes #42');
  });

  it('writes the German comment and leaves no file behind when the suggestion is incomplete', () => {
    const event = JSON.parse(readFileSync(join(FIXTURES, 'ereignis-uebernehmen.json'), 'utf8')) as {issue: {body: string}};
    event.issue.body = readFileSync(join(FIXTURES, 'unvollstaendig.md'), 'utf8');
    const eventFile = join(out, 'unvollstaendig.json');
    writeFileSync(eventFile, JSON.stringify(event));
    const result = run(eventFile, join(out, 'schlecht'));
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, 'schlecht/github-output.txt'), 'utf8')).toBe('ok=false\n');
    expect(readFileSync(join(out, 'schlecht/comment.md'), 'utf8')).toMatch(/^Danke für Ihren Vorschlag![\s\S]*- \*\*Handlungsfelder:\*\* Bitte wählen Sie/);
  });

  it('says clearly when the file is not an issue event', () => {
    const result = run(join(ROOT, 'package.json'), join(out, 'kein'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/package\.json ist kein Issue-Ereignis von GitHub/);
  });
});

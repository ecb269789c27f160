/**
 * Congress programmes and working-group reports: one fixture per class of
 * error, each asserting the message and where it points.
 */
import {writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadVocabularies} from '../../src/content/load';
import {loadCongresses, loadGroups} from '../../src/content/loadCongressesAndGroups';
import {fixtureSite} from '../support/fixtureSite';

const ROOT = resolve(__dirname, '../..');

const CONGRESS = [
  'title: Fachkongress 2019',
  'description: Zwei Tage Austausch.',
  'date: 2019-11-13',
  'endDate: 2019-11-14',
  'venue: Tagungszentrum',
  'city: Berlin',
];

const SESSION_A = '- day: 2019-11-13\n  start: "10:00"\n  end: "11:00"\n  title: Eröffnung\n  type: keynote\n  room: Saal 1\n';
const SESSION_B = '- day: 2019-11-13\n  start: "11:00"\n  end: "12:00"\n  title: Workshop\n  type: workshop\n  room: Saal 1\n  page: workshop-a\n';

function site(files: Record<string, string>): string {
  return fixtureSite('wp-structured-', {
    'docs/fachkongress/2019/index.mdx': `---\n${CONGRESS.join('\n')}\n---\n\nText.\n`,
    'docs/fachkongress/2019/workshop-a.md': '---\ntitle: Workshop A\n---\n\nText.\n',
    'static/dateien/doku.pdf': '%PDF-1.4 test',
    ...files,
  });
}

const congressProblems = (files: Record<string, string>) => loadCongresses(site(files)).problems;

describe('a valid congress', () => {
  it('loads with its programme sorted by day and time, pages linked and materials sized', () => {
    const {congresses, problems} = loadCongresses(
      site({
        'docs/fachkongress/2019/programm.yml': `${SESSION_B}  materials:\n    - file: /dateien/doku.pdf\n      title: Folien\n${SESSION_A}`,
      }),
    );
    expect(problems).toEqual([]);
    const [congress] = congresses;
    expect(congress!.programme!.map((s) => s.start)).toEqual(['10:00', '11:00']);
    expect(congress!.programme![1]).toMatchObject({pagePath: '/fachkongress/2019/workshop-a', materials: [{kind: 'PDF, 1 KB'}]});
    expect(congress!.days).toEqual(['2019-11-13', '2019-11-14']);
  });

  it('links its proceedings as PDF first, with their size, once `npm run kongress-pdf` has made them', () => {
    const without = loadCongresses(site({})).congresses[0]!;
    expect(without.downloads).toEqual([]);
    const withPdf = loadCongresses(site({'.kongressdokumentation/fachkongress/2019/kongressdokumentation-2019.pdf': `%PDF-1.7 ${'x'.repeat(3000)}`})).congresses[0]!;
    expect(withPdf.downloads).toEqual([{file: '/fachkongress/2019/kongressdokumentation-2019.pdf', title: 'Kongressdokumentation', bytes: 3009, kind: 'PDF, 3 KB'}]);
  });

  it('without programm.yml has no programme (»Programm folgt«)', () => {
    expect(loadCongresses(site({})).congresses[0]!.programme).toBeNull();
  });
});

describe('congress errors', () => {
  it.each([
    ['unknown session type, with did-you-mean', {'docs/fachkongress/2019/programm.yml': SESSION_A.replace('keynote', 'workshp')}, 'docs/fachkongress/2019/programm.yml', '[0].type', 5, /»workshp« ist keine bekannte Art\. Meinten Sie »workshop«\? Gültig sind: keynote, podium/],
    ['end before start', {'docs/fachkongress/2019/programm.yml': SESSION_A.replace('"11:00"', '"09:00"')}, 'docs/fachkongress/2019/programm.yml', '[0].end', 3, /Das Ende 09:00 liegt nicht nach dem Beginn 10:00/],
    ['overlapping sessions in one room', {'docs/fachkongress/2019/programm.yml': SESSION_A + SESSION_B.replace('"11:00"\n  end', '"10:30"\n  end')}, 'docs/fachkongress/2019/programm.yml', '[1].start', 8, /»Workshop« \(10:30–12:00\) überschneidet sich mit »Eröffnung« \(10:00–11:00\) im Raum Saal 1/],
    ['day outside the congress', {'docs/fachkongress/2019/programm.yml': SESSION_A.replace('2019-11-13', '2019-11-20')}, 'docs/fachkongress/2019/programm.yml', '[0].day', 1, /Der Tag 2019-11-20 liegt nicht im Kongresszeitraum \(2019-11-13, 2019-11-14\)/],
    ['missing day on a multi-day congress', {'docs/fachkongress/2019/programm.yml': SESSION_A.replace('- day: 2019-11-13\n  start', '- start')}, 'docs/fachkongress/2019/programm.yml', '[0].', undefined, /bitte »day« angeben \(2019-11-13 oder 2019-11-14\)/],
    ['time that is not a time', {'docs/fachkongress/2019/programm.yml': SESSION_A.replace('"10:00"', '"10 Uhr"')}, 'docs/fachkongress/2019/programm.yml', '[0].start', 2, /Erwartet wird eine Uhrzeit wie 09:30/],
    ['missing material file', {'docs/fachkongress/2019/programm.yml': `${SESSION_A}  materials:\n    - file: /dateien/fehlt.pdf\n      title: Folien\n`}, 'docs/fachkongress/2019/programm.yml', '[0].materials.0.file', 8, /Die Datei »\/dateien\/fehlt\.pdf« fehlt\. Legen Sie sie unter static\/dateien\/fehlt\.pdf ab/],
    ['missing session page', {'docs/fachkongress/2019/programm.yml': SESSION_B.replace('workshop-a', 'workshop-b')}, 'docs/fachkongress/2019/programm.yml', '[0].page', 7, /Die Seite »workshop-b« gibt es nicht; erwartet wird docs\/fachkongress\/2019\/workshop-b\.md/],
    ['impossible date', {'docs/fachkongress/2019/index.mdx': `---\n${CONGRESS.join('\n').replace('2019-11-14', '2019-11-31')}\n---\n`}, 'docs/fachkongress/2019/index.mdx', 'endDate', 5, /»2019-11-31« ist kein gültiges Datum/],
    ['date not in the folder\'s year', {'docs/fachkongress/2019/index.mdx': `---\n${CONGRESS.join('\n').replace('date: 2019-11-13', 'date: 2018-11-13')}\n---\n`}, 'docs/fachkongress/2019/index.mdx', 'date', 4, /Das Datum 2018-11-13 passt nicht zum Ordner 2019/],
    ['end before the first day', {'docs/fachkongress/2019/index.mdx': `---\n${CONGRESS.join('\n').replace('endDate: 2019-11-14', 'endDate: 2019-11-12')}\n---\n`}, 'docs/fachkongress/2019/index.mdx', 'endDate', 5, /Das Ende 2019-11-12 liegt vor dem Beginn 2019-11-13/],
    ['photo without alt text', {'docs/fachkongress/2019/index.mdx': `---\n${CONGRESS.join('\n')}\ngallery:\n  - src: /dateien/doku.pdf\n    credit: BBE\n---\n`}, 'docs/fachkongress/2019/index.mdx', 'gallery[0].alt', 9, /Pflichtfeld fehlt/],
    ['missing download', {'docs/fachkongress/2019/index.mdx': `---\n${CONGRESS.join('\n')}\ndownloads:\n  - file: /dateien/doku-fehlt.pdf\n    title: Doku\n---\n`}, 'docs/fachkongress/2019/index.mdx', 'downloads[0].file', 9, /Die Datei »\/dateien\/doku-fehlt\.pdf« fehlt/],
    ['folder that is not a year', {'docs/fachkongress/neu/index.mdx': `---\n${CONGRESS.join('\n')}\n---\n`}, 'docs/fachkongress/neu', undefined, undefined, /Der Ordnername »neu« muss eine Jahreszahl sein/],
  ] as const)('%s', (_name, files, file, field, line, message) => {
    const problems = congressProblems(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file, ...(field !== undefined ? {field} : {})});
    if (line !== undefined) expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.message).toMatch(message);
  });
});

describe('working-group reports', () => {
  const {vocabularies} = loadVocabularies(ROOT);
  const REPORT = ['title: 5. Sitzung', 'description: Bericht.', 'group: digitalisierung', 'meetingDate: 2020-02-03', 'meetingNumber: 5'];
  const reportFile = 'docs/arbeitsgruppen/digitalisierung/2020-02-03-fuenfte-sitzung.md';
  const groupProblems = (files: Record<string, string>) => loadGroups(site(files), vocabularies).problems;

  it('loads a valid report, newest first within its group', () => {
    const {groups, problems} = loadGroups(
      site({
        [reportFile]: `---\n${REPORT.join('\n')}\n---\n`,
        'docs/arbeitsgruppen/digitalisierung/2019-11-08-vierte-sitzung.md': `---\n${REPORT.join('\n').replace('2020-02-03', '2019-11-08').replace('5. Sitzung', '4. Sitzung')}\n---\n`,
      }),
      vocabularies,
    );
    expect(problems).toEqual([]);
    expect(groups.find((g) => g.id === 'digitalisierung')!.reports.map((r) => r.title)).toEqual(['5. Sitzung', '4. Sitzung']);
  });

  it.each([
    ['unknown group, with did-you-mean', `---\n${REPORT.join('\n').replace('group: digitalisierung', 'group: digitalisirung')}\n---\n`, reportFile, 'group', 4, /»digitalisirung« ist keine bekannte Arbeitsgruppe\. Meinten Sie »digitalisierung«\?/],
    ['meeting date not matching the file name', `---\n${REPORT.join('\n').replace('2020-02-03', '2020-02-04')}\n---\n`, reportFile, 'meetingDate', 5, /Das Sitzungsdatum 2020-02-04 passt nicht zum Dateinamen \(2020-02-03\)/],
    ['unknown topic', `---\n${REPORT.join('\n')}\ntopics: [digitales]\n---\n`, reportFile, 'topics[0]', 7, /»digitales« ist kein Handlungsfeld/],
    ['unknown key', `---\n${REPORT.join('\n')}\nort: Berlin\n---\n`, reportFile, 'ort', 7, /Unbekanntes Feld »ort«\./],
  ] as const)('%s', (_name, content, file, field, line, message) => {
    const problems = groupProblems({[reportFile]: content});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file, field, line});
    expect(problems[0]!.message).toMatch(message);
  });

  it('rejects a report file name without a date', () => {
    const problems = groupProblems({'docs/arbeitsgruppen/digitalisierung/sitzung.md': `---\n${REPORT.join('\n')}\n---\n`});
    expect(problems[0]!.message).toMatch(/Der Dateiname muss mit dem Sitzungsdatum beginnen/);
  });

  it('rejects a folder without a group and a group without its page', () => {
    expect(groupProblems({'docs/arbeitsgruppen/unbekannt/2020-01-01-x.md': 'x'})[0]!.message).toMatch(/Zum Ordner »unbekannt« gibt es keine Arbeitsgruppe/);
    const dir = site({});
    writeFileSync(join(dir, 'src/data/groups.yml'), '- id: neu\n  name: Neu\n  description: Neue AG.\n');
    expect(loadGroups(dir, vocabularies).problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/Die Seite der Arbeitsgruppe »neu« fehlt/));
  });
});

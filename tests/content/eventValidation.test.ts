/**
 * Events (termine/*.md) and the events that congresses and working-group
 * reports bring along: one fixture per class of error, each asserting the
 * message, the field and the line it points to.
 */
import {describe, expect, it} from 'vitest';
import {loadVocabularies} from '../../src/content/load';
import {loadCongresses, loadGroups} from '../../src/content/loadCongressesAndGroups';
import {loadEvents} from '../../src/content/loadEvents';
import {checkContent} from '../../src/content/checkAll';
import {fixtureSite} from '../support/fixtureSite';

const EVENT = [
  'title: Mittagsgespräch',
  'description: Austausch über Begleitung im Alltag.',
  'type: mittagsgespraech',
  'start: 2027-01-20 12:30',
  'end: "13:30"',
  'online: true',
];
const REPORT = '---\ntitle: 5. Sitzung\ndescription: Bericht.\ngroup: digitalisierung\nmeetingDate: 2027-03-10\nmeetingNumber: 5\n---\n\nText.\n';

function site(files: Record<string, string>): string {
  return fixtureSite('wp-events-', {
    'docs/fachkongress/2019/index.mdx': '---\ntitle: Fachkongress 2019\ndescription: Zwei Tage.\ndate: 2019-11-13\nendDate: 2019-11-14\nvenue: Tagungszentrum\ncity: Berlin\n---\n\nText.\n',
    ...files,
  });
}

function load(files: Record<string, string>) {
  const dir = site(files);
  const {congresses} = loadCongresses(dir);
  const {groups} = loadGroups(dir, loadVocabularies(dir).vocabularies);
  return loadEvents(dir, {congresses, groups});
}

const eventFile = (lines: string[], body = ''): string => `---\n${lines.join('\n')}\n---\n${body}`;
const withLines = (replace: Record<string, string | null>, add: string[] = []): string[] => [
  ...EVENT.flatMap((line) => {
    const key = line.split(':')[0]!;
    if (!(key in replace)) return [line];
    return replace[key] === null ? [] : [`${key}: ${replace[key]}`];
  }),
  ...add,
];
const problemsOf = (lines: string[]) => load({'termine/mittag.md': eventFile(lines)}).problems;

describe('a valid event', () => {
  it('loads with Berlin times, its page, its calendar file and the congress and meetings beside it', () => {
    const {events, problems} = load({
      'termine/mittag.md': eventFile(withLines({}, ['registration:', '  url: https://example.org/anmeldung', '  deadline: 2027-01-18', 'accessibility:', '  signLanguage: true'])),
      'docs/arbeitsgruppen/digitalisierung/2019-11-08-vierte-sitzung.md': REPORT.replace(/2027-03-10/, '2019-11-08'),
    });
    expect(problems).toEqual([]);
    const mittag = events.find((event) => event.id === 'termin-mittag')!;
    expect(mittag).toMatchObject({
      type: 'mittagsgespraech',
      start: {date: '2027-01-20', time: '12:30'},
      end: {date: '2027-01-20', time: '13:30'},
      attendance: 'online',
      language: 'de',
      accessibility: {signLanguage: true, stepFree: false},
      registration: {url: 'https://example.org/anmeldung', deadline: '2027-01-18'},
      path: '/termine/mittag',
      icsPath: '/termine/mittag.ics',
      cancelled: false,
    });
    // Soonest first: the reported meeting (2019-11-08), the congress (2019-11-13), then the event file.
    expect(events.map((event) => event.id)).toEqual(['ag-sitzung-digitalisierung-2019-11-08', 'fachkongress-2019', 'termin-mittag']);
    expect(events[1]).toMatchObject({type: 'fachkongress', start: {date: '2019-11-13'}, end: {date: '2019-11-14'}, path: '/fachkongress/2019', icsPath: '/fachkongress/2019/kongress.ics'});
    expect(events[0]).toMatchObject({type: 'ag-sitzung', title: '5. Sitzung der AG Digitalisierung', path: '/arbeitsgruppen/digitalisierung/2019-11-08-vierte-sitzung'});
  });

  it('makes an announced meeting and its later report one event, with the same id', () => {
    const announced = eventFile(withLines({type: 'ag-sitzung', start: '2027-03-10 14:00', end: '"17:00"'}, ['documentation:', '  group: digitalisierung']));
    const before = load({'termine/ag.md': announced}).events.filter((event) => event.type === 'ag-sitzung');
    const after = load({'termine/ag.md': announced, 'docs/arbeitsgruppen/digitalisierung/2027-03-10-fuenfte.md': REPORT}).events.filter((event) => event.type === 'ag-sitzung');
    expect(before.map((event) => event.id)).toEqual(['ag-sitzung-digitalisierung-2027-03-10']);
    expect(after.map((event) => event.id)).toEqual(['ag-sitzung-digitalisierung-2027-03-10']);
    expect(after[0]!.start.time).toBe('14:00');
    expect(after[0]!.documentation.map((link) => link.label)).toEqual(['Sitzungsbericht', 'AG Digitalisierung']);
  });

  it('takes a whole day, and several days', () => {
    const {events, problems} = load({'termine/tag.md': eventFile(withLines({start: '2027-02-24', end: '2027-02-25', online: null}, ['place:', '  name: Haus', '  city: Leipzig']))});
    expect(problems).toEqual([]);
    expect(events.find((event) => event.id === 'termin-tag')).toMatchObject({start: {date: '2027-02-24'}, end: {date: '2027-02-25'}, attendance: 'vor-ort', place: 'Haus, Leipzig'});
  });
});

describe('problems', () => {
  it.each([
    ['an unknown type, with a suggestion', withLines({type: 'mittagsgesprach'}), 'type', 4, /»mittagsgesprach« ist keine bekannte Art von Termin\. Meinten Sie »mittagsgespraech«\?/],
    ['a congress as an event file', withLines({type: 'fachkongress'}), 'type', 4, /Fachkongresse erscheinen von selbst im Kalender/],
    ['an end before the start', withLines({end: '"11:00"'}), 'end', 6, /liegt nicht nach dem Beginn/],
    ['a time that is no time', withLines({start: '2027-01-20 25:00'}), 'start', 5, /Erwartet wird Datum und Uhrzeit wie 2026-12-10 12:30/],
    ['a day that does not exist', withLines({start: '2027-02-30 12:00'}), 'start', 5, /»2027-02-30« ist kein gültiges Datum/],
    ['a whole-day start with an end time', withLines({start: '2027-01-20'}), 'end', 6, /ganztägiger Termin/],
    ['an unknown language', withLines({}, ['language: deutsch']), 'language', 8, /»deutsch« ist keine bekannte Sprache\. .*de \(Deutsch\)/],
    ['an AG meeting without its group', withLines({type: 'ag-sitzung'}), 'type', 4, /documentation\.group/],
    ['an unknown group', withLines({}, ['documentation:', '  group: digitalisieren']), 'documentation.group', 9, /Meinten Sie »digitalisierung«\?/],
    ['an unknown congress', withLines({}, ['documentation:', '  congress: 2020']), 'documentation.congress', 9, /Einen Fachkongress 2020 gibt es nicht\. Vorhanden: 2019/],
    ['a report that does not exist', withLines({}, ['documentation:', '  report: /arbeitsgruppen/digitalisierung/2019-01-01-x']), 'documentation.report', 9, /Den Sitzungsbericht .* gibt es nicht/],
    ['a registration deadline after the event', withLines({}, ['registration:', '  url: https://example.org/a', '  deadline: 2027-02-01']), 'registration.deadline', 10, /Der Anmeldeschluss 2027-02-01 liegt nach dem Termin/],
    ['an access link', withLines({}, ['zoom: https://zoom.example.org/j/1']), 'zoom', 8, /Zugangslinks zu Online-Terminen werden nicht veröffentlicht/],
    ['an unknown field, with a suggestion', withLines({}, ['cancelld: true']), 'cancelld', 8, /Unbekanntes Feld »cancelld«\. Meinten Sie »cancelled«\?/],
  ])('%s', (_name, lines, field, line, message) => {
    const problems = problemsOf(lines);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'termine/mittag.md', field, line});
    expect(problems[0]!.message).toMatch(message);
  });

  it('an event without place or online', () => {
    const [problem] = problemsOf(withLines({online: null}));
    expect(problem!.message).toMatch(/Geben Sie place \(name, city\) an, oder online: true/);
  });

  it('a file without front matter, and a file that is not .md', () => {
    const {problems} = load({'termine/leer.md': 'Nur Text.\n', 'termine/x.mdx': eventFile(EVENT)});
    expect(problems.map((problem) => [problem.file, problem.message.slice(0, 40)])).toEqual([
      ['termine/leer.md', 'Der Kopfbereich (Front Matter) fehlt: Di'],
      ['termine/x.mdx', 'Termine sind Markdown-Dateien (.md), nic'],
    ]);
  });

  it('the same meeting announced twice', () => {
    const meeting = eventFile(withLines({type: 'ag-sitzung'}, ['documentation:', '  group: digitalisierung']));
    const {problems} = load({'termine/a.md': meeting, 'termine/b.md': meeting});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'termine/b.md'});
    expect(problems[0]!.message).toMatch(/steht schon in termine\/a\.md/);
  });

  it('a news post that does not exist (in the content check)', () => {
    const dir = site({'termine/mittag.md': eventFile(withLines({}, ['documentation:', '  news: /meldungen/gibt-es-nicht']))});
    const problems = checkContent(dir).problems.filter((problem) => problem.file === 'termine/mittag.md');
    expect(problems.map((problem) => problem.field)).toContain('documentation.news');
  });
});

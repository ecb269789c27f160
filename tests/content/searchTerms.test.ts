/**
 * The editors' search terms (src/data/suchbegriffe.yml): the list as it is
 * passes, every entry of it finds something in the sample content, and bad
 * entries fail with a German message naming the line, the field and the fix.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadSearchTerms, SEARCH_TERMS_FILE, unfoundSearchTerms} from '../../src/content/searchTerms';
import {checkContent} from '../../src/content/checkAll';
import {formatProblem, type Problem} from '../../src/content/problems';
import {tempDir} from '../support/tempDir';
import {PROCESS_TIMEOUT} from '../support/timeouts';

const ROOT = resolve(__dirname, '../..');

function withList(yaml: string, contentText?: string): {problems: Problem[]; messages: string[]} {
  const dir = tempDir('suchbegriffe-');
  mkdirSync(join(dir, 'src/data'), {recursive: true});
  writeFileSync(join(dir, SEARCH_TERMS_FILE), yaml);
  const {list, problems} = loadSearchTerms(dir);
  if (contentText !== undefined) problems.push(...unfoundSearchTerms(list, contentText));
  return {problems, messages: problems.map(formatProblem)};
}

describe('the list in the repository', () => {
  it(
    'passes the content check, and each entry finds something on the sample site (no warning)',
    () => {
      const problems = checkContent(ROOT).problems.filter((problem) => problem.file === SEARCH_TERMS_FILE);
      expect(problems.map(formatProblem)).toEqual([]);
    },
    // Reads every page of the site: seconds on a busy machine.
    PROCESS_TIMEOUT,
  );

  it('holds the examples of the issue and at least 30 more entries', () => {
    const {
      list: {terms},
      problems,
    } = loadSearchTerms(ROOT);
    expect(problems).toEqual([]);
    const groups = terms.groups.map((group) => group.join(' | '));
    expect(groups.some((group) => /Geflüchtete/.test(group) && /Flüchtlinge/.test(group) && /Schutzsuchende/.test(group))).toBe(true);
    expect(groups.some((group) => /Freiwillige/.test(group) && /Ehrenamtliche/.test(group) && /Engagierte/.test(group))).toBe(true);
    expect(Object.fromEntries(terms.oneWay)).toMatchObject({AG: ['Arbeitsgruppe'], BBE: ['Bundesnetzwerk Bürgerschaftliches Engagement'], MSM: ['Menschen stärken Menschen']});
    expect(terms.groups.length + terms.oneWay.length).toBeGreaterThanOrEqual(5 + 30);
  });
});

describe('bad entries', () => {
  it('rejects an empty group and a group of one word', () => {
    const {messages} = withList('gleichwertig:\n  - []\n  - [Geflüchtete]\n');
    expect(messages).toEqual([
      expect.stringMatching(/^src\/data\/suchbegriffe\.yml:2:\d+ – gleichwertig\[0\]: Die Gruppe ist leer\. .*mindestens zwei Wörter/),
      expect.stringMatching(/^src\/data\/suchbegriffe\.yml:3:\d+ – gleichwertig\[1\]: Die Gruppe hat nur ein Wort \(»Geflüchtete«\)/),
    ]);
  });

  it('rejects a word twice in a group (also as an inflected form)', () => {
    const {messages} = withList('gleichwertig:\n  - [Flüchtlinge, Schutzsuchende, Flüchtlingen]\n');
    expect(messages).toEqual([expect.stringMatching(/:2:\d+ – gleichwertig\[0\]\[2\]: »Flüchtlingen« steht schon in dieser Gruppe \(»Flüchtlinge«\)/)]);
  });

  it('rejects a word in two groups, naming the other one and its line', () => {
    const {messages} = withList('gleichwertig:\n  - [Flüchtlinge, Geflüchtete]\n  - [Schutzsuchende, Flüchtlinge]\n');
    expect(messages).toEqual([expect.stringMatching(/:3:\d+ – gleichwertig\[1\]\[1\]: »Flüchtlinge« steht schon bei gleichwertig\[0\] \(Zeile 2\)/)]);
  });

  it('rejects an abbreviation that is also in a group', () => {
    const {messages} = withList('gleichwertig:\n  - [Arbeitsgruppe, AG]\neinseitig:\n  AG: Arbeitsgruppe\n');
    expect(messages).toEqual([expect.stringMatching(/:4:\d+ – einseitig\.AG: »AG« steht schon bei gleichwertig\[0\] \(Zeile 2\)/)]);
  });

  it('rejects entries that can never match: stop words only, a single letter, an abbreviation of itself', () => {
    const {messages} = withList('gleichwertig:\n  - [und, Geflüchtete]\neinseitig:\n  X: Arbeitsgruppe\n  AG: ag\n');
    expect(messages).toEqual([
      expect.stringMatching(/:2:\d+ – gleichwertig\[0\]\[0\]: »und« kann nie etwas finden: .*Füllwörter/),
      expect.stringMatching(/einseitig\.X: »X« kann nie etwas finden/),
      expect.stringMatching(/einseitig\.AG: »AG« verweist auf sich selbst/),
    ]);
  });

  it('rejects unknown keys and wrong shapes with the valid ones', () => {
    const {messages} = withList('gleichwertig: Geflüchtete\nsynonyme: []\n');
    expect(messages.join('\n')).toMatch(/synonyme/);
    expect(messages.join('\n')).toMatch(/gleichwertig/);
    expect(messages.every((message) => message.startsWith('src/data/suchbegriffe.yml:'))).toBe(true);
  });

  it('warns about an entry that finds nothing on the site today', () => {
    const {problems, messages} = withList('gleichwertig:\n  - [Velo, Drahtesel]\neinseitig:\n  AG: Arbeitsgruppe\n', 'das fahrrad steht im hof. die arbeitsgruppe tagt.');
    expect(messages).toEqual([expect.stringMatching(/:2:\d+ – Warnung – gleichwertig\[0\]: Keines der Wörter \(Velo, Drahtesel\) steht zurzeit auf einer Seite/)]);
    expect(problems[0]!.severity).toBe('warning');
  });

  it('warns about it beside a mistake elsewhere in the list, naming the entry where it stands', () => {
    const {messages} = withList('gleichwertig:\n  - [Lotsen]\n  - [Velo, Drahtesel]\n', 'das fahrrad steht im hof.');
    expect(messages).toEqual([
      expect.stringMatching(/:2:\d+ – gleichwertig\[0\]: Die Gruppe hat nur ein Wort \(»Lotsen«\)/),
      expect.stringMatching(/:3:\d+ – Warnung – gleichwertig\[1\]: Keines der Wörter \(Velo, Drahtesel\) steht zurzeit auf einer Seite/),
    ]);
  });
});

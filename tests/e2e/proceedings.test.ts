/**
 * `npm run kongress-pdf`: the proceedings of the sample congress printed from
 * the built site, read back with pdf.js. Its text holds every documented
 * session and every speaker, its bookmarks have an entry per section, it is
 * tagged (structure tree, alt text of the photos, language and title), and no
 * page is blank.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {getDocument, type PDFDocumentProxy} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {loadCongresses} from '../../src/content/loadCongressesAndGroups';
import {SESSION_TYPE_LABELS, proceedingsPath, type Congress} from '../../src/content/congress';
import {removeAll} from '../../scripts/lib/siteCopy';
import {tempDir} from '../support/tempDir';
import {PROCESS_TIMEOUT} from '../support/timeouts';

const ROOT = resolve(__dirname, '../..');
const buildDir = inject('buildDir');
const out = tempDir('wp-proceedings-');
const congress: Congress = loadCongresses(ROOT).congresses.find((candidate) => candidate.year === 2019)!;
const file = join(out, proceedingsPath(2019));

let pdf: PDFDocumentProxy;
let pages: string[];

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}
const walk = (node: StructNode | null, visit: (node: StructNode) => void): void => {
  if (!node) return;
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
};

beforeAll(async () => {
  const run = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'scripts/kongress-pdf.ts'), '2019', '--build', buildDir, '--out', out], {
    encoding: 'utf8',
    cwd: ROOT,
    env: {...process.env, BASE_URL: ''},
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^Geschrieben: .*kongressdokumentation-2019\.pdf \(PDF, [\d,]+ (KB|MB)\)$/m);
  pdf = await getDocument({data: new Uint8Array(readFileSync(file)), isEvalSupported: false, useSystemFonts: false}).promise;
  pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
}, PROCESS_TIMEOUT);

afterAll(async () => {
  await pdf?.destroy();
  removeAll([out]);
});

describe('the congress proceedings as PDF', () => {
  it('hold every documented session and every speaker', () => {
    expect(existsSync(file)).toBe(true);
    const text = pages.join(' ');
    const sessions = (congress.programme ?? []).filter((session) => session.pagePath);
    expect(sessions.length).toBeGreaterThan(1);
    for (const session of sessions) expect(text).toContain(session.title);
    const speakers = (congress.programme ?? []).flatMap((session) => session.speakers ?? []).map((speaker) => speaker.name);
    expect(speakers.length).toBeGreaterThan(1);
    for (const name of speakers) expect(text).toContain(name);
  });

  it('have a bookmark for every section', async () => {
    const outline = (await pdf.getOutline()) ?? [];
    const titles: string[] = [];
    const collect = (items: {title: string; items: unknown[]}[]): void =>
      items.forEach((item) => {
        titles.push(item.title.trim());
        collect(item.items as {title: string; items: unknown[]}[]);
      });
    collect(outline);
    const sections = [
      'Inhalt',
      ...(congress.programme ?? []).filter((session) => session.pagePath).map((session) => `${SESSION_TYPE_LABELS[session.type]}: ${session.title}`),
      'Referierende',
      'Bildnachweise',
      'Impressum',
    ];
    for (const section of sections) expect(titles).toContain(section);
    expect(titles.filter((title) => title === congress.title).length).toBeGreaterThanOrEqual(1);
  });

  it('are tagged: structure tree, alt text of the photos, title and language', async () => {
    expect((await pdf.getMarkInfo())?.Marked).toBe(true);
    const roles = new Set<string>();
    const alts: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      walk((await (await pdf.getPage(number)).getStructTree()) as StructNode | null, (node) => {
        if (node.role) roles.add(node.role);
        if (node.alt) alts.push(node.alt);
      });
    }
    expect([...roles]).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'Figure']));
    for (const image of congress.gallery ?? []) expect(alts).toContain(image.alt);
    const {info} = (await pdf.getMetadata()) as {info: {Title?: string}};
    expect(info.Title).toBe(`Kongressdokumentation: ${congress.title}`);
    expect(readFileSync(file).toString('latin1')).toMatch(/\/Lang \(de\)/);
  });

  it('have no blank page: each holds more than its running header and page number', () => {
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((text, index) => {
      const body = text.replace(/Seite \d+ von \d+/, '').replace(`Kongressdokumentation 2019 · ${congress.title}`, '').trim();
      expect(body.length, `Seite ${index + 1}`).toBeGreaterThan(20);
      expect(text, `Seite ${index + 1}`).toContain(`Seite ${index + 1} von ${pages.length}`);
    });
  });
});

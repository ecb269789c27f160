/**
 * The preview comment of a pull request: each changed file's page (titles and
 * slugs from the front matter), data files by the page that shows them, and
 * `npm run preview:links` on a list of files and a checkout.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {parse} from 'yaml';
import {afterAll, describe, expect, it} from 'vitest';
import {pageOfFile, previewComment, previewPages} from '../../scripts/lib/previewLinks';
import {copySite, removeAll} from '../../scripts/lib/siteCopy';
import {PROCESS_TIMEOUT} from '../support/timeouts';

const page = (path: string, text = '---\ntitle: Titel\n---\n\nText\n') => pageOfFile({path, text});

describe('pageOfFile', () => {
  it.each([
    ['docs/gute-praxis/lesetandems.md', '---\ntitle: Lesetandems\n---\n', {path: '/gute-praxis/lesetandems', label: 'Lesetandems'}],
    ['blog/2026-05-06-neues.md', '---\ntitle: Neues\nslug: neues-aus-dem-bbe\n---\n', {path: '/meldungen/neues-aus-dem-bbe', label: 'Neues'}],
    ['blog/2026-05-06-ohne-slug.md', '---\ntitle: Ohne\n---\n', {path: '/meldungen/2026/05/06/ohne-slug', label: 'Ohne'}],
    ['docs/mitmachen/betrieb.md', '---\ntitle: Betrieb\n---\n', {path: '/mitmachen/betrieb', label: 'Betrieb'}],
    ['docs/mitmachen/index.mdx', '---\ntitle: Mitmachen\n---\n', {path: '/mitmachen', label: 'Mitmachen'}],
    ['docs/programm/projekt.mdx', '---\ntitle: Projekt\nslug: /programm/projekt\n---\n', {path: '/programm/projekt', label: 'Projekt'}],
    ['docs/fachkongress/2019/index.mdx', '---\ntitle: Fachkongress 2019\n---\n', {path: '/fachkongress/2019', label: 'Fachkongress 2019'}],
    ['docs/fachkongress/2019/programm.yml', 'sessions: []\n', {path: '/fachkongress/2019', label: 'Fachkongress 2019'}],
    ['src/pages/impressum.md', '---\ntitle: Impressum\n---\n', {path: '/impressum', label: 'Impressum'}],
    ['src/data/carriers.yml', '- id: x\n', {path: '/traeger', label: 'Träger*innen'}],
    ['src/data/topics.yml', '- slug: x\n', {path: '/gute-praxis', label: 'Katalog guter Praxis (Filter)'}],
  ])('%s → its page', (path, text, expected) => expect(pageOfFile({path, text})).toEqual(expected));

  it.each(['src/components/Catalogue/index.tsx', 'docs/gute-praxis/_vorlage.md', 'static/img/logo.svg', 'package.json'])('%s has no page of its own', (path) => {
    expect(page(path)).toBeUndefined();
  });

  it('takes the file name when the front matter is broken', () => {
    expect(page('docs/gute-praxis/kaputt.md', '---\ntitle: [\n---\n')).toEqual({path: '/gute-praxis/kaputt', label: 'kaputt'});
  });
});

describe('previewPages and previewComment', () => {
  it('links each page once, lists the rest and leaves deleted files out of the links', () => {
    const {pages, others} = previewPages([
      {path: 'docs/fachkongress/2019/index.mdx', text: '---\ntitle: Fachkongress 2019 [Beispiel]\n---\n'},
      {path: 'docs/fachkongress/2019/programm.yml', text: ''},
      {path: 'docs/gute-praxis/alt.md'},
      {path: 'src/css/custom.css', text: 'a {}'},
      // A slug meant to mislead is not linked.
      {path: 'blog/2026-01-01-x.md', text: '---\ntitle: X\nslug: "../../evil.example.org"\n---\n'},
    ]);
    expect(pages).toEqual([{path: '/fachkongress/2019', label: 'Fachkongress 2019 [Beispiel]', files: ['docs/fachkongress/2019/index.mdx', 'docs/fachkongress/2019/programm.yml']}]);
    expect(others).toEqual(['docs/gute-praxis/alt.md', 'src/css/custom.css', 'blog/2026-01-01-x.md']);
    const comment = previewComment({previewUrl: 'https://bbe.github.io/wissensplattform/vorschau/pr-12/', pages, others, commit: '0123456789abcdef'});
    expect(comment).toContain('https://bbe.github.io/wissensplattform/vorschau/pr-12/');
    expect(comment).toContain('- [Fachkongress 2019 \\[Beispiel\\]](https://bbe.github.io/wissensplattform/vorschau/pr-12/fachkongress/2019) (`docs/fachkongress/2019/index.mdx`, `docs/fachkongress/2019/programm.yml`)');
    expect(comment).toContain('Außerdem geändert, ohne eigene Seite: 3 Dateien.');
    expect(comment).toContain('Commit `0123456`');
  });

  it('says so when no file has a page of its own', () => {
    expect(previewComment({previewUrl: 'https://x.example.org/vorschau/pr-1', pages: [], others: ['package.json'], commit: 'abcdef0'})).toContain('Keine Datei dieses Pull Requests hat eine eigene Seite');
  });
});

describe('npm run preview:links', {timeout: PROCESS_TIMEOUT}, () => {
  const checkout = copySite({prefix: 'wissensplattform-preview-'});
  const out = mkdtempSync(join(tmpdir(), 'wissensplattform-preview-out-'));
  afterAll(() => removeAll([checkout, out]));

  it('writes the comment from the list of changed files and the checkout, and reads nothing outside it', () => {
    const practice = 'docs/gute-praxis/begleitung-beim-arztbesuch.md';
    const title = (parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(checkout, practice), 'utf8'))![1]!) as {title: string}).title;
    writeFileSync(join(out, 'dateien.txt'), `${practice}\n../../etc/passwd\nsrc/components/Catalogue/index.tsx\n`);
    const result = spawnSync(
      process.execPath,
      [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/preview-links.ts'), '--files', join(out, 'dateien.txt'), '--checkout', checkout, '--url', 'https://bbe.github.io/w/vorschau/pr-3', '--commit', 'abcdef1234', '--out', join(out, 'kommentar.md')],
      {encoding: 'utf8'},
    );
    expect(result.stderr).toBe('');
    const comment = readFileSync(join(out, 'kommentar.md'), 'utf8');
    expect(comment).toContain(`- [${title}](https://bbe.github.io/w/vorschau/pr-3/gute-praxis/begleitung-beim-arztbesuch)`);
    expect(comment).toContain('Außerdem geändert, ohne eigene Seite: 2 Dateien.');
  });
});

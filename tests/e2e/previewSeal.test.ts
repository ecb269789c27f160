/**
 * The deploy's seal on pull-request previews (issue #37, scripts/lib/previewSeal.ts),
 * on real built pages: one page of every page type of the site as built here,
 * without PREVIEW, so its config sets no `noindex` (as a fork's preview whose
 * config removed it), put where a preview goes and sealed as deploy.yml does.
 * Read with an HTML parser: each page is `noindex, nofollow` exactly once, its
 * first element is the notice with the live page's link, and the app's root
 * element is unchanged, so the page's scripts hydrate as before.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {parse} from 'parse5';
import {describe, expect, inject, it} from 'vitest';
import {sealPreviews} from '../../scripts/lib/previewSeal';
import {tempDir} from '../support/tempDir';
import {builtHtml, pageTypes} from './pageTypes';

const buildDir = inject('buildDir');

type Node = {tagName?: string; attrs?: {name: string; value: string}[]; childNodes?: Node[]; value?: string};
const attr = (node: Node, name: string): string | undefined => node.attrs?.find((entry) => entry.name === name)?.value;
function all(node: Node, found: Node[] = []): Node[] {
  found.push(node);
  for (const child of node.childNodes ?? []) all(child, found);
  return found;
}
const text = (node: Node): string => (node.value ?? '') + (node.childNodes ?? []).map(text).join('');
/** The app's root element as markup, to compare before and after. */
const root = (html: string): string => html.slice(html.indexOf('<div id="__docusaurus"'));

describe('sealing a preview made of the site\'s own pages', () => {
  const pages = pageTypes(buildDir)
    .map(([label, path]) => ({label, path: path.split('?')[0]!, html: builtHtml(buildDir, path.split('?')[0]!)}))
    .filter((page) => page.html !== '');
  const site = tempDir('wp-preview-real-');
  const fileOf = (path: string): string => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);
  for (const page of pages) {
    const file = join(site, 'vorschau/pr-42', fileOf(page.path));
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, page.html);
  }
  sealPreviews(site, '/');

  it('has pages of several types, nearly all without noindex as built (the search results have their own)', () => {
    expect(pages.filter((page) => !/noindex/.test(page.html)).length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages.map((page) => [page.label, page] as const))('%s: noindex once, the notice first, the app untouched', (_label, page) => {
    const sealed = readFileSync(join(site, 'vorschau/pr-42', fileOf(page.path)), 'utf8');
    const nodes = all(parse(sealed) as unknown as Node);
    expect(nodes.filter((node) => node.tagName === 'meta' && attr(node, 'name') === 'robots').map((node) => attr(node, 'content'))).toEqual(['noindex, nofollow']);
    const body = nodes.find((node) => node.tagName === 'body')!;
    const first = body.childNodes!.find((node) => node.tagName)!;
    expect(text(first)).toBe('Vorschau von Pull Request 42 – kein veröffentlichter Inhalt. Zur veröffentlichten Seite');
    expect(all(first).find((node) => node.tagName === 'a')?.attrs?.find((entry) => entry.name === 'href')?.value).toBe(page.path);
    expect(root(sealed)).toBe(root(page.html));
  });
});

/**
 * The parts of a congress page that come from its data (src/remark/congressAndGroupPages.ts):
 * the programme table from programm.yml, the downloads and the photo gallery
 * from the front matter, on the sample congress 2019.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Nodes, Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {splitFrontMatter} from '../../src/content/load';
import {loadSite} from '../../src/content/site';
import remarkCongressAndGroupPages from '../../src/remark/congressAndGroupPages';

const SITE_DIR = join(__dirname, '../..');
const FILE = join(SITE_DIR, 'docs/fachkongress/2019/index.mdx');
// The site context as the docs plugin hands it to the step, with the graph as the content plugin loads it.
const context = {siteDir: SITE_DIR, site: loadSite(SITE_DIR).site};

function page(): Root {
  const source = readFileSync(FILE, 'utf8');
  const tree = unified().use(remarkParse).use(remarkDirective).parse(splitFrontMatter(source)!.body);
  const transform = remarkCongressAndGroupPages.call(unified().freeze(), {siteUrl: 'https://wissensplattform.example.org', today: '2026-11-27', context}) as (tree: Root, file: VFile) => void;
  transform(tree, new VFile({path: FILE}));
  return tree;
}

function all(node: Nodes, type: string): Nodes[] {
  const found = node.type === type ? [node] : [];
  return 'children' in node ? [...found, ...node.children.flatMap((child) => all(child as Nodes, type))] : found;
}
const textOf = (node: Nodes): string => ('value' in node ? String(node.value) : 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '');

describe('a congress page from its data', () => {
  const tree = page();
  const frontMatter = parseYaml(splitFrontMatter(readFileSync(FILE, 'utf8'))!.yaml) as {downloads?: {file: string}[]; gallery: {src: string; alt: string}[]};
  const programme = parseYaml(readFileSync(join(SITE_DIR, 'docs/fachkongress/2019/programm.yml'), 'utf8')) as {title: string; materials?: {file: string}[]}[];

  it('has the programme as tables with one row per session, with labelled cells for phones', () => {
    const tables = all(tree, 'table');
    const rows = tables.flatMap((table) => all(table, 'tableRow').slice(1));
    expect(rows).toHaveLength(programme.length);
    expect(rows.map(textOf).join('\n')).toContain(programme[0]!.title);
    expect(tables.every((table) => {
      const classes: unknown = table.data && 'hProperties' in table.data ? (table.data.hProperties as {className?: unknown}).className : undefined;
      return Array.isArray(classes) && classes.length > 0;
    })).toBe(true);
  });

  it('links every download and every session’s material, and shows every photo with its alternative text', () => {
    // `pathname://`: a file under static/, past the router (as Docusaurus documents for static assets).
    const links = all(tree, 'link').map((link) => [(link as {url: string}).url, textOf(link)]);
    const files = [...(frontMatter.downloads ?? []), ...programme.flatMap((session) => session.materials ?? [])];
    expect(files.length).toBeGreaterThan(0);
    for (const download of files) expect(links).toContainEqual([`pathname://${download.file}`, expect.stringMatching(/\(PDF/)]);
    const images = all(tree, 'image') as {url: string; alt: string}[];
    expect(images.map((image) => [image.url, image.alt])).toEqual(frontMatter.gallery.map((photo) => [photo.src, photo.alt]));
  });

  it('carries schema.org Event data for the congress', () => {
    expect(JSON.stringify(tree)).toContain('"@type\\":\\"Event');
  });
});

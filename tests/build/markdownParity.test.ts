/**
 * The guide and the code cannot drift (issue #17): the examples of the
 * contributor guide »Markdown auf der Wissensplattform« (docs/mitmachen/markdown.md,
 * every ```md block) are built as a doc page, a practice and a news post (in the
 * fixture site, tests/build/fixture/site.ts), and
 * the three pages must show the same: the admonition's structure, the heading
 * id, highlighted tokens, a working image, table, task list, footnote and the
 * entries of the table of contents.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
// cheerio parses with parse5, as a browser does (the built HTML omits optional end tags).
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {FIXTURE_BASE, GUIDE_EXAMPLES, PARITY_PAGES} from './fixture/site';
import {useFixtureBuild} from './servedCopy';

const examples = GUIDE_EXAMPLES;
const PAGES = PARITY_PAGES;
type Kind = keyof typeof PAGES;

const copy = useFixtureBuild({browser: false});
const site = copy.dir;
const built = copy.build;

interface Semantics {
  admonition: {classes: string[]; parts: number; title: string};
  zweiter: {tag: string; text: string; selfLink: boolean};
  tokens: string[];
  image: {alt: string; served: boolean};
  table: string[];
  tasks: number;
  footnote: boolean;
  toc: string[];
}

function semantics(kind: Kind): Semantics {
  const $ = load(readFileSync(join(site, 'build', PAGES[kind].built), 'utf8'));
  const one = (selector: string) => {
    const found = $('main').find(selector).first();
    if (found.length === 0) throw new Error(`${kind}: nichts gefunden für ${selector}`);
    return found;
  };
  const box = one('.theme-admonition-tip');
  const heading = one('[id="zweiter"]');
  const image = one('img[alt^="Drei runde"]');
  const src = image.attr('src') ?? '';
  const footnoteTarget = (one('a[data-footnote-ref]').attr('href') ?? '').slice(1);
  // The doc page's table of contents beside the text, the fragment pages' »Auf dieser Seite«; first level only.
  const tocLinks = kind === 'doc page' ? $('.theme-doc-toc-desktop .table-of-contents > li > a') : $('main nav[aria-label="Auf dieser Seite"] > ul > li > a');
  return {
    admonition: {
      classes: ['theme-admonition', 'theme-admonition-tip', 'alert', 'alert--success'].filter((name) => box.hasClass(name)),
      parts: box.children().length,
      title: box.children().first().text().trim(),
    },
    zweiter: {
      tag: heading.prop('tagName')?.toLowerCase() ?? '',
      text: heading.text().replace(/\u200b/g, '').trim(),
      selfLink: heading.find('a.hash-link').attr('href') === '#zweiter',
    },
    // Token classes of every code block in the text (the guide's examples: yaml and bash).
    tokens: [...new Set($('main .theme-code-block').find('.token').map((_, token) => $(token).attr('class') ?? '').get())].filter((name) => name !== 'token plain').sort(),
    // Small images may be inlined by the bundler (data:), others are files of the build.
    image: {alt: image.attr('alt') ?? '', served: src.startsWith('data:image/') || (src.startsWith(FIXTURE_BASE) && existsSync(join(site, 'build', decodeURI(src.slice(FIXTURE_BASE.length)))))},
    table: one('table').find('th').map((_, cell) => $(cell).text().trim()).get(),
    tasks: $('main input[type="checkbox"]').length,
    footnote: footnoteTarget !== '' && $(`main [id="${footnoteTarget}"]`).length === 1,
    toc: tocLinks.map((_, link) => $(link).attr('href') ?? '').get(),
  };
}

describe('the Markdown of the guide on every page kind', () => {
  it('has examples to build, and the build passes', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(built.status, built.output.slice(-3000)).toBe(0);
  });

  it('renders on a doc page as the guide promises', () => {
    const doc = semantics('doc page');
    expect(doc.admonition).toEqual({classes: ['theme-admonition', 'theme-admonition-tip', 'alert', 'alert--success'], parts: 2, title: 'Gut zu wissen'});
    expect(doc.zweiter).toEqual({tag: 'h2', text: 'Zweiter Abschnitt', selfLink: true});
    expect(doc.tokens).toContain('token key atrule');
    // bash (shell commands), a grammar the site adds to Prism: highlighted on doc pages as in practices and news.
    expect(doc.tokens).toContain('token comment');
    expect(doc.tokens.some((name) => /^token (function|builtin)/.test(name))).toBe(true);
    expect(doc.image).toEqual({alt: 'Drei runde Thementische im Nachbarschaftstreff', served: true});
    expect(doc.table).toEqual(['Tag', 'Treffen']);
    expect(doc.tasks).toBe(2);
    expect(doc.footnote).toBe(true);
    expect(doc.toc).toEqual(['#zweiter', '#ausgangslage', '#umsetzung']);
  });

  it.each(['practice', 'news post'] as const)('renders the same as a %s', (kind) => {
    expect(semantics(kind)).toEqual(semantics('doc page'));
  });
});

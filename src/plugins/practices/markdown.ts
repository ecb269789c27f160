/**
 * Markdown → HTML for practice and news bodies, at build time in Node. Same
 * gender-star rule as the rest of the site; GFM without autolink literals (see
 * gfmWithoutAutolinks.ts); headings get ids; links to other content files
 * become page links. `.mdx` files may hold Markdown only: JSX and
 * `{expressions}` are reported as problems, never dropped silently.
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import rehypeAutolinkHeadings, {type Options as AutolinkOptions} from 'rehype-autolink-headings';
import {toString as hastToString} from 'hast-util-to-string';
import type {Element, Root as HastRoot} from 'hast';
import {VFile} from 'vfile';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import remarkGfmWithoutAutolinks from '../../remark/gfmWithoutAutolinks';
import remarkFragmentBlocks from '../../remark/admonitions';
import {directiveProblems} from '../../content/directiveRules';
import {fragmentAsset, fragmentPhoto, isBesideFile, type FragmentAsset} from '../fragmentPages/assets';
import {pictureHast} from '../../images/html';
import {CONTENT_SIZES} from '../../images/responsive';
import {escapeHtml} from '../../utils/escapeHtml';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import rehypeFocusableTables from '../../rehype/focusableTables';
import rehypeStaticHighlight from '../../rehype/staticHighlight';
import rehypeProtectedEmail from '../../rehype/protectedEmail';
import type {Root, Nodes, RootContent} from 'mdast';
import remarkGenderStar from '../../remark/genderStar';
import type {Problem} from '../../content/problems';
import {isSafeUrl, unsafeUrlMessage} from '../../content/safeUrl';

const MDX_NODES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

const isCommentExpression = (node: Nodes): boolean => node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);

/** Drops comment-only expressions (e.g. the truncate marker in MDX), which would otherwise be printed as text. */
function removeComments(node: Nodes): void {
  if (!('children' in node)) return;
  (node as {children: Nodes[]}).children = (node.children as Nodes[]).filter((child) => !isCommentExpression(child));
  for (const child of node.children) removeComments(child);
}

/** Drops raw HTML nodes that `kept` does not match. */
function removeHtml(node: Nodes, kept: RegExp): void {
  if (!('children' in node)) return;
  (node as {children: Nodes[]}).children = (node.children as Nodes[]).filter((child) => child.type !== 'html' || kept.test(child.value.trim()));
  for (const child of node.children) removeHtml(child, kept);
}

/** `./andere-praxis.md` → `/gute-praxis/andere-praxis`; other links stay. */
export function rewritePracticeLink(url: string): string {
  const match = /^(?:\.\/)?([a-z0-9-]+)\.mdx?(#[^?]*)?$/.exec(url);
  return match ? `/gute-praxis/${match[1]}${match[2] ?? ''}` : url;
}

// As on doc pages: `:::` blocks are directives (admonitions), `{#id}` sets a heading's id.
const mdProcessor = unified().use(remarkParse).use(remarkDirective).use(remarkGfmWithoutAutolinks).use(remarkGenderStar).use(remarkFragmentBlocks);
const mdxProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkGfmWithoutAutolinks).use(remarkGenderStar).use(remarkFragmentBlocks);
/** A link after each section heading, as the theme puts on doc pages (its global .hash-link style applies). */
const headingLinks: AutolinkOptions = {
  behavior: 'append',
  test: ['h2', 'h3', 'h4', 'h5', 'h6'],
  content: {type: 'text', value: '\u200b'},
  properties: (element: Element) => {
    const label = `Direkter Link zu »${hastToString(element).replace(/\u200b/g, '').trim()}«`;
    return {className: ['hash-link'], ariaLabel: label, title: label, translate: 'no'};
  },
};
const htmlProcessor = unified().use(remarkRehype).use(rehypeSlug).use(rehypeAutolinkHeadings, headingLinks).use(rehypeStaticHighlight).use(rehypeFocusableTables).use(rehypeStringify);
// News: the few raw HTML tags a post may hold (see `keptHtml`) pass through; every other tag is a problem that stops the build.
const newsProcessor = unified()
  .use(remarkRehype, {allowDangerousHtml: true})
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, headingLinks)
  .use(rehypeStaticHighlight)
  .use(rehypeFocusableTables)
  .use(rehypeProtectedEmail)
  .use(rehypeStringify, {allowDangerousHtml: true});

export interface BodyOptions {
  file: string;
  /** Line of the body's first line in the file (for messages). */
  bodyLine: number;
  mdx: boolean;
  /** What the body belongs to, plural, for messages (»Praxisbeispiele«, »Meldungen«). */
  kind?: string;
  /** Rewrites a link target, or names the problem with it (the link then points to `#`). */
  rewriteLink?: (url: string) => {url: string} | {problem: string};
  /**
   * News mode: raw HTML is a problem, except the tags matching `keptHtml`
   * (kept as they are) and `droppedHtml` (left out, e.g. the truncate marker);
   * addresses written name(at)domain become protected e-mail links
   * (src/rehype/protectedEmail.ts). Without it, raw HTML is left out.
   */
  news?: {keptHtml: RegExp; droppedHtml: RegExp};
  /** Nodes appended after the body (e.g. a working group's newest reports under a news post). */
  append?: RootContent[];
  /** The site folder: images beside the file (`./foto.jpg`) are then published (see src/plugins/fragmentPages/assets.ts). */
  siteDir?: string;
}

export function renderPracticeBody(body: string, options: BodyOptions): {html: string; problems: Problem[]; assets: FragmentAsset[]; toc: TocEntry[]} {
  const assets: FragmentAsset[] = [];
  const kind = options.kind ?? 'Praxisbeispiele';
  const processor = options.mdx ? mdxProcessor : mdProcessor;
  const problems: Problem[] = [];
  let tree: Root;
  // As Docusaurus does before compiling MDX: `## Titel {#id}` is a heading id, not an expression.
  const source = options.mdx ? escapeMarkdownHeadingIds(body) : body;
  try {
    const parsed = processor.parse(source);
    // What a page would show as raw text (unknown or unclosed `:::`, version-2 titles, a heading id twice).
    for (const problem of directiveProblems(parsed, source)) {
      problems.push({file: options.file, line: problem.line + options.bodyLine - 1, column: problem.column, field: problem.field, message: problem.message});
    }
    tree = processor.runSync(parsed, new VFile(source));
  } catch (error) {
    const reason = error as {message?: string; line?: number; column?: number};
    return {
      html: '',
      problems: [{file: options.file, line: reason.line !== undefined ? reason.line + options.bodyLine - 1 : undefined, column: reason.column, message: `Der Text lässt sich nicht lesen: ${reason.message ?? String(error)}`}],
      assets,
      toc: [],
    };
  }
  let photos = 0;
  walk(tree, (node) => {
    // A comment-only expression ({/* truncate */}) is not code.
    if (MDX_NODES.has(node.type) && !isCommentExpression(node)) {
      const line = node.position ? node.position.start.line + options.bodyLine - 1 : undefined;
      problems.push({
        file: options.file,
        line,
        column: node.position?.start.column,
        message: `${kind} enthalten nur Markdown: JSX-Elemente (<Komponente>), {Ausdrücke} und import/export werden nicht unterstützt. Bitte als reines Markdown schreiben (oder die Datei in .md umbenennen).`,
      });
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      problems.push({
        file: options.file,
        line: node.position ? node.position.start.line + options.bodyLine - 1 : undefined,
        column: node.position?.start.column,
        field: 'Link',
        message: unsafeUrlMessage(node.url),
      });
      node.url = '#';
    }
    if (node.type === 'html' && options.news && !options.news.keptHtml.test(node.value.trim()) && !options.news.droppedHtml.test(node.value.trim())) {
      problems.push({
        file: options.file,
        line: node.position ? node.position.start.line + options.bodyLine - 1 : undefined,
        column: node.position?.start.column,
        message: `${kind} enthalten kein HTML außer <span lang="…">…</span> für Stellen in einer anderen Sprache (gefunden: ${node.value.trim().slice(0, 60)}). Bitte Markdown verwenden: **fett**, [Linktext](/pfad), ![Alternativtext](/img/bild.jpg).`,
      });
    }
    if (node.type === 'link' && options.rewriteLink) {
      const result = options.rewriteLink(node.url);
      if ('problem' in result) {
        problems.push({file: options.file, line: node.position ? node.position.start.line + options.bodyLine - 1 : undefined, column: node.position?.start.column, field: 'Link', message: result.problem});
        node.url = '#';
      } else {
        node.url = result.url;
      }
    } else if (node.type === 'link') {
      node.url = rewritePracticeLink(node.url);
    }
    const photo = node.type === 'image' && options.siteDir ? fragmentPhoto(options.siteDir, options.file, node.url) : undefined;
    if (node.type === 'image' && photo) {
      // A photo becomes a <picture> of its variants; the first one on the page loads at once, the others when near.
      assets.push(...photo.assets);
      node.data = {...node.data, ...pictureHast(photo.plan, {alt: node.alt ?? '', title: node.title, sizes: CONTENT_SIZES, lazy: photos > 0})};
      photos += 1;
    } else if (node.type === 'image' && options.siteDir && isBesideFile(node.url)) {
      const asset = fragmentAsset(options.siteDir, options.file, node.url);
      if (asset) {
        assets.push(asset);
        node.url = asset.path;
      }
    }
    if (node.type === 'heading' && node.depth === 1) node.depth = 2; // the page title is the only h1
  });
  removeComments(tree);
  if (options.append) tree.children.push(...options.append);
  if (options.news) removeHtml(tree, options.news.keptHtml);
  const output = options.news ? newsProcessor : htmlProcessor;
  const hast = output.runSync(tree);
  const html = String(output.stringify(hast));
  return {html, problems, assets, toc: tableOfContents(hast)};
}

/** A body's sections for its table of contents: the top-level h2 headings. */
export interface TocEntry {
  id: string;
  text: string;
}

function tableOfContents(tree: HastRoot): TocEntry[] {
  return tree.children.flatMap((node) =>
    node.type === 'element' && node.tagName === 'h2' && typeof node.properties.id === 'string'
      ? [{id: node.properties.id, text: hastToString(node).replace(/\u200b/g, '').trim()}]
      : [],
  );
}

/** From this many sections on, a page gets a table of contents (as doc pages show one). */
export const TOC_MIN_SECTIONS = 3;

/**
 * »Auf dieser Seite«: the sections of a long body, folded as on doc pages on a phone.
 * Its class keeps it out of the search index and the printout, as the theme's own.
 */
export function tocHtml(entries: readonly TocEntry[]): string {
  if (entries.length < TOC_MIN_SECTIONS) return '';
  const items = entries.map((entry) => `<li><a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.text)}</a></li>`).join('');
  return `<details class="theme-doc-toc-mobile wp-toc"><summary>Auf dieser Seite</summary><nav aria-label="Auf dieser Seite"><ul>${items}</ul></nav></details>`;
}


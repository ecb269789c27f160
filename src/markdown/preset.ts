/**
 * The one Markdown preset of the site: every list of remark and rehype steps,
 * in order, and what each page kind may contain. Nothing else lists Markdown
 * steps:
 * - doc pages and pages are compiled by Docusaurus (MDX); docusaurus.config.ts
 *   takes their steps and the German footnote labels from `docusaurusSteps` and
 *   `REMARK_REHYPE_OPTIONS`;
 * - practices, news posts and events are rendered without Docusaurus' MDX step
 *   (src/markdown/render.ts), with `markdownParser` and `fragmentHtml`, so that
 *   10,000 practices cost no route and no JavaScript (see the fragment pages);
 * - the content check parses with `markdownParser`, the same parser the
 *   renderer uses, and the issue → file converter writes with `markdownWriter`.
 *
 * What a doc page renders, a fragment renders the same (the conformance suite,
 * tests/build/markdownConformance.test.ts, compares them), or the renderer
 * names the line (src/markdown/render.ts): MDX components and imports, and raw
 * HTML beyond the elements in `FRAGMENT_HTML`.
 */
import {unified, type Processor} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkEmoji from '../remark/emoji';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import remarkRehype, {type Options as RemarkRehypeOptions} from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings, {type Options as AutolinkOptions} from 'rehype-autolink-headings';
import rehypeStringify from 'rehype-stringify';
import {toString as hastToString} from 'hast-util-to-string';
import type {Element, Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import type {MDXPlugin} from '@docusaurus/mdx-loader';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import type {Problem} from '../content/problems';
import remarkGenderStar from '../remark/genderStar';
import remarkGfmWithoutAutolinks from '../remark/gfmWithoutAutolinks';
import remarkFragmentBlocks from '../remark/admonitions';
import remarkStrictMarkdown from '../remark/strictMarkdown';
import remarkCatalogueLinks from '../remark/catalogueLinks';
import remarkCongressAndGroupPages from '../remark/congressAndGroupPages';
import remarkResponsiveImages from '../remark/responsiveImages';
import remarkSearchBackend from '../search/server/remarkBackendDirective';
import rehypeFocusableTables from '../rehype/focusableTables';
import rehypeProtectedEmail from '../rehype/protectedEmail';
import rehypeStaticHighlight from '../rehype/staticHighlight';
import rehypeThemeClasses from '../rehype/themeClasses';
import rehypeTaskListLabels from '../rehype/taskListLabels';
import rehypeScriptGuard from '../rehype/scriptGuard';
import {PRACTICES_DIR} from '../content/load';
import {EVENTS_DIR} from '../content/loadEvents';

/** The kinds of page that hold Markdown. Doc pages and pages are Docusaurus' own. */
export type MarkdownKind = 'doc' | 'page' | 'practice' | 'news' | 'event';
/** The kinds rendered by src/markdown/render.ts, not by Docusaurus. */
export type FragmentKind = Exclude<MarkdownKind, 'doc' | 'page'>;

/** The kind of a Markdown file that src/markdown/render.ts renders, or undefined for a doc page or page (Docusaurus' own). */
export function fragmentKindOf(file: string): FragmentKind | undefined {
  if (file.startsWith(`${PRACTICES_DIR}/`)) return 'practice';
  if (file.startsWith('blog/')) return 'news';
  if (file.startsWith(`${EVENTS_DIR}/`)) return 'event';
  return undefined;
}

/** What a fragment kind is called in messages (plural: »Praxisbeispiele enthalten …«). */
export const KIND_NAMES: Record<FragmentKind, string> = {practice: 'Praxisbeispiele', news: 'Meldungen', event: 'Termine'};
/** The same after »in« (»in Praxisbeispielen nicht erlaubt«). */
export const KIND_NAMES_IN: Record<FragmentKind, string> = {practice: 'Praxisbeispielen', news: 'Meldungen', event: 'Terminen'};

/**
 * The raw HTML a fragment may hold in its Markdown, with the attributes it may
 * carry: what a doc page's `.md` file shows the same way. Everything else
 * (scripts, frames, forms, components such as <Tabs>) is a problem with its line.
 */
export const FRAGMENT_HTML = {
  elements: ['details', 'summary', 'kbd', 'span', 'q', 'abbr', 'br', 'sub', 'sup', 'mark', 'small', 'ins', 'del', 's', 'u', 'b', 'i', 'strong', 'em', 'code', 'p', 'div', 'cite', 'dfn', 'time', 'wbr'],
  attributes: ['lang', 'title', 'style', 'open', 'dir', 'id', 'class', 'datetime'],
} as const;

export {brokenMarkdownLink} from './links';

/** Footnotes in German on every page kind (mdast-util-to-hast's labels are English). */
export const REMARK_REHYPE_OPTIONS = {
  footnoteLabel: 'Fußnoten',
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number): string =>
    `Zurück zum Verweis ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
} satisfies RemarkRehypeOptions;

/**
 * Sections a table of contents lists, as Docusaurus' default for doc pages
 * (`toc_min_heading_level` 2, `toc_max_heading_level` 3).
 */
export const TOC_LEVELS = {min: 2, max: 3} as const;

export interface SiteSettings {
  /** This build searches with Algolia (`:::nur-mit-algolia` blocks are kept). */
  algolia: boolean;
  /** The base path (photo addresses). */
  baseUrl: string;
  /** The public address with the base path (congress JSON-LD). */
  siteUrl: string;
}

/** The step lists of one Docusaurus content plugin (docs or pages). */
export type DocusaurusSteps = {
  beforeDefaultRemarkPlugins: MDXPlugin[];
  remarkPlugins: MDXPlugin[];
  rehypePlugins: MDXPlugin[];
};

/**
 * The steps of doc pages and pages. Before Docusaurus' own: the rules that stop
 * the build where a page would show Markdown as raw text, the gender star (so
 * headings, TOC entries and excerpts see literal stars), the blocks kept or left
 * out for the search backend; on doc pages the congress and working-group pages
 * from the content graph, and photos as responsive variants.
 */
export function docusaurusSteps(kind: 'doc' | 'page', settings: SiteSettings): DocusaurusSteps {
  return {
    beforeDefaultRemarkPlugins: [
      remarkStrictMarkdown,
      remarkGenderStar,
      [remarkSearchBackend, {algolia: settings.algolia}],
      ...(kind === 'doc' ? [[remarkCongressAndGroupPages, {siteUrl: settings.siteUrl}]] : []),
      [remarkResponsiveImages, {baseUrl: settings.baseUrl}],
    ],
    remarkPlugins: [remarkCatalogueLinks],
    rehypePlugins: [rehypeFocusableTables, rehypeProtectedEmail, rehypeTaskListLabels],
  };
}

// Autolink literals (bare www. and https:// text, e-mail addresses) are the slowest part of GFM parsing; a body
// without any of their marks cannot hold one, so it is parsed without them (the same tree).
const AUTOLINK_MARK = /www\.|:\/\/|@/i;

type Parser = Processor<Root, Root, Root>;
const parsers = new Map<string, Parser>();

/**
 * The parser of fragment bodies and of the content check, as Docusaurus parses
 * (`.md` as CommonMark, `.mdx` as MDX): directives, GFM, emoji shortcodes, the
 * literal gender star, admonitions and heading ids. `parse` gives the tree the
 * check reads; `runSync` applies the transforms the renderer needs.
 */
export function markdownParser(mdx: boolean, source: string): Parser {
  const autolinks = AUTOLINK_MARK.test(source);
  const key = `${mdx}:${autolinks}`;
  let parser = parsers.get(key);
  if (!parser) {
    const base = unified().use(remarkParse);
    const withMdx = mdx ? base.use(remarkMdx) : base;
    parser = withMdx
      .use(remarkDirective)
      .use(autolinks ? remarkGfm : remarkGfmWithoutAutolinks)
      .use(remarkEmoji)
      .use(remarkGenderStar)
      .use(remarkFragmentBlocks);
    parsers.set(key, parser);
  }
  return parser;
}

/**
 * A body parsed as Docusaurus parses it: in MDX, `## Titel {#id}` is a heading id, not an expression (escaped first,
 * as Docusaurus does before compiling). `source` is what was parsed (for positions), `processor` runs the transforms.
 */
export function parseMarkdown(body: string, mdx: boolean): {tree: Root; source: string; processor: Parser} {
  const source = mdx ? escapeMarkdownHeadingIds(body) : body;
  const processor = markdownParser(mdx, source);
  return {tree: processor.parse(source), source, processor};
}

/** The problem of a body the parser cannot read (an MDX syntax error), at its line in the file. */
export function unreadable(error: unknown, file: string, bodyLine: number): Problem {
  const reason = error as {message?: string; line?: number; column?: number};
  return {
    file,
    line: reason.line !== undefined ? reason.line + bodyLine - 1 : undefined,
    column: reason.column,
    message: `Der Text lässt sich nicht lesen: ${reason.message ?? String(error)}`,
  };
}

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

type HtmlProcessor = Processor<undefined, Root, HastRoot, HastRoot, string>;

function htmlProcessor(raw: boolean): HtmlProcessor {
  // Code blocks first: they read the code's line (`title="…"`, `{1,3}`) from data that rehype-raw does not keep.
  const toHast = unified().use(remarkRehype, {...REMARK_REHYPE_OPTIONS, allowDangerousHtml: raw}).use(rehypeStaticHighlight);
  // Raw HTML (checked against FRAGMENT_HTML before) becomes elements; parse5 runs only for bodies that hold some.
  // After it, a last guard: no script can reach a page even if the rules before it missed a spelling.
  const parsed = raw ? toHast.use(rehypeRaw).use(rehypeScriptGuard) : toHast;
  return parsed
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, headingLinks)
    .use(rehypeTaskListLabels)
    .use(rehypeFocusableTables)
    .use(rehypeProtectedEmail)
    .use(rehypeThemeClasses)
    .use(rehypeStringify);
}

const HTML = {plain: htmlProcessor(false), raw: htmlProcessor(true)};

/** The HTML steps of fragment bodies; `raw` when the tree holds raw HTML. */
export const fragmentHtml = (raw: boolean): HtmlProcessor => (raw ? HTML.raw : HTML.plain);

/**
 * The issue → file converter (scripts/lib/practiceIssue.ts): what a contributor typed into the issue form is read as
 * GFM and written back as the Markdown a practice file holds (`-` bullets, `_` emphasis). No directives: a `:` in
 * »10:30« or »Pat:innen« stays as typed; the content check then reads the file with `markdownParser`.
 */
export const issueTextParser = unified().use(remarkParse).use(remarkGfm);
export const markdownWriter = unified().use(remarkGfm).use(remarkStringify, {bullet: '-', bulletOrdered: '.', emphasis: '_', rule: '-'});

/**
 * Markdown → HTML for the bodies of practices, news posts and events, at build
 * time in Node, with the preset's parser and HTML steps (src/markdown/preset.ts).
 * What a doc page would render, a body renders the same; what it cannot (MDX
 * components and imports, raw HTML beyond `FRAGMENT_HTML`, a link to a file that
 * does not exist) is a problem with file, line and a German fix, never dropped
 * silently. The content check reads the same problems (`analyseBody`), so what
 * the check accepts, the build accepts.
 */
import type {Element, Root as HastRoot} from 'hast';
import {toString as hastToString} from 'hast-util-to-string';
import type {Nodes, Root, RootContent} from 'mdast';
import {VFile} from 'vfile';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import {directiveProblems} from '../content/directiveRules';
import {languageProblem} from '../content/language';
import type {Problem} from '../content/problems';
import {isSafeUrl, unsafeUrlMessage} from '../content/safeUrl';
import {pictureHast} from '../images/html';
import {CONTENT_SIZES} from '../images/responsive';
import {fragmentAsset, fragmentPhoto, isBesideFile, type FragmentAsset} from '../plugins/fragmentPages/assets';
import {escapeHtml} from '../utils/escapeHtml';
import {fileLinkTarget, type LinkTargets} from './links';
import {FRAGMENT_HTML, fragmentHtml, KIND_NAMES, markdownParser, TOC_LEVELS, type FragmentKind} from './preset';

const MDX_NODES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

export type {LinkTargets} from './links';

export interface BodyOptions {
  file: string;
  /** Line of the body's first line in the file (for messages). */
  bodyLine: number;
  mdx: boolean;
  kind: FragmentKind;
  /** Where links to Markdown files lead (`./x.md`, `../programm/y.md`, `/programm/y.md`). */
  links: LinkTargets;
  /** Nodes appended after the body (e.g. a working group's newest reports under a news post). */
  append?: RootContent[];
  /** The site folder: images beside the file (`./foto.jpg`) are then published (see src/plugins/fragmentPages/assets.ts). */
  siteDir?: string;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

const isCommentExpression = (node: Nodes): boolean => node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
const isHtmlComment = (node: Nodes): boolean => node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim());

/** Drops comments (`<!-- truncate -->`, `{/* … *\/}`), which a page never shows. */
function removeComments(node: Nodes): void {
  if (!('children' in node)) return;
  (node as {children: Nodes[]}).children = (node.children as Nodes[]).filter((child) => !isCommentExpression(child) && !isHtmlComment(child));
  for (const child of node.children) removeComments(child);
}

const ALLOWED_ELEMENTS = new Set<string>(FRAGMENT_HTML.elements);
const ALLOWED_ATTRIBUTES = new Set<string>(FRAGMENT_HTML.attributes);
const TAG = /<(\/?)([A-Za-z][\w.:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** What is wrong with a piece of raw HTML in a body, in German, or nothing. */
export function htmlProblems(html: string, kind: FragmentKind): string[] {
  const name = KIND_NAMES[kind];
  const messages: string[] = [];
  for (const [, , tag, attributes] of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
    if (/^[A-Z]/.test(tag!)) {
      messages.push(`<${tag}> ist eine Komponente; ${name} enthalten keine Komponenten (nur Doku-Seiten als .mdx). Bitte als Markdown schreiben, z. B. Zwischenüberschriften (##) statt Reitern oder ein aufklappbarer Block mit <details><summary>Titel</summary> … </details>.`);
    } else if (!ALLOWED_ELEMENTS.has(tag!.toLowerCase())) {
      messages.push(`Das HTML-Element <${tag}> ist in ${name} nicht erlaubt. Erlaubt sind ${FRAGMENT_HTML.elements.map((element) => `<${element}>`).join(', ')}; sonst bitte Markdown: **fett**, [Linktext](/pfad), ![Alternativtext](./bild.jpg).`);
    } else {
      for (const [, attribute, value] of (attributes ?? '').matchAll(ATTRIBUTE)) {
        if (!ALLOWED_ATTRIBUTES.has(attribute!.toLowerCase())) {
          messages.push(`Das Attribut ${attribute} an <${tag}> ist in ${name} nicht erlaubt. Erlaubt sind ${FRAGMENT_HTML.attributes.join(', ')}.`);
        } else if (attribute!.toLowerCase() === 'lang') {
          const message = languageProblem(value?.replace(/^["']|["']$/g, '') ?? '');
          if (message) messages.push(message);
        }
      }
    }
  }
  return [...new Set(messages)];
}

/** An ES import or export in a `.md` body: text there, which a contributor meant as code. */
const ESM_LINE = /^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?["']|export\s+(?:default|const|let|var|function|class|\{|\*))/;

export interface AnalysedBody {
  /** The tree as the HTML steps take it (links resolved, comments dropped, problems' nodes made harmless). */
  tree: Root;
  problems: Problem[];
  assets: FragmentAsset[];
  /** The tree holds raw HTML (allowed elements only). */
  raw: boolean;
}

/** A body parsed and checked: every problem it has, and the tree to render. */
export function analyseBody(body: string, options: BodyOptions): AnalysedBody {
  const assets: FragmentAsset[] = [];
  const kind = KIND_NAMES[options.kind];
  const problems: Problem[] = [];
  const at = (node: Nodes): Pick<Problem, 'file' | 'line' | 'column'> => ({
    file: options.file,
    line: node.position ? node.position.start.line + options.bodyLine - 1 : undefined,
    column: node.position?.start.column,
  });
  // As Docusaurus does before compiling MDX: `## Titel {#id}` is a heading id, not an expression.
  const source = options.mdx ? escapeMarkdownHeadingIds(body) : body;
  const processor = markdownParser(options.mdx, source);
  let tree: Root;
  try {
    const parsed = processor.parse(source);
    // What a page would show as raw text (unknown or unclosed `:::`, version-2 titles, a heading id twice).
    for (const problem of directiveProblems(parsed, source, options.bodyLine)) problems.push({file: options.file, ...problem});
    tree = processor.runSync(parsed, new VFile(source));
  } catch (error) {
    const reason = error as {message?: string; line?: number; column?: number};
    return {
      tree: {type: 'root', children: []},
      problems: [{file: options.file, line: reason.line !== undefined ? reason.line + options.bodyLine - 1 : undefined, column: reason.column, message: `Der Text lässt sich nicht lesen: ${reason.message ?? String(error)}`}],
      assets,
      raw: false,
    };
  }
  removeComments(tree);
  let photos = 0;
  let raw = false;
  walk(tree, (node) => {
    if (MDX_NODES.has(node.type)) {
      problems.push({
        ...at(node),
        message: `${kind} enthalten nur Markdown: JSX-Elemente (<Komponente>), {Ausdrücke} und import/export werden nicht unterstützt. Bitte als reines Markdown schreiben (oder die Datei in .md umbenennen).`,
      });
    }
    if (node.type === 'paragraph' && !options.mdx && node.children[0]?.type === 'text' && ESM_LINE.test(node.children[0].value)) {
      const line = node.children[0].value.split('\n')[0]!;
      problems.push({...at(node), message: `»${line}« ist ein MDX-Import; in ${kind} erschiene die Zeile als Text. ${kind} binden keine Komponenten ein: Bitte die Zeile entfernen und den Inhalt als Markdown schreiben.`});
    }
    if (node.type === 'html') {
      const messages = htmlProblems(node.value, options.kind);
      for (const message of messages) problems.push({...at(node), field: 'HTML', message});
      if (messages.length > 0) (node as {type: string; value: string}).type = 'text';
      else raw = true;
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      problems.push({...at(node), field: 'Link', message: unsafeUrlMessage(node.url)});
      node.url = '#';
    }
    if (node.type === 'link' || node.type === 'definition') {
      const target = fileLinkTarget(node.url, options.file, options.links);
      if (target && 'problem' in target) {
        problems.push({...at(node), field: 'Link', message: target.problem});
        node.url = '#';
      } else if (target) {
        node.url = target.url;
      }
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
  // Parts the problems above name are left out of the tree, so a page never shows them half.
  tree.children = tree.children.filter((node) => !MDX_NODES.has(node.type));
  if (options.append) tree.children.push(...options.append);
  return {tree, problems, assets, raw};
}

/** A section of a body for its table of contents: h2, with its h3 below it. */
export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

export interface RenderedBody {
  html: string;
  problems: Problem[];
  assets: FragmentAsset[];
  toc: TocEntry[];
}

export function renderBody(body: string, options: BodyOptions): RenderedBody {
  const {tree, problems, assets, raw} = analyseBody(body, options);
  const output = fragmentHtml(raw);
  const hast = output.runSync(tree);
  return {html: String(output.stringify(hast)), problems, assets, toc: tableOfContents(hast)};
}

const headingText = (node: Element): string => hastToString(node).replace(/\u200b/g, '').trim();

/** The body's headings from level 2 to 3 (not those inside admonitions or details), nested. */
function tableOfContents(tree: HastRoot): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element' || typeof node.properties.id !== 'string') continue;
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (!level || Number(level) < TOC_LEVELS.min || Number(level) > TOC_LEVELS.max) continue;
    const entry = {id: node.properties.id, text: headingText(node), children: []};
    const parent = Number(level) > TOC_LEVELS.min ? entries.at(-1) : undefined;
    (parent ? parent.children : entries).push(entry);
  }
  return entries;
}

/** From this many sections on, a page gets a table of contents (as doc pages show one). */
export const TOC_MIN_SECTIONS = 3;

const tocList = (entries: readonly TocEntry[]): string =>
  `<ul>${entries.map((entry) => `<li><a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.text)}</a>${entry.children.length > 0 ? tocList(entry.children) : ''}</li>`).join('')}</ul>`;

/**
 * »Auf dieser Seite«: the sections of a long body, folded as on doc pages on a phone.
 * Its class keeps it out of the search index and the printout, as the theme's own.
 */
export function tocHtml(entries: readonly TocEntry[]): string {
  if (entries.length < TOC_MIN_SECTIONS) return '';
  return `<details class="theme-doc-toc-mobile wp-toc"><summary>Auf dieser Seite</summary><nav aria-label="Auf dieser Seite">${tocList(entries)}</nav></details>`;
}

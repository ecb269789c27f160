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
import {visit} from 'unist-util-visit';
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {directiveProblems} from '../content/directiveRules';
import {languageProblem} from '../content/language';
import type {Problem} from '../content/problems';
import {urlProblem} from '../content/safeUrl';
import {pictureHast} from '../images/html';
import {CONTENT_SIZES} from '../images/responsive';
import {fragmentAsset, fragmentPhoto, isBesideFile, type FragmentAsset} from './assets';
import {escapeHtml} from '../utils/escapeHtml';
import {fileLinkTarget, type LinkTargets} from './links';
import {FRAGMENT_HTML, fragmentHtml, KIND_NAMES, KIND_NAMES_IN, parseMarkdown, TOC_LEVELS, unreadable, type FragmentKind} from './preset';

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
  /** The site folder: images beside the file (`./foto.jpg`) are then published (see src/markdown/assets.ts). */
  siteDir?: string;
}

const isCommentExpression = (node: Nodes): boolean => node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
// Exactly one comment: `<!-- a --> Text <!-- b -->` is HTML with text in it, rendered as such.
const isHtmlComment = (node: Nodes): boolean => node.type === 'html' && /^<!--(?:(?!-->)[\s\S])*-->$/.test(node.value.trim());

/** Drops comments (`<!-- truncate -->`, `{/* … *\/}`), which a page never shows. */
function removeComments(node: Nodes): void {
  if (!('children' in node)) return;
  (node as {children: Nodes[]}).children = (node.children as Nodes[]).filter((child) => !isCommentExpression(child) && !isHtmlComment(child));
  for (const child of node.children) removeComments(child);
}

const ALLOWED_ELEMENTS = new Set<string>(FRAGMENT_HTML.elements);
const ALLOWED_ATTRIBUTES = new Set<string>(FRAGMENT_HTML.attributes);

type Html5Node = DefaultTreeAdapterMap['node'];
type Html5Element = DefaultTreeAdapterMap['element'];

/** Every element of a piece of HTML, parsed as a browser parses it (`<img/src=x onerror=…>` is an img with onerror). */
function elementsOf(html: string): Html5Element[] {
  const found: Html5Element[] = [];
  const visit = (node: Html5Node): void => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    // A template's content is a fragment of its own.
    if ('content' in node) visit(node.content);
  };
  visit(parseFragment(html, {sourceCodeLocationInfo: true}));
  return found;
}

/** A component's name as written: a capital letter first and a small one after it (`<Tabs>`, not `<SCRIPT>`). */
const isComponent = (tag: string): boolean => /^[A-Z]/.test(tag) && /[a-z]/.test(tag);

/** A problem in a piece of raw HTML: its message, and where it is in that piece (1-based). */
export interface HtmlProblem {
  message: string;
  line: number;
  column: number;
}

/** What is wrong with a piece of raw HTML in a body, in German: every element and attribute a doc page would show otherwise. */
export function htmlProblems(html: string, kind: FragmentKind): HtmlProblem[] {
  const name = KIND_NAMES[kind];
  const inName = KIND_NAMES_IN[kind];
  const problems: HtmlProblem[] = [];
  for (const element of elementsOf(html)) {
    const location = element.sourceCodeLocation;
    const add = (message: string): void => void problems.push({message, line: location?.startLine ?? 1, column: location?.startCol ?? 1});
    // The name as written (the parser gives it in small letters).
    const tag = location ? (/^<([^\s/>]+)/.exec(html.slice(location.startOffset))?.[1] ?? element.tagName) : element.tagName;
    if (isComponent(tag)) {
      add(`<${tag}> ist eine Komponente; ${name} enthalten keine Komponenten (nur Doku-Seiten als .mdx). Bitte ohne Komponente schreiben, z. B. mit Zwischenüberschriften (##) statt Reitern oder mit einem aufklappbaren Abschnitt <details><summary>Titel</summary> … </details>.`);
    } else if (!ALLOWED_ELEMENTS.has(element.tagName)) {
      add(`Das HTML-Element <${element.tagName}> ist in ${inName} nicht erlaubt. Erlaubt sind ${FRAGMENT_HTML.elements.map((allowed) => `<${allowed}>`).join(', ')}; sonst bitte Markdown: **fett**, [Linktext](/pfad), ![Alternativtext](./bild.jpg).`);
    } else {
      for (const attribute of element.attrs) {
        if (!ALLOWED_ATTRIBUTES.has(attribute.name)) {
          add(`Das Attribut ${attribute.name} an <${element.tagName}> ist in ${inName} nicht erlaubt. Erlaubt sind ${FRAGMENT_HTML.attributes.join(', ')}.`);
        } else if (attribute.name === 'lang') {
          const message = languageProblem(attribute.value);
          if (message) add(message);
        }
      }
    }
  }
  return problems.filter((problem, index) => problems.findIndex((other) => other.message === problem.message) === index);
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
  let tree: Root;
  try {
    const {tree: parsed, source, processor} = parseMarkdown(body, options.mdx);
    // What a page would show as raw text (unknown or unclosed `:::`, version-2 titles, a heading id twice).
    for (const problem of directiveProblems(parsed, source, options.bodyLine)) problems.push({file: options.file, ...problem});
    tree = processor.runSync(parsed, new VFile(source));
  } catch (error) {
    return {tree: {type: 'root', children: []}, problems: [unreadable(error, options.file, options.bodyLine)], assets, raw: false};
  }
  removeComments(tree);
  let photos = 0;
  let raw = false;
  visit(tree, (node: Nodes) => {
    if (MDX_NODES.has(node.type)) {
      problems.push({
        ...at(node),
        message: `${kind} enthalten nur Markdown: JSX-Elemente (<Komponente>), {Ausdrücke} und import/export werden nicht unterstützt. Bitte als reines Markdown schreiben (oder die Datei in .md umbenennen).`,
      });
    }
    if (node.type === 'paragraph' && !options.mdx && node.children[0]?.type === 'text' && ESM_LINE.test(node.children[0].value)) {
      const line = node.children[0].value.split('\n')[0]!;
      problems.push({...at(node), message: `»${line}« ist ein MDX-Import; in ${KIND_NAMES_IN[options.kind]} erschiene die Zeile als Text. ${kind} binden keine Komponenten ein: Bitte die Zeile entfernen und den Inhalt ohne Komponente schreiben.`});
    }
    if (node.type === 'html') {
      const found = htmlProblems(node.value, options.kind);
      const start = node.position?.start;
      for (const problem of found) {
        // The line of the element in the file, not only the start of the HTML block.
        const line = start ? start.line + options.bodyLine - 1 + problem.line - 1 : undefined;
        const column = start ? (problem.line === 1 ? start.column + problem.column - 1 : problem.column) : undefined;
        problems.push({file: options.file, line, column, field: 'HTML', message: problem.message});
      }
      if (found.length > 0) (node as {type: string; value: string}).type = 'text';
      else raw = true;
    }
    const unsafe = node.type === 'link' || node.type === 'image' || node.type === 'definition' ? urlProblem(node.type, node.url) : undefined;
    if (unsafe && (node.type === 'link' || node.type === 'image' || node.type === 'definition')) {
      problems.push({...at(node), ...unsafe});
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

/**
 * Markdown that a page would show as raw text instead of rendering it: the
 * `:::` blocks (admonitions and the site's own blocks) and heading ids. One
 * set of rules for every page kind, used by the content check
 * (markdownRules.ts), the Docusaurus build (remark/strictMarkdown.ts) and the
 * renderer of practices, news posts and events (src/markdown/render.ts).
 *
 * - an admonition type the site does not render (`:::tipp`);
 * - the Docusaurus 2 title syntax `:::tip Titel`, which Docusaurus 3 shows as
 *   text without a warning (the title belongs in brackets: `:::tip[Titel]`);
 * - a `:::` block that is never closed, or a closing `:::` without an opening;
 * - a heading id used twice on one page (`## A {#x}` … `## B {#x}`).
 *
 * Parse with remark-directive (see `DIRECTIVE_PARSER` users) so that `:::`
 * blocks are nodes; the source text is needed to tell a closed block from one
 * that runs to the end of the file.
 */
import type {Nodes, Root} from 'mdast';
import type {} from 'mdast-util-directive';
import {toString} from 'mdast-util-to-string';
import {createSlugger, parseMarkdownHeadingId} from '@docusaurus/utils';
import {didYouMean} from './didYouMean';

/** The admonitions contributors use, with their German titles (as the theme shows them, i18n/de/code.json). */
export const ADMONITIONS = {
  note: 'Hinweis',
  tip: 'Tipp',
  info: 'Info',
  warning: 'Warnung',
  danger: 'Gefahr',
  caution: 'Vorsicht',
} as const;
export type AdmonitionType = keyof typeof ADMONITIONS;
export const isAdmonition = (name: string): name is AdmonitionType => Object.hasOwn(ADMONITIONS, name);

/** `:::` blocks of the site itself (src/search/server/remarkBackendDirective.ts). */
export const SITE_BLOCKS: readonly string[] = ['nur-mit-algolia', 'nur-ohne-algolia'];

export interface DirectiveProblem {
  /** Line and column in the parsed text (1-based). */
  line: number;
  column: number;
  field: string;
  message: string;
}

const ADMONITION_LIST = Object.keys(ADMONITIONS)
  .map((name) => `:::${name}`)
  .join(', ');
// `:::tip Gut zu wissen`: a name, a space and more text on the opening line.
const VERSION_2_TITLE = /^(:{3,})([A-Za-z][\w-]*)[ \t]+(\S.*)$/;
const FENCE_ONLY = /^\s*:{3,}\s*$/;

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** The heading's own id written as `{#id}`, if any. */
export function explicitHeadingId(text: string): string | undefined {
  return parseMarkdownHeadingId(text).id;
}

/** `bodyLine`: the line of the file that `source` starts on; lines in the problems are the file's. */
export function directiveProblems(tree: Root, source: string, bodyLine = 1): DirectiveProblem[] {
  const lines = source.split('\n');
  const offset = bodyLine - 1;
  const problems: DirectiveProblem[] = [];
  const add = (node: Nodes, field: string, message: string): void => {
    problems.push({line: (node.position?.start.line ?? 1) + offset, column: node.position?.start.column ?? 1, field, message});
  };
  // After a version-2 title, its closing `:::` is part of the same mistake.
  let openVersion2 = 0;
  const headingIds = new Map<string, number>();
  const slugger = createSlugger();
  walk(tree, (node) => {
    if (node.type === 'containerDirective') {
      const closingLine = lines[(node.position?.end.line ?? 1) - 1] ?? '';
      if (!FENCE_ONLY.test(closingLine) || node.position?.end.line === node.position?.start.line) {
        add(node, 'Hinweiskasten', `Der Block »:::${node.name}« wird nicht geschlossen. Schließen Sie ihn mit einer eigenen Zeile »:::« ab; sonst gehört der ganze Rest der Datei dazu.`);
      }
      if (!isAdmonition(node.name) && !SITE_BLOCKS.includes(node.name)) {
        const suggestion = didYouMean(node.name, [...Object.keys(ADMONITIONS), ...SITE_BLOCKS]);
        add(
          node,
          'Hinweiskasten',
          `Den Hinweiskasten »:::${node.name}« gibt es nicht; die Seite zeigte ihn nicht an.${suggestion ? ` Meinten Sie »:::${suggestion}«?` : ''} Möglich sind ${ADMONITION_LIST}.`,
        );
      }
    } else if (node.type === 'paragraph') {
      const first = node.children[0];
      if (first?.type !== 'text' || !node.position) return;
      // Every line of the paragraph: nested blocks written the version-2 way (`:::::info Außen` … `::::tip Innen`)
      // run together into one paragraph, and each level is its own mistake.
      for (let number = node.position.start.line; number <= node.position.end.line; number += 1) {
        const written = lines[number - 1] ?? '';
        const line = written.trim();
        const at = {line: number + offset, column: written.length - written.trimStart().length + 1};
        const version2 = VERSION_2_TITLE.exec(line);
        if (version2) {
          const [, colons, name, title] = version2;
          problems.push({
            ...at,
            field: 'Hinweiskasten',
            message: `Der Titel eines Hinweiskastens steht in eckigen Klammern: »${colons}${name}[${title}]« statt »${colons}${name} ${title}«. So wie geschrieben zeigte die Seite »${line}« als Text.`,
          });
          openVersion2 += 1;
        } else if (FENCE_ONLY.test(line)) {
          if (openVersion2 > 0) openVersion2 -= 1;
          else problems.push({...at, field: 'Hinweiskasten', message: `Diese Zeile »${line}« schließt keinen Block: Es fehlt die öffnende Zeile, z. B. »:::tip[Titel]«. So erschiene »${line}« als Text.`});
        } else if (number === node.position.start.line && /^:{3,}/.test(line) && !/^:{3,}[A-Za-z]/.test(line)) {
          problems.push({...at, field: 'Hinweiskasten', message: `Die Zeile »${line}« ist kein gültiger Hinweiskasten und erschiene als Text. Gültig wäre z. B. »:::tip[Titel]«.`});
        }
      }
    } else if (node.type === 'heading') {
      const text = toString(node);
      const explicit = explicitHeadingId(text);
      const id = explicit ?? slugger.slug(text);
      const seen = headingIds.get(id);
      if (explicit !== undefined && seen !== undefined) {
        add(node, 'Überschrift', `Die Überschriften-ID »${id}« gibt es auf dieser Seite schon (Zeile ${seen}). Jede ID darf nur einmal vorkommen; sonst führt ein Link auf #${id} immer zur ersten Überschrift.`);
      }
      if (seen === undefined) headingIds.set(id, (node.position?.start.line ?? 1) + offset);
    }
  });
  return problems;
}

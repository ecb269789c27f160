/**
 * Code blocks in practices, news and events, highlighted in the static HTML
 * with the same highlighter and token classes as doc pages (Prism from
 * prism-react-renderer): no JavaScript on the page. The colours come from the
 * site's Prism themes as CSS (src/plugins/codeColours), light and dark.
 *
 * What a doc page's code block reads from its first line, the same here: a
 * title (`title="…"`), highlighted lines by range (`{1,4-6}`) or by magic
 * comment (`// highlight-next-line`, `// highlight-start` … `// highlight-end`,
 * removed from the code), and line numbers (`showLineNumbers`,
 * `showLineNumbers=5`). The copy button is added in the browser (FragmentPage).
 */
import type {Element, ElementContent, Root} from 'hast';
import {toString} from 'hast-util-to-string';
import {visit} from 'unist-util-visit';
import {normalizeTokens, Prism} from 'prism-react-renderer';
import parseRange from 'parse-numeric-range';
import '../utils/prismLanguages';

/** The theme's class for a highlighted line (its default magic comments, and lines named by range). */
export const HIGHLIGHTED_LINE = 'theme-code-block-highlighted-line';

const languageOf = (code: Element): string | undefined => {
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const match = classes.map(String).find((name) => name.startsWith('language-'));
  return match?.slice('language-'.length).toLowerCase();
};

const span = (className: string[], children: ElementContent[]): Element => ({type: 'element', tagName: 'span', properties: {className}, children});

/** What the first line of a code block (after the language) asks for. */
export interface CodeMeta {
  title?: string;
  /** Lines (0-based) to highlight, from a range in the meta. */
  range?: Set<number>;
  /** The first line's number, if numbered. */
  lineNumbersStart?: number;
}

export function parseCodeMeta(meta: string | undefined): CodeMeta {
  if (!meta) return {};
  const title = /title=(["'])(.*?)\1/.exec(meta)?.[2];
  const range = /\{([\d,\s-]+)\}/.exec(meta)?.[1];
  const numbers = meta.split(/\s+/).find((part) => part.startsWith('showLineNumbers'));
  const start = numbers === undefined ? undefined : numbers.startsWith('showLineNumbers=') ? Number.parseInt(numbers.slice('showLineNumbers='.length), 10) : 1;
  return {
    ...(title ? {title} : {}),
    ...(range ? {range: new Set(parseRange(range.replace(/\s/g, '')).filter((line) => line > 0).map((line) => line - 1))} : {}),
    ...(start !== undefined && !Number.isNaN(start) ? {lineNumbersStart: start} : {}),
  };
}

// Comment styles per language, as the theme reads magic comments: `// x`, `/* x */`, `{/* x */}`, `# x`, `<!-- x -->`.
const COMMENTS = {js: ['//', ''], jsBlock: ['/\\*', '\\*/'], jsx: ['\\{\\s*/\\*', '\\*/\\s*\\}'], bash: ['#', ''], html: ['<!--', '-->']} as const;
type CommentStyle = keyof typeof COMMENTS;
const ALL_STYLES: CommentStyle[] = ['js', 'jsBlock', 'jsx', 'bash', 'html'];
const STYLES: Record<string, CommentStyle[]> = {
  js: ['js', 'jsBlock'], javascript: ['js', 'jsBlock'], ts: ['js', 'jsBlock'], typescript: ['js', 'jsBlock'],
  jsx: ['js', 'jsBlock', 'jsx'], tsx: ['js', 'jsBlock', 'jsx'],
  html: ['js', 'jsBlock', 'html'],
  python: ['bash'], py: ['bash'], bash: ['bash'],
  md: ['html', 'jsx', 'bash'], markdown: ['html', 'jsx', 'bash'],
};
const DIRECTIVES = 'highlight-next-line|highlight-start|highlight-end';

function directivePattern(language: string): RegExp {
  const styles = STYLES[language] ?? ALL_STYLES;
  const alternatives = styles.map((style) => `${COMMENTS[style][0]}\\s*(${DIRECTIVES})\\s*${COMMENTS[style][1]}`);
  return new RegExp(`^\\s*(?:${alternatives.join('|')})\\s*$`);
}

/** The code without its magic comment lines, and the lines (0-based, after removal) they highlight. */
export function magicComments(code: string, language: string): {code: string; highlighted: Set<number>} {
  const pattern = directivePattern(language);
  const kept: string[] = [];
  const highlighted = new Set<number>();
  let next = false;
  let block = false;
  for (const line of code.split('\n')) {
    const directive = pattern.exec(line)?.slice(1).find((group) => group !== undefined);
    if (directive === 'highlight-next-line') next = true;
    else if (directive === 'highlight-start') block = true;
    else if (directive === 'highlight-end') block = false;
    else {
      if (next || block) highlighted.add(kept.length);
      next = false;
      kept.push(line);
    }
  }
  return {code: kept.join('\n'), highlighted};
}

/** The lines of `code` as token spans (one `token-line` per line), like the theme's code blocks. */
export function highlightLines(code: string, language: string | undefined, options: {highlighted?: ReadonlySet<number>; numbered?: boolean} = {}): Element[] {
  const grammar = language ? Prism.languages[language] : undefined;
  const text = code.replace(/\n$/, '');
  const lines = grammar ? normalizeTokens(Prism.tokenize(text, grammar)) : text.split('\n').map((line) => [{types: ['plain'], content: line}]);
  return lines.map((tokens, index) => {
    const content = tokens.filter((token) => token.content !== '').map((token) => span(['token', ...token.types], [{type: 'text', value: token.content}]));
    const classes = ['token-line', 'wp-code-line', ...(options.numbered ? ['wp-code-line--numbered'] : []), ...(options.highlighted?.has(index) ? [HIGHLIGHTED_LINE] : [])];
    return span(classes, [
      ...(options.numbered ? [span(['wp-code-line-number'], []), span(['wp-code-line-content'], content)] : content),
      {type: 'element', tagName: 'br', properties: {}, children: []},
    ]);
  });
}

export default function rehypeStaticHighlight() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (!code) return;
      const language = languageOf(code) ?? 'text';
      const meta = parseCodeMeta((code.data as {meta?: string} | undefined)?.meta);
      const source = toString(code);
      const lines = meta.range ? {code: source, highlighted: meta.range} : magicComments(source, language);
      const numbered = meta.lineNumbersStart !== undefined;
      const block: Element = {
        type: 'element',
        tagName: 'div',
        properties: {className: ['theme-code-block', 'wp-code-block', `language-${language}`]},
        children: [
          ...(meta.title ? [{type: 'element', tagName: 'div', properties: {className: ['wp-code-block__title']}, children: [{type: 'text', value: meta.title}]} satisfies Element] : []),
          {
            type: 'element',
            tagName: 'pre',
            // Focusable, so that a long line can be scrolled with the keyboard (WCAG 2.1.1).
            properties: {className: ['prism-code', `language-${language}`], tabIndex: 0},
            children: [
              {
                type: 'element',
                tagName: 'code',
                properties: numbered ? {className: ['wp-code-lines--numbered'], style: `counter-reset:line-count ${meta.lineNumbersStart! - 1}`} : {},
                children: highlightLines(lines.code, language, {highlighted: lines.highlighted, numbered}),
              },
            ],
          },
        ],
      };
      parent.children[index] = block;
      return 'skip';
    });
  };
}

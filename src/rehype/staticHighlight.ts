/**
 * Code blocks in practices and news, highlighted in the static HTML with the
 * same highlighter and token classes as doc pages (Prism from
 * prism-react-renderer): no JavaScript on the page. The colours come from the
 * site's Prism themes as CSS (src/plugins/codeColours), light and dark.
 */
import type {Element, ElementContent, Root} from 'hast';
import {toString} from 'hast-util-to-string';
import {visit} from 'unist-util-visit';
import {normalizeTokens, Prism} from 'prism-react-renderer';
import '../utils/prismLanguages';

const languageOf = (code: Element): string | undefined => {
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const match = classes.map(String).find((name) => name.startsWith('language-'));
  return match?.slice('language-'.length).toLowerCase();
};

const span = (className: string[], children: ElementContent[]): Element => ({type: 'element', tagName: 'span', properties: {className}, children});

/** The lines of `code` as token spans (one `token-line` per line), like the theme's code blocks. */
export function highlightLines(code: string, language: string | undefined): Element[] {
  const grammar = language ? Prism.languages[language] : undefined;
  const text = code.replace(/\n$/, '');
  const lines = grammar ? normalizeTokens(Prism.tokenize(text, grammar)) : text.split('\n').map((line) => [{types: ['plain'], content: line}]);
  return lines.map((tokens) =>
    span(['token-line', 'wp-code-line'], [
      ...tokens.filter((token) => token.content !== '').map((token) => span(['token', ...token.types], [{type: 'text', value: token.content}])),
      {type: 'element', tagName: 'br', properties: {}, children: []},
    ]),
  );
}

export default function rehypeStaticHighlight() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (!code) return;
      const language = languageOf(code) ?? 'text';
      const block: Element = {
        type: 'element',
        tagName: 'div',
        properties: {className: ['theme-code-block', 'wp-code-block', `language-${language}`]},
        children: [
          {
            type: 'element',
            tagName: 'pre',
            // Focusable, so that a long line can be scrolled with the keyboard (WCAG 2.1.1).
            properties: {className: ['prism-code', `language-${language}`], tabIndex: 0},
            children: [{type: 'element', tagName: 'code', properties: {}, children: highlightLines(toString(code), language)}],
          },
        ],
      };
      parent.children[index] = block;
      return 'skip';
    });
  };
}

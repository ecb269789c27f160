/**
 * Markdown blocks for the practice and news renderer (src/plugins/practices/markdown.ts),
 * which renders without Docusaurus' MDX step:
 * - admonitions (`:::tip[Titel]` … `:::`) become the same structure the theme
 *   gives doc pages: a box with the theme's classes and Infima's alert colour,
 *   a heading (the title, or the type's German name) and the content;
 * - other directives that nobody handles (`:30` in »10:30«, `::name`) go back
 *   to the text they were written as, as Docusaurus does;
 * - `## Titel {#id}` sets the heading's id, as on doc pages.
 * Unknown or unclosed `:::` blocks never get here: the rules in
 * src/content/directiveRules.ts stop the build first.
 */
import type {Plugin} from 'unified';
import type {Paragraph, Root, RootContent} from 'mdast';
import type {} from 'mdast-util-directive';
import {parseMarkdownHeadingId} from '@docusaurus/utils';
import {ADMONITIONS, isAdmonition, type AdmonitionType} from '../content/directiveRules';

/** Infima's alert colour of each type, as the classic theme maps them. */
const ALERT: Record<AdmonitionType, string> = {note: 'secondary', tip: 'success', info: 'info', warning: 'warning', danger: 'danger', caution: 'warning'};

type Parent = {children: RootContent[]};

const remarkFragmentBlocks: Plugin<[], Root> = () => (tree, file) => {
  const source = String(file.value);
  const visit = (parent: Parent): void => {
    parent.children = parent.children.map((node): RootContent => {
      if (node.type === 'containerDirective' && isAdmonition(node.name)) {
        const [first, ...rest] = node.children;
        const labelled = first?.type === 'paragraph' && (first.data as {directiveLabel?: boolean} | undefined)?.directiveLabel === true;
        const title: Paragraph = labelled
          ? {...(first), data: {hName: 'div', hProperties: {className: ['wp-admonition__heading']}}}
          : {type: 'paragraph', data: {hName: 'div', hProperties: {className: ['wp-admonition__heading']}}, children: [{type: 'text', value: ADMONITIONS[node.name]}]};
        const content = {type: 'blockquote', data: {hName: 'div', hProperties: {className: ['wp-admonition__content']}}, children: labelled ? rest : node.children} as RootContent;
        visit(content as Parent);
        return {
          type: 'blockquote',
          data: {hName: 'div', hProperties: {className: ['theme-admonition', `theme-admonition-${node.name}`, 'alert', `alert--${ALERT[node.name]}`, 'wp-admonition']}},
          children: [title, content],
        } as RootContent;
      }
      if (node.type === 'textDirective' || node.type === 'leafDirective') {
        const written = node.position?.start.offset !== undefined && node.position.end.offset !== undefined ? source.slice(node.position.start.offset, node.position.end.offset) : `:${node.name}`;
        return node.type === 'leafDirective' ? {type: 'paragraph', children: [{type: 'text', value: written}]} : ({type: 'text', value: written});
      }
      if (node.type === 'heading') {
        const last = node.children.at(-1);
        if (last?.type === 'text') {
          const {text, id} = parseMarkdownHeadingId(last.value);
          if (id !== undefined) {
            last.value = text;
            node.data = {...node.data, hProperties: {...node.data?.hProperties, id}};
          }
        }
      }
      if ('children' in node && Array.isArray(node.children)) visit(node);
      return node;
    });
  };
  visit(tree);
};


export default remarkFragmentBlocks;

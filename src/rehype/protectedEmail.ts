/**
 * E-mail addresses in content are written »name(at)example.org«, as the BBE
 * does to deter harvesting. This step makes each such address a link that the
 * browser turns into a working mailto link (src/clientModules/revealEmails.ts):
 * readable and usable for people, reversed and encoded in the HTML. Text in
 * code and in existing links stays as it is.
 */
import type {Element, ElementContent, Root, Text} from 'hast';
import {SKIP, visit} from 'unist-util-visit';

const ADDRESS = /([A-Za-z0-9._%+-]+)\(at\)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

export const encodeEmail = (address: string): string => Buffer.from([...address].reverse().join(''), 'utf8').toString('base64');

function split(node: Text): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(ADDRESS)) {
    if (match.index > last) parts.push({type: 'text', value: node.value.slice(last, match.index)});
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: {className: ['wp-mail'], dataWpMail: encodeEmail(`${match[1]}@${match[2]}`)},
      children: [{type: 'text', value: match[0]}],
    };
    parts.push(link);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({type: 'text', value: node.value.slice(last)});
  return parts;
}

export default function rehypeProtectedEmail() {
  return (tree: Root): void => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && ['code', 'pre', 'a', 'script', 'style'].includes(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const parts = split(node);
      if (!parts) return undefined;
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}

/**
 * The last guard of practices, news and events after their raw HTML has been
 * parsed (rehype-raw): no element that runs or loads code, no event handler
 * attribute, no `javascript:` address. The renderer's rules
 * (src/markdown/render.ts, `htmlProblems`) already stop the build on each of
 * these with a message; this step only makes sure that a spelling they might
 * miss can never reach a visitor's browser.
 */
import type {Root} from 'hast';
import {SKIP, visit} from 'unist-util-visit';
import {isSafeUrl} from '../content/safeUrl';

const CODE_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'base', 'link', 'meta', 'form', 'svg', 'math', 'template']);

export default function rehypeScriptGuard() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (CODE_ELEMENTS.has(node.tagName) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      for (const name of Object.keys(node.properties)) {
        const value = node.properties[name];
        if (/^on/i.test(name) || (typeof value === 'string' && /^(?:href|src|action|formAction|xLinkHref)$/.test(name) && !isSafeUrl(value))) delete node.properties[name];
      }
      return undefined;
    });
  };
}

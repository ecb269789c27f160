/**
 * Tables scroll sideways on narrow screens (Infima makes them scroll
 * containers); keyboard users must be able to scroll them too (WCAG 2.1.1),
 * so every table gets a place in the tab order.
 */
import type {Root} from 'hast';
import {visit} from 'unist-util-visit';

export default function rehypeFocusableTables() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'table' && node.properties.tabIndex === undefined) node.properties.tabIndex = 0;
    });
  };
}

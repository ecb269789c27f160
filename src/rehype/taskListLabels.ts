/**
 * A task list's checkboxes (`- [x] Raum gebucht`) say what they show: »erledigt«
 * or »offen«. They are disabled and stand before their text, so without a name
 * a screen reader announces a nameless control (axe: every form element needs
 * a label). On every page kind: doc pages and pages get this step from the
 * preset too.
 */
import type {Root} from 'hast';
import {visit} from 'unist-util-visit';

export default function rehypeTaskListLabels() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'input' || node.properties.type !== 'checkbox' || node.properties.ariaLabel !== undefined) return;
      node.properties.ariaLabel = node.properties.checked ? 'erledigt' : 'offen';
    });
  };
}

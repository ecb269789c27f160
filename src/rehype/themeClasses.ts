/**
 * The classes the theme gives some Markdown elements on doc pages, for the
 * same elements in practices, news and events (rendered without the theme's
 * MDX components):
 * - a task list has no bullets beside its checkboxes (Infima's `clean-list`);
 * - a collapsible `<details>` block is a box in Infima's info colour.
 */
import type {Root} from 'hast';
import {visit} from 'unist-util-visit';

export default function rehypeThemeClasses() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      if ((node.tagName === 'ul' || node.tagName === 'ol') && classes.includes('contains-task-list') && !classes.includes('clean-list')) {
        node.properties.className = [...classes, 'clean-list'];
      }
      if (node.tagName === 'details' && !classes.includes('alert')) node.properties.className = [...classes, 'alert', 'alert--info', 'wp-details'];
    });
  };
}

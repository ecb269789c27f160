/**
 * Text that depends on the search backend: in Markdown,
 *
 *     :::nur-mit-algolia
 *     … shown only when the site searches with Algolia …
 *     :::
 *
 * and `:::nur-ohne-algolia` for the opposite. The block not meant for this
 * build is removed before headings, table of contents and search see it; the
 * other is kept without a wrapper. Used by the privacy policy, which must name
 * Algolia exactly when visitors' queries go there.
 */
import type {Plugin} from 'unified';
import type {Root, RootContent} from 'mdast';
// The directive node types (`containerDirective`) for mdast.
import type {} from 'mdast-util-directive';

export interface SearchBackendOptions {
  algolia: boolean;
}

export const DIRECTIVES = {withAlgolia: 'nur-mit-algolia', withoutAlgolia: 'nur-ohne-algolia'} as const;

type Parent = {children: RootContent[]};

const remarkSearchBackend: Plugin<[SearchBackendOptions], Root> = (options) => (tree) => {
  const visit = (parent: Parent): void => {
    parent.children = parent.children.flatMap((node): RootContent[] => {
      if (node.type === 'containerDirective') {
        const directive = node;
        if (directive.name === DIRECTIVES.withAlgolia || directive.name === DIRECTIVES.withoutAlgolia) {
          const keep = (directive.name === DIRECTIVES.withAlgolia) === options.algolia;
          if (!keep) return [];
          const children = directive.children as RootContent[];
          const container = {children};
          visit(container);
          return container.children;
        }
      }
      if ('children' in node && Array.isArray(node.children)) visit(node);
      return [node];
    });
  };
  visit(tree);
};

export default remarkSearchBackend;

/**
 * Links to catalogue pages (/gute-praxis/…, /traeger/…) point at parameterised
 * routes that Docusaurus' link checker cannot resolve, so it would reject valid
 * links. This step turns them into `pathname://` links, which Docusaurus
 * renders as plain links without checking; the catalogue plugin checks every
 * such link in the built pages instead (and fails the build on a broken one).
 */
import type {Nodes, Root} from 'mdast';
import type {Plugin} from 'unified';

const CATALOGUE_PAGE = /^\/(?:gute-praxis|traeger)\/[^/]/;

function visit(node: Nodes): void {
  if (node.type === 'link' && CATALOGUE_PAGE.test(node.url)) {
    node.url = `pathname://${node.url}`;
  }
  if ('children' in node) for (const child of node.children) visit(child);
}

const remarkCatalogueLinks: Plugin<[], Root> = function () {
  return (tree) => visit(tree);
};

export default remarkCatalogueLinks;

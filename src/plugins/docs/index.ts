/**
 * Docusaurus' docs plugin with two changes:
 * - Under `npm start` it does not watch the files it excludes. Docusaurus
 *   reloads a plugin whenever a file that the plugin watches changes, and the
 *   docs plugin watches every Markdown file below docs/, including the
 *   practices in docs/gute-praxis, which it excludes. So every edit of a
 *   practice reloaded all doc pages too: 6–8 s of work on the dev server at
 *   10,000 practices, for nothing that changed. Negated patterns
 *   (`!docs/gute-praxis/**`) are how chokidar, the watcher Docusaurus uses,
 *   leaves paths out.
 * - The remark step of congress and working-group pages
 *   (src/remark/congressAndGroupPages.ts) gets the content graph: this plugin
 *   takes it from the content plugin in `allContentLoaded`, before any page is
 *   compiled, and hands it to the step it configures (never through the site
 *   config, which every visitor loads).
 */
import {relative} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import pluginContentDocs, {validateOptions} from '@docusaurus/plugin-content-docs';
import type {LoadedContent, PluginOptions} from '@docusaurus/plugin-content-docs';
import {posixPath} from '@docusaurus/utils';
import {NEEDS_CONTENT_GRAPH, type CongressAndGroupPagesOptions, type ContentGraphRef} from '../../remark/congressAndGroupPages';
import {siteOf} from '../content';

export {validateOptions};

/**
 * The watch patterns for what the plugin excludes: for each folder it reads
 * (`<folder>/<include pattern>` in its own list), each exclude pattern below
 * that folder, negated and relative to the site (the watcher's working folder).
 */
export function excludedFromWatching(siteDir: string, watched: readonly string[], include: readonly string[], exclude: readonly string[]): string[] {
  const folders = new Set(watched.flatMap((path) => include.filter((pattern) => path.endsWith(`/${pattern}`)).map((pattern) => path.slice(0, -pattern.length - 1))));
  return [...folders].flatMap((folder) => exclude.map((pattern) => `!${posixPath(relative(siteDir, folder))}/${pattern}`));
}

type RemarkList = PluginOptions['beforeDefaultRemarkPlugins'];

/** The list with the graph added to the options of the congress and group step (a new list; the given one is left as it is). */
export function withContentGraph(plugins: RemarkList, graph: ContentGraphRef): RemarkList {
  return plugins.map((entry): RemarkList[number] =>
    Array.isArray(entry) && typeof entry[0] === 'function' && NEEDS_CONTENT_GRAPH in entry[0] ? [entry[0], {...(entry[1] as CongressAndGroupPagesOptions), graph}] : entry,
  );
}

export default async function docsPlugin(context: LoadContext, options: PluginOptions): Promise<Plugin<LoadedContent>> {
  const graph: ContentGraphRef = {};
  const plugin = await pluginContentDocs(context, {...options, beforeDefaultRemarkPlugins: withContentGraph(options.beforeDefaultRemarkPlugins, graph)});
  return {
    ...plugin,
    getPathsToWatch() {
      const watched = plugin.getPathsToWatch?.() ?? [];
      return [...watched, ...excludedFromWatching(context.siteDir, watched, options.include, options.exclude)];
    },
    async allContentLoaded(args) {
      graph.current = {siteDir: context.siteDir, site: siteOf(args.allContent, 'docs')};
      await plugin.allContentLoaded?.(args);
    },
  };
}

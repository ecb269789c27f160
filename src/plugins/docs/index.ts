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
 * - The remark steps that need the site folder or the content graph (congress
 *   and working-group pages, photos) get them through src/plugins/siteContext.ts:
 *   the folder from Docusaurus' context, the graph from the content plugin in
 *   `allContentLoaded`, before any page is compiled (never through the site
 *   config, which every visitor loads).
 */
import {relative} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import pluginContentDocs, {validateOptions} from '@docusaurus/plugin-content-docs';
import type {LoadedContent, PluginOptions} from '@docusaurus/plugin-content-docs';
import {posixPath} from '@docusaurus/utils';
import {siteContextFor, withSiteContext} from '../siteContext';

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

export default async function docsPlugin(context: LoadContext, options: PluginOptions): Promise<Plugin<LoadedContent>> {
  const site = siteContextFor(context, 'docs');
  const plugin = await pluginContentDocs(context, {...options, beforeDefaultRemarkPlugins: withSiteContext(options.beforeDefaultRemarkPlugins, site.ref)});
  return {
    ...plugin,
    getPathsToWatch() {
      const watched = plugin.getPathsToWatch?.() ?? [];
      return [...watched, ...excludedFromWatching(context.siteDir, watched, options.include, options.exclude)];
    },
    async allContentLoaded(args) {
      site.fill(args.allContent);
      await plugin.allContentLoaded?.(args);
    },
  };
}

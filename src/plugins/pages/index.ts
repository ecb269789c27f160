/**
 * Docusaurus' pages plugin, with the site context (src/plugins/siteContext.ts)
 * handed to the remark steps that need it (photos: the site folder).
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import pluginContentPages, {validateOptions} from '@docusaurus/plugin-content-pages';
import type {LoadedContent, PluginOptions} from '@docusaurus/plugin-content-pages';
import {siteContextFor, withSiteContext} from '../siteContext';

export {validateOptions};

export default async function pagesPlugin(context: LoadContext, options: PluginOptions): Promise<Plugin<LoadedContent | null>> {
  const site = siteContextFor(context, 'pages');
  const plugin = await pluginContentPages(context, {...options, beforeDefaultRemarkPlugins: withSiteContext(options.beforeDefaultRemarkPlugins, site.ref)});
  return {
    ...plugin,
    async allContentLoaded(args) {
      site.fill(args.allContent);
      await plugin.allContentLoaded?.(args);
    },
  };
}

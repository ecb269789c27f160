/**
 * Docusaurus' sitemap plugin as a step after the build (src/plugins/buildSteps.ts):
 * its own `postBuild` would run beside the site's steps, and it could not know
 * the pages without a Docusaurus route (practices, news, events: fragment
 * pages). Here it runs as the step »sitemap« with the pages every kind
 * registered, handed over in memory (`fragmentKinds`); the page shells (paths
 * with `:`) are left out. Options are those of the sitemap plugin.
 */
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import pluginSitemap, {validateOptions as validateSitemapOptions} from '@docusaurus/plugin-sitemap';
import type {Options, PluginOptions} from '@docusaurus/plugin-sitemap';
import type {WithBuildStep} from '../buildSteps';
import {fragmentSitemapPaths, type RegistryEntry} from '../fragmentPages';

export function validateOptions({validate, options}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  return validateSitemapOptions({validate, options: options ?? {}});
}

export default function sitemapPlugin(context: LoadContext, options: PluginOptions): WithBuildStep<Plugin<void>> | null {
  // The fragment pages of this build, set by the step before the sitemap is made.
  let kinds: readonly RegistryEntry[] = [];
  const sitemap = pluginSitemap(context, {
    ...options,
    async createSitemapItems({defaultCreateSitemapItems, ...params}) {
      const items = (await defaultCreateSitemapItems(params)).filter((item) => !item.url.includes('/:'));
      const origin = params.siteConfig.url;
      const known = new Set(items.map((item) => item.url));
      return [
        ...items,
        ...fragmentSitemapPaths(kinds, context.baseUrl)
          .map((path) => `${origin}${path}`)
          .filter((url) => !known.has(url))
          .map((url) => ({url, changefreq: null, priority: null, lastmod: null})),
      ];
    },
  });
  if (!sitemap?.postBuild) return null;
  const write = sitemap.postBuild;
  return {
    name: 'wissensplattform-sitemap',
    buildStep: {
      step: 'sitemap',
      run: async (props, data) => {
        kinds = data.fragmentKinds ?? [];
        await write({...props, content: undefined});
      },
    },
  };
}

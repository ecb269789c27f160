/**
 * Adds the home page route and hands it the newest news posts and the next
 * congress (date in the future, computed at build).
 *
 * The data reaches only the home page (as route modules created with
 * `createData`), not every page's global data, so what a visitor downloads
 * elsewhere does not grow with the blog.
 */
import type {LoadContext, Plugin, OptionValidationContext} from '@docusaurus/types';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import {selectRecentPosts} from './recentPosts';
import {loadCongresses} from '../../content/loadCongressesAndGroups';
import {nextCongress, type UpcomingCongress} from './upcomingCongress';
import {createModuleData} from '../moduleData';
import * as z from 'zod';
import {validatedOptions} from '../options';

export interface RecentPostsOptions {
  /** How many posts the home page lists. */
  count: number;
  /** Id of the blog plugin instance to read from. */
  blogPluginId: string;
}

const BLOG_PLUGIN_NAME = 'docusaurus-plugin-content-blog';

const OPTIONS = z
  .object({
    count: z.number().int().min(1).max(12).default(3),
    blogPluginId: z.string().min(1).default('default'),
  })
  .strict();

export function validateOptions({options}: OptionValidationContext<Partial<RecentPostsOptions> | undefined, RecentPostsOptions>): RecentPostsOptions {
  return validatedOptions('wissensplattform-home', OPTIONS, options);
}

export default function recentPostsPlugin(context: LoadContext, options: RecentPostsOptions): Plugin<void> {
  const {count, blogPluginId} = options;
  return {
    name: 'wissensplattform-home',
    async allContentLoaded({allContent, actions}) {
      const blog = allContent[BLOG_PLUGIN_NAME]?.[blogPluginId] as
        | BlogContent
        | undefined;
      if (!blog) {
        throw new Error(
          `home: Das Blog-Plugin »${blogPluginId}« fehlt; die Startseite braucht die Meldungen.`,
        );
      }
      const recentPosts = await createModuleData(
        actions,
        context.siteDir,
        'recent-posts.json',
        JSON.stringify(selectRecentPosts(blog.blogPosts, count)),
      );
      const upcoming: UpcomingCongress | null = nextCongress(loadCongresses(context.siteDir).congresses, new Date().toISOString().slice(0, 10));
      const upcomingCongress = await createModuleData(actions, context.siteDir, 'upcoming-congress.json', JSON.stringify(upcoming));
      actions.addRoute({
        path: context.baseUrl,
        exact: true,
        component: '@site/src/components/HomePage/index.tsx',
        modules: {recentPosts, upcomingCongress},
      });
    },
  };
}

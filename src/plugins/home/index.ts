/**
 * Adds the home page route and hands it the newest news posts and the next
 * congress (date in the future, computed at build).
 *
 * The data reaches only the home page (as route modules created with
 * `createData`), not every page's global data, so what a visitor downloads
 * elsewhere does not grow with the blog.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import {selectRecentPosts} from './recentPosts';
import {loadCongresses} from '../../content/loadCongressesAndGroups';
import {nextCongress, type UpcomingCongress} from './upcomingCongress';
import {createModuleData} from '../moduleData';

export interface RecentPostsOptions {
  /** How many posts the home page lists. */
  count: number;
  /** Id of the blog plugin instance to read from. */
  blogPluginId: string;
}

const BLOG_PLUGIN_NAME = 'docusaurus-plugin-content-blog';

export default function recentPostsPlugin(
  context: LoadContext,
  options: Partial<RecentPostsOptions>,
): Plugin<void> {
  const {count = 3, blogPluginId = 'default'} = options;
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

/**
 * Adds the home page route and hands it the newest news posts.
 *
 * The posts reach only the home page (as a route module created with
 * `createData`), not every page's global data, so what a visitor downloads
 * elsewhere does not grow with the blog.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import {selectRecentPosts} from './recentPosts';

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
    name: 'wissensplattform-recent-posts',
    async allContentLoaded({allContent, actions}) {
      const blog = allContent[BLOG_PLUGIN_NAME]?.[blogPluginId] as
        | BlogContent
        | undefined;
      if (!blog) {
        throw new Error(
          `recent-posts: Das Blog-Plugin »${blogPluginId}« fehlt; die Startseite braucht die Meldungen.`,
        );
      }
      const recentPosts = await actions.createData(
        'recent-posts.json',
        JSON.stringify(selectRecentPosts(blog.blogPosts, count)),
      );
      actions.addRoute({
        path: context.baseUrl,
        exact: true,
        component: '@site/src/components/HomePage/index.tsx',
        modules: {recentPosts},
      });
    },
  };
}

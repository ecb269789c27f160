/**
 * Adds the home page route and hands it the newest news posts and the next
 * events (from the build's day; the page moves on by the visitor's day).
 *
 * The data reaches only the home page (as route modules created with
 * `createData`), not every page's global data, so what a visitor downloads
 * elsewhere does not grow with the blog.
 */
import type {LoadContext, Plugin, OptionValidationContext} from '@docusaurus/types';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import {selectRecentPosts} from './recentPosts';
import {publicEvent} from '../../content/loadEvents';
import {siteOf} from '../content';
import {berlinToday, nextEvents, type EventsModule} from '../../events/types';
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
/** Upcoming events the home page receives; it shows the next three of them. */
const UPCOMING_KEPT = 8;

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
      // The events of the content graph (src/plugins/content), as the events page lists them.
      const {events} = siteOf(allContent, 'wissensplattform-home');
      const builtOn = berlinToday();
      // A few more than shown: the page drops those that have passed since the build.
      const upcoming: EventsModule = {builtOn, events: nextEvents(events, builtOn, UPCOMING_KEPT).map(publicEvent)};
      const upcomingEvents = await createModuleData(actions, context.siteDir, 'upcoming-events.json', JSON.stringify(upcoming));
      actions.addRoute({
        path: context.baseUrl,
        exact: true,
        component: '@site/src/components/HomePage/index.tsx',
        modules: {recentPosts, upcomingEvents},
      });
    },
  };
}

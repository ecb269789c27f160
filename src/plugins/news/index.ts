/**
 * News (Meldungen) on the Docusaurus blog plugin, without one route per post.
 *
 * The blog plugin still reads and validates the posts (authors, tags,
 * truncation, dates, pagination) and writes the feeds, with items made from
 * the bodies rendered here (feed.ts, its `createFeedItems` hook; the
 * default would read each post back from its written page). What changes is the
 * routes: every Docusaurus route adds its path, chunk names and module paths
 * to the JavaScript that every visitor loads, so 500 posts made every page
 * about 85 KB (gzip) heavier. Here
 * - each post is a page fragment (render.ts), poured into the page shell of
 *   a parameterised route after the build and fetched as JSON when a visitor
 *   navigates inside the site, as the catalogue does with practices;
 * - the lists (pages, tags, authors) keep their routes, but carry a small
 *   JSON list of their posts instead of one module per post.
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import blogPlugin, {validateOptions as validateBlogOptions} from '@docusaurus/plugin-content-blog';
import type {BlogContent, PluginOptions as BlogOptions, Options as BlogUserOptions} from '@docusaurus/plugin-content-blog';
import type {LoadContext, OptionValidationContext, Plugin, RouteConfig} from '@docusaurus/types';
import {docuHash} from '@docusaurus/utils';
import {ContentError} from '../../content/problems';
import {loadSettled} from '../../content/settled';
import {fragmentPages, type Fragment, type RegistryEntry} from '../fragmentPages';
import {htmlWithBase, withoutBase} from '../../fragmentPages/fragment';
import type {FragmentAsset} from '../../markdown/assets';
import {renderNews, type NewsListItem} from './render';
import {feedItems} from './feed';
import {siteOf} from '../content';
import {linkTargetsOf} from '../content/linkTargets';
import type {Site} from '../../content/site';
import {createModuleData} from '../moduleData';
import type {PostBuildProps, WithBuildStep} from '../buildSteps';

export interface NewsOptions {
  /** Folder served as static files in development (the catalogue's `publicDir`). */
  publicDir: string;
}

type Options = BlogOptions & NewsOptions;

/** The posts rendered, once the content graph is there (`allContentLoaded`). */
export interface RenderedPosts {
  /** Every post's page. */
  fragments: Fragment[];
  /** Every post's entry in the lists, by permalink. */
  items: Record<string, NewsListItem>;
  /** Every post's body, by permalink (for the feeds). */
  bodies: Map<string, string>;
  /** Images beside post files (see src/markdown/assets.ts). */
  assets: FragmentAsset[];
}

const LIST_COMPONENT = '@site/src/components/NewsList/index.tsx';

export function validateOptions({validate, options}: OptionValidationContext<BlogUserOptions & Partial<NewsOptions>, BlogOptions>): Options {
  const {publicDir, ...blogOptions} = options;
  if (!publicDir) throw new Error('news: Die Option publicDir fehlt (der Ordner, aus dem der Entwicklungsserver die Seiten der Meldungen liefert).');
  // `validate` is typed with this plugin's options; the blog plugin's schema gets them without publicDir.
  return {...validateBlogOptions({validate: validate as OptionValidationContext<BlogUserOptions | undefined, BlogOptions>['validate'], options: blogOptions}), publicDir};
}

export default async function newsPlugin(context: LoadContext, options: Options): Promise<WithBuildStep<Plugin<BlogContent>>> {
  const {siteDir, baseUrl} = context;
  // The posts of the latest load, rendered against the latest graph (kept for the pages after the build).
  let rendered: (RenderedPosts & {content: BlogContent; site: Site}) | undefined;
  const blog = await blogPlugin(context, {
    ...options,
    feedOptions: {
      ...options.feedOptions,
      createFeedItems: async ({blogPosts, siteConfig}) => {
        if (!rendered) throw new Error('news: Die Meldungen wurden nicht gerendert (allContentLoaded lief nicht für diesen Build).');
        return feedItems(blogPosts, rendered.bodies, siteConfig);
      },
    },
  });
  const basePath = `${baseUrl}${options.routeBasePath}`.replace(/\/+$/, '').replace(/\/{2,}/g, '/');
  const publicDir = join(siteDir, options.publicDir);
  const dev = process.env.NODE_ENV !== 'production';
  const feedPaths = (options.feedOptions.type ?? []).map((type) => `${basePath}/${type === 'json' ? 'feed.json' : `${type}.xml`}`);

  // One route for all posts, `/meldungen/:post`, taking `/meldungen/x` and `/meldungen/2019/11/13/x` alike, after
  // the lists' own routes (/meldungen/tags must not be taken for a post).
  const pages = fragmentPages(context, publicDir, {
    name: 'Meldungen',
    routes: [{pattern: `/${options.routeBasePath.replace(/^\/+|\/+$/g, '')}/:post`, deep: true, priority: -1}],
    page: {
      section: 'Meldungen',
      missingHint: 'Vielleicht wurde die Meldung umbenannt oder entfernt.',
      list: {href: basePath, label: 'Zu allen Meldungen'},
      keepListQuery: false,
    },
    linkHint: 'Meldungen haben die Adresse, die ihre Übersicht /meldungen zeigt.',
  });

  return {
    ...blog,
    // The blog plugin's `~blog` alias (its data modules), without its MDX loader: no post is bundled any more.
    configureWebpack(...args) {
      const config = blog.configureWebpack!(...args);
      return {
        ...(config && 'resolve' in config ? {resolve: config.resolve} : {}),
        // Under `npm start` the posts' pages are answered from memory (live preview).
        ...(process.env.NODE_ENV === 'production' ? {} : pages.devServer()),
      };
    },

    async loadContent() {
      // Under `npm start`: read again while a post is still being saved (see settled.ts).
      return dev ? loadSettled([join(siteDir, options.path)], () => blog.loadContent!()) : blog.loadContent!();
    },

    // The blog plugin's routes and the posts' pages need the working groups of the content graph (a post tagged for
    // a group lists its newest reports): both are made once every plugin has loaded its content.
    async contentLoaded() {},

    async allContentLoaded({allContent, actions}) {
      const content = allContent[blog.name]?.[options.id] as BlogContent | undefined;
      if (!content) throw new Error(`news: Die Meldungen (Plugin ${blog.name}, id ${options.id}) wurden nicht geladen.`);
      const site = siteOf(allContent, 'news');
      if (rendered?.content !== content || rendered.site !== site) {
        const {fragments, bodies, items, problems, assets} = renderNews(siteDir, content.blogPosts, basePath, site.groups, context.siteConfig.url, linkTargetsOf(allContent, site, baseUrl));
        if (problems.length > 0) throw new ContentError(problems);
        rendered = {content, site, fragments, bodies, items, assets};
      }
      const {fragments, items, assets} = rendered;
      // The blog plugin plans its routes; the posts' own routes are left out, the lists get lean data.
      const planned: RouteConfig[] = [];
      await blog.contentLoaded!({content, actions: {...actions, addRoute: (route) => planned.push(route)}});
      const postsBySource = new Map(content.blogPosts.map((post) => [post.metadata.source, post]));
      const routes: string[] = [];
      for (const route of planned) {
        if (route.component === options.blogPostComponent) continue;
        const {sidebar: _sidebar, items: listed, ...modules} = route.modules ?? {};
        if (Array.isArray(listed)) {
          // Teasers are HTML made from Markdown: their site links get the base URL, as the posts' pages do.
          const list: NewsListItem[] = (listed as {content: {path: string}}[]).map((item) => {
            const entry = items[postsBySource.get(item.content.path)!.metadata.permalink]!;
            return {...entry, teaser: htmlWithBase(entry.teaser, baseUrl)};
          });
          const data = await createModuleData(actions, siteDir, `news-list-${docuHash(route.path)}.json`, JSON.stringify(list));
          actions.addRoute({...route, component: LIST_COMPONENT, modules: {...modules, items: data}});
        } else {
          actions.addRoute({...route, modules});
        }
        routes.push(route.path);
      }
      if (fragments.length > 0) pages.addRoutes(actions);
      const posts = fragments.map((fragment) => fragment.path);
      const listedPosts = new Set(content.blogPosts.filter((post) => !post.metadata.unlisted).map((post) => post.metadata.permalink));
      pages.register({sitemap: posts.filter((path) => listedPosts.has(path)), existing: [basePath, ...routes, ...posts, ...feedPaths]});
      // The dev server serves the fragments from the static folder; a production build writes them after bundling.
      if (process.env.NODE_ENV !== 'production') {
        // Asked by site path (without the base URL); the posts' permalinks carry it.
        const byPath = new Map(fragments.map((fragment) => [withoutBase(fragment.path, baseUrl), fragment]));
        // Images are few per post: each page's answer publishes them all (copies only what is missing).
        pages.serveInDev((path) => {
          const fragment = byPath.get(path);
          return fragment && {fragment, assets};
        });
      }
    },

    // No postBuild of its own (the blog plugin's feeds are written in this step, after the pages).
    postBuild: undefined,
    buildStep: {
      step: 'news pages',
      provides: () => ({...(rendered ? {newsFragments: rendered.fragments} : {}), ...pages.handOver()}),
      run: (props, data) => writePages(props, data.fragmentKinds ?? []),
    },
  };

  async function writePages(props: PostBuildProps, kinds: readonly RegistryEntry[]): Promise<void> {
    const {outDir} = props;
    if (!rendered) throw new Error('news: Die Meldungen wurden nicht gerendert (allContentLoaded lief nicht für diesen Build).');
    const {fragments, assets, content} = rendered;
    if (fragments.length === 0) return;
    const sources = new Map(content.blogPosts.map((post) => [post.metadata.permalink, post.metadata.source.replace(/^@site\//, '')]));
    const problems = await pages.writeBuild({
      outDir,
      routesPaths: props.routesPaths,
      fragments,
      assets,
      kinds,
      sourceOf: (fragment) => sources.get(fragment.path),
    });
    if (problems.length > 0) throw new ContentError(problems);

    // The feeds (their items from memory: feed.ts).
    await blog.postBuild?.({...props, content});
    if (!existsSync(join(outDir, `${withoutBase(fragments[0]!.path, baseUrl).slice(1)}.html`))) {
      throw new Error(`news: Die Seite ${fragments[0]!.path} fehlt im Build.`);
    }
  }
}

/**
 * News (Meldungen) on the Docusaurus blog plugin, without one route per post.
 *
 * The blog plugin still reads and validates the posts (authors, tags,
 * truncation, dates, pagination) and writes the feeds. What changes is the
 * routes: every Docusaurus route adds its path, chunk names and module paths
 * to the JavaScript that every visitor loads, so 500 posts made every page
 * about 85 KB (gzip) heavier. Here
 * - each post is a page fragment (render.ts), poured into the page shell of
 *   a parameterised route after the build and fetched as JSON when a visitor
 *   navigates inside the site, as the catalogue does with practices;
 * - the lists (pages, tags, authors) keep their routes, but carry a small
 *   JSON list of their posts instead of one module per post.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import blogPlugin, {validateOptions as validateBlogOptions} from '@docusaurus/plugin-content-blog';
import type {BlogContent, PluginOptions as BlogOptions, Options as BlogUserOptions} from '@docusaurus/plugin-content-blog';
import type {LoadContext, OptionValidationContext, Plugin, RouteConfig} from '@docusaurus/types';
import {docuHash} from '@docusaurus/utils';
import {ContentError, type Problem} from '../../content/problems';
import {loadVocabularies} from '../../content/load';
import {publishAssets, type FragmentAsset} from '../fragmentAssets';
import {loadGroups} from '../../content/loadStructured';
import type {Fragment} from '../practices/fragments';
import {fillShell} from '../practices/pageShell';
import {fragmentDataPath, LINK_HINT, publishedPagePaths} from '../practices';
import {brokenFragmentLinks} from '../practices/pageShell';
import {renderNews, type NewsListItem} from './render';
import {writeNewsPageList} from './pageList';

export interface NewsOptions {
  /** Folder served as static files in development (the catalogue's `publicDir`). */
  publicDir: string;
}

type Options = BlogOptions & NewsOptions;

export interface NewsContent extends BlogContent {
  /** Every post's page, rendered when the content is loaded. */
  fragments: Fragment[];
  /** Every post's entry in the lists, by permalink. */
  items: Record<string, NewsListItem>;
  /** Images beside post files (see fragmentAssets.ts). */
  assets: FragmentAsset[];
}

const FRAGMENT_COMPONENT = '@site/src/components/FragmentPage/index.tsx';
const LIST_COMPONENT = '@site/src/components/NewsList/index.tsx';

export function validateOptions({validate, options}: OptionValidationContext<BlogUserOptions & Partial<NewsOptions>, BlogOptions>): Options {
  const {publicDir, ...blogOptions} = options;
  if (!publicDir) throw new Error('news: Die Option publicDir fehlt (der Ordner, aus dem der Entwicklungsserver die Seiten der Meldungen liefert).');
  // `validate` is typed with this plugin's options; the blog plugin's schema gets them without publicDir.
  return {...validateBlogOptions({validate: validate as OptionValidationContext<BlogUserOptions | undefined, BlogOptions>['validate'], options: blogOptions}), publicDir};
}

/**
 * The one route of all posts: `/meldungen/:post`, not exact, so it takes
 * `/meldungen/x` and `/meldungen/2019/11/13/x` alike (the lists' own routes
 * come first). Docusaurus' link checker accepts any path below it, so the
 * links to posts are checked by this plugin and the catalogue's link check.
 */
export const postRoutePattern = (basePath: string): string => `${basePath}/:post`;

function writeFile(root: string, path: string, data: string): void {
  const target = join(root, path);
  mkdirSync(dirname(target), {recursive: true});
  writeFileSync(target, data);
}

export default async function newsPlugin(context: LoadContext, options: Options): Promise<Plugin<NewsContent>> {
  const {siteDir, baseUrl, generatedFilesDir} = context;
  const blog = (await blogPlugin(context, options)) as Plugin<BlogContent>;
  const basePath = `${baseUrl}${options.routeBasePath}`.replace(/\/+$/, '').replace(/\/{2,}/g, '/');
  const publicDir = join(siteDir, options.publicDir);
  const feedPaths = (options.feedOptions.type ?? []).map((type) => `${basePath}/${type === 'json' ? 'feed.json' : `${type}.xml`}`);

  const pattern = postRoutePattern(basePath);

  return {
    ...blog,
    // The blog plugin's `~blog` alias (its data modules), without its MDX loader: no post is bundled any more.
    configureWebpack(...args) {
      const config = blog.configureWebpack!(...args);
      return config && 'resolve' in config ? {resolve: config.resolve} : {};
    },

    async loadContent() {
      const content = (await blog.loadContent!()) as BlogContent;
      // Working groups are validated by the structured-content plugin; here they only add their newest reports.
      const {groups} = loadGroups(siteDir, loadVocabularies(siteDir).vocabularies);
      const {fragments, items, problems, assets} = renderNews(siteDir, content.blogPosts, basePath, groups, context.siteConfig.url);
      if (problems.length > 0) throw new ContentError(problems);
      return {...content, fragments, items, assets};
    },

    translateContent({content, translationFiles}) {
      return {...blog.translateContent!({content, translationFiles}), fragments: content.fragments, items: content.items, assets: content.assets};
    },

    async contentLoaded({content, actions}) {
      // The blog plugin plans its routes; the posts' own routes are left out, the lists get lean data.
      const planned: RouteConfig[] = [];
      await blog.contentLoaded!({content, actions: {...actions, addRoute: (route) => planned.push(route)}});
      const postsBySource = new Map(content.blogPosts.map((post) => [post.metadata.source, post]));
      const routes: string[] = [];
      for (const route of planned) {
        if (route.component === options.blogPostComponent) continue;
        const {sidebar: _sidebar, items, ...modules} = route.modules ?? {};
        if (Array.isArray(items)) {
          const list: NewsListItem[] = (items as {content: {path: string}}[]).map((item) => content.items[postsBySource.get(item.content.path)!.metadata.permalink]!);
          const data = await actions.createData(`news-list-${docuHash(route.path)}.json`, JSON.stringify(list));
          actions.addRoute({...route, component: LIST_COMPONENT, modules: {...modules, items: data}});
        } else {
          actions.addRoute({...route, modules});
        }
        routes.push(route.path);
      }
      if (content.fragments.length > 0) {
        // After every other route: /meldungen/tags must not be taken for a post.
        actions.addRoute({path: pattern, exact: false, component: FRAGMENT_COMPONENT, priority: -1});
      }
      const posts = content.fragments.map((fragment) => fragment.path);
      const listed = new Set(content.blogPosts.filter((post) => !post.metadata.unlisted).map((post) => post.metadata.permalink));
      writeNewsPageList(generatedFilesDir, {
        sitemap: posts.filter((path) => listed.has(path)),
        existing: [basePath, ...routes, ...posts, ...feedPaths],
      });
      // The dev server serves the fragments from the static folder; a production build writes them after bundling.
      rmSync(join(publicDir, fragmentDataPath(basePath).replace(/\.json$/, '')), {recursive: true, force: true});
      if (process.env.NODE_ENV !== 'production') {
        for (const fragment of content.fragments) writeFile(publicDir, fragmentDataPath(fragment.path), JSON.stringify(fragment));
        publishAssets(siteDir, content.assets, publicDir);
      }
    },

    async postBuild(props) {
      const {outDir, content} = props;
      if (content.fragments.length === 0) return;
      publishAssets(siteDir, content.assets, outDir);
      const shellFile = join(outDir, `${pattern.slice(1)}.html`);
      const shell = readFileSync(shellFile, 'utf8');
      rmSync(shellFile);
      for (const fragment of content.fragments) {
        writeFile(outDir, `${fragment.path.slice(1)}.html`, fillShell(shell, pattern, fragment));
        writeFile(outDir, fragmentDataPath(fragment.path), JSON.stringify(fragment));
      }

      // Docusaurus' link checker accepts any path below the parameterised routes: the posts' links are checked here.
      const catalogue = publishedPagePaths(generatedFilesDir);
      const existing = new Set([...props.routesPaths, ...(catalogue.length > 0 ? ['/gute-praxis', ...catalogue] : []), ...content.fragments.map((f) => f.path), ...feedPaths]);
      const problems: Problem[] = [];
      for (const fragment of content.fragments) {
        for (const link of brokenFragmentLinks(fragment.html, existing)) {
          if (catalogue.length === 0 && !link.startsWith(basePath)) continue; // built without the catalogue (bench)
          const post = content.blogPosts.find((candidate) => candidate.metadata.permalink === fragment.path)!;
          problems.push({file: post.metadata.source.replace(/^@site\//, ''), field: 'Link', message: `Defekter Link auf ${link}: diese Seite gibt es nicht. ${LINK_HINT}`});
        }
      }
      if (problems.length > 0) throw new ContentError(problems);

      // The feeds read each post's text from its written page.
      await blog.postBuild?.(props as never);
      if (content.fragments.length > 0 && !existsSync(join(outDir, `${content.fragments[0]!.path.slice(1)}.html`))) {
        throw new Error(`news: Die Seite ${content.fragments[0]!.path} fehlt im Build.`);
      }
    },
  };
}

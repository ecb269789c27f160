/**
 * Which pages the search indexes, and as what type: every doc, news post and
 * Markdown page (the catalogue's practice and carrier pages come as records
 * from its render worker, see src/plugins/practices/renderWorker.ts). Not indexed: lists (home,
 * blog lists, tag pages, catalogue and value pages), which only repeat titles.
 */
import type {AllContent} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {NewsContent} from '../news';
import type {LoadedContent as PagesContent} from '@docusaurus/plugin-content-pages';
import type {SearchType} from '../../search/types';

export interface HtmlSource {
  path: string;
  type: SearchType;
  description: string;
  /** HTML in memory (catalogue fragments); otherwise read from the built page. */
  html?: string;
  /** The whole HTML is content (no <article> around it). */
  whole?: boolean;
}

const pluginContent = <T>(allContent: AllContent, name: string): T | undefined => allContent[name]?.default as T | undefined;

/** Type of a doc by its URL: congress pages, working-group reports, other pages. */
export function docType(path: string): SearchType {
  if (path === '/fachkongress' || path.startsWith('/fachkongress/')) return 'kongress';
  if (/^\/arbeitsgruppen\/[^/]+\/[^/]+$/.test(path)) return 'bericht';
  return 'seite';
}

export function searchSources(allContent: AllContent, baseUrl: string): HtmlSource[] {
  const strip = (permalink: string): string => `/${permalink.slice(baseUrl.length)}`.replace(/\/$/, '') || '/';
  const sources: HtmlSource[] = [];

  const docs = pluginContent<DocsContent>(allContent, 'docusaurus-plugin-content-docs');
  for (const version of docs?.loadedVersions ?? []) {
    for (const doc of version.docs) {
      if (doc.unlisted || doc.frontMatter.search === false) continue;
      const path = strip(doc.permalink);
      sources.push({path, type: docType(path), description: doc.description});
    }
  }

  // News posts are pages without a route of their own (src/plugins/news): their HTML comes from memory.
  const blog = pluginContent<NewsContent>(allContent, 'docusaurus-plugin-content-blog');
  const newsHtml = new Map((blog?.fragments ?? []).map((fragment) => [fragment.path, fragment.html]));
  for (const post of blog?.blogPosts ?? []) {
    if (post.metadata.unlisted) continue;
    sources.push({path: strip(post.metadata.permalink), type: 'meldung', description: post.metadata.description, html: newsHtml.get(post.metadata.permalink)});
  }

  const pages = pluginContent<PagesContent>(allContent, 'docusaurus-plugin-content-pages');
  for (const page of pages ?? []) {
    if (page.type !== 'mdx' || page.unlisted) continue;
    sources.push({path: strip(page.permalink), type: 'seite', description: page.description ?? ''});
  }

  return sources;
}

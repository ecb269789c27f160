/**
 * Which pages the search indexes, and as what type: every doc, news post and
 * Markdown page, every practice and carrier page. Not indexed: lists (home,
 * blog lists, tag pages, catalogue and value pages), which only repeat titles.
 */
import type {AllContent} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {NewsContent} from '../../plugins/news';
import type {LoadedContent as PagesContent} from '@docusaurus/plugin-content-pages';
import type {PracticeFacets} from '../shared/types';
import {type FacetsFile} from '../../catalogue/types';
import type {PracticesContent} from '../../plugins/practices';
import type {Fragment} from '../../fragmentPages/fragment';
import {type ContentType, FACETS} from '../../vocabulary';

export interface HtmlSource {
  path: string;
  type: ContentType;
  description: string;
  /** HTML in memory (catalogue fragments); otherwise read from the built page. */
  html?: string;
  /** The whole HTML is content (no <article> around it). */
  whole?: boolean;
  practiceIndex?: number;
  facets?: PracticeFacets;
}

const pluginContent = <T>(allContent: AllContent, name: string): T | undefined => allContent[name]?.default as T | undefined;

/** Type of a doc by its URL: congress pages, working-group reports, other pages. */
export function docType(path: string): ContentType {
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

/**
 * Practice and carrier pages of the catalogue, from its rendered fragments (in memory;
 * practices in catalogue order, which is the order of the facet file).
 */
export function catalogueSources(catalogue: PracticesContent, fragments: readonly Fragment[]): HtmlSource[] {
  const sources: HtmlSource[] = [];
  const facetsOf = practiceFacets(catalogue);
  let practiceIndex = 0;
  for (const fragment of fragments) {
    if (/^\/gute-praxis\/[^/]+$/.test(fragment.path)) {
      sources.push({path: fragment.path, type: 'praxis', description: fragment.description, html: fragment.html, practiceIndex, facets: facetsOf(practiceIndex)});
      practiceIndex += 1;
    } else if (/^\/traeger\/[^/]+$/.test(fragment.path)) {
      sources.push({path: fragment.path, type: 'seite', description: fragment.description, html: fragment.html, whole: true});
    }
  }
  return sources;
}

/** Decodes the catalogue's facet rows (bit masks in vocabulary order) into slugs, by practice index. */
export function practiceFacets(catalogue: PracticesContent): (index: number) => PracticeFacets | undefined {
  const {module, files} = catalogue;
  if (module.facetsUrl === '') return () => undefined; // pages-only bench baseline: no facets
  const file = files.find((candidate) => module.facetsUrl.endsWith(candidate.path));
  if (!file) throw new Error(`Suche: Die Facettendatei des Katalogs (${module.facetsUrl}) fehlt unter den Daten des Katalogs.`);
  const {rows} = JSON.parse(file.content) as FacetsFile;
  return (index) => {
    const row = rows[index];
    if (!row) return undefined;
    const facets = {carrier: [module.carriers[row[0]]!.id]} as PracticeFacets;
    FACETS.forEach((facet, position) => {
      const mask = row[position + 1]!;
      facets[facet] = module.vocabularies[facet].filter((_, bit) => (mask & (1 << bit)) !== 0).map((value) => value.slug);
    });
    return facets;
  };
}

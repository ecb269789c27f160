/**
 * Which pages the search indexes, and as what type: every doc, news post,
 * event and Markdown page, every practice and carrier page. Not indexed: lists (home,
 * blog lists, tag pages, catalogue and value pages), which only repeat titles.
 */
import type {AllContent} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {LoadedContent as PagesContent} from '@docusaurus/plugin-content-pages';
import type {EventFacets, PracticeFacets} from '../shared/types';
import type {CalendarEvent} from '../../events/types';
import type {CatalogueView} from '../../plugins/content';
import type {Fragment} from '../../fragmentPages/fragment';
import {type ContentType, FACETS} from '../../vocabulary';

export interface HtmlSource {
  path: string;
  type: ContentType;
  description: string;
  /** HTML in memory (catalogue and news fragments); otherwise read from the built page. */
  html?: string;
  /** The whole HTML is content (no <article> around it). */
  whole?: boolean;
  practiceIndex?: number;
  facets?: PracticeFacets;
  event?: EventFacets;
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

  // News posts are pages without a route of their own (src/plugins/news): their HTML comes from memory after the
  // build (withNewsHtml).
  const blog = pluginContent<BlogContent>(allContent, 'docusaurus-plugin-content-blog');
  for (const post of blog?.blogPosts ?? []) {
    if (post.metadata.unlisted) continue;
    sources.push({path: strip(post.metadata.permalink), type: 'meldung', description: post.metadata.description});
  }

  const pages = pluginContent<PagesContent>(allContent, 'docusaurus-plugin-content-pages');
  for (const page of pages ?? []) {
    if (page.type !== 'mdx' || page.unlisted) continue;
    sources.push({path: strip(page.permalink), type: 'seite', description: page.description ?? ''});
  }

  return sources;
}

/** The news posts' HTML from their rendered pages (in memory; paths with the base URL, as the fragments have them). */
export function withNewsHtml(sources: readonly HtmlSource[], fragments: readonly Fragment[], baseUrl: string): HtmlSource[] {
  const html = new Map(fragments.map((fragment) => [`/${fragment.path.slice(baseUrl.length)}`.replace(/\/$/, '') || '/', fragment.html]));
  return sources.map((source) => (source.type === 'meldung' && html.has(source.path) ? {...source, html: html.get(source.path)} : source));
}

/** The pages of the event files, from their rendered fragments (in memory). */
export function eventSources(fragments: readonly Fragment[]): HtmlSource[] {
  return fragments.map((fragment) => ({path: fragment.path, type: 'termin', description: fragment.description, html: fragment.html}));
}

/**
 * Every page that is an event's own page (an event file's page, a congress, a report) with the event's type and
 * first day as facets; events in the graph's order (soonest first).
 */
export function withEventFacets(sources: readonly HtmlSource[], events: readonly Pick<CalendarEvent, 'path' | 'type' | 'start'>[]): HtmlSource[] {
  const byPath = new Map<string, EventFacets>();
  for (const event of events) {
    const facets = byPath.get(event.path) ?? {eventType: [], eventDate: [], eventMonth: [], eventTimestamp: []};
    if (!facets.eventType.includes(event.type)) facets.eventType.push(event.type);
    facets.eventDate.push(event.start.date);
    if (!facets.eventMonth.includes(event.start.date.slice(0, 7))) facets.eventMonth.push(event.start.date.slice(0, 7));
    facets.eventTimestamp.push(Date.parse(`${event.start.date}T00:00:00Z`) / 1000);
    byPath.set(event.path, facets);
  }
  return sources.map((source) => (byPath.has(source.path) ? {...source, event: byPath.get(source.path)} : source));
}

/**
 * Practice and carrier pages of the catalogue, from its rendered fragments (in memory;
 * practices in catalogue order, which is the order of the facet file).
 */
export function catalogueSources(catalogue: CatalogueView, fragments: readonly Fragment[]): HtmlSource[] {
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

/** The facets of each practice by its index in catalogue order (the order of the facet file and the search index). */
export function practiceFacets(catalogue: Pick<CatalogueView, 'catalogue'>): (index: number) => PracticeFacets | undefined {
  const {practices, vocabularies} = catalogue.catalogue;
  return (index) => {
    const practice = practices[index];
    if (!practice) return undefined;
    const facets = {carrier: [practice.carrier]} as PracticeFacets;
    // In vocabulary order, as the catalogue's filters list them.
    for (const facet of FACETS) facets[facet] = vocabularies[facet].filter((value) => practice[facet].includes(value.slug)).map((value) => value.slug);
    return facets;
  };
}

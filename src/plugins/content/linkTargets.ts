/**
 * Where a link to a Markdown file leads in a practice, a news post or an event
 * (src/markdown/render.ts): every doc page, page and news post by its source
 * file, as Docusaurus' own plugins loaded them (their permalinks, slugs
 * included), and every practice and event of the content graph.
 */
import type {AllContent} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {LoadedContent as PagesContent} from '@docusaurus/plugin-content-pages';
import type {LinkTargets} from '../../markdown/render';
import type {Site} from '../../content/site';
import {withoutBase} from '../../fragmentPages/fragment';
import {EVENTS_DIR} from '../../content/loadEvents';
import {sourceFile} from '../news/render';


export function linkTargetsOf(allContent: AllContent, site: Pick<Site, 'practices' | 'events'>, baseUrl: string): LinkTargets {
  const targets = new Map<string, string>();
  const add = (source: string, permalink: string): void => void targets.set(sourceFile(source), withoutBase(permalink, baseUrl));
  const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
  for (const version of docs?.loadedVersions ?? []) for (const doc of version.docs) add(doc.source, doc.permalink);
  const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
  for (const post of blog?.blogPosts ?? []) add(post.metadata.source, post.metadata.permalink);
  const pages = allContent['docusaurus-plugin-content-pages']?.default as PagesContent | undefined;
  for (const page of pages ?? []) add(page.source, page.permalink);
  for (const practice of site.practices) targets.set(practice.file, `/gute-praxis/${practice.slug}`);
  for (const event of site.events) if (event.file.startsWith(`${EVENTS_DIR}/`)) targets.set(event.file, event.path);
  return targets;
}

/**
 * The HTML of every news post and the lean entries of the news lists. Posts
 * are not Docusaurus routes of their own (each route would add to the
 * JavaScript every visitor loads, see ARCHITECTURE.md): the blog plugin still
 * reads and validates them, this module renders them as page fragments, the
 * way the catalogue renders practices.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import type {Problem} from '../../content/problems';
import {formatGermanDate, isoDay} from '../../utils/formatDate';
import type {Fragment} from '../../fragmentPages/fragment';
import {escapeHtml} from '../../utils/escapeHtml';
import {renderBody, tocHtml, type BodyOptions, type LinkTargets} from '../../markdown/render';
import type {FragmentAsset} from '../../markdown/assets';
import {newestReports} from '../../remark/congressAndGroupPages';
import type {GroupWithReports} from '../../content/groups';

/** What a news list shows of a post: small, serialisable, no Markdown. */
export interface NewsListItem {
  title: string;
  permalink: string;
  /** ISO date of publication. */
  date: string;
  description: string;
  /** The text before the truncate marker, as HTML made by the same Markdown step as the post. */
  teaser: string;
  readingTime?: string;
  authors: string[];
  tags: {label: string; permalink: string}[];
}

/** »Eine Minute Lesezeit«, »3 Minuten Lesezeit«. */
export function readingTimeLabel(minutes: number | undefined): string | undefined {
  if (minutes === undefined) return undefined;
  const rounded = Math.max(1, Math.ceil(minutes));
  return rounded === 1 ? 'Eine Minute Lesezeit' : `${rounded} Minuten Lesezeit`;
}

export function listItem(post: BlogPost, teaser: string): NewsListItem {
  const {metadata} = post;
  return {
    title: metadata.title,
    permalink: metadata.permalink,
    date: new Date(metadata.date).toISOString(),
    description: metadata.description,
    teaser,
    readingTime: readingTimeLabel(metadata.readingTime),
    authors: metadata.authors.map((author) => author.name ?? '').filter(Boolean),
    tags: metadata.tags.map((tag) => ({label: tag.label, permalink: tag.permalink})),
  };
}

/** `@site/blog/x.md` → `blog/x.md`. */
export const sourceFile = (source: string): string => source.replace(/^@site\//, '');

/** Line of the body's first line in the file, so that messages name the right line. */
function bodyLine(siteDir: string, file: string, body: string): number {
  const raw = readFileSync(join(siteDir, file), 'utf8');
  const index = raw.indexOf(body.slice(0, 200));
  return index < 0 ? 1 : raw.slice(0, index).split('\n').length;
}

function postHeader(post: BlogPost, item: NewsListItem): string {
  const {metadata} = post;
  const meta = [`<time datetime="${isoDay(item.date)}">${escapeHtml(formatGermanDate(item.date))}</time>`, item.readingTime ? escapeHtml(item.readingTime) : '']
    .filter(Boolean)
    .join(' · ');
  const authors = metadata.authors
    .filter((author) => author.name)
    .map((author) => {
      const name = author.url ? `<a href="${escapeHtml(author.url)}" rel="noopener">${escapeHtml(author.name!)}</a>` : escapeHtml(author.name!);
      return `<li>${name}${author.title ? ` <span class="wp-muted">– ${escapeHtml(author.title)}</span>` : ''}</li>`;
    });
  return [
    '<header>',
    `<h1>${escapeHtml(metadata.title)}</h1>`,
    `<p class="wp-muted">${meta}</p>`,
    authors.length > 0 ? `<div class="wp-news-authors">Von: <ul>${authors.join('')}</ul></div>` : '',
    '</header>',
  ].join('');
}

function postFooter(post: BlogPost): string {
  const {metadata} = post;
  const tags = metadata.tags.map(
    (tag) => `<li><a rel="tag" class="wp-tag" href="${escapeHtml(tag.permalink)}"${tag.description ? ` title="${escapeHtml(tag.description)}"` : ''}>${escapeHtml(tag.label)}</a></li>`,
  );
  const parts = [
    tags.length > 0 ? `<div class="wp-news-tags"><b>Schlagwörter:</b> <ul>${tags.join('')}</ul></div>` : '',
    metadata.lastUpdatedAt !== undefined && metadata.lastUpdatedAt !== null
      ? `<p class="wp-muted">Zuletzt aktualisiert am <time datetime="${isoDay(new Date(metadata.lastUpdatedAt))}">${formatGermanDate(new Date(metadata.lastUpdatedAt))}</time></p>`
      : '',
    metadata.editUrl ? `<p><a href="${escapeHtml(metadata.editUrl)}" rel="noopener">Diese Seite bearbeiten</a></p>` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `<footer class="margin-top--lg">${parts.join('')}</footer>` : '';
}

function pager(post: BlogPost, listPath: string): string {
  const {prevItem, nextItem} = post.metadata;
  const side = (item: {title: string; permalink: string} | undefined, label: string, modifier: string): string =>
    item
      ? `<a class="pagination-nav__link pagination-nav__link--${modifier}" href="${escapeHtml(item.permalink)}"><div class="pagination-nav__sublabel">${label}</div><div class="pagination-nav__label">${escapeHtml(item.title)}</div></a>`
      : '';
  const links = side(prevItem, 'Neuere Meldung', 'prev') + side(nextItem, 'Ältere Meldung', 'next');
  return [
    links ? `<nav class="pagination-nav margin-top--lg" aria-label="Weitere Meldungen">${links}</nav>` : '',
    `<p class="margin-top--lg"><a href="${escapeHtml(listPath)}">← Alle Meldungen</a></p>`,
  ].join('');
}

export interface RenderedNews {
  fragments: Fragment[];
  /** Each post's body (the text of its page, without header and footer), by permalink: what the feeds carry. */
  bodies: Map<string, string>;
  /** Each post's entry in the lists, by permalink. */
  items: Record<string, NewsListItem>;
  problems: Problem[];
  /** Images beside post files, to publish with the pages. */
  assets: FragmentAsset[];
}

/** The body up to the truncate marker (a line of its own), or all of it. */
export function teaserOf(body: string): string {
  const match = /^[ \t]*(?:<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\})[ \t]*$/m.exec(body);
  return match ? body.slice(0, match.index) : body;
}

/**
 * Every post as a page fragment; problems in bodies (JSX, raw HTML, unsafe or
 * dead file links) are collected. `groups`: a post with a working group's tag
 * shows the group's newest reports.
 */
/**
 * schema.org BlogPosting of a post, as the blog plugin gives its post pages
 * (search engines show date and author from it). A data block: no script runs,
 * so the Content Security Policy has nothing to allow.
 */
export function blogPostingJsonLd(post: BlogPost, siteUrl: string): string {
  const {metadata} = post;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: metadata.title,
    description: metadata.description,
    url: `${siteUrl}${metadata.permalink}`,
    mainEntityOfPage: `${siteUrl}${metadata.permalink}`,
    datePublished: new Date(metadata.date).toISOString(),
    ...(metadata.lastUpdatedAt ? {dateModified: new Date(metadata.lastUpdatedAt).toISOString()} : {}),
    inLanguage: 'de',
    author: metadata.authors.filter((author) => author.name).map((author) => ({'@type': 'Person', name: author.name, ...(author.url ? {url: author.url} : {})})),
    keywords: metadata.tags.map((tag) => tag.label),
    publisher: {'@type': 'Organization', name: 'Bundesnetzwerk Bürgerschaftliches Engagement (BBE)'},
  };
  // `<` escaped, so that no text in the data can end the element.
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/**
 * Open Graph article tags of a post, as the blog plugin writes them for its
 * post pages: type, dates, authors, tags (link previews in messengers and
 * social networks read them).
 */
export function articleMeta(post: BlogPost): string {
  const {metadata} = post;
  const meta = (property: string, content: string): string => `<meta property="${property}" content="${escapeHtml(content)}">`;
  return [
    meta('og:type', 'article'),
    meta('article:published_time', new Date(metadata.date).toISOString()),
    ...(metadata.lastUpdatedAt ? [meta('article:modified_time', new Date(metadata.lastUpdatedAt).toISOString())] : []),
    ...metadata.authors.flatMap((author) => (author.url ?? author.name ? [meta('article:author', (author.url ?? author.name)!)] : [])),
    ...metadata.tags.map((tag) => meta('article:tag', tag.label)),
  ].join('');
}

export function renderNews(siteDir: string, posts: readonly BlogPost[], listPath: string, groups: readonly GroupWithReports[] = [], siteUrl = '', links: LinkTargets = new Map()): RenderedNews {
  // Other posts by their file (`./2019-11-13-x.md`), and every other page's file (see src/plugins/content/linkTargets.ts).
  const targets: LinkTargets = new Map([...links, ...posts.map((post) => [sourceFile(post.metadata.source), post.metadata.permalink] as const)]);
  const problems: Problem[] = [];
  const assets: FragmentAsset[] = [];
  const items: Record<string, NewsListItem> = {};
  const bodies = new Map<string, string>();
  const fragments = posts.map((post): Fragment => {
    const file = sourceFile(post.metadata.source);
    const options: BodyOptions = {file, bodyLine: bodyLine(siteDir, file, post.content), mdx: file.endsWith('.mdx'), kind: 'news', links: targets, siteDir};
    const tags = Array.isArray(post.metadata.frontMatter.tags) ? post.metadata.frontMatter.tags : [];
    const rendered = renderBody(post.content, {...options, append: newestReports(groups, tags)});
    const {html: body, problems: bodyProblems} = rendered;
    problems.push(...bodyProblems);
    bodies.set(post.metadata.permalink, body);
    assets.push(...rendered.assets);
    // The teaser's problems are the body's, already reported.
    const item = listItem(post, renderBody(teaserOf(post.content), options).html);
    items[post.metadata.permalink] = item;
    const html = [
      blogPostingJsonLd(post, siteUrl),
      '<article class="wp-news-post">',
      postHeader(post, item),
      tocHtml(rendered.toc),
      `<div id="__blog-post-container" class="markdown">${body}</div>`,
      postFooter(post),
      '</article>',
      pager(post, listPath),
    ].join('');
    return {path: post.metadata.permalink, title: post.metadata.title, description: post.metadata.description, html, head: articleMeta(post)};
  });
  return {fragments, bodies, items, problems, assets};
}

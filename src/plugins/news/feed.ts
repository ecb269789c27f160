/**
 * The items of the news feeds (RSS, Atom), for the blog plugin's feed code
 * (its `createFeedItems` hook): made from the posts' bodies as this plugin
 * rendered them, in memory, instead of Docusaurus' default, which reads each
 * post back from its written page. The same fields as the default; links and
 * images absolute, the `srcset` of a picture's sources too (the default leaves
 * those relative).
 */
import type {BlogFeedItem, BlogPost} from '@docusaurus/plugin-content-blog';
import type {DocusaurusConfig} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {htmlWithBase, mapHtmlUrls} from '../../fragmentPages/fragment';

/** The HTML with every link, image and picture source absolute, resolved against the post's address. */
export function withAbsoluteUrls(html: string, base: string): string {
  return mapHtmlUrls(html, (url) => {
    try {
      return String(new URL(url, base));
    } catch {
      // Not an address a feed reader could follow either: left as written.
      return url;
    }
  });
}

/** `bodies` as rendered: site paths without the base URL, which the pages get when they are written (and here). */
export function feedItems(posts: readonly BlogPost[], bodies: ReadonlyMap<string, string>, siteConfig: Pick<DocusaurusConfig, 'url' | 'baseUrl'>): BlogFeedItem[] {
  return posts.map((post) => {
    const {title, permalink, date, description, authors, tags} = post.metadata;
    const body = bodies.get(permalink);
    if (body === undefined) throw new Error(`news: Der Text der Meldung ${permalink} fehlt für die Feeds (sie wurde nicht gerendert).`);
    // The site has no trailing slashes (trailingSlash: false), so the permalink is the address.
    const link = normalizeUrl([siteConfig.url, permalink]);
    const item: BlogFeedItem = {
      title,
      id: link,
      link,
      date,
      description,
      category: tags.map((tag) => ({name: tag.label, term: tag.label})),
      content: withAbsoluteUrls(htmlWithBase(body, siteConfig.baseUrl), link),
    };
    const feedAuthors = authors.map((author) => ({name: author.name, link: author.url, email: author.email}));
    if (feedAuthors.length > 0) item.author = feedAuthors;
    return item;
  });
}

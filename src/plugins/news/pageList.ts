/**
 * The news plugin's pages, written when its content is loaded: the sitemap
 * lists the published posts from here, and the broken-link checks of the
 * catalogue and the news accept every page that exists.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

export const NEWS_PAGE_LIST_FILE = 'wissensplattform-news-pages.json';

export interface NewsPageList {
  /** Listed posts: pages without a route of their own, for the sitemap. */
  sitemap: string[];
  /** Every page and file under /meldungen that a link may point at (posts, lists, tags, archive, feeds). */
  existing: string[];
}

export function writeNewsPageList(generatedFilesDir: string, list: NewsPageList): void {
  writeFileSync(join(generatedFilesDir, NEWS_PAGE_LIST_FILE), JSON.stringify(list));
}

export function newsPageList(generatedFilesDir: string): NewsPageList {
  const file = join(generatedFilesDir, NEWS_PAGE_LIST_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as NewsPageList) : {sitemap: [], existing: []};
}

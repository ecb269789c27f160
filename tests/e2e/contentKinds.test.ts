/**
 * Every kind of content reaches every place it belongs (#32): the kinds that
 * src/content/site.ts declares, each with one page from the content graph,
 * are in the built site's sitemap, in its search index under their declared
 * type, and in their feeds (calendar, RSS, Atom). A kind that the graph has
 * but search, sitemap or feeds forgot fails here; so does a search type that
 * no kind has.
 */
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {CONTENT_KINDS, loadSite, type ContentKind} from '../../src/content/site';
import {EVENTS_DIR} from '../../src/content/loadEvents';
import {MANIFEST_PATH, type PageFragment, type SearchManifest} from '../../src/search/shared/types';
import {carrierPath, CONTENT_TYPES, practicePath} from '../../src/vocabulary';
import {sitemapPaths} from './site';

const buildDir = inject('buildDir');
const {site} = loadSite(resolve(__dirname, '../..'));
const built = (path: string): string => readFileSync(join(buildDir, path), 'utf8');

/** The items of the news feed (RSS): their site paths. */
const newsPaths = [...built('meldungen/rss.xml').matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => new URL(match[1]!).pathname);

/** One page of each kind, from the graph (news from the feed: the blog plugin reads them). */
const SAMPLE: Record<ContentKind, string> = {
  practice: practicePath(site.practices[0]!.slug),
  carrier: carrierPath(site.carriers[0]!.id),
  congress: site.congresses[0]!.path,
  group: site.groups[0]!.path,
  report: site.groups.flatMap((group) => group.reports)[0]!.path,
  event: site.events.find((event) => event.file.startsWith(`${EVENTS_DIR}/`))!.path,
  news: newsPaths[0]!,
};

/** Every page of the search index with its type. */
function searchPages(): Map<string, string> {
  const manifest = JSON.parse(built(MANIFEST_PATH.slice(1))) as SearchManifest;
  const pages = new Map<string, string>();
  for (let id = 0; id < manifest.pages; id += 1) {
    const page = JSON.parse(built(`${manifest.base.slice(1)}s/${id}.json`)) as PageFragment;
    pages.set(page.path, page.type);
  }
  return pages;
}

/** UIDs and URLs in the calendar of all events. */
const calendar = built('termine.ics').replace(/\r?\n[ \t]/g, '');

describe('every kind of content', () => {
  const sitemap = new Set(sitemapPaths(buildDir));
  const search = searchPages();

  it('has a search type, and every search type but plain pages belongs to a kind', () => {
    const kindTypes = new Set(Object.values(CONTENT_KINDS).map((kind) => kind.search));
    expect(CONTENT_TYPES.filter((type) => type !== 'seite' && !kindTypes.has(type))).toEqual([]);
    for (const kind of Object.values(CONTENT_KINDS)) expect(CONTENT_TYPES).toContain(kind.search);
  });

  it.each(Object.keys(CONTENT_KINDS) as ContentKind[])('%s: its page is in the sitemap, in the search index under its type and in its feeds', (kind) => {
    const path = SAMPLE[kind];
    expect(sitemap.has(path), `${path} in sitemap.xml`).toBe(true);
    expect(search.get(path), `${path} in the search index`).toBe(CONTENT_KINDS[kind].search);
    for (const feed of CONTENT_KINDS[kind].feeds) {
      if (feed === 'ics') expect(calendar, `${path} in termine.ics`).toContain(path);
      if (feed === 'rss') expect(built('meldungen/rss.xml')).toContain(path);
      if (feed === 'atom') expect(built('meldungen/atom.xml')).toContain(path);
    }
  });
});

/**
 * Pages without a Docusaurus route of their own (practices, catalogue value
 * and carrier pages, news posts) are fragments: a page's title, description
 * and HTML. The build pours each into the page shell of a parameterised
 * route; in the browser, FragmentPage takes over the poured page or fetches
 * the fragment as JSON. Shared by the server (src/plugins/fragmentPages) and
 * the browser (src/components/FragmentPage); no Node imports here.
 */

export interface Fragment {
  /** The page's path, e.g. /gute-praxis/lesepatenschaften. */
  path: string;
  title: string;
  description: string;
  html: string;
  /**
   * Tags for the page's head beyond title and description, as HTML (e.g. a
   * news post's `article:published_time`). Static pages only: crawlers and
   * link previews read them there.
   */
  head?: string;
}

/** The placeholders that the static rendering writes and the build replaces with each fragment. */
export const FRAGMENT_PLACEHOLDER: Required<Fragment> = {
  path: '__WP_PATH__',
  title: '__WP_TITLE__',
  description: '__WP_DESCRIPTION__',
  html: '__WP_CONTENT__',
  head: '__WP_HEAD__',
};

/** Name of the meta tag that the static rendering writes where a page's `head` goes. */
export const HEAD_SLOT = 'wp-fragment-head';

/** Where fragments are published as JSON, below the base URL. */
export const FRAGMENT_DATA_BASE = '/daten/seiten';

/** A fragment's JSON address (without base URL), e.g. /daten/seiten/gute-praxis/x.json */
export const fragmentDataPath = (path: string): string => `${FRAGMENT_DATA_BASE}${path}.json`;

/**
 * What a kind of fragment page tells FragmentPage through its routes' props:
 * the words for the states before and instead of the page.
 */
export interface FragmentPageProps {
  /** Page title while loading or on an error, e.g. »Gute Praxis«. */
  section: string;
  /** Sentence after »Diese Seite gibt es nicht (mehr).«, e.g. »Vielleicht wurde die Meldung umbenannt oder entfernt.« */
  missingHint: string;
  /** The list the pages belong to (path with base URL) and the link text to it. */
  list: {href: string; label: string};
  /**
   * Whether links in the page to the list get the query the visitor left the
   * list with (the catalogue's filters), see src/catalogue/wayBack.ts.
   */
  keepListQuery: boolean;
}

/**
 * Site paths and the base URL. Kinds make their pages and links as site paths
 * (`/gute-praxis/x`); what a browser sees carries the base URL
 * (`/wissensplattform/gute-praxis/x` on a GitHub Pages project site). Both
 * helpers leave a path that is already in the wanted form unchanged.
 */
export function withBase(path: string, baseUrl: string): string {
  if (baseUrl === '/' || !path.startsWith('/') || path.startsWith('//') || path.startsWith(baseUrl) || path === baseUrl.slice(0, -1)) return path;
  return `${baseUrl}${path.slice(1)}`;
}

export function withoutBase(path: string, baseUrl: string): string {
  if (baseUrl === '/') return path;
  if (path === baseUrl.slice(0, -1)) return '/';
  return path.startsWith(baseUrl) ? `/${path.slice(baseUrl.length)}` : path;
}

const URL_ATTRIBUTE = /\b(href|src|poster|action|data-src)=(["'])([^"']*)\2/g;
const SRCSET = /\bsrcset=(["'])([^"']*)\1/g;

/** Start tags; text between them (a code example that shows `href="/x"`) is left alone. */
const START_TAG = /<[a-zA-Z][^<>]*>/g;

/** Every address in a piece of HTML (links, images, each candidate of a srcset), mapped. */
export function mapHtmlUrls(html: string, map: (url: string) => string): string {
  return html.replace(START_TAG, (tag) =>
    tag
      .replace(URL_ATTRIBUTE, (_match, name: string, quote: string, url: string) => `${name}=${quote}${map(url)}${quote}`)
      .replace(SRCSET, (_match, quote: string, list: string) => `srcset=${quote}${list.replace(/(^|,\s*)(\S+)/g, (_candidate, separator: string, url: string) => `${separator}${map(url)}`)}${quote}`),
  );
}

/** The site-internal addresses in a piece of HTML (links, images, srcset) with the base URL. */
export function htmlWithBase(html: string, baseUrl: string): string {
  if (baseUrl === '/') return html;
  return mapHtmlUrls(html, (url) => withBase(url, baseUrl));
}

/** A fragment as the browser gets it: its path and the addresses in its HTML with the base URL. */
export function fragmentWithBase(fragment: Fragment, baseUrl: string): Fragment {
  if (baseUrl === '/') return fragment;
  return {
    ...fragment,
    path: withBase(fragment.path, baseUrl),
    html: htmlWithBase(fragment.html, baseUrl),
    ...(fragment.head !== undefined ? {head: htmlWithBase(fragment.head, baseUrl)} : {}),
  };
}

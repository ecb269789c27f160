/**
 * Pours fragments into the page shells that the static site generator
 * rendered for the parameterised routes, and checks the catalogue's links.
 */
import {escapeHtml, type Fragment} from './fragments';

export const PLACEHOLDER = {
  title: '__WP_TITLE__',
  description: '__WP_DESCRIPTION__',
  path: '__WP_PATH__',
  content: '__WP_CONTENT__',
} as const;

/** Route patterns whose pages are fragments, most specific first. */
export const FRAGMENT_ROUTES = ['/gute-praxis/:facet/:value', '/gute-praxis/:slug', '/traeger/:id', '/traeger'] as const;

export function routeOf(path: string): (typeof FRAGMENT_ROUTES)[number] {
  const segments = path.split('/').filter(Boolean);
  if (segments[0] === 'traeger') return segments.length === 1 ? '/traeger' : '/traeger/:id';
  return segments.length === 3 ? '/gute-praxis/:facet/:value' : '/gute-praxis/:slug';
}

function replacePlaceholder(html: string, placeholder: string, raw: string): string {
  const escaped = escapeHtml(raw);
  // The HTML minifier drops quotes around simple attribute values; the real value needs them back.
  return html.replace(new RegExp(`=${placeholder}(?=[\\s>])`, 'g'), `="${escaped}"`).split(placeholder).join(escaped);
}

export function fillShell(shell: string, pattern: string, fragment: Fragment): string {
  if (!shell.includes(PLACEHOLDER.content)) {
    throw new Error(`Die Seitenvorlage für ${pattern} enthält keinen Platzhalter ${PLACEHOLDER.content}.`);
  }
  let html = shell.split(pattern).join(fragment.path);
  html = html.split(encodeURI(pattern)).join(fragment.path);
  html = replacePlaceholder(html, PLACEHOLDER.title, fragment.title);
  html = replacePlaceholder(html, PLACEHOLDER.description, fragment.description);
  html = replacePlaceholder(html, PLACEHOLDER.path, fragment.path);
  return html.replace(PLACEHOLDER.content, () => fragment.html);
}

/**
 * Links to pages behind parameterised routes (catalogue and news), which
 * Docusaurus' link checker accepts whatever follows the prefix.
 */
const FRAGMENT_LINK = /href=["']?(\/(?:gute-praxis|traeger|meldungen)(?:\/[^"'\s>#?]*)?)/g;

/** Links to catalogue or news pages in `html` that are not in `existing`. */
export function brokenFragmentLinks(html: string, existing: ReadonlySet<string>): string[] {
  const broken = new Set<string>();
  for (const match of html.matchAll(FRAGMENT_LINK)) {
    const path = decodeURI(match[1]!).replace(/\/$/, '');
    if (!existing.has(path)) broken.add(path);
  }
  return [...broken];
}

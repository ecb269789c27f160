/**
 * »Meinten Sie …?« on the 404 page: the site's pages whose address is closest
 * to the one requested. Pure, for the browser and tests.
 */
import {distance} from 'fastest-levenshtein';

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
/** Lower case, without accents, `.html` and trailing slashes: `/Sprachcaf%C3%A9/` → `/sprachcafe`. */
const trim = (path: string): string =>
  decoded(path)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/\.html$/, '') || '/';
const parentOf = (path: string): string => path.slice(0, path.lastIndexOf('/')) || '/';
const lastSegment = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const words = (segment: string): string[] => segment.split(/[-_.]+/).filter((word) => word.length >= 3);

/**
 * How far `candidate` is from `requested` (lower is closer), or undefined when
 * it is not a plausible match. Within the same section comes first; then a
 * page whose name starts with the requested one (»sprachcafe« →
 * »sprachcafe-im-quartier«), a typo in the name, shared words.
 */
function score(requested: string, candidate: string): number | undefined {
  if (candidate === requested) return 0;
  const wanted = lastSegment(requested);
  const name = lastSegment(candidate);
  if (wanted === '' || name === '') return undefined;
  const elsewhere = parentOf(candidate) === parentOf(requested) ? 0 : 1;
  if (wanted.length >= 5 && (name.startsWith(wanted) || wanted.startsWith(name))) return elsewhere + 0.1;
  const typo = distance(wanted, name) / Math.max(wanted.length, name.length);
  if (typo <= 0.25) return elsewhere + 0.2 + typo;
  const asked = words(wanted);
  if (asked.length === 0) return undefined;
  const offered = new Set(words(name));
  const shared = asked.filter((word) => offered.has(word)).length / asked.length;
  return shared >= 0.5 ? elsewhere + 1.5 - shared : undefined;
}

/** Up to `limit` paths from `paths` closest to `requested`, closest first. */
export function closestPaths(requested: string, paths: readonly string[], limit = 3): string[] {
  const wanted = trim(requested);
  const scored: [number, string][] = [];
  for (const path of paths) {
    const value = score(wanted, trim(path));
    if (value !== undefined) scored.push([value, path]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].length - b[1].length || a[1].localeCompare(b[1]))
    .slice(0, limit)
    .map(([, path]) => path);
}

/** The page paths listed in a sitemap.xml, e.g. `/programm`. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((match) => {
    try {
      return [new URL(match[1]!.trim()).pathname];
    } catch {
      return [];
    }
  });
}

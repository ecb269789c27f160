/**
 * Build time: a carrier's Länder as a static SVG image (carrier pages), from
 * the same geometry as the catalogue's map. Fixed colours on its own light
 * ground, so it reads in both themes; the page says the same in text.
 */
import {createHash} from 'node:crypto';
import type {GermanyMap} from './types';

/** Under the catalogue's data folder, which each build clears and writes anew. */
export const MAP_IMAGE_BASE = '/daten/katalog/karten';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The map with the Länder in `highlighted` filled; `title` names the image for tools that open it alone. */
export function staticMapSvg(map: GermanyMap, highlighted: ReadonlySet<string>, title: string): string {
  const shapes = map.lands
    .map((land) => `<path d="${land.d}" fill="${highlighted.has(land.slug) ? '#2f7f93' : '#eef0f2'}"/>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 ${map.width + 8} ${map.height + 8}" width="${map.width + 8}" height="${map.height + 8}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="-4" y="-4" width="${map.width + 8}" height="${map.height + 8}" rx="8" fill="#ffffff"/>`,
    `<g stroke="#5c5c5c" stroke-width="1" stroke-linejoin="round">${shapes}</g>`,
    '</svg>',
  ].join('');
}

/** Where the image of `svg` is served (content-hashed: a changed drawing gets a new address). */
export function mapImagePath(svg: string): string {
  return `${MAP_IMAGE_BASE}/laender-${createHash('sha256').update(svg).digest('hex').slice(0, 10)}.svg`;
}

/** »Sachsen«, »Sachsen und Berlin«, »Bayern, Hessen und Sachsen« (German list). */
export function germanList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)!}`;
}

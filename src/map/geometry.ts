/**
 * Build time: the 16 Länder as SVG paths, read from the committed map
 * (src/data/karte/laender.karte.json). It is made once from Natural Earth's
 * admin-1 polygons (src/data/karte/laender.geojson, public domain) by
 * `npm run write:map` (scripts/lib/mapGeometry.ts: simplified as a topology,
 * projected with a conic projection), not on every build. The browser gets
 * only the paths.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {GermanyMap, MapLand} from './types';

export const GEOMETRY_FILE = 'src/data/karte/laender.geojson';
export const MAP_FILE = 'src/data/karte/laender.karte.json';
export const MAP_WIDTH = 440;
export const MAP_HEIGHT = 600;

/** The committed map: every Land, sorted by slug. */
export interface MapFile {
  width: number;
  height: number;
  lands: MapLand[];
}

/** ISO 3166-2 code (Natural Earth's `iso_3166_2`) → slug in src/data/states.yml. */
export const LAND_CODES: Readonly<Record<string, string>> = {
  'DE-BW': 'baden-wuerttemberg',
  'DE-BY': 'bayern',
  'DE-BE': 'berlin',
  'DE-BB': 'brandenburg',
  'DE-HB': 'bremen',
  'DE-HH': 'hamburg',
  'DE-HE': 'hessen',
  'DE-MV': 'mecklenburg-vorpommern',
  'DE-NI': 'niedersachsen',
  'DE-NW': 'nordrhein-westfalen',
  'DE-RP': 'rheinland-pfalz',
  'DE-SL': 'saarland',
  'DE-SN': 'sachsen',
  'DE-ST': 'sachsen-anhalt',
  'DE-SH': 'schleswig-holstein',
  'DE-TH': 'thueringen',
};

/**
 * The map for the Länder in `order` (slugs, as in src/data/states.yml; others, such as »bundesweit«, have no
 * shape), in that order.
 */
export function germanyMap(siteDir: string, order: readonly string[]): GermanyMap {
  const file = join(siteDir, MAP_FILE);
  if (!existsSync(file)) throw new Error(`Die Kartengrundlage ${MAP_FILE} fehlt. Sie gehört zum Repository (aus ${GEOMETRY_FILE} mit »npm run write:map«); bitte aus main wiederherstellen.`);
  const map = JSON.parse(readFileSync(file, 'utf8')) as MapFile;
  const bySlug = new Map(map.lands.map((land) => [land.slug, land]));
  return {width: map.width, height: map.height, lands: order.flatMap((slug) => bySlug.get(slug) ?? [])};
}

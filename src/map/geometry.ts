/**
 * Build time: the 16 Länder from Natural Earth's admin-1 polygons
 * (src/data/karte/laender.geojson, public domain), simplified as a topology
 * (shared borders stay shared, no gaps) and projected to SVG paths with a
 * conic projection fitted to the map's size. The browser gets only the paths.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {geoArea, geoConicConformal, geoPath} from 'd3-geo';
import type {Feature, FeatureCollection, MultiPolygon, Polygon, Position} from 'geojson';
import {topology} from 'topojson-server';
import {presimplify, quantile, simplify, sphericalTriangleArea} from 'topojson-simplify';
import {feature} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';
import type {GermanyMap} from './types';

export const GEOMETRY_FILE = 'src/data/karte/laender.geojson';
export const MAP_WIDTH = 440;
export const MAP_HEIGHT = 600;
/** Share of the points kept by the simplification (the points with the smallest triangles go first; `quantile` counts from the largest). */
const KEEP = 0.1;

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

interface LandProperties {
  iso_3166_2: string;
  latitude: number;
  longitude: number;
}

type LandFeature = Feature<Polygon | MultiPolygon, LandProperties>;

/** d3-geo reads rings clockwise; GeoJSON (RFC 7946) writes them the other way round. A Land larger than a hemisphere is turned. */
function clockwise(land: LandFeature): LandFeature {
  if (geoArea(land) <= 2 * Math.PI) return land;
  const turn = (rings: Position[][]): Position[][] => rings.map((ring) => [...ring].reverse());
  const geometry: Polygon | MultiPolygon =
    land.geometry.type === 'Polygon' ? {type: 'Polygon', coordinates: turn(land.geometry.coordinates)} : {type: 'MultiPolygon', coordinates: land.geometry.coordinates.map(turn)};
  return {...land, geometry};
}

const cache = new Map<string, GermanyMap>();

/**
 * The map for the Länder in `order` (slugs, as in src/data/states.yml; others, such as »bundesweit«, have no
 * shape). Read and computed once per process.
 */
export function germanyMap(siteDir: string, order: readonly string[]): GermanyMap {
  const key = `${siteDir}\n${order.join(',')}`;
  const known = cache.get(key);
  if (known) return known;
  const file = join(siteDir, GEOMETRY_FILE);
  if (!existsSync(file)) throw new Error(`Die Kartengrundlage ${GEOMETRY_FILE} fehlt. Sie gehört zum Repository (Natural Earth, Admin 1, die 16 Länder); bitte aus main wiederherstellen.`);
  const source = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, LandProperties>;
  const whole = topology({laender: source}, 1e5) as Topology<{laender: GeometryCollection<LandProperties>}>;
  const weighted = presimplify(whole, sphericalTriangleArea);
  const simple = simplify(weighted, quantile(weighted, KEEP));
  const lands = (feature(simple, simple.objects.laender) as FeatureCollection<Polygon | MultiPolygon, LandProperties>).features.map(clockwise);
  const projection = geoConicConformal().parallels([48.7, 53.7]).rotate([-10.4, 0]).fitSize([MAP_WIDTH, MAP_HEIGHT], {type: 'FeatureCollection', features: lands});
  const path = geoPath(projection).digits(1);
  const bySlug = new Map(lands.map((land) => [LAND_CODES[land.properties.iso_3166_2], land]));
  const map: GermanyMap = {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    lands: order.flatMap((slug) => {
      const land = bySlug.get(slug);
      if (!land) return [];
      const [x, y] = projection([land.properties.longitude, land.properties.latitude])!;
      return [{slug, d: path(land) ?? '', x: Math.round(x), y: Math.round(y)}];
    }),
  };
  cache.set(key, map);
  return map;
}

/**
 * Makes the committed map of the Länder (src/data/karte/laender.karte.json)
 * from Natural Earth's admin-1 polygons (src/data/karte/laender.geojson,
 * public domain): simplified as a topology (shared borders stay shared, no
 * gaps) and projected to SVG paths with a conic projection fitted to the map's
 * size. Run by `npm run write:map` when the geometry changes; the build only
 * reads the result (src/map/geometry.ts), and a test fails when the two differ.
 */
import {geoArea, geoConicConformal, geoPath} from 'd3-geo';
import type {Feature, FeatureCollection, MultiPolygon, Polygon, Position} from 'geojson';
import {topology} from 'topojson-server';
import {presimplify, quantile, simplify, sphericalTriangleArea} from 'topojson-simplify';
import {feature} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';
import {LAND_CODES, MAP_HEIGHT, MAP_WIDTH, type MapFile} from '../../src/map/geometry';

/** Share of the points kept by the simplification (the points with the smallest triangles go first; `quantile` counts from the largest). */
const KEEP = 0.1;

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

/** The 16 Länder as paths in the map's coordinates, with the point where each one's number is written; sorted by slug. */
export function projectLands(source: FeatureCollection<Polygon | MultiPolygon, LandProperties>): MapFile {
  const whole = topology({laender: source}, 1e5) as Topology<{laender: GeometryCollection<LandProperties>}>;
  const weighted = presimplify(whole, sphericalTriangleArea);
  const simple = simplify(weighted, quantile(weighted, KEEP));
  const lands = (feature(simple, simple.objects.laender) as FeatureCollection<Polygon | MultiPolygon, LandProperties>).features.map(clockwise);
  const projection = geoConicConformal().parallels([48.7, 53.7]).rotate([-10.4, 0]).fitSize([MAP_WIDTH, MAP_HEIGHT], {type: 'FeatureCollection', features: lands});
  const path = geoPath(projection).digits(1);
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    lands: lands
      .flatMap((land) => {
        const slug = LAND_CODES[land.properties.iso_3166_2];
        if (!slug) return [];
        const [x, y] = projection([land.properties.longitude, land.properties.latitude])!;
        return [{slug, d: path(land) ?? '', x: Math.round(x), y: Math.round(y)}];
      })
      .sort((a, b) => a.slug.localeCompare(b.slug)),
  };
}

/** The file's text: one Land per line, so that a change shows in a diff. */
export function mapFileText(map: MapFile): string {
  return `{"width": ${map.width}, "height": ${map.height}, "lands": [\n${map.lands.map((land) => `  ${JSON.stringify(land)}`).join(',\n')}\n]}\n`;
}

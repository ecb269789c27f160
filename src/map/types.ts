/**
 * The map of Germany's Länder as the browser gets it: SVG paths projected and
 * simplified at build time (src/map/geometry.ts). Free of Node imports.
 */

export interface MapLand {
  /** Slug of the Land in src/data/states.yml. */
  slug: string;
  /** SVG path in the map's coordinates. */
  d: string;
  /** Where the Land's number is written (Natural Earth's label point, projected). */
  x: number;
  y: number;
}

export interface GermanyMap {
  width: number;
  height: number;
  /** In the order of src/data/states.yml. */
  lands: MapLand[];
}

/** Where the geometry comes from, for the credits on the pages that show the map. */
export const MAP_SOURCE = {
  name: 'Natural Earth, Admin 1 – States, Provinces (1:10 Mio.)',
  url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/',
  licence: 'gemeinfrei (Public Domain)',
} as const;

/**
 * The catalogue's client data: a compact facet file (a few bytes per practice)
 * and text chunks fetched on demand, all content-hashed; plus the small route
 * module with vocabularies, carriers and the first cards.
 */
import {createHash} from 'node:crypto';
import {type Card, type CatalogueModule, type FacetRow, type FacetsFile, type TextRow} from '../../catalogue/types';
import type {Catalogue} from './model';
import {FACETS, NATIONWIDE} from '../../vocabulary';
import {germanList, mapImagePath, staticMapSvg} from '../../map/staticMap';
import type {GermanyMap} from '../../map/types';

export const DATA_BASE = '/daten/katalog';
export const CHUNK_SIZE = 500;
export const FIRST_CARDS = 24;

export interface DataFile {
  /** Path under the site root, e.g. `/daten/katalog/facetten.1a2b3c4d.json`. */
  path: string;
  content: string;
}

const hashOf = (content: string): string => createHash('sha256').update(content).digest('hex').slice(0, 10);

export function toCard(catalogue: Catalogue, index: number): Card {
  const practice = catalogue.practices[index]!;
  return {
    slug: practice.slug,
    title: practice.title,
    description: practice.description,
    sample: practice.sample === true,
    carrier: catalogue.carrierById.get(practice.carrier)?.name ?? practice.carrier,
    topics: practice.topics.map((slug) => catalogue.labels.topics.get(slug) ?? slug),
    states: practice.states.map((slug) => catalogue.labels.states.get(slug) ?? slug),
    since: practice.since ?? 0,
  };
}

/** A carrier's Länder on the carrier page: the image (without base URL) and the Länder it shows. */
export interface CarrierMap {
  src: string;
  width: number;
  height: number;
  /** Labels of the Länder where the carrier's practices are, in the vocabulary's order. */
  lands: string[];
  nationwide: boolean;
}

/** Each carrier with practices gets the map of their Länder (one image per distinct set of Länder). */
function carrierMaps(catalogue: Catalogue, map: GermanyMap, files: DataFile[]): Record<string, CarrierMap> {
  const written = new Set<string>();
  const maps: Record<string, CarrierMap> = {};
  const shapes = new Set(map.lands.map((land) => land.slug));
  for (const carrier of catalogue.carriers) {
    const practices = catalogue.practicesByCarrier.get(carrier.id) ?? [];
    if (practices.length === 0) continue;
    const named = new Set(practices.flatMap((practice) => practice.states));
    const lands = catalogue.vocabularies.states.filter((state) => named.has(state.slug) && shapes.has(state.slug));
    const labels = lands.map((state) => state.label);
    const svg = staticMapSvg(map, new Set(lands.map((state) => state.slug)), labels.length > 0 ? `Karte der Länder: ${germanList(labels)}` : 'Karte der Länder');
    const src = mapImagePath(svg);
    if (!written.has(src)) files.push({path: src, content: svg});
    written.add(src);
    maps[carrier.id] = {src, width: map.width + 8, height: map.height + 8, lands: labels, nationwide: named.has(NATIONWIDE)};
  }
  return maps;
}

export function buildCatalogueData(
  catalogue: Catalogue,
  baseUrl = '/',
  map?: GermanyMap,
): {module: CatalogueModule; files: DataFile[]; carrierMaps: Record<string, CarrierMap>; rows: FacetRow[]} {
  const carrierIndex = new Map(catalogue.carriers.map((carrier, index) => [carrier.id, index]));
  const bit = Object.fromEntries(
    FACETS.map((facet) => [facet, new Map(catalogue.vocabularies[facet].map((entry, index) => [entry.slug, 1 << index]))]),
  ) as Record<(typeof FACETS)[number], Map<string, number>>;
  const rows: FacetRow[] = catalogue.practices.map((practice) => [
    carrierIndex.get(practice.carrier)!,
    ...FACETS.map((facet) => practice[facet].reduce((mask, slug) => mask | bit[facet].get(slug)!, 0)),
    practice.since ?? 0,
  ] as FacetRow);
  const files: DataFile[] = [];
  const addFile = (name: string, data: unknown): string => {
    const content = JSON.stringify(data);
    const path = `${DATA_BASE}/${name}.${hashOf(content)}.json`;
    files.push({path, content});
    return `${baseUrl.replace(/\/$/, '')}${path}`;
  };
  const facetsUrl = addFile('facetten', {version: 1, rows} satisfies FacetsFile);
  const textUrls: string[] = [];
  for (let start = 0; start < catalogue.practices.length; start += CHUNK_SIZE) {
    const chunk: TextRow[] = catalogue.practices
      .slice(start, start + CHUNK_SIZE)
      .map((practice) => [practice.slug, practice.title, practice.description, practice.sample ? 1 : 0]);
    textUrls.push(addFile(`text-${start / CHUNK_SIZE}`, chunk));
  }
  const module: CatalogueModule = {
    vocabularies: Object.fromEntries(
      FACETS.map((facet) => [facet, catalogue.vocabularies[facet].map(({slug, label}) => ({slug, label}))]),
    ) as CatalogueModule['vocabularies'],
    carriers: catalogue.carriers.map(({id, name}) => ({id, name})),
    total: catalogue.practices.length,
    facetsUrl,
    textUrls,
    chunkSize: CHUNK_SIZE,
    firstCards: catalogue.practices.slice(0, FIRST_CARDS).map((_, index) => toCard(catalogue, index)),
    // A data file, not part of the route module: the catalogue and /suche fetch it when they show it.
    ...(map ? {mapUrl: addFile('karte', map)} : {}),
  };
  return {module, files, carrierMaps: map ? carrierMaps(catalogue, map, files) : {}, rows};
}

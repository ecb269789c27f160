/**
 * Shared between the build (which writes the catalogue data) and the browser
 * (which filters it). Kept free of Node and React imports.
 */
import type {Facet} from '../vocabulary';

export interface FacetValue {
  slug: string;
  label: string;
}

/** Route module of `/gute-praxis`: small, fixed-size except for the carrier list. */
export interface CatalogueModule {
  vocabularies: Record<Facet, FacetValue[]>;
  /** Sorted by name. */
  carriers: {id: string; name: string}[];
  total: number;
  /** URL of the facet file (content-hashed). */
  facetsUrl: string;
  /** URLs of the text chunks (content-hashed), in item order. */
  textUrls: string[];
  chunkSize: number;
  /** The first cards, for the static HTML and the first paint. */
  firstCards: Card[];
  /** URL of the map of the Länder (content-hashed JSON, a GermanyMap; none in a pages-only build), fetched with the data. */
  mapUrl?: string;
}

/**
 * One row per practice, in title order: carrier index, one bit mask per facet
 * (bit i = value i of the vocabulary), and the start year (0 if unknown).
 */
export type FacetRow = [carrier: number, topics: number, audiences: number, roles: number, formats: number, states: number, since: number];

export interface FacetsFile {
  version: 1;
  rows: FacetRow[];
}

/** Text chunk entry: slug, title, teaser, sample flag (1/0), carrier index. */
export type TextRow = [slug: string, title: string, description: string, sample: 0 | 1];

export interface Card {
  slug: string;
  title: string;
  description: string;
  sample: boolean;
  carrier: string;
  topics: string[];
  states: string[];
  /** Start year, 0 if unknown (the »Neueste zuerst« order uses it, so the card shows it). */
  since: number;
}

/**
 * The search records and the files of the built-in index, shared by the
 * indexer (postBuild), the Algolia push and the browser. Free of Node and React imports.
 */

import type {ContentType} from '../../vocabulary';
import type {SearchTerms} from './synonyms';

export interface Section {
  /** Heading id (without #); empty for the text before the first heading. */
  anchor: string;
  /** Heading text; empty for the text before the first heading. */
  heading: string;
  /** Heading level (2–6), 1 for the text before the first heading. */
  level: number;
  text: string;
  /** A fact box (data-search-facts): indexed, but not shown as a snippet. */
  facts?: boolean;
}

/** One indexed page, as the extractor reads it from the built HTML or the catalogue. */
export interface PageRecord {
  /** URL path without base URL, e.g. `/gute-praxis/lesepatenschaften`. */
  path: string;
  type: ContentType;
  title: string;
  /** Teaser (front matter description), shown when no section matches better. */
  description: string;
  sections: Section[];
  /** For practices: their row in the catalogue's facet file (catalogue order). */
  practiceIndex?: number;
  /** For practices: the slugs of their catalogue facets (front-matter keys), for external services. */
  facets?: PracticeFacets;
  /** For a page that is an event's own page (event file, congress, report): its type and date, for external services. */
  event?: EventFacets;
}

/**
 * An event page's facets, as lists (a page can be the page of more than one event): the event types' slugs, the first
 * days (YYYY-MM-DD), their months (YYYY-MM) and the first days as Unix seconds (for date ranges).
 */
export interface EventFacets {
  eventType: string[];
  eventDate: string[];
  eventMonth: string[];
  eventTimestamp: number[];
}

/** A practice's facet values by front-matter key (`topics`, …, `carrier`), as slugs. */
export type PracticeFacets = Record<'topics' | 'audiences' | 'roles' | 'formats' | 'states' | 'carrier', string[]>;

/**
 * One record per page section (src/search/server/records.ts), for an external
 * service such as Algolia; the built-in index works on whole page records.
 */
export interface SectionRecord extends Partial<PracticeFacets>, Partial<EventFacets> {
  objectID: string;
  /** Page path with base URL: all sections of a page share it (Algolia's `distinct`). */
  path: string;
  url: string;
  type: ContentType;
  typeLabel: string;
  /** Position of the type in CONTENT_TYPES: practices first (custom ranking for equal relevance). */
  typeRank: number;
  hierarchy: {lvl0: string; lvl1: string | null};
  text: string;
  position: number;
}

/** `/daten/suche/index.json`: where everything else is, plus the per-type ranges of page ids. */
export interface SearchManifest {
  version: 1;
  /** Folder of the content-hashed files, e.g. `/daten/suche/3f2a1b0c9d/`. */
  base: string;
  pages: number;
  /** Pages are numbered by type: ids [start, end) of each type. */
  types: [ContentType, number, number][];
  /** Number of practices (ids 0…n-1, in the catalogue's facet-file order). */
  practices: number;
  /** Forward shards: first key of each shard and its file name, sorted. */
  forward: [string, string][];
  /** Reverse (compound tail) shards: first reversed stem and file name, sorted. */
  reverse: [string, string][];
  /** Word lists by first two letters of the key: prefix → file name. */
  words: Record<string, string>;
  /** The editors' synonyms and abbreviations (src/data/suchbegriffe.yml), applied to queries. */
  terms: SearchTerms;
  /** Keys of proper names that are one word (the Länder): no hyphen parts, no compound tails of each other. */
  names: string[];
}

/** A word list: every key starting with the two letters, sorted, with its page count. */
export interface WordsFile {
  keys: string[];
  df: number[];
}

/**
 * Postings of a range of keys: for each key, a flat list of
 * [page-id delta, impact, page-id delta, impact, …].
 */
export interface ShardFile {
  keys: string[];
  postings: number[][];
}

/** A page as the results list shows it: `/daten/suche/<hash>/s/<id>.json`. */
export interface PageFragment {
  path: string;
  type: ContentType;
  title: string;
  description: string;
  /** Sections: anchor, heading, text (capped). */
  sections: [anchor: string, heading: string, text: string][];
}

export const MANIFEST_PATH = '/daten/suche/index.json';

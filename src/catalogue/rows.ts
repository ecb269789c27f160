/**
 * Reading the catalogue data in the browser: a card from a practice's facet
 * row and text row, and the rows that a search backend answering with paths
 * (Algolia) means. Pure, for the catalogue and tests.
 */
import type {TextMatches} from './filter';
import type {CatalogueModule, Card, FacetRow, TextRow} from './types';
import {FACETS, type Facet} from '../vocabulary';

/** What the search backend answers for the catalogue's free text (SearchBackend.practiceMatches). */
export type PracticeMatches = {rows: number[]} | {paths: string[]};

/** The card of one practice: labels from the row's bit masks, the carrier's name from its index. */
export function cardOf(row: FacetRow, text: TextRow, catalogue: Pick<CatalogueModule, 'vocabularies' | 'carriers'>): Card {
  const labels = (facet: Facet): string[] =>
    catalogue.vocabularies[facet].filter((_, bit) => (row[FACETS.indexOf(facet) + 1]! & (1 << bit)) !== 0).map((v) => v.label);
  return {slug: text[0], title: text[1], description: text[2], sample: text[3] === 1, carrier: catalogue.carriers[row[0]]?.name ?? '', topics: labels('topics'), states: labels('states'), since: row[6]};
}

/**
 * The backend's matches as rows of the facet file. Rows pass through as they are; paths need every practice's
 * slug (all text loaded) and are undefined until then. Paths without a practice are left out.
 */
export function textMatchesOf(
  matches: PracticeMatches | undefined,
  rows: readonly FacetRow[] | null,
  allTextLoaded: boolean,
  textOf: (index: number) => TextRow | undefined,
): TextMatches | undefined {
  if (!matches) return undefined;
  if ('rows' in matches) return matches;
  if (!rows || !allTextLoaded) return undefined;
  const rowOfSlug = new Map<string, number>();
  rows.forEach((_, index) => {
    const text = textOf(index);
    if (text) rowOfSlug.set(text[0], index);
  });
  return {rows: matches.paths.map((path) => rowOfSlug.get(path.replace(/^.*\//, ''))).filter((row): row is number => row !== undefined)};
}

/**
 * Pure helpers of the catalogue page (no React): the next filter after a
 * click, the active filters as chips and their count, and which clicks on a
 * practice link the page handles itself. (A leading `_`: not a route.)
 */
import type {FilterState} from '../../catalogue/filter';
import type {CatalogueModule} from '../../catalogue/types';
import {FACETS, type FilterKey} from '../../vocabulary';

/** Cards shown at first and added by »Weitere Praxisbeispiele anzeigen«. */
export const PAGE_SIZE = 24;

/** The filter with `value` of `key` switched on or off. */
export function toggled(filter: FilterState, key: FilterKey, value: string): FilterState {
  const current = filter[key];
  return {...filter, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value]};
}

/** Selected values plus one for a free text: the number on the phone's filter button. */
export const activeFilterCount = (filter: FilterState): number =>
  (['topics', 'audiences', 'roles', 'formats', 'states', 'carrier'] as const).reduce((n, key) => n + filter[key].length, 0) + (filter.q ? 1 : 0);

export interface Chip {
  key: FilterKey;
  value: string;
  label: string;
}

/** The selected values as chips, facets in their order, then carriers; an unknown value shows its slug or id. */
export const chipsOf = (filter: FilterState, catalogue: Pick<CatalogueModule, 'vocabularies' | 'carriers'>): Chip[] => [
  ...FACETS.flatMap((facet) => filter[facet].map((slug) => ({key: facet, value: slug, label: catalogue.vocabularies[facet].find((v) => v.slug === slug)?.label ?? slug}))),
  ...filter.carrier.map((id) => ({key: 'carrier' as const, value: id, label: catalogue.carriers.find((c) => c.id === id)?.name ?? id})),
];

/** A plain left click on a link, not yet handled: the page opens the practice itself (other clicks open a tab, a window …). */
export const isPlainClick = (event: {defaultPrevented: boolean; button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean}): boolean =>
  !(event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey);

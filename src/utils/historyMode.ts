/**
 * Whether a filter change on the catalogue or /suche adds a history entry.
 * A deliberate choice (a checkbox, a chip, the sort order) adds one, so Back
 * undoes it. Typing, and a choice that follows the previous one within
 * RAPID_MS, replace the current entry: Back then skips the intermediate
 * states. Pure; the hook useFilterNavigation applies it.
 */

/** Choices closer together than this count as one change in the history. */
export const RAPID_MS = 1000;

export type FilterChange = 'choice' | 'typing';

export function historyMode(change: FilterChange, now: number, lastChoice: number): 'push' | 'replace' {
  if (change === 'typing') return 'replace';
  return now - lastChoice < RAPID_MS ? 'replace' : 'push';
}

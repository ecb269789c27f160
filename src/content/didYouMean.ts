import {distance} from 'fastest-levenshtein';

/**
 * The closest candidate to a mistyped value, if it is close enough to be a
 * typo (at most a third of the value's length, and at most 4 edits).
 */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.min(4, Math.max(1, Math.floor(needle.length / 3)));
  return bestDistance > 0 && bestDistance <= limit ? best : undefined;
}

/** ` – meinten Sie »x«?` or nothing. */
export function suggestion(value: string, candidates: Iterable<string>): string {
  const match = didYouMean(value, candidates);
  return match ? ` Meinten Sie »${match}«?` : '';
}

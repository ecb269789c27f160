/**
 * »Ähnliche Praxisbeispiele«: for each practice the three others that share the
 * most vocabulary values (same carrier counts once more); ties go to the one
 * earlier in catalogue order. An inverted index in flat typed arrays: for
 * 10,000 practices this is about 100 million additions, a fraction of a second.
 */
import type {Practice} from '../../content/practice';
import {FACETS} from '../../vocabulary';

/** The three (or `count`) most similar practices of the practice at `index`, as indices into the list. */
export type SimilarTo = (index: number) => number[];

/**
 * The inverted index over all practices' keys (linear in their number); each
 * question then costs one pass over the postings of one practice's keys. The
 * dev server asks for the one page it shows, a build for all of them.
 */
export function similarityIndex(practices: readonly Practice[], count = 3): SimilarTo {
  const n = practices.length;
  // Every practice's keys as small integers.
  const keyIds = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keyIds.size;
      keyIds.set(key, id);
    }
    return id;
  };
  const keys = practices.map((practice) =>
    Int32Array.from([...FACETS.flatMap((name) => practice[name].map((value) => `${name}:${value}`)), `carrier:${practice.carrier}`], idOf),
  );
  // Postings of each key (practice indices, ascending) in one array: key k owns start[k] … start[k + 1] − 1.
  const start = new Int32Array(keyIds.size + 1);
  for (const list of keys) for (const key of list) start[key + 1]! += 1;
  for (let key = 0; key < keyIds.size; key += 1) start[key + 1]! += start[key]!;
  const postings = new Int32Array(start[keyIds.size]!);
  const fill = start.slice(0, keyIds.size);
  keys.forEach((list, index) => {
    for (const key of list) postings[fill[key]!++] = index;
  });

  const scores = new Int32Array(n);
  const touched = new Int32Array(n);
  const best = new Int32Array(count);
  const bestScore = new Int32Array(count);
  return (index) => {
    let touchedCount = 0;
    for (const key of keys[index]!) {
      for (let p = start[key]!, end = start[key + 1]!; p < end; p += 1) {
        const other = postings[p]!;
        if (other === index) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += 1;
      }
    }
    // The `count` best in one pass (sorting all touched practices would cost n log n per practice).
    let found = 0;
    for (let t = 0; t < touchedCount; t += 1) {
      const other = touched[t]!;
      const score = scores[other]!;
      scores[other] = 0;
      if (found === count && (score < bestScore[count - 1]! || (score === bestScore[count - 1]! && other > best[count - 1]!))) continue;
      let position = found < count ? found++ : count - 1;
      while (position > 0 && (score > bestScore[position - 1]! || (score === bestScore[position - 1]! && other < best[position - 1]!))) {
        best[position] = best[position - 1]!;
        bestScore[position] = bestScore[position - 1]!;
        position -= 1;
      }
      best[position] = other;
      bestScore[position] = score;
    }
    return Array.from(best.subarray(0, found));
  };
}

/** Every practice's similar practices (the build's pages). */
export function similarPractices(practices: readonly Practice[], count = 3): number[][] {
  const similarTo = similarityIndex(practices, count);
  return practices.map((_, index) => similarTo(index));
}

/** Small helpers on index keys shared by the indexer and the browser. */

/** Keys whose stem is shorter than this are not looked up as compound tails. */
export const MIN_TAIL = 4;

export const reverse = (text: string): string => [...text].reverse().join('');

/** Word lists are split by the first two letters of a key. */
export const wordsFileKey = (key: string): string => key.slice(0, 2);

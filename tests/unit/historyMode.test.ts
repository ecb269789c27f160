import {describe, expect, it} from 'vitest';
import {historyMode, RAPID_MS} from '../../src/utils/historyMode';

describe('historyMode', () => {
  it.each([
    ['the first choice', 'choice', 10_000, Number.NEGATIVE_INFINITY, 'push'],
    ['a choice long after the previous one', 'choice', 10_000, 10_000 - RAPID_MS, 'push'],
    ['a choice right after the previous one', 'choice', 10_000, 10_000 - RAPID_MS + 1, 'replace'],
    ['typing, however long ago the last choice was', 'typing', 10_000, Number.NEGATIVE_INFINITY, 'replace'],
  ] as const)('%s: %s', (_, change, now, last, expected) => {
    expect(historyMode(change, now, last)).toBe(expected);
  });
});

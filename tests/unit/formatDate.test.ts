import {describe, expect, it} from 'vitest';
import {formatGermanDate, formatGermanDateRange, isoDay} from '../../src/utils/formatDate';

describe('formatGermanDate', () => {
  it.each([
    ['2019-11-13', '13. November 2019'],
    ['2019-11-13T00:00:00.000Z', '13. November 2019'],
    ['2020-03-01', '1. März 2020'],
    ['2026-12-31T23:30:00.000Z', '31. Dezember 2026'],
  ])('%s → %s', (input, expected) => {
    expect(formatGermanDate(input)).toBe(expected);
  });

  it('rejects an impossible date with a message naming the value', () => {
    expect(() => formatGermanDate('2019-13-45')).toThrow(/»2019-13-45«/);
  });
});

describe('isoDay', () => {
  it('keeps the calendar day', () => {
    expect(isoDay('2019-11-13T00:00:00.000Z')).toBe('2019-11-13');
  });
});

describe('formatGermanDateRange', () => {
  it.each([
    ['2019-11-13', undefined, '13. November 2019'],
    ['2019-11-13', '2019-11-13', '13. November 2019'],
    ['2019-11-13', '2019-11-14', '13.–14. November 2019'],
    ['2019-11-30', '2019-12-01', '30. November bis 1. Dezember 2019'],
    ['2019-12-31', '2020-01-01', '31. Dezember 2019 bis 1. Januar 2020'],
  ])('%s – %s → %s', (start, end, expected) => {
    expect(formatGermanDateRange(start, end)).toBe(expected);
  });
});

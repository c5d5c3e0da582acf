import { describe, expect, test } from 'vitest';
import type { Day } from '../../src/core/types.ts';
import { formatCount, formatRange } from '../../src/ui/format.ts';

const d = (s: string): Day => s as Day;

describe('formatRange', () => {
  test('joins two days with a dash, the month and year written once where they are shared', () => {
    expect(formatRange(d('2011-03-28'), d('2011-03-30'))).toBe('28–30 March 2011');
    expect(formatRange(d('2011-03-31'), d('2011-04-02'))).toBe('31 March – 2 April 2011');
  });

  test('in words, as a title reads: "28 to 31 March 2011"', () => {
    expect(formatRange(d('2011-03-28'), d('2011-03-31'), { words: true })).toBe('28 to 31 March 2011');
    expect(formatRange(d('2011-03-31'), d('2011-04-02'), { words: true })).toBe('31 March to 2 April 2011');
    expect(formatRange(d('2011-12-31'), d('2012-01-01'), { words: true })).toBe('31 December 2011 to 1 January 2012');
  });

  test('gives one day where the two are the same', () => {
    expect(formatRange(d('2011-03-28'), d('2011-03-28'), { words: true })).toBe('28 March 2011');
  });
});

describe('formatCount', () => {
  test('marks thousands as en-GB does, for every size of count', () => {
    for (const n of [0, 7, 42, 999, 1_000, 1_975, 12_345, 100_000, 999_999, 1_000_000, 123_456_789, 5_000_000_000]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
    }
  });
});

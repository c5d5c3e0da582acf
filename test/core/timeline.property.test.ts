import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceStateAt, buildTimeline, stateAt, stateNextTo } from '../../src/core/timeline.ts';
import type { Claim, Day } from '../../src/core/types.ts';

const PLACES = ['a', 'b', 'c', 'd'];
const SIDES = ['government', 'rebel', 'contested'] as const;

/** Day n of a window starting 2011-03-01 (negative and past-the-end offsets included). */
const day = (n: number): Day => new Date(Date.UTC(2011, 2, 1 + n)).toISOString().slice(0, 10) as Day;

const claimArb = fc
  .record({
    place: fc.constantFrom(...PLACES),
    side: fc.constantFrom(...SIDES),
    date: fc.integer({ min: 0, max: 20 }),
    precision: fc.constantFrom('day', 'day', 'approximate', 'range'),
    before: fc.option(fc.record({ side: fc.constantFrom(...SIDES), back: fc.integer({ min: -2, max: 10 }) })),
  })
  .map((r): Omit<Claim, 'id'> => ({
    place: r.place,
    side: r.side,
    date: day(r.date),
    precision: r.precision,
    ...(r.precision === 'range' ? { dateEnd: day(r.date + 2) } : {}),
    event: 'held',
    source: 's',
    quote: 'q',
    claimant: 'c',
    resolvedFrom: 'r',
    ...(r.before
      ? {
          before: { side: r.before.side, since: day(r.date - r.before.back), precision: 'day', source: 's', quote: 'q', resolvedFrom: 'r' },
        }
      : {}),
  }));

const caseArb = fc.record({
  claims: fc.array(claimArb, { minLength: 1, maxLength: 14 }),
  staleAfterDays: fc.integer({ min: 0, max: 5 }),
  domain: fc.option(fc.tuple(fc.integer({ min: -5, max: 25 }), fc.integer({ min: 0, max: 15 }))),
  days: fc.array(fc.integer({ min: -15, max: 40 }), { minLength: 1, maxLength: 12 }),
});

/** A drawn case's claims, with ids, its options, and the timeline built from them. */
function built({ claims: drawn, staleAfterDays, domain }: { claims: Omit<Claim, 'id'>[]; staleAfterDays: number; domain: [number, number] | null }) {
  const claims: Claim[] = drawn.map((c, i) => ({ ...c, id: `c${i}` }));
  const options = {
    staleAfterDays,
    ...(domain ? { domain: { start: day(domain[0]), end: day(domain[0] + domain[1]) } } : {}),
  };
  return { claims, options, timeline: buildTimeline(claims, PLACES, options) };
}

describe('stateAt (property)', () => {
  it('agrees with the brute-force recomputation for every place on any day', () => {
    fc.assert(
      fc.property(caseArb, (drawn) => {
        const { claims, options, timeline } = built(drawn);
        for (const n of drawn.days) {
          const pick = (s: { place: string; state: string; claims: string[]; uncertain: boolean; stale: boolean }) =>
            [s.place, s.state, s.claims, s.uncertain, s.stale];
          const fast = stateAt(timeline, day(n)).map(pick);
          const slow = bruteForceStateAt(claims, PLACES, day(n), options).map(pick);
          expect(fast).toEqual(slow);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('stateNextTo (property)', () => {
  it('gives what stateAt gives, from the day before or after, on any day in or out of the domain', () => {
    fc.assert(
      fc.property(caseArb, (drawn) => {
        const { timeline } = built(drawn);
        for (const n of drawn.days) {
          const expected = stateAt(timeline, day(n));
          for (const near of [n - 1, n + 1, n - 2]) {
            const states = stateNextTo(timeline, day(n), { day: day(near), states: stateAt(timeline, day(near)) });
            // The very intervals, not equal copies: a view compares them by identity to find what changed.
            states.forEach((interval, i) => expect(interval).toBe(expected[i]));
            expect(states).toHaveLength(expected.length);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the answer it starts from as it was', () => {
    const claims: Claim[] = [
      { id: 'c1', place: 'a', side: 'rebel', date: day(2), precision: 'day', event: 'held', source: 's', quote: 'q', claimant: 'c', resolvedFrom: 'r' },
    ];
    const timeline = buildTimeline(claims, PLACES, { domain: { start: day(0), end: day(5) } });
    const before = stateAt(timeline, day(1));
    const kept = [...before];
    const after = stateNextTo(timeline, day(2), { day: day(1), states: before });
    expect(before).toEqual(kept);
    expect(after[0]!.state).toBe('rebel');
    expect(before[0]!.state).toBe('no-report');
  });
});

describe('buildTimeline (property)', () => {
  it('covers the domain of every place with contiguous, non-empty intervals that differ from their neighbours', () => {
    fc.assert(
      fc.property(caseArb, ({ claims: drawn, staleAfterDays }) => {
        const claims: Claim[] = drawn.map((c, i) => ({ ...c, id: `c${i}` }));
        const { intervals, domain } = buildTimeline(claims, PLACES, { staleAfterDays });
        for (const list of intervals) {
          expect(list[0]!.start).toBe(domain.start);
          expect(list[list.length - 1]!.end).toBe(domain.end);
          for (const interval of list) expect(interval.start <= interval.end).toBe(true);
          list.slice(1).forEach((interval, i) => {
            const prev = list[i]!;
            expect(Date.parse(interval.start) - Date.parse(prev.end)).toBe(86_400_000);
            expect([interval.state, interval.claims, interval.uncertain, interval.stale]).not.toEqual([
              prev.state, prev.claims, prev.uncertain, prev.stale,
            ]);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});

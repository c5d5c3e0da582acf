import { describe, expect, it } from 'vitest';
import { bruteForceStateAt, buildTimeline, claimDomain, stateAt } from '../../src/core/timeline.ts';
import type { Claim, Day, Interval } from '../../src/core/types.ts';

const d = (s: string): Day => s as Day;

function claim(id: string, place: string, side: Claim['side'], date: string, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    place,
    side,
    date: d(date),
    precision: 'day',
    event: 'held',
    source: 'src',
    quote: 'q',
    claimant: 'reporter',
    resolvedFrom: 'on Monday',
    ...extra,
  };
}

function before(side: Claim['side'], since: string): NonNullable<Claim['before']> {
  return { side, since: d(since), precision: 'day', source: 'src', quote: 'q', resolvedFrom: 'since' };
}

/** Intervals as compact tuples: [start, end, state, claims, flags]. */
function shape(intervals: readonly Interval[]): unknown[] {
  return intervals.map((i) => [i.start, i.end, i.state, i.claims.join(','), (i.uncertain ? 'u' : '') + (i.stale ? 's' : '')]);
}

const march = (start: string, end: string) => ({ start: d(`2011-03-${start}`), end: d(`2011-03-${end}`) });

describe('buildTimeline', () => {
  it('leaves a place without claims no-report over the whole domain', () => {
    const timeline = buildTimeline([claim('c1', 'a', 'rebel', '2011-03-05')], ['a', 'b'], { domain: march('01', '10') });
    expect(shape(timeline.intervals[1]!)).toEqual([['2011-03-01', '2011-03-10', 'no-report', '', '']]);
  });

  it('reports a claimed side from its day on, no-report before', () => {
    const timeline = buildTimeline([claim('c1', 'a', 'rebel', '2011-03-05')], ['a'], { domain: march('01', '07') });
    expect(shape(timeline.intervals[0]!)).toEqual([
      ['2011-03-01', '2011-03-04', 'no-report', '', ''],
      ['2011-03-05', '2011-03-07', 'rebel', 'c1', ''],
    ]);
  });

  it('makes a day with claims for both sides contested and keeps every claim', () => {
    const claims = [claim('c1', 'a', 'rebel', '2011-03-05'), claim('c2', 'a', 'government', '2011-03-05')];
    const timeline = buildTimeline(claims, ['a'], { domain: march('05', '06') });
    expect(shape(timeline.intervals[0]!)).toEqual([['2011-03-05', '2011-03-06', 'contested', 'c1,c2', '']]);
  });

  it('makes a day contested when its only claims report fighting', () => {
    const claims = [claim('c1', 'a', 'contested', '2011-03-05'), claim('c2', 'a', 'contested', '2011-03-05')];
    const timeline = buildTimeline(claims, ['a'], { domain: march('05', '05') });
    expect(timeline.intervals[0]![0]!.state).toBe('contested');
  });

  it('gives a day the side said to take a place when the other claims that day report only fighting', () => {
    const claims = [
      claim('c1', 'a', 'contested', '2011-03-05', { event: 'attacked' }),
      claim('c2', 'a', 'government', '2011-03-05', { event: 'withdrew' }),
    ];
    const timeline = buildTimeline(claims, ['a'], { domain: march('05', '05') });
    expect(shape(timeline.intervals[0]!)).toEqual([['2011-03-05', '2011-03-05', 'government', 'c1,c2', '']]);
  });

  it("gives a day the side a change of hands goes to when the other side's claims that day say where it stood before", () => {
    const claims = [
      claim('c1', 'a', 'rebel', '2011-03-05', { event: 'attacked' }),
      claim('c2', 'a', 'rebel', '2011-03-05'),
      claim('c3', 'a', 'government', '2011-03-05', { event: 'captured', before: { side: 'rebel', source: 'src', quote: 'q' } }),
      claim('c4', 'a', 'government', '2011-03-05'),
    ];
    const timeline = buildTimeline(claims, ['a'], { domain: march('05', '06') });
    expect(shape(timeline.intervals[0]!)).toEqual([['2011-03-05', '2011-03-06', 'government', 'c1,c2,c3,c4', '']]);
    expect(bruteForceStateAt(claims, ['a'], d('2011-03-06'), { domain: march('05', '06') })[0]!.state).toBe('government');
  });

  it('leaves a day contested where its changes of hands go to both sides', () => {
    const claims = [
      claim('c1', 'a', 'rebel', '2011-03-05', { event: 'retook', before: { side: 'government', source: 'src', quote: 'q' } }),
      claim('c2', 'a', 'government', '2011-03-05', { event: 'captured', before: { side: 'rebel', source: 'src', quote: 'q' } }),
    ];
    const timeline = buildTimeline(claims, ['a'], { domain: march('05', '05') });
    expect(timeline.intervals[0]![0]!.state).toBe('contested');
  });

  it('ends a state the day before the next claim day replaces it', () => {
    const claims = [claim('c2', 'a', 'government', '2011-03-07'), claim('c1', 'a', 'rebel', '2011-03-05')];
    const timeline = buildTimeline(claims, ['a'], { domain: march('05', '08') });
    expect(shape(timeline.intervals[0]!)).toEqual([
      ['2011-03-05', '2011-03-06', 'rebel', 'c1', ''],
      ['2011-03-07', '2011-03-08', 'government', 'c2', ''],
    ]);
  });

  it('fills the days from before.since up to the claim with the earlier side, uncertain', () => {
    const claims = [claim('c1', 'a', 'government', '2011-03-06', { event: 'captured', before: before('rebel', '2011-03-03') })];
    const timeline = buildTimeline(claims, ['a'], { domain: march('01', '06') });
    expect(shape(timeline.intervals[0]!)).toEqual([
      ['2011-03-01', '2011-03-02', 'no-report', '', ''],
      ['2011-03-03', '2011-03-05', 'rebel', 'c1', 'u'],
      ['2011-03-06', '2011-03-06', 'government', 'c1', ''],
    ]);
  });

  it('fills no day from a before that no source dates', () => {
    const undated = { side: 'rebel' as const, source: 'src', quote: 'q' };
    const timeline = buildTimeline([claim('c1', 'a', 'government', '2011-03-05', { before: undated })], ['a'], {
      domain: march('01', '05'),
    });
    expect(shape(timeline.intervals[0]!)).toEqual([
      ['2011-03-01', '2011-03-04', 'no-report', '', ''],
      ['2011-03-05', '2011-03-05', 'government', 'c1', ''],
    ]);
  });

  it('lets a before fill only days that no claim covers', () => {
    const claims = [
      claim('c1', 'a', 'government', '2011-03-04'),
      claim('c2', 'a', 'government', '2011-03-06', { before: before('rebel', '2011-03-02') }),
    ];
    const timeline = buildTimeline(claims, ['a'], { domain: march('02', '06') });
    expect(shape(timeline.intervals[0]!)).toEqual([
      ['2011-03-02', '2011-03-03', 'rebel', 'c2', 'u'],
      ['2011-03-04', '2011-03-05', 'government', 'c1', ''],
      ['2011-03-06', '2011-03-06', 'government', 'c2', ''],
    ]);
  });

  it('makes days where two befores disagree contested, citing both claims', () => {
    const claims = [
      claim('c1', 'a', 'government', '2011-03-05', { before: before('rebel', '2011-03-01') }),
      claim('c2', 'a', 'government', '2011-03-06', { before: before('government', '2011-03-03') }),
    ];
    const timeline = buildTimeline(claims, ['a'], { domain: march('01', '06') });
    expect(shape(timeline.intervals[0]!).slice(0, 2)).toEqual([
      ['2011-03-01', '2011-03-02', 'rebel', 'c1', 'u'],
      ['2011-03-03', '2011-03-04', 'contested', 'c1,c2', 'u'],
    ]);
  });

  it('marks an interval built on a claim with an inexact date uncertain', () => {
    const claims = [claim('c1', 'a', 'rebel', '2011-03-05', { precision: 'range', dateEnd: d('2011-03-06') })];
    const timeline = buildTimeline(claims, ['a'], { domain: march('05', '06') });
    expect(timeline.intervals[0]![0]!.uncertain).toBe(true);
  });

  it('splits a state off as stale once staleAfterDays pass without a fresh claim', () => {
    const timeline = buildTimeline([claim('c1', 'a', 'rebel', '2011-03-05')], ['a'], { domain: march('05', '12') });
    expect(shape(timeline.intervals[0]!)).toEqual([
      ['2011-03-05', '2011-03-08', 'rebel', 'c1', ''],
      ['2011-03-09', '2011-03-12', 'rebel', 'c1', 's'],
    ]);
  });

  it('honours a staleAfterDays option', () => {
    const timeline = buildTimeline([claim('c1', 'a', 'rebel', '2011-03-05')], ['a'], {
      domain: march('05', '12'),
      staleAfterDays: 0,
    });
    expect(timeline.intervals[0]![1]!.start).toBe('2011-03-06');
  });

  it('never marks a state filled from a before stale', () => {
    const claims = [claim('c1', 'a', 'government', '2011-03-20', { before: before('rebel', '2011-03-01') })];
    const timeline = buildTimeline(claims, ['a']);
    expect(shape(timeline.intervals[0]!)[0]).toEqual(['2011-03-01', '2011-03-19', 'rebel', 'c1', 'u']);
  });

  it('merges a before and the claim behind it into one interval where they say the same', () => {
    const claims = [
      claim('c1', 'a', 'rebel', '2011-03-05', { precision: 'approximate', before: before('rebel', '2011-03-02') }),
    ];
    const timeline = buildTimeline(claims, ['a'], { domain: march('02', '06') });
    expect(shape(timeline.intervals[0]!)).toEqual([['2011-03-02', '2011-03-06', 'rebel', 'c1', 'u']]);
  });

  it('ignores claims for places it was not asked about', () => {
    const timeline = buildTimeline([claim('c1', 'x', 'rebel', '2011-03-05')], ['a']);
    expect(shape(timeline.intervals[0]!)).toEqual([['2011-03-05', '2011-03-05', 'no-report', '', '']]);
  });

  it('spans the default domain from the earliest before.since to the latest dateEnd', () => {
    const claims = [
      claim('c1', 'a', 'rebel', '2011-03-05', { before: before('government', '2011-03-01') }),
      claim('c2', 'b', 'rebel', '2011-03-07', { precision: 'range', dateEnd: d('2011-03-09') }),
    ];
    expect(buildTimeline(claims, ['a', 'b']).domain).toEqual(march('01', '09'));
  });

  it('carries a state from a claim before the domain into it', () => {
    const timeline = buildTimeline([claim('c1', 'a', 'rebel', '2011-03-01')], ['a'], { domain: march('03', '04') });
    expect(shape(timeline.intervals[0]!)).toEqual([['2011-03-03', '2011-03-04', 'rebel', 'c1', '']]);
  });

  it('ignores claims dated after the domain', () => {
    const timeline = buildTimeline([claim('c1', 'a', 'rebel', '2011-03-09')], ['a'], { domain: march('03', '04') });
    expect(shape(timeline.intervals[0]!)).toEqual([['2011-03-03', '2011-03-04', 'no-report', '', '']]);
  });

  it('covers the domain with contiguous intervals that differ from their neighbours', () => {
    const claims = [
      claim('c1', 'a', 'rebel', '2011-03-04', { before: before('government', '2011-03-02') }),
      claim('c2', 'a', 'rebel', '2011-03-06', { precision: 'approximate' }),
      claim('c3', 'a', 'government', '2011-03-12'),
      claim('c4', 'a', 'rebel', '2011-03-12'),
    ];
    const { intervals, domain } = buildTimeline(claims, ['a'], { domain: march('01', '20') });
    const list = intervals[0]!;
    expect(list[0]!.start).toBe(domain.start);
    expect(list[list.length - 1]!.end).toBe(domain.end);
    list.slice(1).forEach((interval, i) => {
      const prev = list[i]!;
      expect(new Date(`${interval.start}T00:00Z`).getTime() - new Date(`${prev.end}T00:00Z`).getTime()).toBe(86_400_000);
      expect([interval.state, interval.claims, interval.uncertain, interval.stale]).not.toEqual([
        prev.state, prev.claims, prev.uncertain, prev.stale,
      ]);
    });
  });

  it('refuses to guess a domain without claims', () => {
    expect(() => buildTimeline([], ['a'])).toThrow(RangeError);
  });
});

describe('buildTimeline: a change of hands dated to a span, and the same change dated to a day inside it', () => {
  const retook = (id: string, date: string, extra: Partial<Claim> = {}): Claim =>
    claim(id, 'z', 'government', date, { event: 'retook', before: { side: 'rebel', source: 'src', quote: 'q' }, ...extra });
  const early = { precision: 'range' as const, dateEnd: d('2011-03-10') };
  const ids = ['z'];

  it('starts on the day, citing both, not on the span\'s first day', () => {
    const claims = [claim('h', 'z', 'rebel', '2011-03-01'), retook('span', '2011-03-01', early), retook('day', '2011-03-08')];
    const timeline = buildTimeline(claims, ids, { domain: march('01', '12') });
    expect(shape(timeline.intervals[0]!)).toEqual([
      ['2011-03-01', '2011-03-04', 'rebel', 'h', ''],
      ['2011-03-05', '2011-03-07', 'rebel', 'h', 's'],
      ['2011-03-08', '2011-03-11', 'government', 'span,day', 'u'],
      ['2011-03-12', '2011-03-12', 'government', 'span,day', 'us'],
    ]);
    expect(bruteForceStateAt(claims, ids, d('2011-03-05'), { domain: march('01', '12') })[0]!.state).toBe('rebel');
    expect(bruteForceStateAt(claims, ids, d('2011-03-08'), { domain: march('01', '12') })[0]!.state).toBe('government');
  });

  it('keeps the span\'s first day where no day inside it agrees: another side, another place, a day outside, or a hold', () => {
    const others = [
      claim('other-side', 'z', 'rebel', '2011-03-08', { event: 'retook', before: { side: 'government', source: 'src', quote: 'q' } }),
      { ...retook('other-place', '2011-03-08'), place: 'y' },
      retook('outside', '2011-03-11'),
      claim('held', 'z', 'government', '2011-03-06'),
    ];
    for (const other of others) {
      const timeline = buildTimeline([retook('span', '2011-03-01', early), other], ids, { domain: march('01', '05') });
      expect(timeline.intervals[0]![0]).toMatchObject({ start: '2011-03-01', state: 'government', claims: ['span'] });
    }
  });

  it('moves no hold dated to a span', () => {
    const claims = [claim('since', 'z', 'government', '2011-03-01', early), retook('day', '2011-03-08')];
    const timeline = buildTimeline(claims, ids, { domain: march('01', '05') });
    expect(timeline.intervals[0]![0]).toMatchObject({ start: '2011-03-01', state: 'government', claims: ['since'] });
  });
});

describe('claimDomain', () => {
  it('is null without claims', () => {
    expect(claimDomain([])).toBeNull();
  });

  it('spans from the earliest date or before.since to the latest date or dateEnd', () => {
    const claims = [
      claim('c1', 'a', 'rebel', '2011-03-05', { before: before('government', '2011-03-02') }),
      claim('c2', 'a', 'rebel', '2011-03-03'),
      claim('c3', 'b', 'rebel', '2011-03-08', { precision: 'range', dateEnd: d('2011-03-10') }),
      claim('c4', 'b', 'rebel', '2011-03-09'),
    ];
    expect(claimDomain(claims)).toEqual({ start: '2011-03-02', end: '2011-03-10' });
  });
});

describe('stateAt', () => {
  const claims = (): Claim[] => [
    claim('c1', 'a', 'rebel', '2011-03-02'),
    claim('c2', 'a', 'government', '2011-03-05'),
    claim('c3', 'b', 'government', '2011-03-08'),
  ];

  it('returns, for every day of the domain, the interval of each place that contains it', () => {
    const timeline = buildTimeline(claims(), ['a', 'b']);
    for (const list of timeline.intervals) {
      for (const interval of list) {
        const place = timeline.places.indexOf(interval.place);
        expect(stateAt(timeline, interval.start)[place]).toBe(interval);
        expect(stateAt(timeline, interval.end)[place]).toBe(interval);
      }
    }
  });

  it('answers no-report before the domain', () => {
    const timeline = buildTimeline(claims(), ['a', 'b']);
    expect(stateAt(timeline, d('2011-02-20')).map((i) => i.state)).toEqual(['no-report', 'no-report']);
  });

  it('answers the last interval just after the domain', () => {
    const timeline = buildTimeline(claims(), ['a', 'b']);
    const [, b] = stateAt(timeline, d('2011-03-09'));
    expect(b).toBe(timeline.intervals[1]!.at(-1));
  });

  it('answers a stale state after the domain once the staleness window has passed', () => {
    const timeline = buildTimeline(claims(), ['a', 'b']);
    const [, b] = stateAt(timeline, d('2011-03-12'));
    expect([b!.state, b!.claims, b!.stale]).toEqual(['government', ['c3'], true]);
  });

  it('agrees with the brute-force recomputation on every day in and around the domain', () => {
    const all = [...claims(), claim('c4', 'b', 'rebel', '2011-03-06', { before: before('rebel', '2011-03-01') })];
    const timeline = buildTimeline(all, ['a', 'b', 'c']);
    for (let day = 25; day <= 45; day += 1) {
      const date = new Date(Date.UTC(2011, 1, day)).toISOString().slice(0, 10) as Day;
      const pick = (s: { state: string; claims: string[]; uncertain: boolean; stale: boolean }) =>
        [s.state, s.claims, s.uncertain, s.stale];
      expect(stateAt(timeline, date).map(pick)).toEqual(bruteForceStateAt(all, ['a', 'b', 'c'], date).map(pick));
    }
  });

  it('refuses a timeline that buildTimeline did not make', () => {
    const timeline = structuredClone(buildTimeline(claims(), ['a']));
    expect(() => stateAt(timeline, d('2011-03-03'))).toThrow(TypeError);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parseDay, resolveDate, weekdayOf, type Resolved } from '../../src/core/dates.ts';
import { cleanText } from '../../src/core/text.ts';
import type { Day } from '../../src/core/types.ts';

const d = (s: string): Day => s as Day;
const root = fileURLToPath(new URL('../../', import.meta.url));

const SOURCES = {
  bt: { file: '000_1e5c581d3682f255.txt', published: d('2011-04-01') },
  mccabe: { file: '001_2e6bfad484ef333b.txt', published: d('2011-03-31') },
  globalpost: { file: '002_a0d139c2a26c4e8e.txt', published: d('2011-03-31') },
  nyt: { file: '003_12d0a6ac5ab71e0b.txt', published: d('2011-03-30') },
} as const;

const onDay = (date: string): Resolved => ({ ok: true, date: d(date), precision: 'day' });
const about = (date: string): Resolved => ({ ok: true, date: d(date), precision: 'approximate' });
const span = (date: string, dateEnd: string): Resolved => ({
  ok: true,
  date: d(date),
  precision: 'range',
  dateEnd: d(dateEnd),
});
const unresolved = { ok: false } as const;

/**
 * Every date expression in the four sources, with the day it counts from there: publication, or the day the passage
 * narrates (`narrative`) where its "today" or "last night" belongs to another day.
 */
const IN_SOURCES: [keyof typeof SOURCES, string, string | null, Resolved | typeof unresolved][] = [
  ['bt', 'on Wednesday', null, onDay('2011-03-30')],
  ['bt', 'the next day', '2011-03-30', onDay('2011-03-31')],
  ['bt', 'this month', null, unresolved],
  ['bt', 'March 19', null, onDay('2011-03-19')],
  ['bt', 'on March 19', null, onDay('2011-03-19')],
  ['bt', 'overnight yesterday', null, about('2011-03-31')],
  ['bt', 'at dawn', '2011-03-31', onDay('2011-03-31')],
  ['bt', 'this morning', '2011-03-31', onDay('2011-03-31')],
  ['bt', 'yesterday', null, onDay('2011-03-31')],
  ['bt', 'now', null, about('2011-04-01')],
  ['mccabe', 'on Thursday', null, onDay('2011-03-31')],
  ['mccabe', 'Thursday', null, onDay('2011-03-31')],
  ['mccabe', 'Wednesday', null, onDay('2011-03-30')],
  ['mccabe', 'Thursday, March 31', null, onDay('2011-03-31')],
  ['mccabe', 'on Thursday, March 31', null, onDay('2011-03-31')],
  ['mccabe', 'this morning', null, onDay('2011-03-31')],
  ['mccabe', 'in the past two days', null, span('2011-03-29', '2011-03-31')],
  ['globalpost', 'on Thursday', null, onDay('2011-03-31')],
  ['globalpost', 'late Wednesday', null, onDay('2011-03-30')],
  ['globalpost', 'in the past 24 hours', null, span('2011-03-30', '2011-03-31')],
  ['globalpost', 'earlier this week', null, span('2011-03-28', '2011-03-30')],
  ['globalpost', 'on Wednesday', null, onDay('2011-03-30')],
  ['globalpost', 'in recent weeks', null, unresolved],
  ['globalpost', 'last Friday', null, onDay('2011-03-25')],
  ['globalpost', 'just days after', null, unresolved],
  ['globalpost', 'on March 21', null, onDay('2011-03-21')],
  ['globalpost', 'By mid-afternoon', '2011-03-30', onDay('2011-03-30')],
  ['globalpost', 'only three days before', '2011-03-30', about('2011-03-27')],
  ['globalpost', 'three days before', '2011-03-30', about('2011-03-27')],
  ['globalpost', 'only days ago', null, unresolved],
  ['globalpost', 'today', '2011-03-30', onDay('2011-03-30')],
  ['globalpost', 'yesterday', '2011-03-30', onDay('2011-03-29')],
  ['globalpost', 'on Wendesay', null, onDay('2011-03-30')],
  ['globalpost', 'last night', '2011-03-30', about('2011-03-29')],
  ['globalpost', 'now', null, about('2011-03-31')],
  ['globalpost', 'for all of 10 days', null, unresolved],
  ['nyt', 'on Wednesday', null, onDay('2011-03-30')],
  ['nyt', 'just days ago', null, unresolved],
  ['nyt', 'on Wednesday night', null, onDay('2011-03-30')],
  ['nyt', 'Wednesday night', null, onDay('2011-03-30')],
  ['nyt', 'since the early days of the revolution', null, unresolved],
  ['nyt', 'on Tuesday', null, onDay('2011-03-29')],
  ['nyt', 'By Wednesday evening', null, onDay('2011-03-30')],
  ['nyt', 'a week ago', null, about('2011-03-23')],
  ['nyt', 'now', null, about('2011-03-30')],
];

function sourceText(key: keyof typeof SOURCES): string {
  return cleanText(readFileSync(`${root}geo/sources/${SOURCES[key].file}`, 'utf8'));
}

describe('parseDay', () => {
  it('accepts a real calendar day, including 29 February of a leap year', () => {
    expect([parseDay('2011-03-30'), parseDay('2012-02-29')]).toEqual(['2011-03-30', '2012-02-29']);
  });

  it('rejects days the calendar does not have', () => {
    expect(['2011-02-30', '2011-02-29', '2011-04-31', '2011-13-01', '2011-00-10', '2011-03-00'].map(parseDay)).toEqual(
      Array(6).fill(null),
    );
  });

  it('rejects anything but YYYY-MM-DD', () => {
    expect(['2011-3-30', '30/03/2011', '2011-03-30T00:00', ' 2011-03-30', ''].map(parseDay)).toEqual(Array(5).fill(null));
  });
});

describe('addDays, daysBetween, weekdayOf', () => {
  it('addDays crosses month, year and leap-day boundaries', () => {
    expect([addDays(d('2011-03-30'), 3), addDays(d('2011-01-01'), -1), addDays(d('2012-02-28'), 1)]).toEqual([
      '2011-04-02',
      '2010-12-31',
      '2012-02-29',
    ]);
  });

  it('addDays keeps years below 100 as written rather than as 19xx', () => {
    expect([addDays(d('0099-12-31'), 1), addDays(d('0001-01-01'), -1)]).toEqual(['0100-01-01', '0000-12-31']);
  });

  it('daysBetween is b minus a, negative when b is earlier', () => {
    const [a, b] = [d('2011-03-19'), d('2011-04-01')];
    expect([daysBetween(a, b), daysBetween(b, a)]).toEqual([13, -13]);
  });

  it('weekdayOf counts from Sunday = 0', () => {
    const days = ['2011-03-27', '2011-03-30', '1970-01-01', '0001-01-01'].map(d);
    expect(days.map(weekdayOf)).toEqual([0, 3, 4, 1]);
  });
});

describe('resolveDate on the sources', () => {
  it.each(IN_SOURCES)('in %s, resolves "%s" (narrating %s)', (key, expression, narrative, expected) => {
    expect(sourceText(key).toLowerCase()).toContain(expression.toLowerCase());
    const published = SOURCES[key].published;
    const resolved = resolveDate(expression, narrative ? { published, narrative: d(narrative) } : { published });
    if (expected.ok) expect(resolved).toEqual(expected);
    else expect(resolved).toMatchObject({ ok: false, reason: expect.any(String) });
  });
});

describe('resolveDate', () => {
  it('reads "until" a day as the day before, the last a span surely covered, and "until" a span as no day', () => {
    const ctx = { published: d('2011-03-30') };
    expect(['until Tuesday', 'till Tuesday', 'until March 29', 'up until the 29th of March', 'until last week', 'until recently'].map((w) => resolveDate(w, ctx))).toMatchObject([
      onDay('2011-03-28'),
      onDay('2011-03-28'),
      onDay('2011-03-28'),
      onDay('2011-03-28'),
      unresolved,
      unresolved,
    ]);
  });

  it('reads a hedged day ("around March 17") as that day, approximate, and a hedged span as the span', () => {
    const ctx = { published: d('2011-03-30') };
    expect(['around March 17', 'on or around March 17', 'about the 17th of March', 'approximately March 17', 'around Tuesday', 'around last week'].map((w) => resolveDate(w, ctx))).toEqual([
      { ok: true, date: d('2011-03-17'), precision: 'approximate' },
      { ok: true, date: d('2011-03-17'), precision: 'approximate' },
      { ok: true, date: d('2011-03-17'), precision: 'approximate' },
      { ok: true, date: d('2011-03-17'), precision: 'approximate' },
      { ok: true, date: d('2011-03-29'), precision: 'approximate' },
      resolveDate('last week', ctx),
    ]);
  });

  it('counts relative words from the narrated day rather than from publication', () => {
    const ctx = { published: d('2011-04-01'), narrative: d('2011-03-30') };
    expect([resolveDate('yesterday', ctx), resolveDate('on Tuesday', ctx)]).toEqual([
      onDay('2011-03-29'),
      onDay('2011-03-29'),
    ]);
  });

  it('counts "three days later" and "a week later" forward from the narrated day, as approximate', () => {
    const ctx = { published: d('2011-04-10'), narrative: d('2011-03-27') };
    expect([resolveDate('three days later', ctx), resolveDate('a week later', ctx)]).toEqual([about('2011-03-30'), about('2011-04-03')]);
  });

  it('reads "the next morning" and "by the following evening" as the day after the narrated day', () => {
    const ctx = { published: d('2011-03-31'), narrative: d('2011-03-26') };
    expect([resolveDate('the next morning', ctx), resolveDate('by the following evening', ctx)]).toEqual([onDay('2011-03-27'), onDay('2011-03-27')]);
  });

  it('reads a weekday that is the reference day as that very day, and "last" as the week before', () => {
    const ctx = { published: d('2011-03-25') };
    expect([resolveDate('Friday', ctx), resolveDate('last Friday', ctx)]).toEqual([
      onDay('2011-03-25'),
      onDay('2011-03-18'),
    ]);
  });

  it('gives a month and day the year of the reference day', () => {
    expect(resolveDate('March 19', { published: d('2012-01-05') })).toEqual(onDay('2012-03-19'));
  });

  it('refuses a weekday that does not match the month and day given with it', () => {
    expect(resolveDate('Friday, March 31', { published: d('2011-04-01') })).toEqual({
      ok: false,
      reason: '2011-03-31 is a Thursday, not a Friday',
    });
  });

  it('refuses a month and day the calendar does not have', () => {
    expect(resolveDate('February 30', { published: d('2011-03-31') })).toEqual({
      ok: false,
      reason: '2011-02-30 is not a calendar day',
    });
  });

  it('says why vague words are not placed on the calendar', () => {
    expect(resolveDate('just days ago', { published: d('2011-03-30') })).toEqual({
      ok: false,
      reason: '"just days ago" is too vague to place on the calendar',
    });
  });

  it('places a span of days as a range, its days in order', () => {
    const ctx = { published: d('2011-04-01') };
    expect(['March 26-27', 'on 26 to 28 March', 'between Saturday and Monday', 'from Monday to Wednesday'].map((w) => resolveDate(w, ctx))).toEqual([
      span('2011-03-26', '2011-03-27'),
      span('2011-03-26', '2011-03-28'),
      span('2011-03-26', '2011-03-28'),
      span('2011-03-28', '2011-03-30'),
    ]);
    expect(resolveDate('March 27-26', ctx)).toEqual({ ok: false, reason: '2011-03-27 to 2011-03-26 is no span of days' });
    expect(resolveDate('March 30-32', ctx)).toEqual({ ok: false, reason: '2011-03-32 is not a calendar day' });
  });

  it('places "the past week" as the seven days up to the reference day, where "last week" is the calendar week before', () => {
    const ctx = { published: d('2011-03-31') };
    expect(['in the past week', 'over the last two weeks', 'last week'].map((w) => resolveDate(w, ctx))).toEqual([
      span('2011-03-24', '2011-03-31'),
      span('2011-03-17', '2011-03-31'),
      span('2011-03-21', '2011-03-27'),
    ]);
  });

  it('finds no day "earlier this week" on a Monday', () => {
    expect(resolveDate('earlier this week', { published: d('2011-03-28') }).ok).toBe(false);
  });

  it('counts N days and weeks back as approximate', () => {
    const ctx = { published: d('2011-03-31') };
    expect([resolveDate('5 days ago', ctx), resolveDate('two weeks ago', ctx)]).toEqual([
      about('2011-03-26'),
      about('2011-03-17'),
    ]);
  });

  it('counts hours back as the days they span, to the nearest, as approximate', () => {
    const ctx = { published: d('2011-03-31') };
    expect(['48 hours ago', '72 hours earlier', 'two hours ago', '36 hours before'].map((w) => resolveDate(w, ctx))).toEqual([
      about('2011-03-29'),
      about('2011-03-28'),
      about('2011-03-31'),
      about('2011-03-29'),
    ]);
  });

  it('refuses a reference day that is not a calendar day', () => {
    expect(resolveDate('yesterday', { published: d('2011-02-30') }).ok).toBe(false);
  });

  it('never throws, whatever the words or the reference day', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (expression, published) => {
        const resolved = resolveDate(expression, { published: d(published) });
        return typeof resolved.ok === 'boolean';
      }),
    );
  });

  it('returns ok: false with a reason for words it has no rule for', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const resolved = resolveDate(`zz ${junk}`, { published: d('2011-03-31') });
        return !resolved.ok && resolved.reason.length > 0;
      }),
    );
  });

  it('gives the same answers under any time zone', () => {
    const script = `
      import { resolveDate } from ${JSON.stringify(`${root}src/core/dates.ts`)};
      const cases = JSON.parse(process.argv[1]);
      const answers = cases.map(([e, p, n]) => resolveDate(e, n ? { published: p, narrative: n } : { published: p }));
      console.log(JSON.stringify(answers));
    `;
    const cases = IN_SOURCES.map(([key, expression, narrative]) => [expression, SOURCES[key].published, narrative]);
    const runIn = (tz: string): unknown =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(cases)], {
          cwd: root,
          env: { ...process.env, TZ: tz },
          encoding: 'utf8',
        }),
      );
    const here = cases.map(([e, p, n]) => resolveDate(e!, n ? { published: d(p!), narrative: d(n) } : { published: d(p!) }));
    expect(runIn('America/Los_Angeles')).toEqual(here);
    expect(runIn('Asia/Tokyo')).toEqual(here);
  });
});

describe('resolveDate: the words the suggester finds', () => {
  const ctx = { published: d('2011-03-30') }; // a Wednesday
  it.each([
    ['28 March', onDay('2011-03-28')],
    ['on the 27th', onDay('2011-03-27')],
    ['the 31st', { ok: false }],
    ['since Feb. 20', onDay('2011-02-20')],
    ['Sept. 1', onDay('2011-09-01')],
    ['overnight', about('2011-03-29')],
    ['overnight Saturday', about('2011-03-26')],
    ['since the weekend', span('2011-03-26', '2011-03-30')],
    ['last weekend', span('2011-03-26', '2011-03-27')],
    // What happened over the weekend happened on the Saturday or the Sunday, not since.
    ['over the weekend', span('2011-03-26', '2011-03-27')],
    ['during the weekend', span('2011-03-26', '2011-03-27')],
    ['this week', span('2011-03-28', '2011-03-30')],
    ['last week', span('2011-03-21', '2011-03-27')],
    ['last month', span('2011-02-01', '2011-02-28')],
    ['in February', span('2011-02-01', '2011-02-28')],
    ['in mid-March', span('2011-03-11', '2011-03-20')],
    ['late March', span('2011-03-21', '2011-03-30')],
    ['in April', { ok: false }],
    ['earlier today', onDay('2011-03-30')],
    ['the day before', onDay('2011-03-29')],
    ['the day before yesterday', onDay('2011-03-28')],
    ['at dawn', onDay('2011-03-30')],
  ])('%s', (expression, expected) => {
    const resolved = resolveDate(expression, ctx);
    if (expected.ok === false) expect(resolved.ok).toBe(false);
    else expect(resolved).toEqual(expected);
  });

  it.each([
    // Written on a Saturday or a Sunday, "last weekend" is the one before; "this weekend" the one it is written in.
    ['last weekend', '2011-04-02', span('2011-03-26', '2011-03-27')],
    ['last weekend', '2011-04-03', span('2011-03-26', '2011-03-27')],
    ['this weekend', '2011-04-03', span('2011-04-02', '2011-04-03')],
    ['last weekend', '2011-04-04', span('2011-04-02', '2011-04-03')],
    // "Late last month" is the last ten days of the month before, as "late March" is; in January, December's.
    ['late last month', '2011-04-27', span('2011-03-21', '2011-03-31')],
    ['early last month', '2011-04-27', span('2011-03-01', '2011-03-10')],
    ['mid-last month', '2011-04-27', span('2011-03-11', '2011-03-20')],
    ['late last month', '2011-01-15', span('2010-12-21', '2010-12-31')],
    ['last month', '2011-04-27', span('2011-03-01', '2011-03-31')],
  ])('%s, written on %s', (expression, published, expected) => {
    expect(resolveDate(expression, { published: d(published) })).toEqual(expected);
  });

  it('"on the 31st" in a month without one is the month before\'s, where that has one', () => {
    expect(resolveDate('on the 31st', { published: d('2011-04-05') })).toEqual(onDay('2011-03-31'));
  });
});

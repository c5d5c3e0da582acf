import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Day } from '../../src/core/types.ts';
import type { ViewState } from '../../src/ui/store.ts';
import { formatHash, parseHash, type UrlRules } from '../../src/ui/url.ts';

const rules: UrlRules = {
  days: { start: '2011-03-17' as Day, end: '2011-04-03' as Day },
  places: new Set(['brega', 'ras_lanuf']),
  sources: new Set(['nyt-2011-03-30', 'bt-2011-04-01']),
  zoom: { min: 5, max: 12 },
};
const all = [...rules.sources];

describe('parseHash', () => {
  test('reads every field of a well-formed hash', () => {
    expect(parseHash('#day=2011-03-30&place=brega&sources=nyt-2011-03-30&map=30.9/18.2/7&reader=bt-2011-04-01', rules)).toEqual({
      day: '2011-03-30',
      place: 'brega',
      sources: ['nyt-2011-03-30'],
      center: [30.9, 18.2],
      zoom: 7,
      reader: 'bt-2011-04-01',
    });
  });

  test('leaves out a day that is not on the calendar or outside the slider', () => {
    expect(parseHash('#day=2011-02-30', rules)).toEqual({});
    expect(parseHash('#day=2011-05-01', rules)).toEqual({});
  });

  test('reads the day to compare with, and leaves it out as it leaves out a bad day', () => {
    expect(parseHash('#day=2011-03-31&compare=2011-03-28', rules)).toEqual({ day: '2011-03-31', compare: '2011-03-28' });
    for (const bad of ['2011-02-30', '2011-05-01', '28-03-2011', '%E0%A4%A', encodeURIComponent('<b>2011-03-28</b>')]) {
      expect(parseHash(`#day=2011-03-31&compare=${bad}`, rules)).toEqual({ day: '2011-03-31' });
    }
  });

  test('leaves out places and sources it does not know, and markup in any field', () => {
    const hostile = encodeURIComponent('<script>alert(1)</script>');
    expect(parseHash(`#place=${hostile}&reader=${hostile}&sources=${hostile}`, rules)).toEqual({});
  });

  test('keeps the known sources of a list, sorted and without repeats, and drops the rest', () => {
    expect(parseHash('#sources=nyt-2011-03-30,nope,bt-2011-04-01,nyt-2011-03-30', rules)).toEqual({
      sources: ['bt-2011-04-01', 'nyt-2011-03-30'],
    });
  });

  test('leaves out a map view with a zoom out of range or coordinates off the globe', () => {
    expect(parseHash('#map=30/18/20', rules)).toEqual({});
    expect(parseHash('#map=95/18/7', rules)).toEqual({});
    expect(parseHash('#map=NaN/Infinity/7', rules)).toEqual({});
  });

  test('leaves out a value with broken percent-encoding instead of throwing', () => {
    expect(parseHash('#place=%E0%A4%A', rules)).toEqual({});
  });

  test('never throws, and whatever it returns is valid under the rules', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (hash) => {
        const view = parseHash(hash, rules);
        if (view.day !== undefined) expect(view.day >= rules.days.start && view.day <= rules.days.end).toBe(true);
        if (view.compare) expect(view.compare >= rules.days.start && view.compare <= rules.days.end).toBe(true);
        if (view.place !== undefined) expect(rules.places.has(view.place!)).toBe(true);
        if (view.reader !== undefined) expect(rules.sources.has(view.reader!)).toBe(true);
        for (const id of view.sources ?? []) expect(rules.sources.has(id)).toBe(true);
      }),
    );
  });
});

describe('formatHash', () => {
  const view: ViewState = {
    day: '2011-03-30' as Day,
    compare: null,
    place: 'ras_lanuf',
    sources: ['nyt-2011-03-30'],
    center: [30.912345, 18.2],
    zoom: 7,
    reader: null,
  };

  test('writes the day, the place, the sources and the map view rounded to four decimals', () => {
    expect(formatHash(view, all)).toBe('#day=2011-03-30&place=ras_lanuf&sources=nyt-2011-03-30&map=30.9123/18.2/7');
  });

  test('writes the compared day after the day, and nothing while no day is compared', () => {
    expect(formatHash({ ...view, compare: '2011-03-28' as Day }, all)).toMatch(/^#day=2011-03-30&compare=2011-03-28&place=/);
    expect(formatHash(view, all)).not.toContain('compare');
  });

  test('leaves the sources out while every source is on', () => {
    expect(formatHash({ ...view, sources: [...all].sort() }, all)).toBe('#day=2011-03-30&place=ras_lanuf&map=30.9123/18.2/7');
  });

  test('a formatted view parses back to itself', () => {
    const views = fc.record({
      day: fc.integer({ min: 17, max: 31 }).map((d) => `2011-03-${String(d).padStart(2, '0')}` as Day),
      compare: fc.option(fc.integer({ min: 17, max: 31 }).map((d) => `2011-03-${String(d).padStart(2, '0')}` as Day)),
      place: fc.constantFrom(null, 'brega', 'ras_lanuf'),
      sources: fc.subarray([...all].sort(), { minLength: 1 }),
      center: fc.tuple(
        fc.integer({ min: -850_000, max: 850_000 }).map((n) => n / 10_000),
        fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 10_000),
      ),
      zoom: fc.integer({ min: 5, max: 12 }),
      reader: fc.constantFrom(null, 'nyt-2011-03-30'),
    });
    fc.assert(
      fc.property(views, (v) => {
        const defaults: ViewState = { ...v, compare: null, place: null, reader: null, sources: [...all].sort() };
        expect({ ...defaults, ...parseHash(formatHash(v, all), rules) }).toEqual(v);
      }),
    );
  });
});

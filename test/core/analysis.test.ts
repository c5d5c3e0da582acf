import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyse, frontlineAt, frontsAt, prepare, stretchesAt, type Analysis } from '../../src/core/analysis.ts';
import { addDays } from '../../src/core/dates.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { frontlineOn } from '../../src/core/frontline.ts';
import { stateAt } from '../../src/core/timeline.ts';
import type { Day, Interval } from '../../src/core/types.ts';
import { tinyDataset } from './fixtures/tiny.ts';

const d = (s: string): Day => s as Day;

describe('prepare', () => {
  it('finds the mentions in every source', () => {
    const prepared = prepare(tinyDataset());
    expect(prepared.mentions.map((m) => `${m.source}:${m.place}`)).toEqual([
      'one:easton', 'one:midville', 'two:midville', 'two:weston', 'two:easton',
    ]);
  });

  it('measures the places near the highway and leaves out the rest', () => {
    expect([...prepare(tinyDataset()).km.keys()]).toEqual(['easton', 'midville', 'weston']);
  });

  it('measures nothing without a highway', () => {
    expect(prepare({ ...tinyDataset(), highway: null }).km.size).toBe(0);
  });

  it('lists the places on the road in road order, as indices into the dataset’s places', () => {
    const prepared = prepare(tinyDataset());
    expect(prepared.roadOrder.map((i) => prepared.dataset.places[i]!.id)).toEqual(['easton', 'midville', 'weston']);
  });

  it('names every place by its id', () => {
    expect(prepare(tinyDataset()).names.get('midville')).toBe('Midville');
  });
});

describe('analyse', () => {
  it('draws on every source by default', () => {
    const analysis = analyse(prepare(tinyDataset()));
    expect([analysis.sources.map((s) => s.id), analysis.claims.map((c) => c.id)]).toEqual([['one', 'two'], ['c1', 'c2', 'c3']]);
  });

  it('keeps only the claims of enabled sources', () => {
    const analysis = analyse(prepare(tinyDataset()), { sources: new Set(['one']) });
    expect([...analysis.claimsById.keys()]).toEqual(['c1']);
  });

  it('drops a before from a disabled source and keeps its claim', () => {
    const analysis = analyse(prepare(tinyDataset()), { sources: new Set(['two']) });
    const c2 = analysis.claimsById.get('c2')!;
    expect([c2.side, c2.before]).toEqual(['government', undefined]);
  });

  it('does not change the dataset’s claims when it drops a before', () => {
    const prepared = prepare(tinyDataset());
    analyse(prepared, { sources: new Set(['two']) });
    expect(prepared.dataset.claims[1]!.before?.side).toBe('rebel');
  });

  it('groups the mentions of enabled sources by place', () => {
    const analysis = analyse(prepare(tinyDataset()), { sources: new Set(['two']) });
    expect([...analysis.mentionsByPlace].map(([place, list]) => [place, list.length])).toEqual([
      ['midville', 1], ['weston', 1], ['easton', 1],
    ]);
  });

  it('spans the timeline from the earliest before.since to the latest publication day', () => {
    expect(analyse(prepare(tinyDataset())).timeline.domain).toEqual({ start: '2011-03-26', end: '2011-03-31' });
  });

  it('keeps the timeline’s domain when sources are toggled', () => {
    const prepared = prepare(tinyDataset());
    expect(analyse(prepared, { sources: new Set() }).timeline.domain).toEqual(analyse(prepared).timeline.domain);
  });

  it('passes staleAfterDays to the timeline', () => {
    expect(analyse(prepare(tinyDataset()), { staleAfterDays: 1 }).timeline.staleAfterDays).toBe(1);
  });

  it('gives the fronts of every day of the domain', () => {
    const analysis = analyse(prepare(tinyDataset()));
    expect(analysis.fronts.map((f) => f.day)).toEqual(['2011-03-26', '2011-03-27', '2011-03-28', '2011-03-29', '2011-03-30', '2011-03-31']);
  });

  it('has no fronts without a highway', () => {
    expect(analyse(prepare({ ...tinyDataset(), highway: null })).fronts).toEqual([]);
  });

  it('refuses a dataset without a single day to show', () => {
    expect(() => analyse(prepare({ ...tinyDataset(), sources: [], claims: [] }))).toThrow(RangeError);
  });
});

describe('frontlineAt', () => {
  it('draws the front line of the day from the analysis', () => {
    const analysis = analyse(prepare(tinyDataset()));
    const { dataset, km, timeline, claimsById } = analysis;
    const day = d('2011-03-29');
    const names = new Map(dataset.places.map((p) => [p.id, p.name]));
    expect(frontlineAt(analysis, day)).toEqual(frontlineOn(dataset.highway!, km, stateAt(timeline, day), claimsById, day, { names }));
  });

  it('places the front by the claim of the day that says where it is', () => {
    const front = frontlineAt(analyse(prepare(tinyDataset())), d('2011-03-29')).fronts[0]!;
    expect([front.id, front.east, front.west, front.placedBy]).toEqual(['east', 'easton', 'midville', 'c2']);
  });

  it('draws nothing without a highway', () => {
    const line = frontlineAt(analyse(prepare({ ...tinyDataset(), highway: null })), d('2011-03-29'));
    expect([line.segments, line.fronts]).toEqual([[], []]);
  });
});

describe('the real data', () => {
  async function real(): Promise<Analysis> {
    const { dataset } = await loadDataset(async (path) => {
      try {
        return await readFile(`geo/${path}`, 'utf8');
      } catch {
        return null;
      }
    });
    return analyse(prepare(dataset));
  }

  const at = (analysis: Analysis, place: string, day: string): Interval =>
    stateAt(analysis.timeline, d(day))[analysis.timeline.places.indexOf(place)]!;

  function daysOf(analysis: Analysis): Day[] {
    const days: Day[] = [];
    for (let day = analysis.timeline.domain.start; day <= analysis.timeline.domain.end; day = addDays(day, 1)) days.push(day);
    return days;
  }

  it('reaches the last publication day, 1 April', async () => {
    expect((await real()).timeline.domain.end).toBe('2011-04-01');
  });

  it.each(['ras_lanuf', 'bin_jawad'])('has %s rebel, uncertain, on 28 March', async (place) => {
    const interval = at(await real(), place, '2011-03-28');
    expect([interval.state, interval.uncertain]).toEqual(['rebel', true]);
  });

  it.each(['ras_lanuf', 'bin_jawad'])('has %s government on 30 and 31 March', async (place) => {
    const analysis = await real();
    expect([at(analysis, place, '2011-03-30').state, at(analysis, place, '2011-03-31').state]).toEqual(['government', 'government']);
  });

  it('has Brega government on 30 March', async () => {
    expect(at(await real(), 'brega', '2011-03-30').state).toBe('government');
  });

  it('has Ajdabiya rebel on every day from its retaking to 1 April', async () => {
    const analysis = await real();
    const retaking = analysis.claims.filter(
      (c) => c.place === 'ajdabiya' && c.side === 'rebel' && ['captured', 'retook', 'entered'].includes(c.event),
    );
    expect(retaking.length).toBeGreaterThan(0);
    const from = retaking.map((c) => c.date).sort()[0]!;
    const days = daysOf(analysis).filter((day) => day >= from && day <= '2011-04-01');
    expect(days.map((day) => [day, at(analysis, 'ajdabiya', day).state])).toEqual(days.map((day) => [day, 'rebel']));
  });

  it('has Benghazi rebel on every day it has a reported state', async () => {
    const analysis = await real();
    const states = daysOf(analysis).map((day) => at(analysis, 'benghazi', day).state).filter((s) => s !== 'no-report');
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(['rebel']));
  });

  it('has Sirte government', async () => {
    const analysis = await real();
    const states = daysOf(analysis).map((day) => at(analysis, 'sirte', day).state).filter((s) => s !== 'no-report');
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(['government']));
  });

  it('puts the eastern front between Ajdabiya and Brega on 31 March', async () => {
    const analysis = await real();
    const east = frontlineAt(analysis, d('2011-03-31')).fronts.find((f) => f.id === 'east');
    expect(east).toBeDefined();
    expect(east!.km).toBeGreaterThanOrEqual(analysis.km.get('ajdabiya')!.km);
    expect(east!.km).toBeLessThanOrEqual(analysis.km.get('brega')!.km);
  });

  it('gives Misrata a front of its own wherever it is held by rebels or contested', async () => {
    const analysis = await real();
    const days = daysOf(analysis).filter((day) => ['rebel', 'contested'].includes(at(analysis, 'misrata', day).state));
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) {
      const ids = frontlineAt(analysis, day).fronts.filter((f) => f.east === 'misrata' || f.west === 'misrata').map((f) => f.id);
      expect([day, ids[0]]).toEqual([day, 'misrata']);
    }
  });
});

describe('frontsAt, frontlineAt and stretchesAt', () => {
  it('give what frontlineOn works out from the day\'s states, on every day in and just outside the domain', () => {
    const analysis = analyse(prepare(tinyDataset()));
    expect(analysis.fronts.some((d) => d.fronts.length > 0)).toBe(true);
    const { start, end } = analysis.timeline.domain;
    for (let day = addDays(start, -2); day <= addDays(end, 2); day = addDays(day, 1)) {
      const direct = frontlineOn(analysis.dataset.highway!, analysis.km, stateAt(analysis.timeline, day), analysis.claimsById, day, {
        names: analysis.names,
      });
      expect(frontlineAt(analysis, day), day).toEqual(direct);
      expect(frontsAt(analysis, day), day).toEqual(direct.fronts);
      const segments = direct.segments.map(({ fromKm, toKm, control }) => ({ fromKm, toKm, control }));
      expect(stretchesAt(analysis, day), day).toEqual({ ...direct, segments });
    }
  });
});


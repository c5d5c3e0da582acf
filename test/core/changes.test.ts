import { readFile } from 'node:fs/promises';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { analyse, prepare, type Analysis } from '../../src/core/analysis.ts';
import { changedPlaces, changedStretches, changesBetween, frontMoves } from '../../src/core/changes.ts';
import { changesCollection } from '../../src/core/changesexport.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { serialize } from '../../src/core/export.ts';
import { CONTROL_COLOURS } from '../../src/core/palette.ts';
import type { Dataset, Day, Front, Interval, Stretch } from '../../src/core/types.ts';
import { tinyDataset } from './fixtures/tiny.ts';
import { expectGolden } from './golden.ts';

const d = (s: string): Day => s as Day;

/** The tiny dataset with two places off the road that a claim speaks of, named out of id order. */
function withOffRoad(): Dataset {
  const data = tinyDataset();
  const far = data.places.find((p) => p.id === 'farplace')!;
  data.places.push({ ...far, id: 'a_bay', name: 'Bayside', coordinates: [19.4, 31.1] });
  for (const place of ['farplace', 'a_bay']) {
    data.claims.push({
      id: `held-${place}`, place, side: 'rebel', date: d('2011-03-30'), precision: 'day', event: 'held', source: 'two',
      quote: 'Weston and Easton were calm', claimant: 'reporter', resolvedFrom: 'were', reviewed: false,
    });
  }
  return data;
}

const tiny = (data: Dataset = tinyDataset()): Analysis => analyse(prepare(data));

async function real(): Promise<Analysis> {
  const { dataset } = await loadDataset(async (path) => readFile(`geo/${path}`, 'utf8').catch(() => null));
  return analyse(prepare(dataset));
}

const interval = (place: string, state: Interval['state']): Interval => ({
  place, state, start: d('2011-03-01'), end: d('2011-03-02'), claims: [], uncertain: false, stale: false,
});

const front = (id: string, km: number): Front => ({
  id, label: id, fromKm: km - 1, toKm: km + 1, km, point: [20, 30], placedBy: null, east: 'a', west: 'b',
});

describe('changedPlaces', () => {
  it('gives the indices of the places whose state differs, and only those', () => {
    const before = [interval('a', 'rebel'), interval('b', 'government'), interval('c', 'no-report')];
    const after = [{ ...interval('a', 'rebel'), stale: true }, interval('b', 'rebel'), interval('c', 'contested')];
    expect(changedPlaces(before, after)).toEqual([1, 2]);
  });
});

describe('changedStretches', () => {
  it('gives each run of km where the control differs, with what it was and what it became', () => {
    const before: Stretch[] = [{ fromKm: 0, toKm: 10, control: 'rebel' }, { fromKm: 10, toKm: 20, control: 'front' }];
    const after: Stretch[] = [{ fromKm: 5, toKm: 15, control: 'rebel' }, { fromKm: 15, toKm: 30, control: 'government' }];
    expect(changedStretches(before, after)).toEqual([
      { fromKm: 0, toKm: 5, from: 'rebel', to: null },
      { fromKm: 10, toKm: 15, from: 'front', to: 'rebel' },
      { fromKm: 15, toKm: 20, from: 'front', to: 'government' },
      { fromKm: 20, toKm: 30, from: null, to: 'government' },
    ]);
  });

  it('joins neighbouring runs of the same change, even across the two days’ own cuts', () => {
    const before: Stretch[] = [{ fromKm: 0, toKm: 10, control: 'rebel' }, { fromKm: 10, toKm: 20, control: 'rebel' }];
    const after: Stretch[] = [{ fromKm: 0, toKm: 5, control: 'government' }, { fromKm: 5, toKm: 20, control: 'government' }];
    expect(changedStretches(before, after)).toEqual([{ fromKm: 0, toKm: 20, from: 'rebel', to: 'government' }]);
  });

  it('finds nothing between a day and itself', () => {
    const stretches: Stretch[] = [{ fromKm: 0, toKm: 10, control: 'rebel' }, { fromKm: 12, toKm: 20, control: 'front' }];
    expect(changedStretches(stretches, stretches)).toEqual([]);
  });
});

describe('frontMoves', () => {
  it('pairs the fronts of the two days by id and says how far and which way each moved', () => {
    const moves = frontMoves([front('east', 475.5), front('gone', 600)], [front('east', 231.3), front('new', 786)]);
    expect(moves.map((m) => [m.id, m.from?.km ?? null, m.to?.km ?? null, m.movedKm, m.direction])).toEqual([
      ['east', 475.5, 231.3, -245, 'east'],
      ['gone', 600, null, null, null],
      ['new', null, 786, null, null],
    ]);
  });

  it('says a front that stayed put moved nowhere', () => {
    expect(frontMoves([front('east', 100)], [front('east', 100.2)])[0]).toMatchObject({ movedKm: 0, direction: 'none' });
  });
});

describe('changesBetween', () => {
  it('lists the places along the highway first, then those off the road by name', () => {
    const changes = changesBetween(tiny(withOffRoad()), d('2011-03-27'), d('2011-03-30'));
    expect(changes.places.map((p) => [p.place, p.from, p.to, p.km === null])).toEqual([
      ['easton', 'no-report', 'rebel', false],
      ['midville', 'rebel', 'government', false],
      ['weston', 'no-report', 'government', false],
      ['a_bay', 'no-report', 'rebel', true],
      ['farplace', 'no-report', 'rebel', true],
    ]);
  });

  it('cites every step from the first day to the second with quote, outlet and date, cut to those days', () => {
    const [, midville] = changesBetween(tiny(), d('2011-03-27'), d('2011-03-30')).places;
    expect(midville!.since).toBe('2011-03-29');
    expect(midville!.steps.map((s) => [s.state, s.start, s.end, s.citations.map((c) => [c.basis, c.quote, c.outlet, c.date])])).toEqual([
      ['rebel', '2011-03-27', '2011-03-28', [['before', 'Midville was quiet', 'The one Times', '2011-03-26']]],
      ['government', '2011-03-29', '2011-03-30', [['claim', 'Government troops took Midville', 'The two Times', '2011-03-29']]],
    ]);
  });

  it('says which claims no person has reviewed, and leaves the flag out where the claim has none', () => {
    const changes = changesBetween(tiny(withOffRoad()), d('2011-03-27'), d('2011-03-30'));
    const last = (place: string) => changes.places.find((p) => p.place === place)!.steps.at(-1)!.citations[0]!;
    expect([last('farplace').reviewed, 'reviewed' in last('weston')]).toEqual([false, false]);
  });

  it('finds nothing between a day and itself', () => {
    const changes = changesBetween(tiny(), d('2011-03-29'), d('2011-03-29'));
    expect([changes.places, changes.stretches, changes.fronts.every((f) => f.movedKm === 0)]).toEqual([[], [], true]);
  });

  it('refuses a second day before the first', () => {
    expect(() => changesBetween(tiny(), d('2011-03-30'), d('2011-03-29'))).toThrow(/2011-03-29 is before 2011-03-30/);
  });

  it('answers for days outside the timeline’s domain with the states stateAt gives there', () => {
    const changes = changesBetween(tiny(), d('2011-03-01'), d('2011-06-01'));
    const easton = changes.places.find((p) => p.place === 'easton')!;
    expect([easton.from, easton.to, easton.steps[0]!.start, easton.steps.at(-1)!.end]).toEqual([
      'no-report', 'rebel', '2011-03-01', '2011-06-01',
    ]);
  });
});

describe('changes from 28 to 31 March 2011, on the real data', () => {
  it('has Ras Lanuf and Bin Jawad go from rebel to government', async () => {
    const { places } = changesBetween(await real(), d('2011-03-28'), d('2011-03-31'));
    const of = (id: string) => places.find((p) => p.place === id);
    expect([of('ras_lanuf')?.from, of('ras_lanuf')?.to, of('bin_jawad')?.from, of('bin_jawad')?.to]).toEqual([
      'rebel', 'government', 'rebel', 'government',
    ]);
  });

  it('lists the changes in km order along the highway', async () => {
    const { places } = changesBetween(await real(), d('2011-03-28'), d('2011-03-31'));
    const kms = places.map((p) => p.km ?? Infinity);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    expect(places.map((p) => p.place)).toEqual(['benghazi', 'brega', 'ras_lanuf', 'bin_jawad', 'misrata', 'tripoli']);
  });

  it('has the eastern front move east', async () => {
    const { fronts } = changesBetween(await real(), d('2011-03-28'), d('2011-03-31'));
    const east = fronts.find((f) => f.id === 'east')!;
    expect(east.to!.km).toBeLessThan(east.from!.km);
    expect([east.direction, east.movedKm]).toEqual(['east', Math.round(east.to!.km) - Math.round(east.from!.km)]);
  });

  it('has the highway from Ras Lanuf to Bin Jawad change from rebel to government', async () => {
    const analysis = await real();
    const { stretches } = changesBetween(analysis, d('2011-03-28'), d('2011-03-31'));
    const [rasLanuf, binJawad] = [analysis.km.get('ras_lanuf')!.km, analysis.km.get('bin_jawad')!.km];
    const covering = stretches.find((s) => s.fromKm <= rasLanuf && binJawad <= s.toKm);
    expect([covering?.from, covering?.to]).toEqual(['rebel', 'government']);
  });
});

describe('changesCollection', () => {
  it('is valid GeoJSON that says which days and sources it compares', () => {
    const fc = changesCollection(tiny(), d('2011-03-27'), d('2011-03-30'));
    expect(() => check(serialize(fc))).not.toThrow();
    expect(fc.frontline).toEqual({ kind: 'changes', from: '2011-03-27', to: '2011-03-30', sources: ['one', 'two'] });
  });

  it('gives a Point per changed place coloured by its state on the second day, a line per changed stretch, a Point per front per day', () => {
    const fc = changesCollection(tiny(), d('2011-03-27'), d('2011-03-30'));
    const kinds = (kind: string) => fc.features.filter((f) => f.properties?.kind === kind).map((f) => f.properties!);
    expect(kinds('change').map((p) => [p.place, p.from, p.to, p['marker-color']])).toEqual([
      ['easton', 'no-report', 'rebel', CONTROL_COLOURS.rebel],
      ['midville', 'rebel', 'government', CONTROL_COLOURS.government],
      ['weston', 'no-report', 'government', CONTROL_COLOURS.government],
    ]);
    expect(kinds('stretch-change').map((p) => [p.from, p.to, p.stroke])).toContainEqual([null, 'front', CONTROL_COLOURS.front]);
    // No front on the 27th: the rebels held every reported place.
    expect(kinds('front').map((p) => [p.id, p.day, p.movedKm])).toEqual([['east', '2011-03-30', null]]);
  });

  it('gives a front there on both days a Point on each, with how far it moved', () => {
    const fc = changesCollection(tiny(), d('2011-03-29'), d('2011-03-30'));
    const fronts = fc.features.filter((f) => f.properties?.kind === 'front').map((f) => f.properties!);
    expect(fronts.map((p) => [p.id, p.day, p.direction])).toEqual([['east', '2011-03-29', 'none'], ['east', '2011-03-30', 'none']]);
  });

  it('matches the golden file for 28 to 31 March, and its bytes survive a round trip', async () => {
    const text = serialize(changesCollection(await real(), d('2011-03-28'), d('2011-03-31')));
    expect(() => check(text)).not.toThrow();
    expect(serialize(JSON.parse(text))).toBe(text);
    await expectGolden('test/golden/export/changes-2011-03-28-2011-03-31.geojson', text);
  });
});

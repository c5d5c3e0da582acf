import { along, distance, lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { frontHistory, frontlineOn, measurePlaces, roadOrder } from '../../src/core/frontline.ts';
import { roundLonLat } from '../../src/core/precision.ts';
import { buildTimeline, stateAt } from '../../src/core/timeline.ts';
import type { Claim, ControlState, Day, Highway, Interval, LonLat, Place, PlaceKm } from '../../src/core/types.ts';

const DAY = '2011-03-30' as Day;

/** A straight road along the 30th parallel, westward from 20°E in 0.01° steps (about 193 km). */
function highway(): Highway {
  const coordinates: LonLat[] = [];
  for (let i = 0; i <= 200; i += 1) coordinates.push([Number((20 - i * 0.01).toFixed(2)), 30]);
  return { coordinates, properties: {} };
}

const onRoad = (km: number): LonLat => along(lineString(highway().coordinates), km, { units: 'kilometers' }).geometry.coordinates as LonLat;

function place(id: string, coordinates: LonLat): Place {
  return { id, name: id.toUpperCase(), aliases: [], kind: 'town', geonames: null, coordSource: 'test', approximate: false, coordinates };
}

function kms(entries: Record<string, number>): Map<string, PlaceKm> {
  return new Map(Object.entries(entries).map(([id, km]) => [id, { km, offsetKm: 0 }]));
}

function state(place: string, s: ControlState, claims: string[] = []): Interval {
  return { place, state: s, start: '2011-03-28' as Day, end: DAY, claims, uncertain: false, stale: false };
}

function frontClaim(id: string, place: string, date: string): Claim {
  return {
    id, place, side: 'government', date: date as Day, precision: 'day', event: 'held', source: 's', quote: 'q',
    claimant: 'reporter', resolvedFrom: 'today', front: true,
  };
}

const byId = (...claims: Claim[]): Map<string, Claim> => new Map(claims.map((c) => [c.id, c]));
const zones = (line: { segments: { fromKm: number; toKm: number; control: string }[] }) =>
  line.segments.map((s) => [s.fromKm, s.toKm, s.control]);

describe('measurePlaces', () => {
  it('measures a place on the road by its distance along the road from the first vertex', () => {
    const km = measurePlaces(highway(), [place('a', onRoad(50))]);
    expect(km.get('a')!.km).toBeCloseTo(50, 2);
  });

  it('measures how far off the road a place lies', () => {
    const off: LonLat = [19.5, 30.1];
    const km = measurePlaces(highway(), [place('a', off)]);
    expect(km.get('a')!.offsetKm).toBeCloseTo(distance(off, [19.5, 30], { units: 'kilometers' }), 2);
  });

  it('leaves out places farther from the road than maxOffsetKm', () => {
    const places = [place('near', [19.5, 30.2]), place('far', [19.5, 30.5])];
    expect([...measurePlaces(highway(), places).keys()]).toEqual(['near']);
  });

  it('honours a maxOffsetKm option', () => {
    const places = [place('far', [19.5, 30.5])];
    expect(measurePlaces(highway(), places, { maxOffsetKm: 60 }).has('far')).toBe(true);
  });
});

describe('frontlineOn', () => {
  it('draws one segment of a side between places that side holds', () => {
    const line = frontlineOn(highway(), kms({ a: 10, b: 40 }), [state('a', 'rebel'), state('b', 'rebel')], byId(), DAY);
    expect([zones(line), line.fronts]).toEqual([[[10, 40, 'rebel']], []]);
  });

  it('draws nothing east of the first or west of the last reported place', () => {
    const states = [state('x', 'no-report'), state('a', 'rebel'), state('b', 'rebel'), state('y', 'no-report')];
    const line = frontlineOn(highway(), kms({ x: 0, a: 10, b: 40, y: 90 }), states, byId(), DAY);
    expect(zones(line)).toEqual([[10, 40, 'rebel']]);
  });

  it('leaves out places that have no km', () => {
    const line = frontlineOn(highway(), kms({ a: 10, b: 40 }), [state('a', 'rebel'), state('off', 'government'), state('b', 'rebel')], byId(), DAY);
    expect(zones(line)).toEqual([[10, 40, 'rebel']]);
  });

  it('gives segments the road between their kilometres', () => {
    const line = frontlineOn(highway(), kms({ a: 10, b: 40 }), [state('a', 'rebel'), state('b', 'rebel')], byId(), DAY);
    const coordinates = line.segments[0]!.coordinates;
    expect([coordinates[0], coordinates.at(-1)]).toEqual([roundLonLat(onRoad(10)), roundLonLat(onRoad(40))]);
  });

  it('draws a front zone between government and rebel places, its point in the middle', () => {
    const line = frontlineOn(highway(), kms({ a: 10, b: 50 }), [state('a', 'rebel'), state('b', 'government')], byId(), DAY);
    expect(zones(line)).toEqual([[10, 50, 'front']]);
    expect(line.fronts).toEqual([
      { id: 'east', label: 'Eastern front', fromKm: 10, toKm: 50, km: 30, point: roundLonLat(onRoad(30)), placedBy: null, east: 'a', west: 'b' },
    ]);
  });

  it('places the front at the place of a front claim dated that day inside the zone', () => {
    const states = [state('a', 'rebel'), state('c', 'no-report'), state('b', 'government')];
    const line = frontlineOn(highway(), kms({ a: 10, c: 20, b: 50 }), states, byId(frontClaim('f1', 'c', DAY)), DAY);
    expect([line.fronts[0]!.km, line.fronts[0]!.placedBy]).toEqual([20, 'f1']);
  });

  it('places the front by an older front claim that supports a bounding place’s current state', () => {
    const states = [state('a', 'rebel'), state('b', 'government', ['f2'])];
    const line = frontlineOn(highway(), kms({ a: 10, b: 50 }), states, byId(frontClaim('f2', 'b', '2011-03-28')), DAY);
    expect([line.fronts[0]!.km, line.fronts[0]!.placedBy]).toEqual([50, 'f2']);
  });

  it('ignores a front claim at a place outside the zone', () => {
    const states = [state('a', 'rebel'), state('b', 'government')];
    const line = frontlineOn(highway(), kms({ a: 10, b: 50, d: 70 }), states, byId(frontClaim('f3', 'd', DAY)), DAY);
    expect([line.fronts[0]!.km, line.fronts[0]!.placedBy]).toEqual([30, null]);
  });

  it('ignores a front claim of another day that no current state rests on', () => {
    const states = [state('a', 'rebel'), state('b', 'government')];
    const line = frontlineOn(highway(), kms({ a: 10, b: 50 }), states, byId(frontClaim('f4', 'b', '2011-03-20')), DAY);
    expect(line.fronts[0]!.placedBy).toBeNull();
  });

  it('makes a contested place a front of its own, the stretches beside it taking the neighbouring sides', () => {
    const states = [state('a', 'rebel'), state('c', 'contested'), state('b', 'government')];
    const line = frontlineOn(highway(), kms({ a: 10, c: 40, b: 80 }), states, byId(), DAY);
    expect(zones(line)).toEqual([[10, 35, 'rebel'], [35, 45, 'contested'], [45, 80, 'government']]);
    expect(line.fronts.map((f) => [f.id, f.fromKm, f.toKm, f.km, f.east, f.west])).toEqual([['east', 40, 40, 40, 'c', 'c']]);
  });

  it('cites a front claim of the day at a contested place as what placed its front', () => {
    const states = [state('a', 'rebel'), state('c', 'contested'), state('b', 'government')];
    const line = frontlineOn(highway(), kms({ a: 10, c: 40, b: 80 }), states, byId(frontClaim('f5', 'c', DAY)), DAY);
    expect([line.fronts[0]!.km, line.fronts[0]!.placedBy]).toEqual([40, 'f5']);
  });

  it('keeps a contested place’s stretch within halfway to its neighbours', () => {
    const states = [state('a', 'rebel'), state('c', 'contested')];
    const line = frontlineOn(highway(), kms({ a: 10, c: 14 }), states, byId(), DAY);
    expect(zones(line)).toEqual([[10, 12, 'rebel'], [12, 14, 'contested']]);
  });

  it('honours a contestedRadiusKm option', () => {
    const states = [state('a', 'rebel'), state('c', 'contested'), state('b', 'rebel')];
    const line = frontlineOn(highway(), kms({ a: 10, c: 40, b: 80 }), states, byId(), DAY, { contestedRadiusKm: 2 });
    expect(zones(line)).toEqual([[10, 38, 'rebel'], [38, 42, 'contested'], [42, 80, 'rebel']]);
  });

  it('draws the stretch between two contested places contested', () => {
    const states = [state('c', 'contested'), state('d', 'contested')];
    const line = frontlineOn(highway(), kms({ c: 10, d: 40 }), states, byId(), DAY);
    expect(zones(line)).toEqual([[10, 40, 'contested']]);
  });

  it('names a rebel enclave’s front after the enclave instead of joining it to the eastern front', () => {
    const states = [state('a', 'rebel'), state('b', 'government'), state('m', 'rebel')];
    const names = new Map([['m', 'Misrata']]);
    const line = frontlineOn(highway(), kms({ a: 10, b: 50, m: 120 }), states, byId(), DAY, { names });
    expect(line.fronts.map((f) => [f.id, f.label, f.east, f.west])).toEqual([
      ['east', 'Eastern front', 'a', 'b'],
      ['m', 'Misrata', 'b', 'm'],
    ]);
  });

  it('tells the west side of an enclave apart from its east side', () => {
    const states = [state('b', 'government'), state('m', 'rebel'), state('z', 'government')];
    const line = frontlineOn(highway(), kms({ b: 50, m: 120, z: 160 }), states, byId(), DAY, { names: new Map([['m', 'Misrata']]) });
    expect(line.fronts.map((f) => [f.id, f.label])).toEqual([['m', 'Misrata'], ['m-west', 'Misrata (west)']]);
  });

  it('does not call the first front eastern where government holds the road east of it', () => {
    const states = [state('a', 'government'), state('b', 'rebel')];
    const line = frontlineOn(highway(), kms({ a: 10, b: 50 }), states, byId(), DAY);
    expect([line.fronts[0]!.id, line.fronts[0]!.label]).toEqual(['b', 'b']);
  });

  it('lists fronts in km order', () => {
    const states = [state('z', 'government'), state('m', 'rebel'), state('b', 'government'), state('a', 'rebel')];
    const line = frontlineOn(highway(), kms({ a: 10, b: 50, m: 120, z: 160 }), states, byId(), DAY);
    const positions = line.fronts.map((f) => f.km);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });
});

describe('frontHistory', () => {
  function timeline() {
    const claim = (id: string, p: string, side: Claim['side'], date: string): Claim => ({
      ...frontClaim(id, p, date), side, front: false,
    });
    return buildTimeline(
      [claim('c1', 'a', 'rebel', '2011-03-27'), claim('c2', 'b', 'government', '2011-03-28'), claim('c3', 'b', 'rebel', '2011-03-30')],
      ['a', 'b'],
    );
  }

  it('gives one entry per day of the domain, in day order', () => {
    const history = frontHistory(highway(), kms({ a: 10, b: 50 }), timeline(), byId());
    expect(history.map((h) => h.day)).toEqual(['2011-03-27', '2011-03-28', '2011-03-29', '2011-03-30']);
  });

  it('gives each day the fronts frontlineOn draws for that day', () => {
    const t = timeline();
    const history = frontHistory(highway(), kms({ a: 10, b: 50 }), t, byId());
    for (const { day, fronts } of history) {
      expect(fronts).toEqual(frontlineOn(highway(), kms({ a: 10, b: 50 }), stateAt(t, day), byId(), day).fronts);
    }
  });
});

describe('roadOrder', () => {
  it('lists the measured places by km, then by id, and leaves out the rest', () => {
    expect(roadOrder(kms({ c: 20, b: 5, a: 20 }), ['c', 'off', 'b', 'a'])).toEqual([2, 3, 0]);
  });
});

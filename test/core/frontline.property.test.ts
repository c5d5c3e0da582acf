import { along, length, lineSliceAlong, lineString, nearestPointOnLine, point } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontHistory, frontlineOn, measurePlaces } from '../../src/core/frontline.ts';
import { roundLonLat, roundTo } from '../../src/core/precision.ts';
import { buildTimeline, stateAt } from '../../src/core/timeline.ts';
import type { Claim, Day, Highway, Interval, LonLat, Place, PlaceKm, Side } from '../../src/core/types.ts';

const KM = { units: 'kilometers' } as const;
const SIDES = ['government', 'rebel', 'contested'] as const;

/** A road that runs west, turns and comes back east a little farther south, with uneven vertices. */
function windingRoad(): Highway {
  const coordinates: LonLat[] = [];
  for (let i = 0; i <= 40; i += 1) coordinates.push([20 - i * 0.025, 30 + 0.02 * Math.sin(i)]);
  for (let i = 1; i <= 5; i += 1) coordinates.push([19 - 0.01 * Math.sin(i), 30 - 0.03 * i]);
  for (let i = 1; i <= 40; i += 1) coordinates.push([19 + i * 0.025, 29.85 + 0.02 * Math.cos(i)]);
  return { coordinates: coordinates.map(([lon, lat]): LonLat => [roundTo(lon, 5), roundTo(lat, 5)]), properties: {} };
}

const ROAD_KM = Math.floor(length(lineString(windingRoad().coordinates), KM));

function place(id: string, coordinates: LonLat): Place {
  return { id, name: id, aliases: [], kind: 'town', geonames: null, coordSource: 'test', approximate: false, coordinates };
}

function state(place: string, s: Interval['state'], claims: string[] = []): Interval {
  return { place, state: s, start: '2011-03-01' as Day, end: '2011-03-01' as Day, claims, uncertain: false, stale: false };
}

const day = (n: number): Day => new Date(Date.UTC(2011, 2, 1 + n)).toISOString().slice(0, 10) as Day;

describe('measurePlaces (property)', () => {
  it('measures every place as turf’s nearestPointOnLine does over the whole road', () => {
    const highway = windingRoad();
    const road = lineString(highway.coordinates);
    const spot = fc.oneof(
      fc.tuple(fc.double({ min: 18.9, max: 20.1, noNaN: true }), fc.double({ min: 29.7, max: 30.2, noNaN: true })),
      fc.constantFrom(...highway.coordinates),
    );
    fc.assert(
      fc.property(fc.array(spot, { minLength: 1, maxLength: 20 }), (spots) => {
        const places = spots.map((at, i) => place(`p${i}`, at as LonLat));
        const expected = places.map((p) => {
          const { totalDistance, pointDistance } = nearestPointOnLine(road, point(p.coordinates), KM).properties;
          return [p.id, { km: roundTo(totalDistance, 3), offsetKm: roundTo(pointDistance, 3) }];
        });
        expect([...measurePlaces(highway, places, { maxOffsetKm: Infinity })]).toEqual(expected);
      }),
    );
  });
});

describe('frontlineOn (property)', () => {
  const kmArb = fc.oneof(fc.integer({ min: 0, max: ROAD_KM * 1000 }).map((m) => m / 1000), fc.constantFrom(0, 2.5, 57.3));
  const stopsArb = fc.array(fc.record({ km: kmArb, state: fc.constantFrom(...SIDES) }), { minLength: 1, maxLength: 12 });

  const highway = windingRoad();
  const road = lineString(highway.coordinates);
  const lineFor = (stops: { km: number; state: Side }[]) => {
    const km = new Map<string, PlaceKm>(stops.map((s, i) => [`p${i}`, { km: s.km, offsetKm: 0 }]));
    return frontlineOn(highway, km, stops.map((s, i) => state(`p${i}`, s.state)), new Map(), day(0));
  };

  it('cuts each segment from the road as turf’s lineSliceAlong does', () => {
    fc.assert(
      fc.property(stopsArb, (stops) => {
        for (const s of lineFor(stops).segments) {
          expect(s.coordinates).toEqual(lineSliceAlong(road, s.fromKm, s.toKm, KM).geometry.coordinates.map(roundLonLat));
        }
      }),
    );
  });

  it('puts each front’s point, midway through its zone, where turf’s along does', () => {
    fc.assert(
      fc.property(stopsArb, (stops) => {
        for (const f of lineFor(stops).fronts) {
          expect(f.point).toEqual(roundLonLat(along(road, (f.fromKm + f.toKm) / 2, KM).geometry.coordinates));
        }
      }),
    );
  });
});

describe('frontHistory (property)', () => {
  const claimArb = fc.record({
    place: fc.integer({ min: 0, max: 7 }),
    side: fc.constantFrom(...SIDES),
    date: fc.integer({ min: 0, max: 12 }),
    front: fc.boolean(),
  });

  it('gives every day the fronts frontlineOn draws from stateAt', () => {
    const highway = windingRoad();
    fc.assert(
      fc.property(
        fc.array(claimArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: ROAD_KM }), { minLength: 8, maxLength: 8 }),
        (drawn, kms) => {
          const ids = kms.map((_, i) => `p${i}`);
          // The last place is off the road: it has a state but no km.
          const km = new Map<string, PlaceKm>(kms.slice(0, -1).map((at, i) => [ids[i]!, { km: at, offsetKm: 0 }]));
          const claims = drawn.map((c, i): Claim => ({
            id: `c${i}`, place: ids[c.place]!, side: c.side, date: day(c.date), precision: 'day', event: 'held',
            source: 's', quote: 'q', claimant: 'c', resolvedFrom: 'r', ...(c.front ? { front: true } : {}),
          }));
          const claimsById = new Map(claims.map((c) => [c.id, c]));
          const timeline = buildTimeline(claims, ids);
          for (const { day: on, fronts } of frontHistory(highway, km, timeline, claimsById)) {
            expect(fronts).toEqual(frontlineOn(highway, km, stateAt(timeline, on), claimsById, on).fronts);
          }
        },
      ),
    );
  });
});

/**
 * The highway measured in km from its first vertex (Benghazi): where a point lies along it, the point at a km, the
 * line between two kms. Each function answers exactly what the turf function it names would for the whole highway,
 * but starts from the vertex a binary search finds instead of walking from Benghazi every time.
 */
import { bearing, destination, distance, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Highway, LonLat } from './types.ts';

/** A highway with the km at each vertex, summed segment by segment in the order turf sums them. */
export interface Road {
  coordinates: readonly LonLat[];
  kmAt: number[];
}

const KM = { units: 'kilometers' } as const;
/** Margin on the lower bound in `nearestOnRoad`, in km: far above rounding errors, far below a metre. */
const SLACK_KM = 1e-6;

// Measured once per highway, which the core never mutates.
const roads = new WeakMap<Highway, Road>();

/** The highway with the km at each vertex; computed once per highway. */
export function roadOf(highway: Highway): Road {
  let road = roads.get(highway);
  if (!road) {
    const { coordinates } = highway;
    const kmAt = [0];
    for (let i = 1; i < coordinates.length; i++) {
      kmAt.push(kmAt[i - 1]! + distance(coordinates[i - 1]!, coordinates[i]!, KM));
    }
    road = { coordinates, kmAt };
    roads.set(highway, road);
  }
  return road;
}

/**
 * turf's `nearestPointOnLine(road, at)`, as km along the road and distance from it. No point of a segment is nearer
 * to `at` than the segment's farther end less its length, so a segment whose bound is beyond a point already found
 * is skipped; turf measures the others in road order, and the first of the nearest wins, as in turf.
 */
export function nearestOnRoad({ coordinates, kmAt }: Road, at: LonLat): { km: number; offsetKm: number } {
  const toVertex = coordinates.map((v) => distance(at, v, KM));
  const onSegment = (i: number): { km: number; offsetKm: number } => {
    const line = lineString([coordinates[i]!, coordinates[i + 1]!]);
    const { totalDistance, pointDistance } = nearestPointOnLine(line, point(at), KM).properties;
    return { km: kmAt[i]! + totalDistance, offsetKm: pointDistance };
  };
  const nearestVertex = toVertex.reduce((best, d, i) => (d < toVertex[best]! ? i : best), 0);
  const limit = onSegment(Math.min(nearestVertex, coordinates.length - 2)).offsetKm + SLACK_KM;
  let nearest = { km: 0, offsetKm: Infinity };
  for (let i = 0; i < coordinates.length - 1; i++) {
    if (Math.max(toVertex[i]!, toVertex[i + 1]!) - (kmAt[i + 1]! - kmAt[i]!) > limit) continue;
    const candidate = onSegment(i);
    if (candidate.offsetKm < nearest.offsetKm) nearest = candidate;
  }
  return nearest;
}

/** turf's `along(road, km)`. */
export function pointAlong(road: Road, km: number): LonLat {
  const last = road.coordinates.length - 1;
  const i = firstAtOrPast(road.kmAt, km);
  return i >= last && km >= road.kmAt[last]! ? road.coordinates[last]! : toward(road, i, km);
}

/** turf's `lineSliceAlong(road, from, to)`, for `from < to`. */
export function sliceAlong(road: Road, from: number, to: number): LonLat[] {
  const { coordinates, kmAt } = road;
  const last = coordinates.length - 1;
  const slice: LonLat[] = [];
  for (let i = Math.min(firstAtOrPast(kmAt, from), last); i <= last; i++) {
    if (i === last && from >= kmAt[i]!) {
      if (from > kmAt[i]!) throw new RangeError('Start position is beyond line');
      return [coordinates[last]!, coordinates[last]!];
    }
    if (kmAt[i]! > from && slice.length === 0) slice.push(toward(road, i, from));
    if (kmAt[i]! >= to) return [...slice, toward(road, i, to)];
    if (kmAt[i]! >= from) slice.push(coordinates[i]!);
  }
  return slice;
}

/** The point at `km`, reached back from vertex `i` (the first at or past it) as turf does: by bearing and distance. */
function toward({ coordinates, kmAt }: Road, i: number, km: number): LonLat {
  const overshot = km - kmAt[i]!;
  if (!overshot) return coordinates[i]!;
  const direction = bearing(coordinates[i]!, coordinates[i - 1]!) - 180;
  return destination(coordinates[i]!, overshot, direction, KM).geometry.coordinates as LonLat;
}

/** The first index whose km is at least `km`, or the length where none is. */
function firstAtOrPast(kmAt: readonly number[], km: number): number {
  let lo = 0;
  let hi = kmAt.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kmAt[mid]! >= km) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

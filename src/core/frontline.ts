import { along, lineSliceAlong, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { addDays } from './dates.ts';
import { roundLonLat, roundTo } from './precision.ts';
import { stateAt } from './timeline.ts';
import type {
  Claim, Day, Front, FrontLine, Highway, Interval, Place, PlaceKm, SegmentControl, Side, Timeline,
} from './types.ts';

export interface FrontOptions {
  /** Half the length of highway drawn as contested around a contested place, in km. Default 5. */
  contestedRadiusKm?: number;
  /** Place names by id, for front labels; a place without one is labelled by its id. */
  names?: ReadonlyMap<string, string>;
}

/** The fronts of one day of a timeline. */
export interface FrontDay {
  day: Day;
  fronts: Front[];
}

/** A reported place on the road, in km order. */
interface Stop {
  place: string;
  km: number;
  state: Side;
  claims: readonly string[];
}

type Stretch = Omit<FrontLine['segments'][number], 'coordinates'>;
type Road = Feature<LineString>;

const KM = { units: 'kilometers' } as const;

/**
 * Each place's km along the highway from its first vertex (Benghazi) and its distance from the road, both in km
 * to the metre. Places farther than `maxOffsetKm` (default 30) from the road are left out.
 */
export function measurePlaces(
  highway: Highway,
  places: readonly Place[],
  { maxOffsetKm = 30 }: { maxOffsetKm?: number } = {},
): Map<string, PlaceKm> {
  const road = lineString(highway.coordinates);
  const measured = new Map<string, PlaceKm>();
  for (const place of places) {
    const { totalDistance, pointDistance } = nearestPointOnLine(road, point(place.coordinates), KM).properties;
    if (pointDistance > maxOffsetKm) continue;
    measured.set(place.id, { km: roundTo(totalDistance, 3), offsetKm: roundTo(pointDistance, 3) });
  }
  return measured;
}

/**
 * The highway on `day`, cut into segments by control, and its fronts in km order, from each place's interval on
 * that day (`states`, e.g. from `stateAt`). Nothing is drawn east of the first or west of the last reported place.
 */
export function frontlineOn(
  highway: Highway,
  km: ReadonlyMap<string, PlaceKm>,
  states: readonly Interval[],
  claimsById: ReadonlyMap<string, Claim>,
  day: Day,
  options: FrontOptions = {},
): FrontLine {
  const road = lineString(highway.coordinates);
  const stops = stopsOf(km, states);
  const segments = stretchesOf(stops, options.contestedRadiusKm ?? 5).map((s) => ({
    ...s,
    coordinates: lineSliceAlong(road, s.fromKm, s.toKm, KM).geometry.coordinates.map(roundLonLat),
  }));
  return { day, segments, fronts: frontsOf(road, stops, km, frontClaims(claimsById), day, options) };
}

/** The fronts of every day of the timeline's domain, in day order: one pass, for the chart of fronts over time. */
export function frontHistory(
  highway: Highway,
  km: ReadonlyMap<string, PlaceKm>,
  timeline: Timeline,
  claimsById: ReadonlyMap<string, Claim>,
  options: FrontOptions = {},
): FrontDay[] {
  const road = lineString(highway.coordinates);
  const placing = frontClaims(claimsById);
  const history: FrontDay[] = [];
  for (let day = timeline.domain.start; day <= timeline.domain.end; day = addDays(day, 1)) {
    history.push({ day, fronts: frontsOf(road, stopsOf(km, stateAt(timeline, day)), km, placing, day, options) });
  }
  return history;
}

function stopsOf(km: ReadonlyMap<string, PlaceKm>, states: readonly Interval[]): Stop[] {
  const stops = states.flatMap((s): Stop[] => {
    const at = km.get(s.place);
    return at && s.state !== 'no-report' ? [{ place: s.place, km: at.km, state: s.state, claims: s.claims }] : [];
  });
  return stops.sort((a, b) => a.km - b.km || (a.place < b.place ? -1 : 1));
}

/** A contested place's own stretch: `radius` either side, but never past halfway to its reported neighbours. */
function zoneOf(stops: readonly Stop[], i: number, radius: number): { from: number; to: number } {
  const stop = stops[i]!;
  if (stop.state !== 'contested') return { from: stop.km, to: stop.km };
  const prev = stops[i - 1];
  const next = stops[i + 1];
  return {
    from: prev ? Math.max(stop.km - radius, (prev.km + stop.km) / 2) : stop.km,
    to: next ? Math.min(stop.km + radius, (stop.km + next.km) / 2) : stop.km,
  };
}

/** Who holds the stretch between two reported places: a side against contested keeps the side. */
function between(a: Side, b: Side): SegmentControl {
  if (a === b) return a;
  if (a === 'contested') return b;
  if (b === 'contested') return a;
  return 'front';
}

function stretchesOf(stops: readonly Stop[], radius: number): Stretch[] {
  const out: Stretch[] = [];
  const add = (from: number, to: number, control: SegmentControl): void => {
    const [fromKm, toKm] = [roundTo(from, 3), roundTo(to, 3)];
    if (toKm <= fromKm) return;
    const last = out[out.length - 1];
    // Same-control stretches join, so a map shows one line per held stretch; two fronts never join.
    if (last && last.control === control && control !== 'front' && last.toKm === fromKm) last.toKm = toKm;
    else out.push({ fromKm, toKm, control });
  };
  stops.forEach((stop, i) => {
    const zone = zoneOf(stops, i, radius);
    add(zone.from, zone.to, 'contested');
    const next = stops[i + 1];
    if (next) add(zone.to, zoneOf(stops, i + 1, radius).from, between(stop.state, next.state));
  });
  return out;
}

function frontClaims(claimsById: ReadonlyMap<string, Claim>): Claim[] {
  return [...claimsById.values()].filter((c) => c.front === true);
}

/**
 * The claim that places the front between two bounding places: one with `front: true` at a place between them
 * (inclusive), dated on `day` or behind either one's current state; the latest wins, then the lowest id.
 */
function placingClaim(
  placing: readonly Claim[], km: ReadonlyMap<string, PlaceKm>, east: Stop, west: Stop, day: Day,
): Claim | null {
  const fits = placing.filter((c) => {
    const at = km.get(c.place)?.km;
    const current = c.date === day || east.claims.includes(c.id) || west.claims.includes(c.id);
    return current && at !== undefined && at >= east.km && at <= west.km;
  });
  fits.sort((a, b) => (a.date !== b.date ? (a.date > b.date ? -1 : 1) : a.id < b.id ? -1 : 1));
  return fits[0] ?? null;
}

function frontsOf(
  road: Road, stops: readonly Stop[], km: ReadonlyMap<string, PlaceKm>, placing: readonly Claim[], day: Day,
  options: FrontOptions,
): Front[] {
  const fronts: Front[] = [];
  const used = new Set<string>();
  const name = (id: string): string => options.names?.get(id) ?? id;
  stops.forEach((stop, i) => {
    const next = stops[i + 1];
    const west = stop.state === 'contested' ? stop : next && between(stop.state, next.state) === 'front' ? next : null;
    if (!west) return;
    const east = stop;
    const placedBy = placingClaim(placing, km, east, west, day);
    const at = placedBy ? km.get(placedBy.place)!.km : (east.km + west.km) / 2;
    // The eastern front is the first one, where everything from the first reported place to it is not government.
    const eastern = fronts.length === 0 && stops.slice(0, i + 1).every((s) => s.state !== 'government');
    const bounds = east.state === 'government' ? west.place : east.place;
    const id = eastern ? 'east' : used.has(bounds) ? `${bounds}-west` : bounds;
    used.add(eastern ? 'east' : bounds);
    fronts.push({
      id,
      label: eastern ? 'Eastern front' : id === bounds ? name(bounds) : `${name(bounds)} (west)`,
      fromKm: east.km,
      toKm: west.km,
      km: roundTo(at, 3),
      point: roundLonLat(along(road, at, KM).geometry.coordinates),
      placedBy: placedBy?.id ?? null,
      east: east.place,
      west: west.place,
    });
  });
  return fronts;
}

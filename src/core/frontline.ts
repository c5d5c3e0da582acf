import { addDays } from './dates.ts';
import { roundLonLat, roundTo } from './precision.ts';
import { nearestOnRoad, pointAlong, roadOf, sliceAlong, type Road } from './road.ts';
import type {
  Claim, Day, Front, FrontLine, Highway, Interval, Place, PlaceKm, Segment, SegmentControl, Side, Stretch, Timeline,
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

/** The claims with `front: true`, by day and by id: a front looks only at those of its day and of its bounds. */
interface Placing {
  byDay: Map<Day, Claim[]>;
  byId: Map<string, Claim>;
}

// Computed once per claim map, which the core never mutates, so that a day's front line costs only what that day
// changes.
const placings = new WeakMap<ReadonlyMap<string, Claim>, Placing>();

/**
 * Each place's km along the highway from its first vertex (Benghazi) and its distance from the road, both in km
 * to the metre. Places farther than `maxOffsetKm` (default 30) from the road are left out.
 */
export function measurePlaces(
  highway: Highway,
  places: readonly Place[],
  { maxOffsetKm = 30 }: { maxOffsetKm?: number } = {},
): Map<string, PlaceKm> {
  const road = roadOf(highway);
  const measured = new Map<string, PlaceKm>();
  for (const place of places) {
    const { km, offsetKm } = nearestOnRoad(road, place.coordinates);
    if (offsetKm > maxOffsetKm) continue;
    measured.set(place.id, { km: roundTo(km, 3), offsetKm: roundTo(offsetKm, 3) });
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
  return {
    day,
    segments: withCoordinates(highway, stretchesOn(km, states, options)),
    fronts: frontsOn(highway, km, states, claimsById, day, options),
  };
}

/** The highway on a day cut by control, as `frontlineOn`'s segments but by km only: no coordinates, no fronts. */
export function stretchesOn(
  km: ReadonlyMap<string, PlaceKm>,
  states: readonly Interval[],
  options: FrontOptions = {},
): Stretch[] {
  const stops = stopsOf(km, states);
  return stretchesOf(stops.map((s) => s.km), stops.map((s) => s.state), options.contestedRadiusKm ?? 5);
}

/**
 * `stretchesOn` for the places `order` lists (indices into `states`), already in road order, `kms[j]` being the km
 * of the `j`th: what a day change on the map asks for, without looking up and sorting thousands of places again.
 */
export function stretchesInOrder(
  kms: readonly number[],
  order: readonly number[],
  states: readonly Interval[],
  options: FrontOptions = {},
): Stretch[] {
  // Two lists, not an object per place: at thousands of places on every day change, those were most of what a
  // step allocated.
  const at = new Float64Array(order.length);
  const sides: Side[] = [];
  for (let j = 0; j < order.length; j++) {
    const { state } = states[order[j]!]!;
    if (state === 'no-report') continue;
    at[sides.length] = kms[j]!;
    sides.push(state);
  }
  return stretchesOf(at.subarray(0, sides.length), sides, options.contestedRadiusKm ?? 5);
}

/** The fronts of a day, as `frontlineOn` gives them. */
export function frontsOn(
  highway: Highway,
  km: ReadonlyMap<string, PlaceKm>,
  states: readonly Interval[],
  claimsById: ReadonlyMap<string, Claim>,
  day: Day,
  options: FrontOptions = {},
): Front[] {
  return frontsOf(roadOf(highway), stopsOf(km, states), km, placingOf(claimsById), day, options);
}

/** Each stretch with its line along the highway. */
export function withCoordinates(highway: Highway, stretches: readonly Stretch[]): Segment[] {
  const road = roadOf(highway);
  return stretches.map((s) => ({ ...s, coordinates: sliceAlong(road, s.fromKm, s.toKm).map(roundLonLat) }));
}

/**
 * The fronts of every day of the timeline's domain, in day order, as `frontlineOn` gives them: one sweep through
 * the days, in which a place on the road changes only where one of its intervals starts.
 */
export function frontHistory(
  highway: Highway,
  km: ReadonlyMap<string, PlaceKm>,
  timeline: Timeline,
  claimsById: ReadonlyMap<string, Claim>,
  options: FrontOptions = {},
): FrontDay[] {
  const road = roadOf(highway);
  const placing = placingOf(claimsById);
  const current: (Stop | null)[] = [];
  const starting = new Map<Day, { at: number; stop: Stop | null }[]>();
  roadOrder(km, timeline.places).forEach((p, at) => {
    timeline.intervals[p]!.forEach(({ place, state, claims, start }, i) => {
      const stop = state === 'no-report' ? null : { place, km: km.get(place)!.km, state, claims };
      const changes = starting.get(start);
      if (i === 0) current.push(stop);
      else if (changes) changes.push({ at, stop });
      else starting.set(start, [{ at, stop }]);
    });
  });
  const history: FrontDay[] = [];
  for (let day = timeline.domain.start; day <= timeline.domain.end; day = addDays(day, 1)) {
    for (const { at, stop } of starting.get(day) ?? []) current[at] = stop;
    const stops = current.filter((stop): stop is Stop => stop !== null);
    history.push({ day, fronts: frontsOf(road, stops, km, placing, day, options) });
  }
  return history;
}

/** Indices into `placeIds` of the places `km` measures, in order along the road: by km, then id. */
export function roadOrder(km: ReadonlyMap<string, PlaceKm>, placeIds: readonly string[]): number[] {
  const measured = placeIds.flatMap((place, i) => {
    const at = km.get(place);
    return at ? [{ i, place, km: at.km }] : [];
  });
  return measured.sort(byRoad).map(({ i }) => i);
}

function stopsOf(km: ReadonlyMap<string, PlaceKm>, states: readonly Interval[]): Stop[] {
  const stops: Stop[] = [];
  for (const { place, state, claims } of states) {
    const at = km.get(place);
    if (at && state !== 'no-report') stops.push({ place, km: at.km, state, claims });
  }
  return stops.sort(byRoad);
}

function byRoad(a: { place: string; km: number }, b: { place: string; km: number }): number {
  return a.km - b.km || (a.place < b.place ? -1 : 1);
}

/** Who holds the stretch between two reported places: a side against contested keeps the side. */
function between(a: Side, b: Side): SegmentControl {
  if (a === b) return a;
  if (a === 'contested') return b;
  if (b === 'contested') return a;
  return 'front';
}

/**
 * The road cut by control from its reported places in km order (`km[i]` held by `sides[i]`). A contested place
 * has a stretch of its own, `radius` either side but never past halfway to its reported neighbours.
 */
function stretchesOf(km: ArrayLike<number>, sides: readonly Side[], radius: number): Stretch[] {
  const out: Stretch[] = [];
  const add = (from: number, to: number, control: SegmentControl): void => {
    // Rounding keeps order, so an empty stretch is empty before it too: a held place's own zone, most of them.
    if (to <= from) return;
    const fromKm = roundTo(from, 3);
    const toKm = roundTo(to, 3);
    if (toKm <= fromKm) return;
    const last = out[out.length - 1];
    // Same-control stretches join, so a map shows one line per held stretch; two fronts never join.
    if (last && last.control === control && control !== 'front' && last.toKm === fromKm) last.toKm = toKm;
    else out.push({ fromKm, toKm, control });
  };
  const last = km.length - 1;
  const zoneFrom = (i: number): number => (sides[i] === 'contested' && i > 0 ? Math.max(km[i]! - radius, (km[i - 1]! + km[i]!) / 2) : km[i]!);
  const zoneTo = (i: number): number => (sides[i] === 'contested' && i < last ? Math.min(km[i]! + radius, (km[i]! + km[i + 1]!) / 2) : km[i]!);
  for (let i = 0; i <= last; i++) {
    add(zoneFrom(i), zoneTo(i), 'contested');
    if (i < last) add(zoneTo(i), zoneFrom(i + 1), between(sides[i]!, sides[i + 1]!));
  }
  return out;
}

function placingOf(claimsById: ReadonlyMap<string, Claim>): Placing {
  let placing = placings.get(claimsById);
  if (!placing) {
    placing = { byDay: new Map(), byId: new Map() };
    for (const claim of claimsById.values()) {
      if (claim.front !== true) continue;
      placing.byId.set(claim.id, claim);
      const sameDay = placing.byDay.get(claim.date);
      if (sameDay) sameDay.push(claim);
      else placing.byDay.set(claim.date, [claim]);
    }
    placings.set(claimsById, placing);
  }
  return placing;
}

/**
 * The claim that places the front between two bounding places: one with `front: true` at a place between them
 * (inclusive), dated on `day` or behind either one's current state; the latest wins, then the lowest id.
 */
function placingClaim(
  placing: Placing, km: ReadonlyMap<string, PlaceKm>, east: Stop, west: Stop, day: Day,
): Claim | null {
  let best: Claim | null = null;
  for (const c of placing.byDay.get(day) ?? []) best = later(best, c, km, east, west);
  for (const id of east.claims) best = later(best, placing.byId.get(id), km, east, west);
  for (const id of west.claims) best = later(best, placing.byId.get(id), km, east, west);
  return best;
}

/** `best`, or `c` where it is at a place between `east` and `west` and later than `best` (or as late, lower id). */
function later(
  best: Claim | null, c: Claim | undefined, km: ReadonlyMap<string, PlaceKm>, east: Stop, west: Stop,
): Claim | null {
  const at = c && km.get(c.place)?.km;
  if (!c || at === undefined || at < east.km || at > west.km) return best;
  return !best || c.date > best.date || (c.date === best.date && c.id < best.id) ? c : best;
}

function frontsOf(
  road: Road, stops: readonly Stop[], km: ReadonlyMap<string, PlaceKm>, placing: Placing, day: Day,
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
      point: roundLonLat(pointAlong(road, at)),
      placedBy: placedBy?.id ?? null,
      east: east.place,
      west: west.place,
    });
  });
  return fronts;
}

import { changesHands, datedBefore } from './claims.ts';
import { addDays, daysBetween } from './dates.ts';
import type { Claim, ControlState, Day, Interval, Side, Timeline } from './types.ts';

export interface TimelineOptions {
  /** A reported state with no claim for more than this many days is marked stale. Default 3. */
  staleAfterDays?: number;
  /** First and last day, inclusive. Default: `claimDomain(claims)`. */
  domain?: { start: Day; end: Day };
}

/** A place's state on one day: an interval without its bounds. */
export type DayState = Pick<Interval, 'place' | 'state' | 'claims' | 'uncertain' | 'stale'>;

type Piece = Omit<Interval, 'place' | 'end'>;

const DEFAULT_STALE_AFTER_DAYS = 3;
/** Bounds of the open-ended intervals `stateAt` answers outside the domain. */
const OPEN_START = '0001-01-01' as Day;
const OPEN_END = '9999-12-31' as Day;

/**
 * What `stateAt` needs beside a timeline, per place. Kept beside the timeline rather than in it, so that
 * `intervals` cover exactly the domain.
 */
interface Lookup {
  /** Each interval's start in days from the domain's start: numbers compare faster than day strings. */
  starts: Int32Array[];
  /** The answer for days before the domain: no-report. */
  before: Interval[];
  /**
   * The last interval gone stale, for days past both the domain and the staleness window; null where the last
   * interval cannot go stale or already is.
   */
  tail: (Interval | null)[];
  /**
   * Per day of the domain, the places whose interval changes that day, as triples: the place's index, the index of
   * its interval from that day, and of its interval the day before. Made when first needed.
   */
  changes?: Changes;
}

const lookups = new WeakMap<Timeline, Lookup>();

/** Earliest claim `date` or `before.since` … latest claim `date` or `dateEnd`; null without claims. */
export function claimDomain(claims: readonly Claim[]): { start: Day; end: Day } | null {
  if (claims.length === 0) return null;
  let start = claims[0]!.date;
  let end = claims[0]!.dateEnd ?? start;
  for (const c of claims) {
    start = earlier(start, earlier(c.date, datedBefore(c)?.since ?? c.date));
    end = later(end, c.dateEnd ?? c.date);
  }
  return { start, end };
}

/** Every place's intervals over the domain, per the timeline rules in docs/architecture.md. */
export function buildTimeline(
  claims: readonly Claim[],
  placeIds: readonly string[],
  options: TimelineOptions = {},
): Timeline {
  const staleAfterDays = options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
  const domain = options.domain ?? requireDomain(claims);
  const dayBefore = memoised((day) => addDays(day, -1));
  const staleFrom = memoised((day) => addDays(day, staleAfterDays + 1));
  const dayNumber = memoised((day) => daysBetween(domain.start, day));
  const lookup: Lookup = { starts: [], before: [], tail: [] };
  const byPlace = groupByPlace(settled(claims), domain.end);
  const intervals = placeIds.map((place) => {
    const own = byPlace.get(place) ?? [];
    const list = toIntervals(place, clip(pieces(own, domain.start, staleFrom), domain), domain.end, dayBefore);
    const last = list[list.length - 1]!;
    const lastDay = own[own.length - 1]?.date;
    lookup.starts.push(Int32Array.from(list, (interval) => dayNumber(interval.start)));
    lookup.before.push(noReport(place, OPEN_START, dayBefore(domain.start)));
    lookup.tail.push(
      lastDay === undefined || last.stale ? null : { ...last, start: staleFrom(lastDay), end: OPEN_END, stale: true },
    );
    return list;
  });
  const timeline: Timeline = { places: [...placeIds], domain: { ...domain }, intervals, staleAfterDays };
  lookups.set(timeline, lookup);
  return timeline;
}

/**
 * The interval each place (aligned with `timeline.places`) is in on `day`, by binary search. Before the domain:
 * an open-ended no-report interval; after it: the last interval, or its stale continuation once the staleness
 * window has passed. Works only on a timeline made by `buildTimeline`, which precomputes what it needs.
 */
export function stateAt(timeline: Timeline, day: Day): Interval[] {
  const lookup = lookups.get(timeline);
  if (!lookup) throw new TypeError('stateAt: the timeline was not made by buildTimeline');
  if (day < timeline.domain.start) return [...lookup.before];
  if (day > timeline.domain.end) {
    return timeline.intervals.map((list, i) => {
      const tail = lookup.tail[i];
      return tail && day >= tail.start ? tail : list[list.length - 1]!;
    });
  }
  const n = daysBetween(timeline.domain.start, day);
  return timeline.intervals.map((list, i) => {
    const starts = lookup.starts[i]!;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= n) lo = mid;
      else hi = mid - 1;
    }
    return list[lo]!;
  });
}

/**
 * `stateAt(timeline, day)` worked out from the answer for a day next to it, `near`: only the places whose interval
 * changes between the two are looked at (a few, where a timeline has thousands of places). Anywhere else (a day
 * further off, or not both inside the domain) it is `stateAt`.
 */
export function stateNextTo(timeline: Timeline, day: Day, near: { day: Day; states: readonly Interval[] }): Interval[] {
  const lookup = lookups.get(timeline);
  const { start, end } = timeline.domain;
  const step = daysBetween(near.day, day);
  if (!lookup || Math.abs(step) !== 1 || day < start || day > end || near.day < start || near.day > end) {
    return stateAt(timeline, day);
  }
  const changes = (lookup.changes ??= changesByDay(lookup.starts, daysBetween(start, end)));
  // Forward, the places whose interval starts on `day` take it; back, those whose interval started on the day
  // after take the one before.
  const { triples, at } = changes;
  const changed = daysBetween(start, step > 0 ? day : near.day);
  const states = near.states.slice();
  for (let t = at[changed]!; t < at[changed + 1]!; t += 3) {
    const place = triples[t]!;
    states[place] = timeline.intervals[place]![step > 0 ? triples[t + 1]! : triples[t + 2]!]!;
  }
  return states;
}

/** Every day's triples, one after another, and where each day's begin (day `d`'s run from `at[d]` to `at[d + 1]`). */
interface Changes {
  triples: Int32Array;
  at: Int32Array;
}

function changesByDay(starts: readonly Int32Array[], lastDay: number): Changes {
  // A place's intervals are contiguous and none is empty, so each starts on a day of its own, the day after the one
  // before it ends. Counted first, then written in place: a list per day of thousands took tens of milliseconds.
  const at = new Int32Array(lastDay + 2);
  for (const own of starts) for (let k = 1; k < own.length; k++) at[own[k]! + 1]! += 3;
  for (let d = 1; d < at.length; d++) at[d]! += at[d - 1]!;
  const next = at.slice(0, lastDay + 1);
  const triples = new Int32Array(at[lastDay + 1]!);
  starts.forEach((own, place) => {
    for (let k = 1; k < own.length; k++) {
      const t = next[own[k]!]!;
      triples[t] = place;
      triples[t + 1] = k;
      triples[t + 2] = k - 1;
      next[own[k]!] = t + 3;
    }
  });
  return { triples, at };
}

/**
 * The same answer as `stateAt(buildTimeline(claims, placeIds, options), day)`, recomputed from every claim
 * without a timeline: the oracle for tests and the baseline for the benchmark.
 */
export function bruteForceStateAt(
  claims: readonly Claim[],
  placeIds: readonly string[],
  day: Day,
  options: TimelineOptions = {},
): DayState[] {
  const staleAfterDays = options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
  const domain = options.domain ?? requireDomain(claims);
  const all = settled(claims);
  return placeIds.map((place): DayState => {
    if (day < domain.start) return noReport(place, day, day);
    const own = claimsOf(all, place, domain.end);
    const known = own.filter((c) => c.date <= day);
    if (known.length > 0) {
      const latest = known.map((c) => c.date).reduce(later);
      const group = known.filter((c) => c.date === latest);
      return {
        place,
        state: dayState(group),
        claims: group.map((c) => c.id),
        uncertain: group.some((c) => c.precision !== 'day'),
        stale: daysBetween(latest, day) > staleAfterDays,
      };
    }
    const filling = own.filter((c) => {
      const since = datedBefore(c)?.since;
      return since !== undefined && since <= day;
    });
    if (filling.length === 0) return noReport(place, day, day);
    return {
      place,
      state: combine(filling.map((c) => c.before!.side)),
      claims: filling.map((c) => c.id),
      uncertain: true,
      stale: false,
    };
  });
}

/**
 * The claims as the timeline dates them. A change of hands dated only to a span ("Government forces retook Zawiya in
 * early March", 1–10 March) is the change another claim of the same place and side dates to a day inside that span
 * ("retook Zawiya on March 10"), and starts on that day (the earliest, if several): from the span's first day it
 * coloured the town nine days early. The claim itself, its span and its words, is unchanged and still cited.
 */
function settled(claims: readonly Claim[]): readonly Claim[] {
  // Spans are few: only their places' and sides' day-claims are gathered, and with no span nothing is.
  const spans = claims.filter((c) => c.precision === 'range' && c.dateEnd !== undefined && changesHands(c.event));
  if (spans.length === 0) return claims;
  const key = (c: Claim): string => `${c.place}\u0000${c.side}`;
  const onDays = new Map<string, Day[]>(spans.map((c) => [key(c), []]));
  for (const c of claims) if (c.precision === 'day' && changesHands(c.event)) onDays.get(key(c))?.push(c.date);
  const moved = new Map<Claim, Day>();
  for (const c of spans) {
    const inside = onDays.get(key(c))!.filter((day) => day >= c.date && day <= c.dateEnd!);
    if (inside.length > 0) moved.set(c, inside.reduce(earlier));
  }
  return moved.size === 0 ? claims : claims.map((c) => (moved.has(c) ? { ...c, date: moved.get(c)! } : c));
}

function requireDomain(claims: readonly Claim[]): { start: Day; end: Day } {
  const domain = claimDomain(claims);
  if (!domain) throw new RangeError('buildTimeline: no claims and no domain given');
  return domain;
}

/** The place's claims dated within the domain's end, by date; same-day claims keep their input order. */
function claimsOf(claims: readonly Claim[], place: string, end: Day): Claim[] {
  return claims.filter((c) => c.place === place && c.date <= end).sort((a, b) => compare(a.date, b.date));
}

/** Every place's claims as `claimsOf` gives them, in one pass over the claims. */
function groupByPlace(claims: readonly Claim[], end: Day): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.date > end) continue;
    const list = groups.get(claim.place);
    if (list) list.push(claim);
    else groups.set(claim.place, [claim]);
  }
  for (const list of groups.values()) list.sort((a, b) => compare(a.date, b.date));
  return groups;
}

/** The state pieces of one place from its first relevant day on; each runs until the next one starts. */
function pieces(own: readonly Claim[], domainStart: Day, staleFrom: (day: Day) => Day): Piece[] {
  const first = own[0]?.date;
  if (first === undefined) return [blank(domainStart)];
  const befores = own.flatMap((c) => {
    const prior = datedBefore(c);
    return prior && prior.since < first ? [{ id: c.id, prior }] : [];
  });
  const sinces = befores.map((b) => b.prior.since).sort(compare);
  const out: Piece[] = [blank([domainStart, first, ...sinces].reduce(earlier))];
  for (const since of sinces) {
    const active = befores.filter((b) => b.prior.since <= since);
    const state = combine(active.map((b) => b.prior.side));
    out.push({ start: since, state, claims: active.map((c) => c.id), uncertain: true, stale: false });
  }
  // `own` is in date order, so each day's claims are one run of it.
  for (let from = 0, to = 0; from < own.length; from = to) {
    const day = own[from]!.date;
    while (to < own.length && own[to]!.date === day) to += 1;
    const group = own.slice(from, to);
    const piece: Piece = {
      start: day,
      state: dayState(group),
      claims: group.map((c) => c.id),
      uncertain: group.some((c) => c.precision !== 'day'),
      stale: false,
    };
    out.push(piece);
    const stale = staleFrom(day);
    const next = own[to]?.date;
    if (next === undefined || stale < next) out.push({ ...piece, start: stale, stale: true });
  }
  return out;
}

/** Cuts pieces (in start order) to the domain; a piece replaces one starting on its day; equal neighbours merge. */
function clip(all: readonly Piece[], domain: { start: Day; end: Day }): Piece[] {
  const kept: Piece[] = [];
  for (const piece of all) {
    if (piece.start > domain.end) break;
    const start = later(piece.start, domain.start);
    if (kept[kept.length - 1]?.start === start) kept.pop();
    const prev = kept[kept.length - 1];
    if (prev && samePiece(prev, piece)) continue;
    kept.push({ ...piece, start });
  }
  return kept;
}

function toIntervals(place: string, list: readonly Piece[], end: Day, dayBefore: (day: Day) => Day): Interval[] {
  return list.map((piece, i) => {
    const next = list[i + 1];
    return { place, ...piece, end: next ? dayBefore(next.start) : end };
  });
}

/** `f`, remembering its answers: date arithmetic parses and formats, and a few hundred days recur for every place. */
function memoised<T>(f: (day: Day) => T): (day: Day) => T {
  const memo = new Map<Day, T>();
  return (day) => {
    let answer = memo.get(day);
    if (answer === undefined) memo.set(day, (answer = f(day)));
    return answer;
  };
}

function blank(start: Day): Piece {
  return { start, state: 'no-report', claims: [], uncertain: false, stale: false };
}

function noReport(place: string, start: Day, end: Day): Interval {
  return { place, ...blank(start), end };
}

function samePiece(a: Piece, b: Piece): boolean {
  return (
    a.state === b.state &&
    a.uncertain === b.uncertain &&
    a.stale === b.stale &&
    a.claims.length === b.claims.length &&
    a.claims.every((id, i) => id === b.claims[i])
  );
}

/**
 * The state sides add up to (one day's claims', or the befores that reach a day). Fighting reported on the day a side
 * is said to take or hold a place is how it changed hands, not a contradiction: the day takes that side (the fighting
 * claims stay cited). Both sides named, or fighting alone, are contested; `dayState` weighs a day's changes of hands.
 */
function combine(sides: readonly Side[]): ControlState {
  const named = new Set(sides.filter((s) => s !== 'contested'));
  return named.size === 1 ? [...named][0]! : 'contested';
}

/**
 * The state of one day's claims of a place. Both sides named, where every change of hands that day goes to the same
 * side, is that side: "Government forces shelled Bin Jawad at first light, and by mid-morning Bin Jawad was back in
 * government hands" tells where the rebels stood before the day's change, as fighting that day does. Changes of hands
 * to both sides (a see-saw day), or none, leave it contested.
 */
function dayState(group: readonly Claim[]): ControlState {
  const state = combine(group.map((c) => c.side));
  if (state !== 'contested') return state;
  const to = new Set(group.filter((c) => changesHands(c.event) && c.side !== 'contested').map((c) => c.side));
  return to.size === 1 ? [...to][0]! : state;
}

function compare(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function earlier(a: Day, b: Day): Day {
  return a < b ? a : b;
}

function later(a: Day, b: Day): Day {
  return a > b ? a : b;
}

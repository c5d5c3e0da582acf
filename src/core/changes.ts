import { frontsAt, stretchesAt, type Analysis } from './analysis.ts';
import { citer, type Citation } from './export.ts';
import { stateAt } from './timeline.ts';
import type { ControlState, Day, Front, Interval, SegmentControl, Stretch } from './types.ts';

/** A citation, with `reviewed: false` where the claim is a machine's suggestion no person has checked. */
export type ChangeCitation = Citation & { reviewed?: boolean };

/** One run of days, within the two compared, over which a place's interval did not change. */
export interface ChangeStep {
  state: ControlState;
  /** The interval's bounds cut to the compared days. */
  start: Day;
  end: Day;
  uncertain: boolean;
  stale: boolean;
  citations: ChangeCitation[];
}

/** A place in one state on the first day and another on the second, and every step between. */
export interface PlaceChange {
  place: string;
  name: string;
  /** Km from Benghazi along the highway; null off the road. */
  km: number | null;
  from: ControlState;
  to: ControlState;
  /** The first day of the run of `to` that reaches the second day. */
  since: Day;
  /** In day order: the first holds on the first day, the last on the second; each with the claims behind it. */
  steps: ChangeStep[];
}

/** A stretch of highway drawn differently on the two days; null where nothing was drawn (no report either side). */
export interface StretchChange {
  fromKm: number;
  toKm: number;
  from: SegmentControl | null;
  to: SegmentControl | null;
}

/** A front on either day, paired by id, and how far it moved. */
export interface FrontMove {
  id: string;
  label: string;
  from: Front | null;
  to: Front | null;
  /**
   * The km it moved, as a reader works it out from the two days' kms rounded to the km (476 to 231: 245 east);
   * negative toward Benghazi. Null where the front is there on one day only.
   */
  movedKm: number | null;
  /** Km grow away from Benghazi, westward past Ajdabiya: fewer km is east. Null where `movedKm` is. */
  direction: 'east' | 'west' | 'none' | null;
}

/** What changed from one day to a later one, for the chosen sources. */
export interface Changes {
  from: Day;
  to: Day;
  sources: string[];
  /** Along the highway (km from Benghazi), then the places off the road by name. */
  places: PlaceChange[];
  /** In km order. */
  stretches: StretchChange[];
  /** Every front of either day, in km order of where it is on the second day (else the first). */
  fronts: FrontMove[];
}

/**
 * What changed from `from` to `to` (a later day or the same): each place whose state differs, with the claims
 * behind each step; the highway that changed side; both days' fronts and how far each moved.
 */
export function changesBetween(analysis: Analysis, from: Day, to: Day): Changes {
  if (to < from) throw new RangeError(`changesBetween: ${to} is before ${from}; give the earlier day first`);
  const before = stateAt(analysis.timeline, from);
  const after = stateAt(analysis.timeline, to);
  const cite = citer(analysis);
  const places = alongTheRoad(analysis, changedPlaces(before, after)).map((i) => {
    const intervals = stepsOf(analysis.timeline.intervals[i]!, before[i]!, after[i]!, from, to);
    return placeChange(analysis, i, intervals.map((interval) => stepOf(analysis, interval, cite(interval), from, to)));
  });
  return {
    from,
    to,
    sources: analysis.sources.map((s) => s.id),
    places,
    stretches: changedStretches(stretchesAt(analysis, from, before).segments, stretchesAt(analysis, to, after).segments),
    fronts: frontMoves(frontsAt(analysis, from), frontsAt(analysis, to)),
  };
}

/** Indices of the places (both lists aligned with one timeline) whose state differs: one pass, no allocation per place. */
export function changedPlaces(before: readonly Interval[], after: readonly Interval[]): number[] {
  const changed: number[] = [];
  for (let i = 0; i < after.length; i += 1) if (after[i]!.state !== before[i]?.state) changed.push(i);
  return changed;
}

/**
 * The km where two days' stretches (each in km order, not overlapping) differ in control, as runs: one sweep
 * through both lists.
 */
export function changedStretches(before: readonly Stretch[], after: readonly Stretch[]): StretchChange[] {
  const out: StretchChange[] = [];
  let [i, j] = [0, 0];
  let at = Math.min(before[0]?.fromKm ?? Infinity, after[0]?.fromKm ?? Infinity);
  while (at < Infinity) {
    while (i < before.length && before[i]!.toKm <= at) i += 1;
    while (j < after.length && after[j]!.toKm <= at) j += 1;
    const [a, b] = [before[i], after[j]];
    const next = Math.min(a ? (a.fromKm > at ? a.fromKm : a.toKm) : Infinity, b ? (b.fromKm > at ? b.fromKm : b.toKm) : Infinity);
    if (next === Infinity) break;
    const from = a && a.fromKm <= at ? a.control : null;
    const to = b && b.fromKm <= at ? b.control : null;
    const last = out[out.length - 1];
    if (from !== to) {
      if (last && last.toKm === at && last.from === from && last.to === to) last.toKm = next;
      else out.push({ fromKm: at, toKm: next, from, to });
    }
    at = next;
  }
  return out;
}

/** Each front of either day, paired by id, in km order of where it is on the second day (else the first). */
export function frontMoves(before: readonly Front[], after: readonly Front[]): FrontMove[] {
  const earlier = new Map(before.map((f) => [f.id, f]));
  const later = new Set(after.map((f) => f.id));
  const moves = [...after.map((f) => moveOf(earlier.get(f.id) ?? null, f)), ...before.filter((f) => !later.has(f.id)).map((f) => moveOf(f, null))];
  const km = (m: FrontMove): number => (m.to ?? m.from)!.km;
  return moves.sort((a, b) => km(a) - km(b) || (a.id < b.id ? -1 : 1));
}

function placeChange(analysis: Analysis, index: number, steps: ChangeStep[]): PlaceChange {
  const place = analysis.dataset.places[index]!;
  const [first, last] = [steps[0]!, steps[steps.length - 1]!];
  let since = last.start;
  // The first step is in another state, so the run stops there at the latest.
  for (let s = steps.length - 1; steps[s]!.state === last.state; s -= 1) since = steps[s]!.start;
  const km = analysis.km.get(place.id)?.km ?? null;
  return { place: place.id, name: place.name, km, from: first.state, to: last.state, since, steps };
}

function moveOf(from: Front | null, to: Front | null): FrontMove {
  const front = (to ?? from)!;
  const movedKm = from && to ? Math.round(to.km) - Math.round(from.km) : null;
  const direction = movedKm === null ? null : movedKm < 0 ? 'east' : movedKm > 0 ? 'west' : 'none';
  return { id: front.id, label: front.label, from, to, movedKm, direction };
}

/** Indices of places: those on the road in road order, then the others by name. */
function alongTheRoad(analysis: Analysis, indices: readonly number[]): number[] {
  const rank = new Map(analysis.roadOrder.map((place, r) => [place, r]));
  const name = (i: number): string => analysis.dataset.places[i]!.name;
  return [...indices].sort((a, b) => {
    const [ra, rb] = [rank.get(a), rank.get(b)];
    if (ra !== undefined || rb !== undefined) return (ra ?? Infinity) - (rb ?? Infinity);
    return name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : a - b;
  });
}

/** The place's intervals from the one it is in on `from` to the one on `to` (either may lie outside the domain). */
function stepsOf(list: readonly Interval[], first: Interval, last: Interval, from: Day, to: Day): Interval[] {
  const between = list.filter((interval) => interval !== first && interval.start > from && interval.start <= to);
  const steps = [first, ...between];
  if (steps[steps.length - 1] !== last) steps.push(last);
  return steps;
}

function stepOf(analysis: Analysis, interval: Interval, citations: Citation[], from: Day, to: Day): ChangeStep {
  return {
    state: interval.state,
    start: interval.start < from ? from : interval.start,
    end: interval.end > to ? to : interval.end,
    uncertain: interval.uncertain,
    stale: interval.stale,
    citations: citations.map((citation) => {
      const reviewed = analysis.claimsById.get(citation.claim)?.reviewed;
      return reviewed === undefined ? citation : { ...citation, reviewed };
    }),
  };
}

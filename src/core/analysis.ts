import { daysBetween } from './dates.ts';
import { frontHistory, frontsOn, measurePlaces, roadOrder, stretchesInOrder, withCoordinates, type FrontDay } from './frontline.ts';
import { buildMatcher, findMentions, type Matcher } from './mentions.ts';
import { buildTimeline, claimDomain, stateAt } from './timeline.ts';
import type { Claim, Dataset, Day, Front, FrontLine, Interval, Mention, Place, PlaceKm, Source, Stretch, Timeline } from './types.ts';

/** What does not depend on the chosen sources: computed once per dataset. */
export interface Prepared {
  dataset: Dataset;
  placesById: Map<string, Place>;
  /** Place names by id, for front labels. */
  names: Map<string, string>;
  matcher: Matcher;
  /** Every mention in every source, source by source in dataset order, each in text order. */
  mentions: Mention[];
  /** Places within reach of the highway; empty without a highway. */
  km: Map<string, PlaceKm>;
  /** Indices into `dataset.places` of the places in `km`, in order along the road (by km, then id). */
  roadOrder: number[];
  /** The km of each place of `roadOrder`, in its order. */
  roadKm: number[];
}

/** Everything the viewer and the CLI draw from, restricted to the enabled sources. */
export interface Analysis extends Prepared {
  /** The enabled sources, in dataset order. */
  sources: Source[];
  /** Claims from enabled sources; a `before` from a disabled source is dropped, the claim kept. */
  claims: Claim[];
  claimsById: Map<string, Claim>;
  /** Mentions in enabled sources, by place id; places without one are absent. */
  mentionsByPlace: Map<string, Mention[]>;
  timeline: Timeline;
  /** The fronts of every day of the timeline's domain; empty without a highway. */
  fronts: FrontDay[];
}

export interface AnalyseOptions {
  /** Ids of the sources to draw from; default every source. */
  sources?: ReadonlySet<string>;
  staleAfterDays?: number;
}

/** Builds the matcher, finds every mention and measures every place along the highway: the expensive part, once. */
export function prepare(dataset: Dataset): Prepared {
  const matcher = buildMatcher(dataset.places);
  const km = dataset.highway ? measurePlaces(dataset.highway, dataset.places) : new Map<string, PlaceKm>();
  const order = roadOrder(km, dataset.places.map((p) => p.id));
  return {
    dataset,
    placesById: new Map(dataset.places.map((p) => [p.id, p])),
    names: new Map(dataset.places.map((p) => [p.id, p.name])),
    matcher,
    mentions: dataset.sources.flatMap((s) => findMentions(matcher, s.id, s.text)),
    km,
    roadOrder: order,
    roadKm: order.map((i) => km.get(dataset.places[i]!.id)!.km),
  };
}

/**
 * The analysis for the chosen sources: cheap, so it can rerun on every toggle. The timeline's domain comes from the
 * whole dataset (every claim and `before.since`, every publication day), so it stays put as sources are toggled.
 */
export function analyse(prepared: Prepared, options: AnalyseOptions = {}): Analysis {
  const { dataset } = prepared;
  const enabled = options.sources ?? new Set(dataset.sources.map((s) => s.id));
  const sources = dataset.sources.filter((s) => enabled.has(s.id));
  const claims = dataset.claims
    .filter((c) => enabled.has(c.source))
    .map((c): Claim => {
      if (!c.before || enabled.has(c.before.source)) return c;
      const { before: _dropped, ...rest } = c;
      return rest;
    });
  const mentionsByPlace = new Map<string, Mention[]>();
  for (const m of prepared.mentions) {
    if (!enabled.has(m.source)) continue;
    const list = mentionsByPlace.get(m.place);
    if (list) list.push(m);
    else mentionsByPlace.set(m.place, [m]);
  }
  const claimsById = new Map(claims.map((c) => [c.id, c]));
  const timeline = buildTimeline(claims, dataset.places.map((p) => p.id), {
    domain: datasetDomain(dataset),
    staleAfterDays: options.staleAfterDays,
  });
  const fronts = dataset.highway
    ? frontHistory(dataset.highway, prepared.km, timeline, claimsById, { names: prepared.names })
    : [];
  return { ...prepared, sources, claims, claimsById, mentionsByPlace, timeline, fronts };
}

/**
 * The highway's segments and fronts on `day`; nothing to draw without a highway. `states` is `stateAt` of that day,
 * for a caller that has it already.
 */
export function frontlineAt(analysis: Analysis, day: Day, states: readonly Interval[] = stateAt(analysis.timeline, day)): FrontLine {
  const line = stretchesAt(analysis, day, states);
  const { highway } = analysis.dataset;
  return { ...line, segments: highway ? withCoordinates(highway, line.segments) : [] };
}

/** `frontlineAt` by km only, without the segments' coordinates: what a map that draws along the highway needs. */
export function stretchesAt(
  analysis: Analysis,
  day: Day,
  states: readonly Interval[] = stateAt(analysis.timeline, day),
): FrontLine<Stretch> {
  const { highway } = analysis.dataset;
  if (!highway) return { day, segments: [], fronts: [] };
  const options = { names: analysis.names };
  return {
    day,
    segments: stretchesInOrder(analysis.roadKm, analysis.roadOrder, states, options),
    // Within the domain the fronts are in the front history already: only the stretches are the day's own work.
    // Outside it, only the places on the road, in road order: the sort by km then has nothing to do.
    fronts:
      knownFronts(analysis, day) ??
      frontsOn(highway, analysis.km, analysis.roadOrder.map((i) => states[i]!), analysis.claimsById, day, options),
  };
}

/** The fronts on `day`: from the front history inside the domain, worked out (without segments) outside it. */
export function frontsAt(analysis: Analysis, day: Day): Front[] {
  return knownFronts(analysis, day) ?? stretchesAt(analysis, day).fronts;
}

/** The fronts on `day` from the front history, a lookup; undefined outside the analysis's days. */
export function knownFronts(analysis: Analysis, day: Day): Front[] | undefined {
  const { start, end } = analysis.timeline.domain;
  return day >= start && day <= end ? analysis.fronts[daysBetween(start, day)]?.fronts : undefined;
}

function datasetDomain(dataset: Dataset): { start: Day; end: Day } {
  const published = dataset.sources.map((s) => s.published);
  const fromClaims = claimDomain(dataset.claims);
  const days = [...published, ...(fromClaims ? [fromClaims.start, fromClaims.end] : [])].sort();
  if (days.length === 0) throw new RangeError('analyse: the dataset has no claims and no sources, so no days to show');
  return { start: days[0]!, end: days[days.length - 1]! };
}

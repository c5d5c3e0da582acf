/**
 * The data Frontline works on. Every loader in src/core turns raw file text into these shapes once,
 * validated; everything downstream trusts them.
 */

/** A calendar day, `YYYY-MM-DD`. Never a `Date`: a local-midnight Date shifts by a day across time zones. */
export type Day = string & { readonly __day: true };

/** Who controls a place according to a claim. */
export type Side = 'government' | 'rebel' | 'contested';

/** A place's state on a day: a side, or no source has spoken of it yet. */
export type ControlState = Side | 'no-report';

/** How exactly a claim's date is known. `range` carries `dateEnd`; `approximate` is "about this day". */
export type Precision = 'day' | 'range' | 'approximate';

export type ClaimEvent =
  | 'captured'
  | 'retook'
  | 'held'
  | 'entered'
  | 'advanced'
  | 'withdrew'
  | 'attacked'
  | 'contested';

/** A source's metadata from `geo/sources/manifest.json`. Unknown facts are `null`, never guessed. */
export interface SourceMeta {
  id: string;
  file: string;
  outlet: string | null;
  headline: string | null;
  byline: string | null;
  published: Day;
  /** Place id of the dateline (`BREGA, Libya —`), or null where the piece has none. */
  dateline: string | null;
  /** What is known about the source and how: where its facts come from, what is uncertain. */
  notes: string;
}

/** A source with its text: `raw` byte-for-byte as on disk, `text` cleaned; all offsets refer to `text`. */
export interface Source extends SourceMeta {
  raw: string;
  text: string;
}

export type LonLat = [number, number];

export interface Place {
  id: string;
  name: string;
  /** Every other spelling the press uses; `name` is matched too and is not repeated here. */
  aliases: string[];
  kind: 'city' | 'town' | 'village' | 'oil-terminal' | 'area';
  geonames: number | null;
  coordSource: string;
  /** True where the coordinates are an estimate. */
  approximate: boolean;
  /** GeoJSON order: longitude, latitude. */
  coordinates: LonLat;
}

/** The coastal highway as one line from Benghazi (km 0) westward. */
export interface Highway {
  coordinates: LonLat[];
  properties: Record<string, unknown>;
}

export interface Span {
  start: number;
  end: number;
}

/** One occurrence of a place name in a source's cleaned text. */
export interface Mention extends Span {
  place: string;
  source: string;
  /** Exactly `source.text.slice(start, end)`. */
  surface: string;
  sentence: Span & { text: string };
}

/**
 * The side that held a place before a claim that says it changed hands, with the quote that says so, and the
 * earliest day a source supports (`since`, its precision and the words that date it). Without `since`, no source
 * dates the earlier state: it is recorded, and no day is filled in with it.
 */
export interface PriorState {
  side: Side;
  since?: Day;
  precision?: Precision;
  source: string;
  quote: string;
  resolvedFrom?: string;
}

/** A prior state a source dates: the only kind that fills in days. */
export type DatedPrior = Required<PriorState>;

/** One cited statement from a source about who held, took, lost or fought over a place. */
export interface Claim {
  id: string;
  place: string;
  side: Side;
  date: Day;
  precision: Precision;
  /** Last day of a `range`; absent otherwise. */
  dateEnd?: Day;
  event: ClaimEvent;
  source: string;
  /** Verbatim; occurs in the cleaned text of `source`. */
  quote: string;
  claimant: string;
  /** The words in the source that fixed the date, e.g. "on Tuesday". */
  resolvedFrom: string;
  /** The day the passage narrates, where relative words count from it rather than from publication. */
  narrativeDay?: Day;
  before?: PriorState;
  /** This claim places the front line at this place (e.g. "the west gate of Brega"). */
  front?: boolean;
  /**
   * `false` for a claim a machine suggested and no person has checked yet; absent or `true` for a person's claim.
   * An unreviewed claim counts like any other, and every reader of it is told that it is one.
   */
  reviewed?: boolean;
}

/** A stretch of calendar days over which a place's control did not change. `end` is inclusive. */
export interface Interval {
  place: string;
  state: ControlState;
  start: Day;
  end: Day;
  /** Ids of the claims that support this state, oldest first. */
  claims: string[];
  /** Inferred from a claim's `before`, or built on a claim whose date is not exact. */
  uncertain: boolean;
  /** Older than the staleness window without a fresh claim. */
  stale: boolean;
}

/** Where something is, problem-wise: the file, the item in it, the field. */
export interface Problem {
  file: string;
  /** e.g. `feature 3 (id "brega")`; empty for a problem with the file as a whole. */
  item: string;
  field: string;
  message: string;
}

/** Everything loaded from `geo/`, validated. */
export interface Dataset {
  sources: Source[];
  places: Place[];
  highway: Highway | null;
  claims: Claim[];
}

/** Every place's control over the whole domain; `intervals[i]` belongs to `places[i]`, in day order, gap-free. */
export interface Timeline {
  places: string[];
  domain: { start: Day; end: Day };
  intervals: Interval[][];
  staleAfterDays: number;
}

/** A place's position along the highway: km from Benghazi, and how far off the road it lies. */
export interface PlaceKm {
  km: number;
  offsetKm: number;
}

export type SegmentControl = 'government' | 'rebel' | 'contested' | 'front';

/** A stretch of highway under one control on one day, by km from Benghazi. */
export interface Stretch {
  fromKm: number;
  toKm: number;
  control: SegmentControl;
}

/** A stretch with its line: the highway's coordinates from its first km to its last. */
export interface Segment extends Stretch {
  coordinates: LonLat[];
}

/** A front zone between the two sides (or a contested place), and the point where the front is drawn. */
export interface Front {
  /** `east` for the front nearest Benghazi; otherwise the id of the place it bounds, e.g. `misrata`. */
  id: string;
  label: string;
  fromKm: number;
  toKm: number;
  km: number;
  point: LonLat;
  /** The claim that placed the front point, or null where it is the middle of the zone. */
  placedBy: string | null;
  /** Place ids bounding the zone on the Benghazi side and the far side (the same place for a contested one). */
  east: string;
  west: string;
}

/** The highway on one day: its segments, with their coordinates or (`FrontLine<Stretch>`) by km only, and its fronts. */
export interface FrontLine<S extends Stretch = Segment> {
  day: Day;
  segments: S[];
  fronts: Front[];
}

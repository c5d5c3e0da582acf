import type { Analysis } from './analysis.ts';
import { toCsv } from './csv.ts';
import { daysBetween } from './dates.ts';
import { roundLonLat } from './precision.ts';
import type { Claim, ClaimEvent, Day, Side } from './types.ts';

/** One claim as a table row, with ACLED's column names and codes where ACLED has the column. */
export interface ClaimRow {
  /** The claim's day; for a range, its first day. */
  event_date: Day;
  time_precision: TimePrecision;
  location: string;
  latitude: number;
  longitude: number;
  /** 1 where the place's coordinates are its own point, 2 where they are an estimate. */
  geo_precision: 1 | 2;
  side: Side;
  event: ClaimEvent;
  source: string;
  outlet: string | null;
  published: Day;
  quote: string;
  claimant: string;
  /** False for a machine's suggestion no person has checked. */
  reviewed: boolean;
}

/** ACLED's time precision: 1 the day is known, 2 a span of a week or less, 3 anything coarser. */
export type TimePrecision = 1 | 2 | 3;

/** The columns in the order they are written. */
export const CLAIM_COLUMNS = [
  'event_date', 'time_precision', 'location', 'latitude', 'longitude', 'geo_precision', 'side', 'event', 'source',
  'outlet', 'published', 'quote', 'claimant', 'reviewed',
] as const satisfies readonly (keyof ClaimRow)[];

/** A row per claim of the enabled sources, by day, and in the order of `claims.json` within a day. */
export function claimRows(analysis: Analysis): ClaimRow[] {
  const sources = new Map(analysis.sources.map((s) => [s.id, s]));
  const byDay = [...analysis.claims].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byDay.map((claim) => {
    const place = analysis.placesById.get(claim.place)!;
    const source = sources.get(claim.source)!;
    const [longitude, latitude] = roundLonLat(place.coordinates);
    return {
      event_date: claim.date,
      time_precision: timePrecision(claim),
      location: place.name,
      latitude,
      longitude,
      geo_precision: place.approximate ? 2 : 1,
      side: claim.side,
      event: claim.event,
      source: source.id,
      outlet: source.outlet,
      published: source.published,
      quote: claim.quote,
      claimant: claim.claimant,
      reviewed: claim.reviewed !== false,
    };
  });
}

/** The claims table as CSV (see `toCsv`): what `export claims --format csv` prints and the viewer downloads. */
export function claimsCsv(analysis: Analysis): string {
  return toCsv(CLAIM_COLUMNS, claimRows(analysis).map((row) => CLAIM_COLUMNS.map((column) => row[column])));
}

/**
 * An `approximate` date is 2: the words that give it ("last night", "three days before", "a week ago", "now" for a
 * state at the time of writing) put the claim within a few days of its day, not on it for certain. A range is 2
 * up to seven days long, else 3.
 */
export function timePrecision(claim: Claim): TimePrecision {
  if (claim.precision === 'day') return 1;
  if (claim.precision === 'approximate') return 2;
  return daysBetween(claim.date, claim.dateEnd ?? claim.date) < 7 ? 2 : 3;
}

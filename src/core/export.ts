import type { Feature, FeatureCollection, Geometry, GeoJsonProperties, LineString, Point } from 'geojson';
import { frontlineAt, type Analysis } from './analysis.ts';
import { datedBefore } from './claims.ts';
import { addDays } from './dates.ts';
import { CONTROL_COLOURS } from './palette.ts';
import { COORD_DECIMALS, roundTo } from './precision.ts';
import { stateAt } from './timeline.ts';
import type { ClaimEvent, Day, Interval, LonLat, Precision, Side } from './types.ts';

/** One claim behind a state, as a reader checks it: who said what, where, and how the date was fixed. */
export interface Citation {
  claim: string;
  /** `before` where the state is the one the claim says held before it, rather than the claim's own. */
  basis: 'claim' | 'before';
  source: string;
  outlet: string | null;
  published: Day;
  date: Day;
  precision: Precision;
  dateEnd: Day | null;
  event: ClaimEvent;
  side: Side;
  quote: string;
  claimant: string;
  resolvedFrom: string;
}

/**
 * A FeatureCollection with one foreign member (RFC 7946 §6.1), `frontline`: what the collection shows, the day
 * for a snapshot, and the ids of the sources it was made from.
 */
export interface FrontlineCollection extends FeatureCollection {
  frontline: { kind: 'snapshot' | 'timeline' | 'mentions'; day?: Day; sources: string[] };
}

/**
 * The map on `day`: a Point per place with its state and citations, a LineString per highway segment, a Point per
 * front. Carries simplestyle `marker-color`/`stroke` from the palette, so a GeoJSON viewer shows it as the app does.
 */
export function snapshotCollection(analysis: Analysis, day: Day): FrontlineCollection {
  const cite = citer(analysis);
  const places = stateAt(analysis.timeline, day).map((interval) => {
    const place = analysis.placesById.get(interval.place)!;
    return pointAt(place.coordinates, {
      kind: 'place',
      id: place.id,
      name: place.name,
      state: interval.state,
      since: interval.start,
      until: interval.end,
      stale: interval.stale,
      uncertain: interval.uncertain,
      km: analysis.km.get(place.id)?.km ?? null,
      mentions: analysis.mentionsByPlace.get(place.id)?.length ?? 0,
      citations: cite(interval),
      'marker-color': CONTROL_COLOURS[interval.state],
    });
  });
  const { segments, fronts } = frontlineAt(analysis, day);
  const lines = segments.map((s): Feature<LineString> => ({
    type: 'Feature',
    properties: {
      kind: 'segment',
      control: s.control,
      fromKm: s.fromKm,
      toKm: s.toKm,
      stroke: CONTROL_COLOURS[s.control],
      'stroke-width': 4,
    },
    geometry: { type: 'LineString', coordinates: s.coordinates },
  }));
  const points = fronts.map((f) =>
    pointAt(f.point, {
      kind: 'front',
      id: f.id,
      label: f.label,
      km: f.km,
      fromKm: f.fromKm,
      toKm: f.toKm,
      placedBy: f.placedBy,
      east: f.east,
      west: f.west,
      'marker-color': CONTROL_COLOURS.front,
    }),
  );
  return collection(analysis, [...places, ...lines, ...points], { kind: 'snapshot', day });
}

/**
 * A Point per interval of every place, for time-aware viewers. `start` is the first day and `end` the day after
 * the last (exclusive, as Leaflet.timeline and QGIS's temporal controller read them); `lastDay` is the last day
 * itself, for people.
 */
export function timelineCollection(analysis: Analysis): FrontlineCollection {
  const cite = citer(analysis);
  const features = analysis.timeline.intervals.flatMap((list) =>
    list.map((interval) => {
      const place = analysis.placesById.get(interval.place)!;
      return pointAt(place.coordinates, {
        kind: 'interval',
        place: place.id,
        name: place.name,
        state: interval.state,
        start: interval.start,
        end: addDays(interval.end, 1),
        lastDay: interval.end,
        stale: interval.stale,
        uncertain: interval.uncertain,
        citations: cite(interval),
        'marker-color': CONTROL_COLOURS[interval.state],
      });
    }),
  );
  return collection(analysis, features, { kind: 'timeline' });
}

/** A Point per mention of a place in an enabled source, at the place, with the sentence it stands in. */
export function mentionsCollection(analysis: Analysis): FrontlineCollection {
  const enabled = new Set(analysis.sources.map((s) => s.id));
  const features = analysis.mentions
    .filter((m) => enabled.has(m.source))
    .map((m) => {
      const place = analysis.placesById.get(m.place)!;
      return pointAt(place.coordinates, {
        kind: 'mention',
        place: place.id,
        name: place.name,
        source: m.source,
        start: m.start,
        end: m.end,
        surface: m.surface,
        sentence: m.sentence.text,
      });
    });
  return collection(analysis, features, { kind: 'mentions' });
}

/**
 * Stable JSON text for a collection: 2-space indent, each position on one line, coordinates rounded to 5
 * decimals, a trailing newline. The same collection always gives the same bytes.
 */
export function serialize(fc: FeatureCollection): string {
  const features = fc.features.map((f) => ({ ...f, geometry: f.geometry && roundGeometry(f.geometry) }));
  const text = JSON.stringify({ ...fc, features }, null, 2);
  // Raw newlines never occur inside JSON strings, so this only ever touches arrays of numbers.
  return `${text.replace(NUMBER_ARRAY, (_, numbers: string) => `[${numbers.split(/,\n\s*/).join(', ')}]`)}\n`;
}

/** Returns a function that gives the citations behind an interval's state, oldest claim first. */
export function citer(analysis: Analysis): (interval: Interval) => Citation[] {
  const sources = new Map(analysis.sources.map((s) => [s.id, s]));
  return (interval) =>
    interval.claims.map((id): Citation => {
      const claim = analysis.claimsById.get(id)!;
      // A claim dated after the interval can only stand behind it through its `before`.
      const prior = claim.date > interval.end ? datedBefore(claim) : undefined;
      const told = prior ?? claim;
      const source = sources.get(told.source)!;
      return {
        claim: id,
        basis: prior ? 'before' : 'claim',
        source: source.id,
        outlet: source.outlet,
        published: source.published,
        date: prior ? prior.since : claim.date,
        precision: told.precision,
        dateEnd: prior ? null : (claim.dateEnd ?? null),
        event: claim.event,
        side: told.side,
        quote: told.quote,
        claimant: claim.claimant,
        resolvedFrom: told.resolvedFrom,
      };
    });
}

function pointAt(coordinates: LonLat, properties: GeoJsonProperties): Feature<Point> {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [...coordinates] } };
}

function collection(
  analysis: Analysis,
  features: Feature[],
  about: Omit<FrontlineCollection['frontline'], 'sources'>,
): FrontlineCollection {
  return { type: 'FeatureCollection', frontline: { ...about, sources: analysis.sources.map((s) => s.id) }, features };
}

const NUMBER_ARRAY = /\[\n\s*(-?[\d.eE+-]+(?:,\n\s*-?[\d.eE+-]+)*)\n\s*\]/g;

function roundGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map(roundGeometry) };
  }
  return { ...geometry, coordinates: roundNested(geometry.coordinates) } as Geometry;
}

function roundNested(value: unknown): unknown {
  return Array.isArray(value) ? value.map(roundNested) : roundTo(value as number, COORD_DECIMALS);
}

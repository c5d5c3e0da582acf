import { isObject, show } from './json.ts';
import type { LonLat, Problem } from './types.ts';

/** Everything Frontline maps lies in this box; a position outside it is a typo or swapped axes. */
export const LIBYA_BOX = { west: 9, east: 26, south: 19, north: 34 } as const;

const inBox = (lon: number, lat: number): boolean =>
  lon >= LIBYA_BOX.west && lon <= LIBYA_BOX.east && lat >= LIBYA_BOX.south && lat <= LIBYA_BOX.north;

/** How a feature is named in messages: `feature 3 (id "brega")`, or `feature 3` where it has no usable id. */
export function featureItem(index: number, id?: unknown): string {
  return typeof id === 'string' && id !== '' ? `feature ${index} (id "${id}")` : `feature ${index}`;
}

/**
 * Checks a GeoJSON position: exactly two finite numbers, `[lon, lat]`, inside Libya's box. Where swapping the two
 * would put it inside, the message says so, since `[lat, lon]` is the commonest mistake.
 */
export function checkLonLat(value: unknown): { ok: true; value: LonLat } | { ok: false; message: string } {
  if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    return { ok: false, message: `expected [lon, lat], two finite numbers; got ${show(value)}` };
  }
  const [lon, lat] = value as LonLat;
  if (inBox(lon, lat)) return { ok: true, value: [lon, lat] };
  const { west, east, south, north } = LIBYA_BOX;
  const outside = `[${lon}, ${lat}] lies outside Libya (lon ${west}–${east}, lat ${south}–${north})`;
  const swapped = inBox(lat, lon) ? '; looks like [lat, lon]; GeoJSON wants [lon, lat]' : '';
  return { ok: false, message: outside + swapped };
}

/**
 * The features of a parsed FeatureCollection (or of a lone Feature, where `allowFeature`), or the problem with the
 * file as a whole. Each feature is returned as found; checking it is the caller's business.
 */
export function featuresOf(
  value: unknown,
  file: string,
  { allowFeature = false }: { allowFeature?: boolean } = {},
): { ok: true; features: unknown[] } | { ok: false; problem: Problem } {
  const expected = allowFeature ? 'a FeatureCollection or a Feature' : 'a FeatureCollection';
  const fail = (field: string, message: string) =>
    ({ ok: false as const, problem: { file, item: '', field, message } });
  if (!isObject(value)) return fail('', `expected ${expected}; got ${show(value)}`);
  if (allowFeature && value.type === 'Feature') return { ok: true, features: [value] };
  if (value.type !== 'FeatureCollection') return fail('type', `expected ${expected}; got type ${show(value.type)}`);
  if (!Array.isArray(value.features)) {
    return fail('features', `expected an array of features; got ${show(value.features)}`);
  }
  return { ok: true, features: value.features };
}

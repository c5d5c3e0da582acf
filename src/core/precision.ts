import type { LonLat } from './types.ts';

/** Decimal places kept in coordinates: 5 decimals of a degree is about 1 m, finer than any source. */
export const COORD_DECIMALS = 5;

/** `value` rounded half away from zero to `decimals` places; never returns -0. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale;
  return rounded === 0 ? 0 : rounded;
}

/** A position with both axes rounded to `COORD_DECIMALS`. */
export function roundLonLat([lon, lat]: readonly number[]): LonLat {
  return [roundTo(lon ?? NaN, COORD_DECIMALS), roundTo(lat ?? NaN, COORD_DECIMALS)];
}

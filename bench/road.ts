/** A generated coastal highway: a zig-zag across northern Libya, and points along it. */
import type { LonLat } from '../src/core/types.ts';
import type { Rng } from './names.ts';

export interface Road {
  coordinates: LonLat[];
  /** Its length, km. */
  km: number;
  /** The point `offset` km to the side of the road at `km`, and that km. */
  near(km: number, offset: number): { at: LonLat; km: number };
}

/** A zig-zag of two long runs across northern Libya, km 0 in the east, with a vertex about every 10 km. */
export function highway(km: number, rng: Rng): Road {
  const drop = 1.5;
  const run = (km - drop * 111.2) / 2;
  const lat = [32.1, 32.1 - drop];
  const width = run / (111.32 * Math.cos((31.4 * Math.PI) / 180));
  const east = 25.2;
  const steps = Math.max(2, Math.round(run / 10));
  const coordinates: LonLat[] = [];
  for (let i = 0; i <= steps; i++) coordinates.push([east - (width * i) / steps, lat[0]! + 0.04 * Math.sin(i * 0.7) + rng() * 0.01]);
  for (let i = 1; i <= 15; i++) coordinates.push([east - width - 0.05 * Math.sin((i * Math.PI) / 15), lat[0]! - (drop * i) / 15]);
  for (let i = 1; i <= steps; i++) coordinates.push([east - width + (width * i) / steps, lat[1]! + 0.04 * Math.sin(i * 0.9) + rng() * 0.01]);
  const rounded = coordinates.map(([x, y]): LonLat => [round5(x), round5(y)]);
  const cumulative = [0];
  for (let i = 1; i < rounded.length; i++) cumulative.push(cumulative[i - 1]! + distanceKm(rounded[i - 1]!, rounded[i]!));
  return {
    coordinates: rounded,
    km: cumulative[cumulative.length - 1]!,
    near(at: number, offset: number): { at: LonLat; km: number } {
      let i = 1;
      while (i < cumulative.length - 1 && cumulative[i]! < at) i++;
      const [a, b] = [rounded[i - 1]!, rounded[i]!];
      const t = (at - cumulative[i - 1]!) / (cumulative[i]! - cumulative[i - 1]!);
      const kx = 111.32 * Math.cos((a[1] * Math.PI) / 180);
      const [dx, dy] = [(b[0] - a[0]) * kx, (b[1] - a[1]) * 110.57];
      const length = Math.hypot(dx, dy);
      const lon = a[0] + t * (b[0] - a[0]) + (offset * -dy) / length / kx;
      const lat = a[1] + t * (b[1] - a[1]) + (offset * dx) / length / 110.57;
      return { at: [round5(lon), round5(lat)], km: at };
    },
  };
}

function distanceKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}


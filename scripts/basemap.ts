/**
 * Builds the viewer's embedded basemap: Natural Earth 1:10m land and country borders from `world-atlas`, clipped to
 * the region around the Gulf of Sirte and rounded, so the map draws offline from a file of a few dozen kilobytes.
 * Used by the Vite plugin in vite.config.ts (dev and build); `node --import tsx scripts/basemap.ts` prints its size.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxClip } from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** West, south, east, north: Tunisia's coast to Tobruk, the Sicilian channel to the Libyan desert. */
export const REGION: [number, number, number, number] = [8, 24, 27, 37];

/** Three decimals is about 100 m, below a pixel up to zoom 10. */
const DECIMALS = 3;

/** Returns the basemap as a FeatureCollection: one `land` MultiPolygon and one `borders` MultiLineString. */
export function buildBasemap(
  land: Topology,
  countries: Topology,
  region: [number, number, number, number] = REGION,
): FeatureCollection {
  const landObject = land.objects['land'] as GeometryCollection;
  const countryObject = countries.objects['countries'] as GeometryCollection;
  const landShape = feature(land, landObject);
  const borders = mesh(countries, countryObject, (a, b) => a !== b);
  const polygons = landShape.features.flatMap(({ geometry }): Position[][][] => {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
    const clipped = bboxClip(geometry, region).geometry as Polygon | MultiPolygon;
    return clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
  });
  const lines = (bboxClip(borders, region).geometry as MultiLineString).coordinates;
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { kind: 'land' },
        geometry: { type: 'MultiPolygon', coordinates: polygons.map(roundPolygon).filter((p) => p.length > 0) },
      },
      {
        type: 'Feature',
        properties: { kind: 'borders' },
        geometry: {
          type: 'MultiLineString',
          coordinates: lines.map(roundLine).filter((l) => l.length >= 2),
        },
      },
    ],
  };
}

/** Reads world-atlas's 1:10m files and returns the basemap as compact JSON text. */
export function basemapText(): string {
  const require = createRequire(import.meta.url);
  const read = (name: string): Topology =>
    JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;
  return JSON.stringify(buildBasemap(read('land-10m.json'), read('countries-10m.json')));
}

function roundPolygon(rings: Position[][]): Position[][] {
  // A ring that rounds to fewer than four positions is smaller than the rounding step: an islet that cannot show.
  const kept = rings.map(roundLine).filter((ring) => ring.length >= 4);
  const outer = rings[0] === undefined ? undefined : roundLine(rings[0]);
  return outer !== undefined && outer.length >= 4 ? kept : [];
}

function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const [lon = 0, lat = 0] of line) {
    const p = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = basemapText();
  console.log(`basemap.geojson: ${(text.length / 1024).toFixed(1)} KB, gzip ${(gzipSync(text).length / 1024).toFixed(1)} KB`);
}

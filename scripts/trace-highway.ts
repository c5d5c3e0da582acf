/**
 * Traces geo/highway.geojson by hand: a list of anchors (towns from the gazetteer, a few estimated road points)
 * joined either straight across the desert or along the Natural Earth 1:10m shoreline pushed a fixed distance
 * inland. The output is approximate by construction; it is checked (on land, towns near the road) before it is
 * written. Run: `node --import tsx scripts/trace-highway.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import {
  bboxClip,
  booleanPointInPolygon,
  destination,
  distance,
  length,
  lineString,
  nearestPointOnLine,
  point,
  pointToLineDistance,
  rhumbBearing,
  along,
} from '@turf/turf';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A point the road passes (a gazetteer id or a position), and how it runs there from the previous one. */
interface Leg {
  at: string | Position;
  along: 'desert' | 'shore';
  offsetKm?: number;
}

const SHORE_OFFSET_KM = 2;

// Road points that are not gazetteer places; all are estimates.
const ZUWAYTINAH_ROAD: Position = [20.14, 30.955]; // the highway passes inland of the shore-side town and terminal
const BREGA_ROAD: Position = [19.574, 30.39]; // the highway passes south of Brega's shore-side town
const BUERAT: Position = [15.74, 31.37]; // Bu'ayrat al Hasun, where the road leaves the shore westward
const ABU_QURAYN: Position = [15.26, 31.45]; // Abu Qurayn junction, inland
const TAWERGHA: Position = [15.13, 32.05]; // Tawergha, on the road south of Misrata

const route: Leg[] = [
  { at: 'benghazi', along: 'desert' },
  { at: 'qaminis', along: 'desert' },
  { at: 'sultan', along: 'desert' },
  { at: ZUWAYTINAH_ROAD, along: 'desert' },
  { at: 'ajdabiya', along: 'desert' },
  { at: BREGA_ROAD, along: 'desert' },
  { at: 'ras_lanuf', along: 'shore' },
  { at: 'bin_jawad', along: 'shore' },
  { at: 'sirte', along: 'shore' },
  { at: BUERAT, along: 'shore' },
  { at: ABU_QURAYN, along: 'desert' },
  { at: TAWERGHA, along: 'desert' },
  { at: 'misrata', along: 'desert' },
  { at: 'zliten', along: 'shore', offsetKm: 3 },
  { at: 'khums', along: 'shore', offsetKm: 3 },
  { at: 'tajura', along: 'shore', offsetKm: 3 },
  { at: 'tripoli', along: 'desert' },
  { at: 'zawiya', along: 'shore', offsetKm: 3 },
];

const ROAD_TOWNS = [
  'benghazi', 'qaminis', 'zuwaytinah', 'ajdabiya', 'brega', 'bishr', 'uqaylah', 'ras_lanuf', 'es_sider',
  'bin_jawad', 'harawa', 'sirte', 'misrata', 'zliten', 'khums', 'tajura', 'tripoli', 'zawiya',
];

const gazetteer = JSON.parse(readFileSync('geo/gazetteer.geojson', 'utf8')) as {
  features: { properties: { id: string }; geometry: { coordinates: Position } }[];
};
const placeAt = new Map(gazetteer.features.map((f) => [f.properties.id, f.geometry.coordinates]));

const topo = JSON.parse(readFileSync('node_modules/world-atlas/land-10m.json', 'utf8')) as Topology<{
  land: GeometryCollection;
}>;
const landAll = feature(topo, topo.objects.land);
const landGeometry = landAll.features[0]!.geometry; // world-atlas holds all land as one MultiPolygon
const land = bboxClip(landGeometry as MultiPolygon, [9, 19, 26, 34]) as Feature<Polygon | MultiPolygon>;
const onLand = (p: Position): boolean => booleanPointInPolygon(point(p), land);

// Every shoreline ring vertex in the box, with its neighbours, so a vertex can be pushed inland along its normal.
const shore: { p: Position; prev: Position; next: Position }[] = [];
const polygons = land.geometry.type === 'Polygon' ? [land.geometry.coordinates] : land.geometry.coordinates;
for (const ring of polygons.flat()) {
  for (let i = 1; i < ring.length - 1; i++) shore.push({ p: ring[i]!, prev: ring[i - 1]!, next: ring[i + 1]! });
}

function resolve(at: string | Position): Position {
  if (typeof at !== 'string') return at;
  const p = placeAt.get(at);
  if (!p) throw new Error(`no place "${at}" in the gazetteer`);
  return p;
}

/** The shoreline vertex moved `km` inland, perpendicular to the local shore. */
function inland(v: (typeof shore)[number], km: number): Position {
  const tangent = rhumbBearing(point(v.prev), point(v.next));
  for (const side of [90, -90]) {
    const probe = destination(point(v.p), 0.3, tangent + side).geometry.coordinates;
    if (onLand(probe)) return destination(point(v.p), km, tangent + side).geometry.coordinates;
  }
  throw new Error(`cannot tell land from sea at ${v.p.join(', ')}`);
}

/** Shoreline vertices between two anchors (projecting inside the chord, near it), pushed inland, in order. */
function shoreLeg(from: Position, to: Position, km: number): Position[] {
  const chord = lineString([from, to]);
  const chordKm = length(chord);
  return shore
    .map((v) => ({ v, near: nearestPointOnLine(chord, point(v.p)) }))
    .filter(({ near: { properties: p } }) => p.dist < 40 && p.location > 3 && p.location < chordKm - 3)
    .sort((a, b) => a.near.properties.location - b.near.properties.location)
    .map(({ v }) => inland(v, km))
    // Close shoreline vertices, pushed inland along diverging normals, can cross and make the road double back.
    .filter((p, i, all) => i === 0 || distance(point(all[i - 1]!), point(p)) > 2);
}

const coords: Position[] = [resolve(route[0]!.at)];
for (const leg of route.slice(1)) {
  const to = resolve(leg.at);
  const from = coords[coords.length - 1]!;
  if (leg.along === 'shore') coords.push(...shoreLeg(from, to, leg.offsetKm ?? SHORE_OFFSET_KM));
  coords.push(to);
}
const rounded = coords.map(([lon, lat]) => [Number(lon!.toFixed(5)), Number(lat!.toFixed(5))]);
const road = lineString(rounded);

const problems: string[] = [];
const totalKm = length(road);
for (let km = 0; km <= totalKm; km += 0.5) {
  const p = along(road, km).geometry.coordinates;
  if (!onLand(p)) problems.push(`km ${km.toFixed(1)} (${p.map((v) => v.toFixed(4)).join(', ')}) is in the sea`);
}
const kmOf = new Map<string, number>();
for (const id of ROAD_TOWNS) {
  const p = point(resolve(id));
  const off = pointToLineDistance(p, road);
  kmOf.set(id, nearestPointOnLine(road, p).properties.location);
  console.log(`${id.padEnd(12)} km ${kmOf.get(id)!.toFixed(1).padStart(6)}  off ${off.toFixed(2)} km`);
  if (off > 5) problems.push(`${id} is ${off.toFixed(1)} km from the road`);
}
const byRoad = (a: string, b: string): string => `${a}–${b} ${(kmOf.get(b)! - kmOf.get(a)!).toFixed(0)} km`;
console.log(`${rounded.length} vertices, ${totalKm.toFixed(0)} km`);
console.log([byRoad('ajdabiya', 'brega'), byRoad('ras_lanuf', 'sirte'), byRoad('brega', 'tripoli')].join('; '));
if (problems.length > 0) throw new Error(problems.join('\n'));

const description =
  'The coastal highway (Via Balbia) from Benghazi (km 0) west to Zawiya, hand-traced and approximate, not surveyed: ' +
  'towns from geo/gazetteer.geojson and a few estimated road points (inland of Az Zuwaytinah, south of Brega, ' +
  'Bu\u2019ayrat al Hasun, Abu Qurayn, Tawergha) ' +
  'joined straight across the desert, and along the Gulf of Sirte and the Tripolitanian coast the Natural Earth 1:10m ' +
  'shoreline (world-atlas land-10m) pushed 2\u20133 km inland. Made by scripts/trace-highway.ts. ' +
  'Natural Earth ne_10m_roads would be the right source where it can be had.';
const out = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        name: 'Coastal highway (Via Balbia)',
        description,
        approximate: true,
        from: 'benghazi',
        to: 'zawiya',
      },
      geometry: { type: 'LineString', coordinates: rounded } satisfies LineString,
    },
  ],
};
// One position per line keeps diffs of a retraced road readable.
const json = JSON.stringify(out, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]');
writeFileSync('geo/highway.geojson', `${json}\n`);

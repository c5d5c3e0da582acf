import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
  along,
  bboxClip,
  booleanPointInPolygon,
  length,
  lineString,
  nearestPointOnLine,
  point,
  pointToLineDistance,
} from '@turf/turf';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../src/core/gazetteer.ts';
import { parseHighway } from '../../src/core/highway.ts';
import type { Highway, LonLat } from '../../src/core/types.ts';
import { collection, jsonError } from './fixtures/json.ts';

const FILE = 'highway.geojson';

/** East to west, as places.md gives the road; Nofaliya is left out, being about 10 km off it. */
const ROAD_ORDER = [
  'benghazi', 'qaminis', 'zuwaytinah', 'ajdabiya', 'brega', 'bishr', 'uqaylah', 'ras_lanuf', 'es_sider',
  'bin_jawad', 'harawa', 'sirte', 'misrata', 'zliten', 'khums', 'tajura', 'tripoli', 'zawiya',
];

function realHighway(): Highway {
  const { value, problems } = parseHighway(readFileSync('geo/highway.geojson', 'utf8'), FILE);
  expect(problems).toEqual([]);
  if (value === null) throw new Error('no highway');
  return value;
}

function placeAt(id: string): LonLat {
  const { value } = parseGazetteer(readFileSync('geo/gazetteer.geojson', 'utf8'), 'gazetteer.geojson');
  const place = value.find((p) => p.id === id);
  if (!place) throw new Error(`no place ${id}`);
  return place.coordinates;
}

function kmAlong(road: Highway, id: string): number {
  return nearestPointOnLine(lineString(road.coordinates), point(placeAt(id))).properties.location;
}

function libyanLand(): Feature<Polygon | MultiPolygon> {
  const topo = JSON.parse(readFileSync('node_modules/world-atlas/land-10m.json', 'utf8')) as Topology<{ land: GeometryCollection }>;
  const land = topoFeature(topo, topo.objects.land).features[0]!.geometry as MultiPolygon;
  return bboxClip(land, [9, 19, 26, 34]) as Feature<Polygon | MultiPolygon>;
}

function lineFeature(coordinates: unknown, properties: unknown = { name: 'road' }): Record<string, unknown> {
  return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates } };
}

describe('parseHighway on the real highway', () => {
  it('parses geo/highway.geojson with no problems, marked approximate, from Benghazi to Zawiya', () => {
    const road = realHighway();
    expect(road.properties).toMatchObject({ approximate: true, from: 'benghazi', to: 'zawiya' });
    expect(String(road.properties.description)).toMatch(/approximate/);
  });

  it('starts at Benghazi, so that km 0 is Benghazi', () => {
    expect(kmAlong(realHighway(), 'benghazi')).toBeLessThan(1);
  });

  it('passes within 5 km of every town on the road', () => {
    const line = lineString(realHighway().coordinates);
    for (const id of ROAD_ORDER) {
      expect(pointToLineDistance(point(placeAt(id)), line), id).toBeLessThan(5);
    }
  });

  it('meets the towns in the order the road runs, east to west', () => {
    const road = realHighway();
    const kms = ROAD_ORDER.map((id) => kmAlong(road, id));
    const byKm = [...ROAD_ORDER].sort((a, b) => kms[ROAD_ORDER.indexOf(a)]! - kms[ROAD_ORDER.indexOf(b)]!);
    expect(byKm).toEqual(ROAD_ORDER);
  });

  it('puts Brega about 80 km by road from Ajdabiya, as the press has it', () => {
    const road = realHighway();
    expect(kmAlong(road, 'brega') - kmAlong(road, 'ajdabiya')).toBeGreaterThan(60);
    expect(kmAlong(road, 'brega') - kmAlong(road, 'ajdabiya')).toBeLessThan(100);
  });

  // Natural Earth's 1:10m shoreline is generalised by a few hundred metres, so a road traced 2 km inland may
  // graze it: at most two sampled points may fall in its sea, and only within 300 m of its shore.
  it('runs on land, sampled every 2 km against Natural Earth 1:10m', () => {
    const line = lineString(realHighway().coordinates);
    const land = libyanLand();
    const wet = [];
    for (let km = 0; km <= length(line); km += 2) {
      const p = along(line, km);
      if (!booleanPointInPolygon(p, land)) wet.push(p);
    }
    expect(wet.length).toBeLessThanOrEqual(2);
    const polygons = land.geometry.type === 'Polygon' ? [land.geometry.coordinates] : land.geometry.coordinates;
    const shore = polygons.flat().map((ring) => lineString(ring));
    for (const p of wet) {
      expect(Math.min(...shore.map((ring) => pointToLineDistance(p, ring)))).toBeLessThan(0.3);
    }
  });

  it('rounds every coordinate to 5 decimals', () => {
    for (const [lon, lat] of realHighway().coordinates) {
      expect(Number(lon.toFixed(5))).toBe(lon);
      expect(Number(lat.toFixed(5))).toBe(lat);
    }
  });
});

describe('parseHighway on broken input', () => {
  const ROAD = [[20.06859, 32.11486], [20.01697, 31.6576], [20.22625, 30.75545]];

  it('reads a FeatureCollection with one LineString feature', () => {
    expect(parseHighway(collection(lineFeature(ROAD)), FILE)).toEqual({
      value: { coordinates: ROAD, properties: { name: 'road' } },
      problems: [],
    });
  });

  it('reads a lone LineString Feature', () => {
    expect(parseHighway(JSON.stringify(lineFeature(ROAD)), FILE).value?.coordinates).toEqual(ROAD);
  });

  it('treats null properties as none', () => {
    expect(parseHighway(collection(lineFeature(ROAD, null)), FILE).value?.properties).toEqual({});
  });

  it('reports text that is not JSON', () => {
    const text = '[[20, 32]';
    const { value, problems } = parseHighway(text, FILE);
    expect(value).toBeNull();
    expect(problems).toEqual([{ file: FILE, item: '', field: '', message: `not valid JSON: ${jsonError(text)}` }]);
  });

  it('reports a file that is neither a FeatureCollection nor a Feature', () => {
    const { problems } = parseHighway(JSON.stringify({ type: 'LineString', coordinates: ROAD }), FILE);
    expect(problems).toEqual([
      { file: FILE, item: '', field: 'type', message: 'expected a FeatureCollection or a Feature; got type "LineString"' },
    ]);
  });

  it('reports a FeatureCollection with more than one feature', () => {
    const { value, problems } = parseHighway(collection(lineFeature(ROAD), lineFeature(ROAD)), FILE);
    expect(value).toBeNull();
    expect(problems).toEqual([
      { file: FILE, item: '', field: 'features', message: 'expected exactly one LineString feature; found 2' },
    ]);
  });

  it('reports a feature without geometry', () => {
    const { problems } = parseHighway(collection({ type: 'Feature', properties: {} }), FILE);
    expect(problems).toEqual([
      { file: FILE, item: 'feature 0', field: 'geometry', message: 'expected a LineString geometry; got nothing' },
    ]);
  });

  it('reports a geometry that is not a LineString', () => {
    const multi = { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [ROAD] } };
    const { problems } = parseHighway(collection(multi), FILE);
    expect(problems).toEqual([
      { file: FILE, item: 'feature 0', field: 'geometry.type', message: 'expected "LineString"; got "MultiLineString"' },
    ]);
  });

  it('reports a line of fewer than two positions', () => {
    const { problems } = parseHighway(collection(lineFeature([[20.06859, 32.11486]])), FILE);
    expect(problems).toEqual([
      {
        file: FILE,
        item: 'feature 0',
        field: 'geometry.coordinates',
        message: 'expected an array of at least 2 [lon, lat] positions; got [[20.06859,32.11486]]',
      },
    ]);
  });

  it('reports each bad position by its index and returns no road', () => {
    const coordinates = [...Array.from({ length: 17 }, (_, i) => [20, 32 - i * 0.1]), [20, '30.3'], [32.1, 20.1]];
    const { value, problems } = parseHighway(collection(lineFeature(coordinates)), FILE);
    expect(value).toBeNull();
    expect(problems).toEqual([
      {
        file: FILE,
        item: 'feature 0',
        field: 'geometry.coordinates[17]',
        message: 'expected [lon, lat], two finite numbers; got [20,"30.3"]',
      },
      {
        file: FILE,
        item: 'feature 0',
        field: 'geometry.coordinates[18]',
        message: '[32.1, 20.1] lies outside Libya (lon 9–26, lat 19–34); looks like [lat, lon]; GeoJSON wants [lon, lat]',
      },
    ]);
  });

  it('reports properties that are not an object', () => {
    const { value, problems } = parseHighway(collection(lineFeature(ROAD, 'road')), FILE);
    expect(value).toBeNull();
    expect(problems).toEqual([
      { file: FILE, item: 'feature 0', field: 'properties', message: 'expected an object or null; got "road"' },
    ]);
  });
});

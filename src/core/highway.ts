import { checkLonLat, featureItem, featuresOf } from './geojson.ts';
import { isObject, parseJson, show } from './json.ts';
import type { Parsed } from './problems.ts';
import type { Highway, LonLat, Problem } from './types.ts';

/**
 * Reads `highway.geojson`: a FeatureCollection holding one LineString feature (or that Feature alone), Benghazi
 * first. Returns null with every problem listed if anything is wrong: dropping a bad vertex would silently change
 * every kilometre after it, so a partly valid road is no road.
 */
export function parseHighway(text: string, file: string): Parsed<Highway | null> {
  const json = parseJson(text, file);
  if (!json.ok) return { value: null, problems: [json.problem] };
  const collection = featuresOf(json.value, file, { allowFeature: true });
  if (!collection.ok) return { value: null, problems: [collection.problem] };
  if (collection.features.length !== 1) {
    const message = `expected exactly one LineString feature; found ${collection.features.length}`;
    return { value: null, problems: [{ file, item: '', field: 'features', message }] };
  }

  const feature = collection.features[0];
  const problems: Problem[] = [];
  const report = (field: string, message: string): void => {
    problems.push({ file, item: featureItem(0, isObject(feature) ? feature.id : undefined), field, message });
  };
  if (!isObject(feature) || feature.type !== 'Feature') {
    report('type', `expected a Feature; got ${show(isObject(feature) ? feature.type : feature)}`);
    return { value: null, problems };
  }
  const properties = feature.properties ?? {};
  if (!isObject(properties)) report('properties', `expected an object or null; got ${show(properties)}`);
  const coordinates = readLine(feature.geometry, report);
  if (problems.length > 0 || coordinates === null || !isObject(properties)) return { value: null, problems };
  return { value: { coordinates, properties }, problems };
}

function readLine(geometry: unknown, report: (field: string, message: string) => void): LonLat[] | null {
  if (!isObject(geometry)) {
    report('geometry', `expected a LineString geometry; got ${show(geometry)}`);
    return null;
  }
  if (geometry.type !== 'LineString') {
    report('geometry.type', `expected "LineString"; got ${show(geometry.type)}`);
    return null;
  }
  const positions = geometry.coordinates;
  if (!Array.isArray(positions) || positions.length < 2) {
    report('geometry.coordinates', `expected an array of at least 2 [lon, lat] positions; got ${show(positions)}`);
    return null;
  }
  const line: LonLat[] = [];
  positions.forEach((position: unknown, i) => {
    const checked = checkLonLat(position);
    if (checked.ok) line.push(checked.value);
    else report(`geometry.coordinates[${i}]`, checked.message);
  });
  return line.length === positions.length ? line : null;
}

import { checkLonLat, featureItem, featuresOf } from './geojson.ts';
import { isObject, parseJson, show } from './json.ts';
import type { Parsed } from './problems.ts';
import type { LonLat, Place, Problem } from './types.ts';

const KINDS: readonly Place['kind'][] = ['city', 'town', 'village', 'oil-terminal', 'area'];
const ID = /^[a-z0-9_]+$/;
const ONE_PLACE = 'a spelling may belong to one place only';

interface Candidate {
  place: Place;
  item: string;
}

/**
 * Reads `gazetteer.geojson`: one Point feature per place. Keeps every valid place and lists every problem. Names
 * and aliases are unique across places, case-insensitively: a place whose name another place already has is
 * dropped; an alias already taken (by a name, or by an earlier place's alias) is dropped from the later place.
 */
export function parseGazetteer(text: string, file: string): Parsed<Place[]> {
  const json = parseJson(text, file);
  if (!json.ok) return { value: [], problems: [json.problem] };
  const collection = featuresOf(json.value, file);
  if (!collection.ok) return { value: [], problems: [collection.problem] };

  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  const idSeenAt = new Map<string, string>();
  collection.features.forEach((feature, index) => {
    const read = readPlace(feature, index, file);
    problems.push(...read.problems);
    const id = isObject(feature) && isObject(feature.properties) ? feature.properties.id : undefined;
    if (typeof id === 'string' && ID.test(id)) {
      const first = idSeenAt.get(id);
      if (first !== undefined) {
        const message = `duplicate id; ${first} has it too`;
        problems.push({ file, item: featureItem(index, id), field: 'properties.id', message });
        return;
      }
      idSeenAt.set(id, featureItem(index, id));
    }
    if (read.value) candidates.push({ place: read.value, item: featureItem(index, id) });
  });
  return { value: uniqueSpellings(candidates, file, problems), problems };
}

/** One feature as a place, or null with the reasons; every field is checked, not only up to the first fault. */
function readPlace(feature: unknown, index: number, file: string): Parsed<Place | null> {
  const problems: Problem[] = [];
  const props = isObject(feature) ? feature.properties : undefined;
  const item = featureItem(index, isObject(props) ? props.id : undefined);
  const report = (field: string, message: string): void => {
    problems.push({ file, item, field, message });
  };
  if (!isObject(feature) || feature.type !== 'Feature') {
    report('type', `expected a Feature; got ${show(isObject(feature) ? feature.type : feature)}`);
    return { value: null, problems };
  }
  if (!isObject(props)) {
    const expected = 'an object with id, name, aliases, kind, geonames, coordSource, approximate';
    report('properties', `expected ${expected}; got ${show(props)}`);
    return { value: null, problems };
  }

  const coordinates = readPoint(feature.geometry, report);
  if (props.id === undefined || props.id === '') {
    report('properties.id', 'missing; expected a lowercase id ([a-z0-9_]+)');
  } else if (typeof props.id !== 'string' || !ID.test(props.id)) {
    report('properties.id', `expected a lowercase id ([a-z0-9_]+); got ${show(props.id)}`);
  }
  for (const field of ['name', 'coordSource'] as const) {
    const value = props[field];
    if (!isNonEmpty(value)) report(`properties.${field}`, `expected a non-empty string; got ${show(value)}`);
  }
  if (!Array.isArray(props.aliases)) {
    report('properties.aliases', `expected an array of non-empty strings; got ${show(props.aliases)}`);
  } else {
    props.aliases.forEach((alias: unknown, i) => {
      if (!isNonEmpty(alias)) report(`properties.aliases[${i}]`, `expected a non-empty string; got ${show(alias)}`);
    });
  }
  if (!KINDS.includes(props.kind as Place['kind'])) {
    report('properties.kind', `expected one of ${KINDS.join(', ')}; got ${show(props.kind)}`);
  }
  const geonames = props.geonames;
  if (geonames !== null && !(typeof geonames === 'number' && Number.isInteger(geonames) && geonames > 0)) {
    report('properties.geonames', `expected a positive integer (GeoNames id) or null; got ${show(geonames)}`);
  }
  if (typeof props.approximate !== 'boolean') {
    report('properties.approximate', `expected true or false; got ${show(props.approximate)}`);
  }
  if (problems.length > 0 || coordinates === null) return { value: null, problems };
  return {
    value: {
      id: props.id as string,
      name: props.name as string,
      aliases: props.aliases as string[],
      kind: props.kind as Place['kind'],
      geonames: geonames as number | null,
      coordSource: props.coordSource as string,
      approximate: props.approximate as boolean,
      coordinates,
    },
    problems,
  };
}

function readPoint(geometry: unknown, report: (field: string, message: string) => void): LonLat | null {
  if (!isObject(geometry)) {
    report('geometry', `expected a Point geometry; got ${show(geometry)}`);
    return null;
  }
  if (geometry.type !== 'Point') {
    report('geometry.type', `expected "Point"; got ${show(geometry.type)}`);
    return null;
  }
  const position = checkLonLat(geometry.coordinates);
  if (position.ok) return position.value;
  report('geometry.coordinates', position.message);
  return null;
}

function isNonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Names claim their spelling first, then aliases in file order; see parseGazetteer for what is dropped. */
function uniqueSpellings(candidates: Candidate[], file: string, problems: Problem[]): Place[] {
  const owner = new Map<string, Candidate>();
  const named = candidates.filter((candidate) => {
    const key = candidate.place.name.toLowerCase();
    const other = owner.get(key);
    if (other === undefined) {
      owner.set(key, candidate);
      return true;
    }
    const message = `"${candidate.place.name}" is already the name of ${other.item}; ${ONE_PLACE}`;
    problems.push({ file, item: candidate.item, field: 'properties.name', message });
    return false;
  });

  return named.map((candidate) => {
    const aliases = candidate.place.aliases.filter((alias, i) => {
      const key = alias.toLowerCase();
      const other = owner.get(key);
      if (other === undefined) {
        owner.set(key, candidate);
        return true;
      }
      const message =
        other !== candidate
          ? `"${alias}" is also claimed by ${other.item}; ${ONE_PLACE}`
          : key === candidate.place.name.toLowerCase()
            ? `"${alias}" repeats the place's name; aliases list the other spellings`
            : `"${alias}" is listed twice`;
      problems.push({ file, item: candidate.item, field: `properties.aliases[${i}]`, message });
      return false;
    });
    return { ...candidate.place, aliases };
  });
}

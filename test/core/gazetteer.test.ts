import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../src/core/gazetteer.ts';
import { cleanText } from '../../src/core/text.ts';
import type { Place } from '../../src/core/types.ts';
import { collection, jsonError } from './fixtures/json.ts';

const FILE = 'gazetteer.geojson';

function realGazetteer(): Place[] {
  const { value, problems } = parseGazetteer(readFileSync('geo/gazetteer.geojson', 'utf8'), FILE);
  expect(problems).toEqual([]);
  return value;
}

function spellingsOf(place: Place): string[] {
  return [place.name, ...place.aliases].map((s) => s.toLowerCase());
}

function findBySpelling(places: Place[], spelling: string): Place | undefined {
  return places.find((p) => spellingsOf(p).includes(spelling.toLowerCase()));
}

/** A valid place feature; `properties` replace the defaults key by key (undefined deletes one). */
function feature(
  properties: Record<string, unknown> = {},
  geometry: unknown = { type: 'Point', coordinates: [20.06859, 32.11486] },
): Record<string, unknown> {
  const merged: Record<string, unknown> = {
    id: 'benghazi',
    name: 'Benghazi',
    aliases: ['Bengasi'],
    kind: 'city',
    geonames: 88319,
    coordSource: 'test',
    approximate: false,
    ...properties,
  };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return { type: 'Feature', properties: merged, geometry };
}

const BREGA = { id: 'brega', name: 'Brega', aliases: ['Marsa el Brega'] };

describe('parseGazetteer on the real gazetteer', () => {
  it('parses geo/gazetteer.geojson with no problems', () => {
    const { problems, value } = parseGazetteer(readFileSync('geo/gazetteer.geojson', 'utf8'), FILE);
    expect(problems).toEqual([]);
    expect(value.length).toBeGreaterThanOrEqual(18);
  });

  it('knows the six front-line towns under their press spellings', () => {
    const places = realGazetteer();
    const expected: [string, string[]][] = [
      ['benghazi', ['Benghazi']],
      ['ajdabiya', ['Ajdabiya']],
      ['brega', ['Brega']],
      ['ras_lanuf', ['Ras Lanuf']],
      ['sirte', ['Sirte', 'Sirt']],
      ['misrata', ['Misrata', 'Misurata']],
      ['bin_jawad', ['Bin Jawad', 'Bin Jawwad']],
    ];
    for (const [id, spellings] of expected) {
      for (const spelling of spellings) expect(findBySpelling(places, spelling)?.id, spelling).toBe(id);
    }
  });

  it('finds every place the four sources name, under the spelling each source uses', () => {
    const places = realGazetteer();
    const texts = readdirSync('geo/sources')
      .filter((name) => name.endsWith('.txt'))
      .map((name) => cleanText(readFileSync(`geo/sources/${name}`, 'utf8')).toLowerCase());
    const named = ['Benghazi', 'Brega', 'Ajdabiya', 'Ras Lanuf', 'Sirt', 'Bin Jawwad', 'Misrata', 'Tripoli', 'Derna', 'Beda'];
    for (const spelling of named) {
      expect(texts.some((text) => text.includes(spelling.toLowerCase())), `a source says "${spelling}"`).toBe(true);
      expect(findBySpelling(places, spelling), spelling).toBeDefined();
    }
  });

  it('does not take the wire story’s "al-Ojela" for Al Uqaylah', () => {
    expect(findBySpelling(realGazetteer(), 'al-Ojela')).toBeUndefined();
  });

  it('marks the estimated places approximate and says where their coordinates come from', () => {
    const places = realGazetteer();
    const approximate = places.filter((p) => p.approximate).map((p) => p.id).sort();
    expect(approximate).toEqual(['bishr', 'es_sider', 'harawa']);
    for (const place of places) expect(place.coordSource.length, place.id).toBeGreaterThan(10);
  });
});

describe('parseGazetteer on broken input', () => {
  it('reports text that is not JSON, quoting the JSON parser', () => {
    const text = '{ "type": "FeatureCollection", ';
    expect(parseGazetteer(text, FILE)).toEqual({
      value: [],
      problems: [{ file: FILE, item: '', field: '', message: `not valid JSON: ${jsonError(text)}` }],
    });
  });

  it('reports a file that is not a FeatureCollection', () => {
    const { problems } = parseGazetteer(JSON.stringify(feature()), FILE);
    expect(problems).toEqual([{ file: FILE, item: '', field: 'type', message: 'expected a FeatureCollection; got type "Feature"' }]);
  });

  it('reports a FeatureCollection whose features are not an array', () => {
    const { problems } = parseGazetteer('{"type":"FeatureCollection","features":{}}', FILE);
    expect(problems).toEqual([{ file: FILE, item: '', field: 'features', message: 'expected an array of features; got {}' }]);
  });

  it('reports a feature without geometry', () => {
    const bare = feature();
    delete bare.geometry;
    const { problems, value } = parseGazetteer(collection(bare), FILE);
    expect(value).toEqual([]);
    expect(problems).toEqual([
      { file: FILE, item: 'feature 0 (id "benghazi")', field: 'geometry', message: 'expected a Point geometry; got nothing' },
    ]);
  });

  it('reports a geometry that is not a Point', () => {
    const line = { type: 'LineString', coordinates: [[20, 32], [19, 31]] };
    const { problems } = parseGazetteer(collection(feature({}, line)), FILE);
    expect(problems).toEqual([
      { file: FILE, item: 'feature 0 (id "benghazi")', field: 'geometry.type', message: 'expected "Point"; got "LineString"' },
    ]);
  });

  it('reports coordinates that are strings rather than numbers', () => {
    const { problems } = parseGazetteer(collection(feature({}, { type: 'Point', coordinates: ['20.06859', 32.11486] })), FILE);
    expect(problems).toEqual([
      {
        file: FILE,
        item: 'feature 0 (id "benghazi")',
        field: 'geometry.coordinates',
        message: 'expected [lon, lat], two finite numbers; got ["20.06859",32.11486]',
      },
    ]);
  });

  it('reports coordinates with a third number', () => {
    const { problems } = parseGazetteer(collection(feature({}, { type: 'Point', coordinates: [20, 32, 5] })), FILE);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['geometry.coordinates', 'expected [lon, lat], two finite numbers; got [20,32,5]'],
    ]);
  });

  it('says when coordinates outside Libya look like [lat, lon]', () => {
    const { problems } = parseGazetteer(collection(feature({}, { type: 'Point', coordinates: [32.11486, 20.06859] })), FILE);
    expect(problems).toEqual([
      {
        file: FILE,
        item: 'feature 0 (id "benghazi")',
        field: 'geometry.coordinates',
        message: '[32.11486, 20.06859] lies outside Libya (lon 9–26, lat 19–34); looks like [lat, lon]; GeoJSON wants [lon, lat]',
      },
    ]);
  });

  it('reports coordinates outside Libya without a swap hint where swapping would not help', () => {
    const { problems } = parseGazetteer(collection(feature({}, { type: 'Point', coordinates: [2.35, 48.85] })), FILE);
    expect(problems.map((p) => p.message)).toEqual(['[2.35, 48.85] lies outside Libya (lon 9–26, lat 19–34)']);
  });

  it('reports a missing name', () => {
    const { problems } = parseGazetteer(collection(feature({ name: undefined })), FILE);
    expect(problems).toEqual([
      { file: FILE, item: 'feature 0 (id "benghazi")', field: 'properties.name', message: 'expected a non-empty string; got nothing' },
    ]);
  });

  it('reports an empty name', () => {
    const { problems } = parseGazetteer(collection(feature({ name: ' ' })), FILE);
    expect(problems.map((p) => [p.field, p.message])).toEqual([['properties.name', 'expected a non-empty string; got " "']]);
  });

  it('reports a missing id and names the feature by its index alone', () => {
    const { problems } = parseGazetteer(collection(feature(BREGA), feature({ id: undefined })), FILE);
    expect(problems).toEqual([
      { file: FILE, item: 'feature 1', field: 'properties.id', message: 'missing; expected a lowercase id ([a-z0-9_]+)' },
    ]);
  });

  it('reports an id that is not lowercase letters, digits and underscores', () => {
    const { problems } = parseGazetteer(collection(feature({ id: 'Ras Lanuf' })), FILE);
    expect(problems).toEqual([
      {
        file: FILE,
        item: 'feature 0 (id "Ras Lanuf")',
        field: 'properties.id',
        message: 'expected a lowercase id ([a-z0-9_]+); got "Ras Lanuf"',
      },
    ]);
  });

  it('reports a duplicate id on the later feature and keeps the first', () => {
    const { problems, value } = parseGazetteer(collection(feature(), feature({ name: 'Benghazi Two', aliases: [] })), FILE);
    expect(value.map((p) => p.name)).toEqual(['Benghazi']);
    expect(problems).toEqual([
      { file: FILE, item: 'feature 1 (id "benghazi")', field: 'properties.id', message: 'duplicate id; feature 0 (id "benghazi") has it too' },
    ]);
  });

  it('reports aliases that are not an array', () => {
    const { problems } = parseGazetteer(collection(feature({ aliases: 'Bengasi' })), FILE);
    expect(problems).toEqual([
      {
        file: FILE,
        item: 'feature 0 (id "benghazi")',
        field: 'properties.aliases',
        message: 'expected an array of non-empty strings; got "Bengasi"',
      },
    ]);
  });

  it('reports an alias that is not a non-empty string, by its index', () => {
    const { problems } = parseGazetteer(collection(feature({ aliases: ['Bengasi', ''] })), FILE);
    expect(problems).toEqual([
      { file: FILE, item: 'feature 0 (id "benghazi")', field: 'properties.aliases[1]', message: 'expected a non-empty string; got ""' },
    ]);
  });

  it('reports an alias claimed by two places, naming both, and leaves it with the first', () => {
    const { problems, value } = parseGazetteer(
      collection(feature({ aliases: ['Port'] }), feature({ ...BREGA, aliases: ['Marsa el Brega', 'PORT'] })),
      FILE,
    );
    expect(problems).toEqual([
      {
        file: FILE,
        item: 'feature 1 (id "brega")',
        field: 'properties.aliases[1]',
        message: '"PORT" is also claimed by feature 0 (id "benghazi"); a spelling may belong to one place only',
      },
    ]);
    expect(value.map((p) => p.aliases)).toEqual([['Port'], ['Marsa el Brega']]);
  });

  it('reports an alias that is another place’s name, whichever comes first in the file', () => {
    const { problems, value } = parseGazetteer(collection(feature({ ...BREGA, aliases: ['benghazi'] }), feature()), FILE);
    expect(problems).toEqual([
      {
        file: FILE,
        item: 'feature 0 (id "brega")',
        field: 'properties.aliases[0]',
        message: '"benghazi" is also claimed by feature 1 (id "benghazi"); a spelling may belong to one place only',
      },
    ]);
    expect(value.map((p) => p.id)).toEqual(['brega', 'benghazi']);
  });

  it('reports an alias that repeats the place’s own name', () => {
    const { problems, value } = parseGazetteer(collection(feature({ aliases: ['BENGHAZI', 'Bengasi'] })), FILE);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['properties.aliases[0]', '"BENGHAZI" repeats the place\'s name; aliases list the other spellings'],
    ]);
    expect(value[0]?.aliases).toEqual(['Bengasi']);
  });

  it('reports a name that another place already has and drops the later place', () => {
    const { problems, value } = parseGazetteer(collection(feature(), feature({ ...BREGA, name: 'benghazi' })), FILE);
    expect(problems).toEqual([
      {
        file: FILE,
        item: 'feature 1 (id "brega")',
        field: 'properties.name',
        message: '"benghazi" is already the name of feature 0 (id "benghazi"); a spelling may belong to one place only',
      },
    ]);
    expect(value.map((p) => p.id)).toEqual(['benghazi']);
  });

  it('reports a kind that is not one of the allowed', () => {
    const { problems } = parseGazetteer(collection(feature({ kind: 'port' })), FILE);
    expect(problems).toEqual([
      {
        file: FILE,
        item: 'feature 0 (id "benghazi")',
        field: 'properties.kind',
        message: 'expected one of city, town, village, oil-terminal, area; got "port"',
      },
    ]);
  });

  it('reports a GeoNames id that is not a positive integer', () => {
    for (const geonames of [-3, 1.5, '88319']) {
      const { problems } = parseGazetteer(collection(feature({ geonames })), FILE);
      expect(problems.map((p) => [p.field, p.message])).toEqual([
        ['properties.geonames', `expected a positive integer (GeoNames id) or null; got ${JSON.stringify(geonames)}`],
      ]);
    }
  });

  it('accepts null for an unknown GeoNames id', () => {
    const { problems, value } = parseGazetteer(collection(feature({ geonames: null })), FILE);
    expect(problems).toEqual([]);
    expect(value[0]?.geonames).toBeNull();
  });

  it('reports approximate that is not a boolean', () => {
    const { problems } = parseGazetteer(collection(feature({ approximate: 'yes' })), FILE);
    expect(problems).toEqual([
      { file: FILE, item: 'feature 0 (id "benghazi")', field: 'properties.approximate', message: 'expected true or false; got "yes"' },
    ]);
  });

  it('reports every faulty field of a feature, not only the first', () => {
    const { problems } = parseGazetteer(collection(feature({ name: '', kind: 'port', approximate: 1 }, null)), FILE);
    expect(problems.map((p) => p.field)).toEqual(['geometry', 'properties.name', 'properties.kind', 'properties.approximate']);
  });

  it('keeps every valid place beside invalid ones and lists a problem for each invalid one', () => {
    const text = collection(
      feature(),
      feature({ id: 'x', name: 'X', aliases: [], kind: 'port' }),
      feature(BREGA),
      feature({ id: 'y', name: 'Y', aliases: [], approximate: null }),
    );
    const { problems, value } = parseGazetteer(text, FILE);
    expect(value.map((p) => p.id)).toEqual(['benghazi', 'brega']);
    expect(problems.map((p) => p.item)).toEqual(['feature 1 (id "x")', 'feature 3 (id "y")']);
  });

  it('returns each place with its [lon, lat] and properties', () => {
    const { value } = parseGazetteer(collection(feature()), FILE);
    expect(value).toEqual([
      {
        id: 'benghazi',
        name: 'Benghazi',
        aliases: ['Bengasi'],
        kind: 'city',
        geonames: 88319,
        coordSource: 'test',
        approximate: false,
        coordinates: [20.06859, 32.11486],
      },
    ]);
  });
});

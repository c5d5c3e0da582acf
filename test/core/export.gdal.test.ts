import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GEO_DIR, folderReader } from '../../src/cli/files.ts';
import { analyse, prepare, type Analysis } from '../../src/core/analysis.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import {
  mentionsCollection, serialize, snapshotCollection, timelineCollection, type FrontlineCollection,
} from '../../src/core/export.ts';
import type { Day } from '../../src/core/types.ts';

/**
 * QGIS reads GeoJSON through GDAL's OGR driver and takes its field types from it: the temporal controller's
 * "separate fields for start and end" wants Date fields, and a JSON sub-type makes QGIS parse the citations.
 * These tests read each export the way QGIS does, with `ogrinfo`, where GDAL is installed (Debian: gdal-bin).
 */
const ogrinfo = (args: string[]): string =>
  execFileSync('ogrinfo', args, { encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
const GDAL = (() => {
  try {
    return ogrinfo(['--version']).trim();
  } catch {
    return null;
  }
})();
const title = GDAL === null
  ? 'GDAL reading the exports: skipped, because ogrinfo is not on PATH (install GDAL, e.g. Debian\'s gdal-bin, to run it)'
  : `GDAL (${GDAL}) reads each export with the field types QGIS needs`;

/** Field types as `ogrinfo -so` lists them, e.g. `{ start: 'Date', citations: 'String(JSON)' }`, and the counts. */
interface Summary {
  geometry: string;
  count: number;
  fields: Record<string, string>;
}

function summary(file: string): Summary {
  const text = ogrinfo(['-ro', '-al', '-so', '-nomd', file]);
  const fields = Object.fromEntries(
    [...text.matchAll(/^(\S+): (\w+(?:\(\w+\))?) \(\d+\.\d+\)$/gm)].map((m) => [m[1]!, m[2]!]),
  );
  return {
    geometry: /^Geometry: (.+)$/m.exec(text)?.[1] ?? '',
    count: Number(/^Feature Count: (\d+)$/m.exec(text)?.[1]),
    fields,
  };
}

/** Each feature's fields as `ogrinfo` prints them (`start (Date) = 2011/03/19`), as text. */
function features(file: string): Record<string, string>[] {
  const text = ogrinfo(['-ro', '-al', '-q', file]);
  return text.split(/^OGRFeature\(.*\):\d+$/m).slice(1).map((block) =>
    Object.fromEntries([...block.matchAll(/^ {2}(\S+) \([^=]*\) = (.*)$/gm)].map((m) => [m[1]!, m[2]!])),
  );
}

describe.skipIf(GDAL === null)(title, () => {
  let dir: string;
  let analysis: Analysis;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'frontline-gdal-'));
    const { dataset } = await loadDataset(folderReader(DEFAULT_GEO_DIR));
    analysis = analyse(prepare(dataset));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function written(name: string, fc: FrontlineCollection): Promise<string> {
    const text = serialize(fc);
    expect(() => check(text)).not.toThrow();
    const file = join(dir, `${name}.geojson`);
    await writeFile(file, text);
    return file;
  }

  it('reads the timeline as Points with start, end and lastDay as Date fields and citations as JSON', async () => {
    const fc = timelineCollection(analysis);
    const read = summary(await written('timeline', fc));
    expect(read).toMatchObject({ geometry: 'Point', count: fc.features.length });
    expect(read.fields).toMatchObject({
      start: 'Date', end: 'Date', lastDay: 'Date', citations: 'String(JSON)', state: 'String',
      stale: 'Integer(Boolean)', uncertain: 'Integer(Boolean)',
    });
  });

  it('reads every interval’s start and end as the days the core gives, and its citations as the same JSON', async () => {
    const fc = timelineCollection(analysis);
    const read = features(await written('timeline', fc));
    const asGdal = (day: unknown) => String(day).replaceAll('-', '/');
    expect(read.map((f) => [f.place, f.start, f.end])).toEqual(
      fc.features.map((f) => [f.properties!.place, asGdal(f.properties!.start), asGdal(f.properties!.end)]),
    );
    expect(read.map((f) => JSON.parse(f.citations!))).toEqual(fc.features.map((f) => f.properties!.citations));
  });

  it('reads a snapshot with since and until as Date fields and citations as JSON', async () => {
    const fc = snapshotCollection(analysis, '2011-03-30' as Day);
    const read = summary(await written('snapshot', fc));
    expect(read.count).toBe(fc.features.length);
    expect(read.fields).toMatchObject({
      since: 'Date', until: 'Date', citations: 'String(JSON)', km: 'Real', mentions: 'Integer', fromKm: 'Real',
    });
  });

  it('reads the mentions as Points with their offsets as whole numbers and the sentence as text', async () => {
    const fc = mentionsCollection(analysis);
    const read = summary(await written('mentions', fc));
    expect(read).toMatchObject({ geometry: 'Point', count: fc.features.length });
    expect(read.fields).toMatchObject({ start: 'Integer', end: 'Integer', surface: 'String', sentence: 'String' });
  });
});

import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GEO_DIR, folderReader } from '../../src/cli/files.ts';
import { main } from '../../src/cli/main.ts';
import { analyse, prepare } from '../../src/core/analysis.ts';
import { addDays, daysBetween } from '../../src/core/dates.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { stateAt } from '../../src/core/timeline.ts';

const quiet = { out: () => undefined, err: () => undefined };

/**
 * The whole workflow on the four seeds: a data folder with the gazetteer and the highway and nothing else, each
 * source added with `add --accept all` as a reader would, and the map that comes out of the machine's claims
 * compared with the map of the claims a person coded, day by day and place by place.
 */
describe('add --accept all of the four sources', () => {
  it("reproduces today's map on at least 90% of (place, day) cells, and on 90% of those where both maps say something", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frontline-reproduce-'));
    await mkdir(join(dir, 'sources'));
    for (const file of ['gazetteer.geojson', 'highway.geojson']) await copyFile(join(DEFAULT_GEO_DIR, file), join(dir, file));
    await writeFile(join(dir, 'sources', 'manifest.json'), '{ "sources": [] }\n');
    await writeFile(join(dir, 'claims.json'), '{ "claims": [] }\n');

    const today = await loadDataset(folderReader(DEFAULT_GEO_DIR));
    for (const source of today.dataset.sources) {
      const argv = ['add', join(DEFAULT_GEO_DIR, 'sources', source.file), '--published', source.published, '--accept', 'all'];
      if (source.outlet) argv.push('--outlet', source.outlet);
      expect(await main([...argv, '--geo', dir], quiet)).toBe(0);
    }
    const added = await loadDataset(folderReader(dir));
    expect(added.problems).toEqual([]);
    expect(added.dataset.sources).toHaveLength(4);
    expect(added.dataset.claims.length).toBeGreaterThan(10);
    expect(added.dataset.claims.every((c) => c.reviewed === false)).toBe(true);

    const coded = analyse(prepare(today.dataset));
    const suggested = analyse(prepare(added.dataset));
    const { start, end } = coded.timeline.domain;
    const cells = { all: 0, agree: 0, bothStated: 0, bothAgree: 0 };
    for (let day = start; day <= end; day = addDays(day, 1)) {
      const got = new Map(stateAt(suggested.timeline, day).map((i) => [i.place, i.state]));
      for (const { place, state } of stateAt(coded.timeline, day)) {
        const theirs = got.get(place) ?? 'no-report';
        cells.all++;
        if (theirs === state) cells.agree++;
        if (state !== 'no-report' && theirs !== 'no-report') {
          cells.bothStated++;
          if (theirs === state) cells.bothAgree++;
        }
      }
    }
    expect(cells.all).toBe(coded.timeline.places.length * (daysBetween(start, end) + 1));
    expect(cells.agree / cells.all).toBeGreaterThanOrEqual(0.9);
    expect(cells.bothStated).toBeGreaterThan(20);
    expect(cells.bothAgree / cells.bothStated).toBeGreaterThanOrEqual(0.9);
  });
});

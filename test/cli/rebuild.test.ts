import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { folderReader } from '../../src/cli/files.ts';
import { analyse, prepare, type Analysis } from '../../src/core/analysis.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { addDays } from '../../src/core/dates.ts';
import { stateAt } from '../../src/core/timeline.ts';
import type { Day } from '../../src/core/types.ts';
import { run } from './cli.ts';

async function analysisOf(geo: string): Promise<Analysis> {
  const { dataset, problems } = await loadDataset(folderReader(geo));
  expect(problems).toEqual([]);
  return analyse(prepare(dataset));
}

/** Each place's state on each day of the domain, as `place day → state`. */
function cells(analysis: Analysis, start: Day, end: Day): Map<string, string> {
  const states = new Map<string, string>();
  for (let day = start; day <= end; day = addDays(day, 1)) {
    for (const interval of stateAt(analysis.timeline, day)) states.set(`${interval.place} ${day}`, interval.state);
  }
  return states;
}

test('add --accept all of the four sources into a geo/ with no sources or claims draws today’s map on 90% of place-days', async () => {
  const today = await analysisOf('geo');
  const geo = join(await mkdtemp(join(tmpdir(), 'frontline-rebuild-')), 'geo');
  await mkdir(join(geo, 'sources'), { recursive: true });
  for (const name of ['gazetteer.geojson', 'highway.geojson']) await cp(join('geo', name), join(geo, name));
  await writeFile(join(geo, 'sources/manifest.json'), '{\n  "sources": []\n}\n');
  await writeFile(join(geo, 'claims.json'), '{\n  "claims": []\n}\n');
  for (const source of today.dataset.sources) {
    const flags = ['--published', source.published, ...(source.outlet ? ['--outlet', source.outlet] : [])];
    const { code, err } = await run('add', join('geo/sources', source.file), ...flags, '--accept', 'all', '--geo', geo);
    expect(err).toBe('');
    expect(code).toBe(0);
  }
  const rebuilt = await analysisOf(geo);
  expect(rebuilt.dataset.claims.every((c) => c.reviewed === false)).toBe(true);

  const { start, end } = today.timeline.domain;
  const expected = cells(today, start, end);
  const got = cells(rebuilt, start, end);
  const agree = [...expected].filter(([cell, state]) => got.get(cell) === state).length;
  const reported = [...expected].filter(([, state]) => state !== 'no-report');
  const agreeReported = reported.filter(([cell, state]) => got.get(cell) === state).length;
  console.log(`rebuilt map: ${agree}/${expected.size} place-days agree (${((100 * agree) / expected.size).toFixed(1)}%); ` +
    `of the ${reported.length} with a report today, ${agreeReported} (${((100 * agreeReported) / reported.length).toFixed(1)}%)`);
  expect(agree / expected.size).toBeGreaterThanOrEqual(0.9);
});

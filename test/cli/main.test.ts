import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { DEFAULT_GEO_DIR, folderReader } from '../../src/cli/files.ts';
import { main } from '../../src/cli/main.ts';
import { analyse, prepare } from '../../src/core/analysis.ts';
import { claimRows, claimsCsv } from '../../src/core/claimtable.ts';
import { loadDataset } from '../../src/core/dataset.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

async function copyOfGeo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frontline-geo-'));
  await cp('geo', dir, { recursive: true });
  return dir;
}

describe('frontline CLI', () => {
  test('validate accepts the shipped data and counts it', async () => {
    const { code, out, err } = await run('validate');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ ok: true, sources: 4 });
  });

  test('validate lists every problem in a broken gazetteer at once and exits 1', async () => {
    const dir = await copyOfGeo();
    const gazetteer = JSON.parse(await readFile(join(dir, 'gazetteer.geojson'), 'utf8'));
    gazetteer.features[0].geometry.coordinates = ['20.1', 32.1];
    gazetteer.features[1].properties.id = gazetteer.features[2].properties.id;
    await writeFile(join(dir, 'gazetteer.geojson'), JSON.stringify(gazetteer));
    const { code, err } = await run('validate', '--geo', dir);
    expect(code).toBe(1);
    const lines = err.trim().split('\n');
    expect(lines.some((l) => l.startsWith('gazetteer.geojson: feature 0') && l.includes('coordinates'))).toBe(true);
    expect(lines.some((l) => l.startsWith('gazetteer.geojson: feature 2') && l.includes('id'))).toBe(true);
  });

  test('state --date answers for every place on that day', async () => {
    const { code, out } = await run('state', '--date', '2011-03-30');
    expect(code).toBe(0);
    const states = JSON.parse(out) as { place: string; state: string }[];
    expect(states.find((s) => s.place === 'brega')?.state).toBe('government');
  });

  test('state refuses a date that is not a calendar day', async () => {
    const { code, err } = await run('state', '--date', '2011-02-30');
    expect(code).toBe(1);
    expect(err).toBe('frontline: --date must be a calendar day as YYYY-MM-DD, not "2011-02-30"\n');
  });

  test('mentions --source lists only that source and refuses an unknown one', async () => {
    const nyt = JSON.parse((await run('mentions', '--source', 'nyt-2011-03-30')).out) as { source: string }[];
    expect(nyt.length).toBeGreaterThan(0);
    expect(new Set(nyt.map((m) => m.source))).toEqual(new Set(['nyt-2011-03-30']));
    const unknown = await run('mentions', '--source', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('unknown source "nope"');
  });

  test('mentions FILE finds places and the dateline in any text file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frontline-text-'));
    const file = join(dir, 'dispatch.txt');
    await writeFile(file, 'SIRTE, Libya — Fighters left Bin Jawad for Misurata&rsquo;s port.\n');
    const { code, out } = await run('mentions', file, '--published', '2011-04-02');
    expect(code).toBe(0);
    const result = JSON.parse(out) as { dateline: string; mentions: { place: string; surface: string }[] };
    expect(result.dateline).toBe('sirte');
    expect(result.mentions.map((m) => [m.place, m.surface])).toEqual([
      ['sirte', 'SIRTE'],
      ['bin_jawad', 'Bin Jawad'],
      ['misrata', 'Misurata'],
    ]);
  });

  test('export snapshot prints the same bytes twice and needs a date', async () => {
    const first = await run('export', 'snapshot', '--date', '2011-03-31');
    const second = await run('export', 'snapshot', '--date', '2011-03-31');
    expect(first.code).toBe(0);
    expect(first.out).toBe(second.out);
    expect(JSON.parse(first.out).type).toBe('FeatureCollection');
    const missing = await run('export', 'snapshot');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('frontline: --date YYYY-MM-DD is required\n');
  });

  test('export claims --format csv prints the core’s CSV, a row per claim', async () => {
    const { dataset } = await loadDataset(folderReader(DEFAULT_GEO_DIR));
    const analysis = analyse(prepare(dataset));
    const { code, out, err } = await run('export', 'claims', '--format', 'csv');
    expect([code, err]).toEqual([0, '']);
    expect(out).toBe(claimsCsv(analysis));
    expect(out.split('\r\n')[0]).toBe('\uFEFFevent_date,time_precision,location,latitude,longitude,geo_precision,side,event,source,outlet,published,quote,claimant,reviewed');
  });

  test('export claims without --format prints the same rows as JSON', async () => {
    const { dataset } = await loadDataset(folderReader(DEFAULT_GEO_DIR));
    const { code, out } = await run('export', 'claims');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(claimRows(analyse(prepare(dataset))));
  });

  test('export refuses an unknown --format, and --format on anything but claims', async () => {
    expect(await run('export', 'claims', '--format', 'xlsx')).toEqual({
      code: 1, out: '', err: 'frontline: --format must be json or csv, not "xlsx"\n',
    });
    expect(await run('export', 'timeline', '--format', 'csv')).toEqual({
      code: 1, out: '', err: 'frontline: --format goes with export claims only\n',
    });
  });

  test('export --help explains the claims columns and the CSV', async () => {
    const { code, out } = await run('export', '--help');
    expect(code).toBe(0);
    expect(out).toContain('claims [--format json|csv]');
    expect(out).toContain('time_precision (1 the day');
  });

  test('every command has its own --help', async () => {
    for (const command of ['validate', 'places', 'mentions', 'claims', 'state', 'export']) {
      const { code, out } = await run(command, '--help');
      expect(code).toBe(0);
      expect(out).toContain(`usage: frontline ${command}`);
    }
  });

  test('an unknown command exits 1 with a hint', async () => {
    const { code, err } = await run('frobnicate');
    expect(code).toBe(1);
    expect(err).toBe('frontline: unknown command "frobnicate"; try --help\n');
  });

  test('npm run geo runs the CLI as the README shows', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'geo', '--', 'validate'], { encoding: 'utf8' });
    expect(JSON.parse(stdout)).toMatchObject({ ok: true });
  });
});

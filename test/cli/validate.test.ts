import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

async function temporary(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function copyOfGeo(): Promise<string> {
  const dir = await temporary('frontline-validate-');
  await cp('geo', dir, { recursive: true });
  return dir;
}

interface Feature {
  properties: Record<string, unknown> & { id: string; aliases: string[] };
  geometry?: { type: string; coordinates: unknown };
}

/** Breaks seven places that no claim cites, each in one of the ways a hand edit goes wrong. */
async function breakGazetteer(dir: string): Promise<void> {
  const path = join(dir, 'gazetteer.geojson');
  const gazetteer = JSON.parse(await readFile(path, 'utf8')) as { features: Feature[] };
  const at = (index: number, id: string): Feature => {
    const feature = gazetteer.features[index]!;
    expect(feature.properties.id, 'the shipped gazetteer changed order').toBe(id);
    return feature;
  };
  at(1, 'qaminis').geometry!.coordinates = ['20.01697', 31.6576];
  delete at(2, 'zuwaytinah').geometry;
  at(3, 'sultan').geometry!.coordinates = [31.09396, 20.22329];
  at(6, 'bishr').geometry!.coordinates = [2.35, 48.85];
  at(11, 'nofaliya').properties.name = '';
  at(13, 'qasr_abu_hadi').properties.id = 'harawa';
  at(16, 'zliten').properties.aliases.push('Bengasi');
  await writeFile(path, JSON.stringify(gazetteer, null, 2));
}

/** Every file under `dir` with the SHA-256 of its bytes. */
async function hashes(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  const pairs = await Promise.all(
    names.map(async (name) => [name, createHash('sha256').update(await readFile(name)).digest('hex')] as const),
  );
  return Object.fromEntries(pairs.sort(([a], [b]) => a.localeCompare(b)));
}

describe('frontline validate on a broken gazetteer', () => {
  test('lists every problem in the file at once, each naming file, feature and field, and exits 1', async () => {
    const dir = await copyOfGeo();
    await breakGazetteer(dir);
    const { code, out, err } = await run('validate', '--geo', dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    const outside = '(lon 9–26, lat 19–34)';
    expect(err.split('\n')).toEqual([
      'gazetteer.geojson: feature 1 (id "qaminis"): geometry.coordinates: expected [lon, lat], two finite numbers; got ["20.01697",31.6576]',
      'gazetteer.geojson: feature 2 (id "zuwaytinah"): geometry: expected a Point geometry; got nothing',
      `gazetteer.geojson: feature 3 (id "sultan"): geometry.coordinates: [31.09396, 20.22329] lies outside Libya ${outside}; looks like [lat, lon]; GeoJSON wants [lon, lat]`,
      `gazetteer.geojson: feature 6 (id "bishr"): geometry.coordinates: [2.35, 48.85] lies outside Libya ${outside}`,
      'gazetteer.geojson: feature 11 (id "nofaliya"): properties.name: expected a non-empty string; got ""',
      'gazetteer.geojson: feature 13 (id "harawa"): properties.id: duplicate id; feature 12 (id "harawa") has it too',
      'gazetteer.geojson: feature 16 (id "zliten"): properties.aliases[2]: "Bengasi" is also claimed by feature 0 (id "benghazi"); a spelling may belong to one place only',
      `7 problems in ${dir}`,
      '',
    ]);
  });

  test('never changes a byte of any file in the folder, whatever it finds', async () => {
    const dir = await copyOfGeo();
    await breakGazetteer(dir);
    await writeFile(join(dir, 'claims.json'), '{"claims": [');
    await writeFile(join(dir, 'sources/000_1e5c581d3682f255.txt'), Buffer.from([0x42, 0x72, 0x65, 0x67, 0x61, 0xff]));
    await writeFile(join(dir, 'sources/001_2e6bfad484ef333b.txt'), '');
    const before = await hashes(dir);
    expect(Object.keys(before)).toHaveLength(8);
    expect((await run('validate', '--geo', dir)).code).toBe(1);
    expect((await run('export', 'timeline', '--geo', dir)).code).toBe(0);
    expect(await hashes(dir)).toEqual(before);
  });
});

describe('frontline mentions FILE', () => {
  test('refuses a file that is not UTF-8, naming it and the offset of its first bad byte', async () => {
    const dir = await temporary('frontline-latin1-');
    const file = join(dir, 'dispatch.txt');
    await writeFile(file, Buffer.concat([Buffer.from('Rebels left Brega for Ajdabiya, caf'), Buffer.from([0xe9, 0x2e])]));
    const { code, out, err } = await run('mentions', file, '--published', '2011-03-31');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`frontline: ${file}: not valid UTF-8 (first bad byte at offset 35); save the file as UTF-8\n`);
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Changes } from '../../src/core/changes.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe('frontline changes', () => {
  test('prints what changed from 28 to 31 March as JSON: Ras Lanuf and Bin Jawad to the government, the front east', async () => {
    const { code, out, err } = await run('changes', '--from', '2011-03-28', '--to', '2011-03-31');
    expect([code, err]).toEqual([0, '']);
    const changes = JSON.parse(out) as Changes;
    const of = (id: string) => changes.places.find((p) => p.place === id);
    expect([of('ras_lanuf')?.from, of('ras_lanuf')?.to, of('bin_jawad')?.from, of('bin_jawad')?.to]).toEqual([
      'rebel', 'government', 'rebel', 'government',
    ]);
    expect(changes.fronts.find((f) => f.id === 'east')?.direction).toBe('east');
  });

  test('gives each change the quotes, outlets and dates that say so', async () => {
    const changes = JSON.parse((await run('changes', '--from', '2011-03-28', '--to', '2011-03-31')).out) as Changes;
    const citations = changes.places.find((p) => p.place === 'bin_jawad')!.steps.flatMap((s) => s.citations);
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) expect([typeof c.quote, typeof c.outlet, typeof c.date]).toEqual(['string', 'string', 'string']);
  });

  test('refuses a --to before --from, or a missing or malformed day, in one line with exit code 1', async () => {
    for (const [argv, message] of [
      [['--from', '2011-03-31', '--to', '2011-03-28'], '--to 2011-03-28 is before --from 2011-03-31'],
      [['--from', '2011-03-31'], '--to YYYY-MM-DD is required'],
      [['--from', '2011-02-30', '--to', '2011-03-31'], '--from must be a calendar day'],
    ] as const) {
      const { code, out, err } = await run('changes', ...argv);
      expect([code, out, err.split('\n').length]).toEqual([1, '', 2]);
      expect(err).toContain(message);
    }
  });

  test('export changes prints the GeoJSON the Export menu saves, byte for byte the golden file', async () => {
    const { code, out } = await run('export', 'changes', '--from', '2011-03-28', '--to', '2011-03-31');
    expect(code).toBe(0);
    expect(out).toBe(await readFile('test/golden/export/changes-2011-03-28-2011-03-31.geojson', 'utf8'));
  });

  test('is listed in --help', async () => {
    const { out } = await run('--help');
    expect(out).toMatch(/changes --from YYYY-MM-DD --to YYYY-MM-DD\s+what changed between two days/);
  });
});

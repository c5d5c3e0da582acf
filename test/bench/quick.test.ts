import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SECTIONS = ['mentions', 'timeline', 'snapshot', 'viewer', 'download'];

describe('npm run bench -- --quick', () => {
  it('runs every part of the benchmark on small inputs, exits 0 and reports a result for each part', () => {
    rmSync(resolve(ROOT, 'bench/results.quick.json'), { force: true });
    const run = spawnSync('npm', ['run', '-s', 'bench', '--', '--quick'], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    const report = JSON.parse(readFileSync(resolve(ROOT, 'bench/results.quick.json'), 'utf8')) as {
      results: { section: string; value: number }[];
      checks: { ok: boolean }[];
      failures: string[];
    };
    for (const section of SECTIONS) {
      expect(output, `no row for ${section} in the printed table`).toMatch(new RegExp(`^\\| ${section} +\\|`, 'm'));
      expect(report.results.filter((r) => r.section === section && Number.isFinite(r.value)).length, section).toBeGreaterThan(0);
    }
    expect(report.failures).toEqual([]);
    expect(report.checks.length).toBeGreaterThanOrEqual(3);
    expect(report.checks.every((c) => c.ok)).toBe(true);
  }, 300_000);
});

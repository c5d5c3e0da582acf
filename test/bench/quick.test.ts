import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, onTestFinished, test } from 'vitest';
import { endAll, listeningPorts, MARKER, processesOf, survivorsOf } from './processes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SECTIONS = ['mentions', 'timeline', 'snapshot', 'suggest', 'viewer', 'importer', 'download'];
/** The parts measured against a baseline in the same run. */
const WITH_BASELINE = ['mentions', 'timeline', 'suggest', 'viewer', 'importer'];

interface Row {
  section: string;
  measure: string;
  value: number;
  unit: string;
  goal: { op: string; value: number; kind: string } | null;
  perReference: { value: number } | null;
  note?: string;
}

/** The one row of `section` whose measure starts with `measure`. */
function rowOf(results: readonly Row[], section: string, measure: string): Row {
  const rows = results.filter((r) => r.section === section && r.measure.startsWith(measure));
  expect(rows.map((r) => r.measure), `rows of ${section} starting "${measure}"`).toHaveLength(1);
  return rows[0]!;
}

interface Run {
  id: string;
  status: number | null;
  output: string;
  ms: number;
  /** It had to be ended: it did not finish by itself within the time it was given. */
  ended: boolean;
}

/**
 * Runs `npm run -s bench -- --quick [args]` with `env` added and its own marker; one still running after `timeout` ms
 * is ended, and so is every process it started once the test is over, whatever happened.
 */
function quickBench(env: Record<string, string>, timeout: number, args: string[] = []): Promise<Run> {
  const id = randomUUID();
  const start = performance.now();
  const child = spawn('npm', ['run', '-s', 'bench', '--', '--quick', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, [MARKER]: id },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => endAll(id));
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let ended = false;
  const timer = setTimeout(() => {
    ended = true;
    void endAll(id);
  }, timeout);
  return new Promise((done) => {
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ id, status, output, ms: performance.now() - start, ended });
    });
  });
}

describe.runIf(process.platform === 'linux')('npm run bench -- --quick', () => {
  // Only the parts that start a browser and servers: what is left running when a browser cannot be found.
  it('with a browser that cannot be found, fails fast with one clear line and leaves nothing running or listening', async () => {
    const report = resolve(ROOT, 'bench/results.quick.json');
    const before = existsSync(report) ? readFileSync(report, 'utf8') : null;
    const run = await quickBench({ CHROMIUM_PATH: '/nonexistent' }, 120_000, ['--only', 'viewer,importer']);
    expect(run.ended, `still running after 120 s:\n${run.output}`).toBe(false);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain(
      '[viewer] FAILED: CHROMIUM_PATH=/nonexistent: no such file; set CHROMIUM_PATH to a Chromium or Chrome executable, or unset it\n',
    );
    // The cause is fixed, not only caught by the run's last resort, which ends a run that something holds open.
    expect(run.output).not.toContain('bench: still running');
    expect(run.output).not.toMatch(/^\[(mentions|timeline|snapshot|suggest|download)\]/m);
    expect(existsSync(report) ? readFileSync(report, 'utf8') : null, 'a partial run replaced the stored report').toBe(before);
    const left = await survivorsOf(run.id);
    expect(listeningPorts(left.map((p) => p.pid)), 'ports still listening').toEqual([]);
    expect(left, 'processes still running').toEqual([]);
  }, 150_000);

  it('runs every part of the benchmark on small inputs, exits 0, reports a result for each part, the speed index and the ratio goals, and leaves nothing running', async () => {
    rmSync(resolve(ROOT, 'bench/results.quick.json'), { force: true });
    const run = await quickBench({}, 240_000);
    expect(run.ended, `still running after 240 s:\n${run.output}`).toBe(false);
    expect(run.status, run.output).toBe(0);
    const report = JSON.parse(readFileSync(resolve(ROOT, 'bench/results.quick.json'), 'utf8')) as {
      speedIndex: { ms: number };
      results: Row[];
      checks: { check: string; ok: boolean }[];
      failures: string[];
    };
    for (const section of SECTIONS) {
      expect(run.output, `no row for ${section} in the printed table`).toMatch(new RegExp(`^\\| ${section} +\\|`, 'm'));
      expect(report.results.filter((r) => r.section === section && Number.isFinite(r.value)).length, section).toBeGreaterThan(0);
    }
    expect(run.output).toMatch(/^speed index: [\d.,]+ ms/m);
    expect(report.speedIndex.ms).toBeGreaterThan(0);
    const times = report.results.filter((r) => r.unit === 'ms');
    expect(times.every((r) => Number.isFinite(r.perReference?.value)), 'a time without its figure per reference').toBe(true);
    expect(report.results.every((r) => r.goal === null || ['ratio', 'absolute'].includes(r.goal.kind))).toBe(true);
    for (const section of WITH_BASELINE) {
      expect(report.results.some((r) => r.section === section && r.goal?.kind === 'ratio'), `no ratio goal in ${section}`).toBe(true);
    }
    // The importer, in the page: Find claims (first call and later ones) and accepting, each against its baseline.
    const importer = (measure: string, unit: string, goal: Row['goal']): Row => {
      const row = rowOf(report.results, 'importer', measure);
      expect(row.unit, measure).toBe(unit);
      expect(row.goal, measure).toEqual(goal);
      expect(row.value, measure).toBeGreaterThan(0);
      return row;
    };
    const upTo = (value: number) => ({ op: '<=', value, kind: 'absolute' });
    const ratio = (value: number) => ({ op: '>=', value, kind: 'ratio' });
    importer('Find claims, 1,500-word article, first call in a page', 'ms', upTo(300));
    importer('Find claims, 1,500-word article, later calls', 'ms', upTo(300));
    importer('naive: first call in the page', 'ms', null);
    importer('naive: later calls in the page', 'ms', null);
    importer('Find claims / naive, first call', '×', ratio(1));
    importer('Find claims / naive, later calls', '×', ratio(1));
    importer('accept a claim until the map shows it, 10 added sources (median)', 'ms', upTo(100));
    importer('accept a claim until the map shows it, 10 added sources (p95)', 'ms', upTo(100));
    importer('baseline: reload until the map is drawn, 10 added sources', 'ms', null);
    importer('accept: reload / accept in place', '×', ratio(3));
    expect(report.checks.filter((c) => c.check.startsWith('importer:')).length, 'the importer\'s checks').toBe(3);
    // What the first load carries, apart from the importer's chunk and the other chunks loaded when asked for.
    const first = rowOf(report.results, 'download', 'first-load JavaScript, gzip');
    expect([first.unit, first.goal]).toEqual(['kB', upTo(90)]);
    expect(first.note).toMatch(/\bindex\b/);
    expect(first.note).not.toMatch(/importer|mapworker/);
    const worker = rowOf(report.results, 'download', 'map worker, gzip');
    expect(worker.note).toBe('mapworker');
    expect(worker.value).toBeGreaterThan(0);
    const chunk = rowOf(report.results, 'download', 'importer chunk, gzip');
    expect([chunk.unit, chunk.goal]).toEqual(['kB', upTo(150)]);
    expect(chunk.value).toBeGreaterThan(0);
    expect(Number.isFinite(rowOf(report.results, 'download', 'other lazy chunks, gzip').value)).toBe(true);
    expect(report.results.some((r) => r.section === 'download' && r.measure === 'JavaScript, gzip'), 'a row summing every chunk').toBe(false);
    expect(report.failures).toEqual([]);
    expect(report.checks.length).toBeGreaterThanOrEqual(3);
    expect(report.checks.every((c) => c.ok)).toBe(true);
    expect(await survivorsOf(run.id), 'processes still running').toEqual([]);
  }, 270_000);
});

test('--only with a name that is no part says which parts there are, and runs nothing', () => {
  const run = spawnSync('npm', ['run', '-s', 'bench', '--', '--quick', '--only', 'viewer,sliders'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('bench: --only takes parts separated by commas, of mentions, timeline, snapshot, suggest, viewer, importer, download; got "viewer,sliders"');
  expect(run.stdout).not.toContain('speed index');
});

describe.runIf(process.platform === 'linux')('what a run leaves behind', () => {
  it('is found by its marker: the process and the port it listens on, and endAll ends it', async () => {
    const id = randomUUID();
    const server = "require('node:http').createServer().listen(0, '127.0.0.1', function () { console.log(this.address().port); });";
    const child = spawn(process.execPath, ['-e', server], { env: { ...process.env, [MARKER]: id }, stdio: ['ignore', 'pipe', 'inherit'] });
    onTestFinished(() => endAll(id));
    const port = await new Promise<number>((done) => child.stdout.once('data', (chunk: Buffer) => done(Number(chunk.toString()))));
    expect(processesOf(id).map((p) => p.pid)).toEqual([child.pid]);
    expect(listeningPorts([child.pid!])).toEqual([port]);
    await endAll(id);
    expect(await survivorsOf(id)).toEqual([]);
  });
});

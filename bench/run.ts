/**
 * `npm run bench [-- --quick] [--only PART,…]`: measures the real code paths on the real and on generated data, beside baselines
 * measured in the same run and the machine's speed index, prints a table and writes bench/results.json
 * (bench/results.quick.json with --quick). Exit 1 where a correctness check fails or a part cannot run; in a full
 * run, also where a ratio goal is missed (absolute goals are information: see `GoalKind`). `--only` runs just the
 * parts named (to work on one, or to see how a part fails) and leaves the stored report as it was.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_GEO_DIR, folderReader } from '../src/cli/files.ts';
import { loadDataset } from '../src/core/dataset.ts';
import { formatProblem } from '../src/core/problems.ts';
import { FULL, generateGeo, QUICK } from './generate.ts';
import { format, table, withReference, type Result } from './measure.ts';
import { measureSpeedIndex, REFERENCE_CHECKSUM } from './reference.ts';
import { sentencesOf } from './prose.ts';
import { mentionSection, snapshotSection, timelineSection, type Check, type Repetitions } from './sections.ts';
import { buildApp } from '../test/browser/app.ts';
import { buildBaseline } from './baseline/build.ts';
import { downloadSection } from './download.ts';
import { startPages, type Pages } from './pages.ts';
import { measureViewer } from './viewer.ts';

const ROOT = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const sizes = quick ? QUICK : FULL;
const reps: Repetitions = quick
  ? { build: 3, scan: 3, naive: 2, sliceBytes: 50_000, timelineBuild: 1, queries: 200, bruteDates: 20, snapshots: 10 }
  : { build: 7, scan: 7, naive: 3, sliceBytes: 100_000, timelineBuild: 3, queries: 1_000, bruteDates: 10, snapshots: 30 };
const viewer = quick
  ? { loads: 1, generatedLoads: 1, steps: 10, generatedTimeout: 60_000 }
  : { loads: 10, generatedLoads: 3, steps: 100, generatedTimeout: 300_000 };
const importer = quick
  ? { pages: 1, finds: 2, added: 10, accepts: 5, reloads: 1 }
  : { pages: 5, finds: 15, added: 100, accepts: 40, reloads: 5 };
const referenceReps = quick ? 3 : 7;
const PARTS = ['mentions', 'timeline', 'snapshot', 'suggest', 'viewer', 'importer', 'download'];
const only = onlyParts(process.argv);
const suggestReps = { suggest: quick ? 3 : 15 };

const results: Result[] = [];
const checks: Check[] = [];
const failures: string[] = [];

async function load(dir: string, label: string) {
  const { dataset, problems } = await loadDataset(folderReader(dir));
  if (problems.length > 0) throw new Error(`${label} data has ${problems.length} problems, e.g. ${formatProblem(problems[0]!)}`);
  return dataset;
}

/** The parts `--only a,b` names, or null for all; a name that is no part ends the run before it starts. */
function onlyParts(argv: readonly string[]): Set<string> | null {
  const at = argv.indexOf('--only');
  if (at < 0) return null;
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !PARTS.includes(n));
  if (names.length === 0 || unknown.length > 0) {
    console.error(`bench: --only takes parts separated by commas, of ${PARTS.join(', ')}; got "${argv[at + 1] ?? ''}"`);
    process.exit(2);
  }
  return new Set(names);
}

/** Runs one part; a part that throws is reported and fails the run, and the others still run. */
async function part(name: string, run: () => Promise<{ results: Result[]; checks?: Check[] }> | { results: Result[]; checks?: Check[] }) {
  if (only && !only.has(name)) return;
  const start = performance.now();
  try {
    const out = await run();
    results.push(...out.results);
    checks.push(...(out.checks ?? []));
    console.log(`[${name}] ${out.results.length} results in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.log(`[${name}] FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function version(pkg: string): Promise<string> {
  return JSON.parse(await readFile(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

const started = new Date();
// First, before anything has warmed or loaded the machine: the index every absolute figure is divided by.
const speed = measureSpeedIndex(referenceReps);
console.log(`speed index: ${format(speed.ms)} ms, the median of ${referenceReps} runs of the reference workload (bench/reference.ts)`);
checks.push({
  check: 'reference: the workload is the one stored indexes were measured with',
  ok: speed.same,
  detail: speed.same ? `checksum ${speed.checksum}` : `checksum ${speed.checksum}, expected ${REFERENCE_CHECKSUM}: indexes would not compare`,
});
const work = await mkdtemp(join(tmpdir(), 'frontline-bench-'));
let chromium = 'not run';
// The browser and server the viewer and importer parts share, started by the first that needs them.
let pages = null as Promise<Pages> | null;
try {
  const real = await load(DEFAULT_GEO_DIR, 'real');
  const genStart = performance.now();
  const geo = await generateGeo(work, sizes, sentencesOf(real.sources.map((s) => s.text)));
  const generatedMs = performance.now() - genStart;
  const text = await load(geo.text, 'generated text');
  const map = await load(geo.map, 'generated map');
  console.log(`generated data in ${(generatedMs / 1000).toFixed(1)} s under ${work}`);

  await part('mentions', () => mentionSection(text, reps));
  await part('timeline', () => timelineSection(map, reps));
  await part('snapshot', () => snapshotSection(real, map, reps));
  // Loaded here, not at the top: a suggester that cannot load fails its own part, and the others still run.
  await part('suggest', async () => (await import('./suggestion.ts')).suggestSection(real, suggestReps));
  const dist = join(work, 'dist');
  const baseline = join(work, 'baseline');
  // Built once, by the first part that needs the app (a run of `--only suggest` builds nothing); resolves to how long
  // the build took, in ms.
  let building: Promise<number> | null = null;
  const built = (): Promise<number> => {
    const start = performance.now();
    building ??= buildApp(dist, { manifest: true }).then(() => performance.now() - start);
    return building;
  };
  const browse = async (): Promise<Pages> => {
    await built();
    const realGeo = join(dist, 'geo');
    pages ??= startPages({
      real: { root: dist, geo: realGeo },
      generated: { root: dist, geo: geo.map },
      'baseline-real': { root: baseline, geo: realGeo },
      'baseline-generated': { root: baseline, geo: geo.map },
    }).then((site) => {
      chromium = site.browser.version();
      return site;
    });
    return pages;
  };
  const clean = <T extends { errors: string[] }>(out: T): T => {
    if (out.errors.length > 0) throw new Error(`the app reported errors: ${out.errors.slice(0, 3).join('; ')}`);
    return out;
  };
  await part('viewer', async () => {
    const site = await browse();
    await buildBaseline(baseline);
    const places = { real: real.places.length, generated: map.places.length };
    return clean(await measureViewer(site, { places, ...viewer }));
  });
  await part('importer', async () => {
    const site = await browse();
    // Loaded here, as the suggest part loads its module: it runs the suggester in Node for what the page must find.
    const [{ measureImporter }, { articleOfSources }] = await Promise.all([import('./importer.ts'), import('./suggestion.ts')]);
    const article = articleOfSources(real.sources, 1_500);
    return clean(await measureImporter(site, { url: `${site.origin}/real/`, article, places: real.places, sources: real.sources, ...importer }));
  });
  await part('download', async () => downloadSection(dist, await built()));
} catch (error) {
  failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await pages?.then((site) => site.close(), () => undefined);
  await rm(work, { recursive: true, force: true });
}
// Again at the end: a machine others share may have changed speed during the run, which one index would hide.
const after = measureSpeedIndex(referenceReps);
const drift = after.ms / speed.ms;

const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model ?? 'unknown',
  cores: cpu.length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${type()} ${release()}`,
};
const versions = {
  node: process.version,
  chromium,
  vite: await version('vite'),
  leaflet: await version('leaflet'),
  turf: await version('@turf/turf'),
  typescript: await version('typescript'),
  playwright: await version('playwright-core'),
};
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const reported = results.map((r) => withReference(r, speed.ms));
const goals = (kind: string) => reported.filter((r) => r.goal?.kind === kind);
const misses = goals('ratio').filter((r) => r.pass === false);
const over = goals('absolute').filter((r) => r.pass === false);
const failedChecks = checks.filter((c) => !c.ok);

console.log(`\nFrontline benchmark, ${quick ? 'quick' : 'full'} run, ${started.toISOString()} (commit ${commit})`);
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}`);
console.log(`versions: ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`data: ${Object.entries(sizes).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`speed index: ${format(speed.ms)} ms at the start, ${format(after.ms)} ms at the end (reference workload, median of ${speed.samples.length}); "per reference" = ms ÷ the index at the start, MB/s × it`);
if (drift < 0.8 || drift > 1.25) {
  console.log('the machine\'s speed changed during the run: figures per reference are uncertain; ratio goals are not (each compares two measures taken together)');
}
console.log('');
console.log(table(reported));
console.log('');
for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.check}: ${c.detail}`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`\n${misses.length} of ${goals('ratio').length} ratio goals missed${quick ? ' (quick run: small inputs, misses do not fail it)' : ''}; ` +
  `${over.length} of ${goals('absolute').length} absolute goals missed (information: they depend on the machine)`);

const file = join(ROOT, 'bench', quick ? 'results.quick.json' : 'results.json');
const speedIndex = { ms: speed.ms, samples: speed.samples, checksum: speed.checksum, workload: 'bench/reference.ts', end: { ms: after.ms, samples: after.samples } };
const report = { date: started.toISOString(), mode: quick ? 'quick' : 'full', commit, machine, versions, speedIndex, sizes, reps, results: reported, checks, failures };
if (only) console.log(`not written: ${file} (a run of only ${[...only].join(', ')} does not replace the report of a whole run)`);
else {
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written: ${file}`);
}
process.exitCode = failures.length > 0 || failedChecks.length > 0 || (!quick && misses.length > 0) ? 1 : 0;

// Whatever a failed part left open (a server, a browser) must not keep the run alive after its report: name it, end.
setTimeout(() => {
  const open = process.getActiveResourcesInfo().filter((kind) => kind !== 'Timeout');
  console.error(`bench: still running 10 s after the report, held open by ${open.join(', ') || 'nothing known'}; ending it`);
  process.exit(1);
}, 10_000).unref();

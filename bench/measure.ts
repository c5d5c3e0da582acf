/** Timing and reporting for the benchmark: repetitions, medians, goals and the printed table. */

/**
 * A `ratio` goal compares two measures of the same run on the same machine (Frontline against its baseline), so
 * it holds or fails whatever the machine: a missed one fails a full run. An `absolute` goal is a fixed figure (ms,
 * MB/s or KB set on one machine, a precision); it is reported, with the speed index beside it, and fails nothing.
 */
export type GoalKind = 'ratio' | 'absolute';

export interface Goal {
  op: '<=' | '>=';
  value: number;
  kind: GoalKind;
}

/** A figure divided by the run's speed index: comparable between machines (see `perReference`). */
export interface PerReference {
  value: number;
  unit: string;
}

/** One number the benchmark reports, with its goal where the performance issue sets one. */
export interface Result {
  section: string;
  measure: string;
  value: number;
  unit: string;
  goal: Goal | null;
  /** Null where there is no goal. */
  pass: boolean | null;
  /** Null for a figure the machine's speed does not scale: a ratio, a count, a size. */
  perReference: PerReference | null;
  note?: string;
}

/** The result of a measure, checked against its goal; `perReference` is filled in once the run has its index. */
export function result(section: string, measure: string, value: number, unit: string, goal: Goal | null = null, note?: string): Result {
  const pass = goal === null ? null : goal.op === '<=' ? value <= goal.value : value >= goal.value;
  return { section, measure, value, unit, goal, pass, perReference: null, ...(note ? { note } : {}) };
}

export const atMost = (value: number): Goal => ({ op: '<=', value, kind: 'absolute' });
export const atLeast = (value: number): Goal => ({ op: '>=', value, kind: 'absolute' });
/** At least `value` times its baseline in the same run. */
export const ratioAtLeast = (value: number): Goal => ({ op: '>=', value, kind: 'ratio' });

/**
 * `r` with its value in units of the speed index (`indexMs`, one run of the reference workload): a time as a
 * multiple of the reference's time, a throughput as the MB processed in the reference's time.
 */
export function withReference(r: Result, indexMs: number): Result {
  if (r.unit === 'ms') return { ...r, perReference: { value: r.value / indexMs, unit: '× ref' } };
  if (r.unit === 'MB/s') return { ...r, perReference: { value: (r.value * indexMs) / 1000, unit: 'MB/ref' } };
  return r;
}

/** The value below which `p` (0–1) of the sorted samples lie (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 0.5);

/** Milliseconds each of `runs` calls of `fn` took; the last return value is handed to `keep`, so no call is dead. */
export function timeRuns<T>(runs: number, fn: () => T, keep: (value: T) => void = () => {}): number[] {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = fn();
    times.push(performance.now() - start);
  }
  keep(last as T);
  return times;
}

/** MB (10^6 bytes of UTF-8) per second for `bytes` processed in `ms`. */
export const mbPerSecond = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);

/** Three significant digits (whole numbers as they are): enough to compare runs, not more than the noise. */
export function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return value.toLocaleString('en-US');
  if (value === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function status(r: Result): string {
  if (r.pass === null) return '';
  if (r.goal?.kind === 'ratio') return r.pass ? 'pass' : 'MISS';
  return r.pass ? 'pass' : 'miss (info)';
}

/** The results as a Markdown table a person can compare run to run. */
export function table(results: readonly Result[]): string {
  const rows = results.map((r) => [
    r.section,
    r.measure,
    `${format(r.value)} ${r.unit}`,
    r.perReference ? `${format(r.perReference.value)} ${r.perReference.unit}` : '',
    r.goal ? `${r.goal.op === '<=' ? '≤' : '≥'} ${format(r.goal.value)} ${r.unit}` : '',
    r.goal?.kind ?? '',
    status(r),
    r.note ?? '',
  ]);
  const header = ['section', 'measure', 'value', 'per reference', 'goal', 'kind', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

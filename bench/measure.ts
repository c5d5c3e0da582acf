/** Timing and reporting for the benchmark: repetitions, medians, goals and the printed table. */

export interface Goal {
  op: '<=' | '>=';
  value: number;
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
  note?: string;
}

/** The result of a measure, checked against its goal. */
export function result(section: string, measure: string, value: number, unit: string, goal: Goal | null = null, note?: string): Result {
  const pass = goal === null ? null : goal.op === '<=' ? value <= goal.value : value >= goal.value;
  return { section, measure, value, unit, goal, pass, ...(note ? { note } : {}) };
}

export const atMost = (value: number): Goal => ({ op: '<=', value });
export const atLeast = (value: number): Goal => ({ op: '>=', value });

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

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return value.toLocaleString('en-US');
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** The results as a Markdown table a person can compare run to run. */
export function table(results: readonly Result[]): string {
  const rows = results.map((r) => [
    r.section,
    r.measure,
    `${format(r.value)} ${r.unit}`,
    r.goal ? `${r.goal.op === '<=' ? '≤' : '≥'} ${format(r.goal.value)} ${r.unit}` : '',
    r.pass === null ? '' : r.pass ? 'pass' : 'MISS',
    r.note ?? '',
  ]);
  const header = ['section', 'measure', 'value', 'goal', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

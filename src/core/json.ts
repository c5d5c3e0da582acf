import type { Problem } from './types.ts';

/** Parses JSON text; a syntax error becomes one Problem for the file as a whole, quoting the parser's message. */
export function parseJson(text: string, file: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file, item: '', field: '', message: `not valid JSON: ${reason}` } };
  }
}

/** A plain JSON object (not an array, not null), for narrowing parsed input. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short rendering of a bad value for a message: `"20.1"`, `[1,2,3]`, `NaN`, `nothing` for a missing one. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.stringify turns NaN and Infinity into null, which would hide the very thing being reported.
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

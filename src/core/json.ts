import type { Problem } from './types.ts';

/** Parses JSON text; a syntax error becomes one Problem for the file as a whole, quoting the parser's message. */
export function parseJson(text: string, file: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    // A byte-order mark is how some editors save UTF-8; it is not part of the JSON.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
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
  if (typeof value === 'number') return String(value);
  const text = (JSON.stringify(value, markNonFinite) ?? String(value)).replace(MARKED, '$1');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// JSON.stringify writes NaN and Infinity (JSON.parse reads 1e999 as Infinity) as null, which would hide the very
// thing being reported: they go through as marked strings and come out bare.
const MARK = '\u0000non-finite:';
const MARKED = /"\\u0000non-finite:(-?Infinity|NaN)"/g;

function markNonFinite(_key: string, v: unknown): unknown {
  return typeof v === 'number' && !Number.isFinite(v) ? `${MARK}${v}` : v;
}

import type { Problem } from './types.ts';

/** One line a person can act on: `file: item: field: message`. */
export function formatProblem(p: Problem): string {
  return [p.file, p.item, p.field, p.message].filter((part) => part !== '').join(': ');
}

/** Thrown where a caller asked for all-or-nothing; carries every problem found, not only the first. */
export class ValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

/** What a parser returns: everything valid it could keep, and every problem it found. */
export interface Parsed<T> {
  value: T;
  problems: Problem[];
}

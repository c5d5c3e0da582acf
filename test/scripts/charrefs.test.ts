import { readFileSync } from 'node:fs';
import { decodeHTMLStrict } from 'entities';
import { describe, expect, it } from 'vitest';
import { namedReferences, TABLE_FILE, tableFromPackage } from '../../scripts/charrefs.ts';

describe('the table of named character references', () => {
  it('is exactly what the installed entities package builds, so it cannot drift from it', () => {
    expect(tableFromPackage()).toBe(readFileSync(TABLE_FILE, 'utf8'));
  });

  it('reads all 2,125 names of the WHATWG list out of the package, each standing for what the package decodes it to', () => {
    const references = namedReferences();
    // 2,231 entries in the standard's list, 106 of them the same names without their `;`.
    expect(references).toHaveLength(2125);
    expect(new Set(references.map(([name]) => name)).size).toBe(2125);
    for (const [name, value] of references) expect(decodeHTMLStrict(`&${name};`), name).toBe(value);
    expect(new Map(references).get('CounterClockwiseContourIntegral')).toBe('∳');
    expect(new Map(references).get('NotEqualTilde')).toBe('\u2242\u0338');
  });
});

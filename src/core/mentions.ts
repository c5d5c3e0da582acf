import { foldName, isCommonWordUnit, mayStart, startFilter, trieSource } from './trie.ts';
import type { Mention, Place, Span } from './types.ts';

/** A gazetteer compiled once: one anchored pattern for every spelling, the place each names, their first letters. */
export interface Matcher {
  readonly pattern: RegExp;
  /** By normalised key, and by each spelling as written. */
  readonly placeByKey: ReadonlyMap<string, string>;
  readonly starts: Uint8Array;
}

/** A raw match: which place, where. */
export interface PlaceSpan extends Span {
  place: string;
}

const WORD_BEFORE = /[\p{L}\p{M}\p{N}]$/u;
const SEPARATOR_RUN = /[\s\u2010\u2011-]+/gu;
// The Arabic article as the press writes it; `as`, `az`, `an`… are its sun-letter forms. A spelling with any of
// them also matches `al` and `el` in its place (`As Sidrah` ~ `al-Sidrah`), never the reverse, so that English
// `as`/`an` before a name do not turn into part of it.
const ARTICLES = ['al', 'el', 'ar', 'as', 'az', 'an', 'at', 'ad', 'ash', 'es', 'ez', 'er', 'en', 'ed'];
const ARTICLE_WORD = new RegExp(`(?<=^| )(?:${ARTICLES.join('|')}) `, 'gu');
const HAS_ARTICLE = new RegExp(`(?:^| )(?:${ARTICLES.join('|')}) `, 'iu');

/** Builds the matcher for a whole gazetteer: names and aliases of every place, as one prefix-trie pattern. */
export function buildMatcher(places: readonly Place[]): Matcher {
  const placeByKey = new Map<string, string>();
  const spellings: string[] = [];
  for (const place of places) {
    for (const spelling of [place.name, ...place.aliases]) {
      const key = normaliseName(spelling);
      if (!/[\p{L}\p{N}]/u.test(key)) continue;
      // A spelling two places share names the first of them.
      if (!placeByKey.has(key)) placeByKey.set(key, place.id);
      const variants = articleVariants(spelling);
      // Most surfaces are written as in the gazetteer, and are found so without normalising. A form normalises to
      // the spelling's key (variants differ only in articles), and a key to itself: one map holds both safely.
      for (const form of [spelling, ...variants]) if (!placeByKey.has(form)) placeByKey.set(form, placeByKey.get(key)!);
      spellings.push(...variants);
    }
  }
  const pattern = new RegExp(`(?:${trieSource(spellings)})(?![\\p{L}\\p{M}\\p{N}])`, 'iuy');
  return { pattern, placeByKey, starts: startFilter(spellings.map(foldName)) };
}

/**
 * The key a spelling or a matched surface is looked up by: NFC, case-folded, separators as one space, apostrophes as
 * `'`, every article as `al`. Two spellings the matcher treats as the same have the same key.
 */
export function normaliseName(s: string): string {
  const words = foldName(s).replace(SEPARATOR_RUN, ' ').trim();
  return words.includes(' ') ? words.replace(ARTICLE_WORD, 'al ') : words;
}

/** Every whole-word occurrence of a spelling, the longest where spellings overlap, in text order, never overlapping. */
export function matchSpans(matcher: Matcher, text: string): PlaceSpan[] {
  const { pattern, placeByKey, starts } = matcher;
  const spans: PlaceSpan[] = [];
  // Tried at every word start, the pattern is slow on text thick with names (one every hundred bytes): the filter
  // of first letters turns most words away without it.
  let wordBefore = false;
  for (let start = 0; start < text.length; start++) {
    if (!wordBefore && mayStart(starts, text, start) && !rareWordBefore(text, start)) {
      pattern.lastIndex = start;
      if (pattern.test(text)) {
        const end = pattern.lastIndex;
        const surface = text.slice(start, end);
        const place = placeByKey.get(surface) ?? placeByKey.get(normaliseName(surface));
        if (place !== undefined) spans.push({ place, start, end });
        start = end - 1;
      }
    }
    wordBefore = isCommonWordUnit(text.charCodeAt(start));
  }
  return spans;
}

// A letter the table of common ones leaves out before `at`, or `at` inside a surrogate pair.
function rareWordBefore(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (!(before >= 0x800)) return false;
  if (before >= 0xd800 && before <= 0xdbff && (text.charCodeAt(at) & 0xfc00) === 0xdc00) return true;
  return WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

/** Every mention of a place in `text` (a source's cleaned text), in text order, with the sentence it stands in. */
export function findMentions(matcher: Matcher, source: string, text: string): Mention[] {
  const sentenceOf = sentenceFinder(text);
  return matchSpans(matcher, text)
    .filter(({ start, end }) => !STREET_AFTER.test(text.slice(end, end + 10)) && !GULF_BEFORE.test(text.slice(Math.max(0, start - 12), start)))
    .map(({ place, start, end }) => ({ place, source, start, end, surface: text.slice(start, end), sentence: sentenceOf({ start, end }) }));
}

/** "Tripoli Street", Misrata's main road, names no Tripoli: a name that heads a street's is no mention of the place. */
const STREET_AFTER = /^[ \u00a0]+Street\b/;
/** Nor does the gulf named after a town: "along the Gulf of Sirte" is the sea. */
const GULF_BEFORE = /\bGulf[ \u00a0]+of[ \u00a0]+$/;

const DATELINE_LINES = 5;
// A name without lowercase letters, then what the wires put before the dash: "BREGA, Libya —", "NALUT, Libya,
// April 21 (Reuters) -", "BENGHAZI, April 5 (AFP) -", "TRIPOLI (Reuters) -".
const DATELINE = /^([^\p{Ll},(]+?)\s*(?:,\s*\p{Lu}[\p{L}\p{N} .,'’]*?)?\s*(?:\([^)]*\)\s*)?(?:—|–|--?)/u;

/** The place named by a dateline on one of the first lines of `text`, or null where there is none. */
export function datelinePlace(matcher: Matcher, text: string): string | null {
  const lines = text.split('\n', 100).map((line) => line.trim()).filter((line) => line !== '');
  for (const line of lines.slice(0, DATELINE_LINES)) {
    const name = DATELINE.exec(line)?.[1]?.trim() ?? '';
    const whole = matchSpans(matcher, name).find((span) => span.start === 0 && span.end === name.length);
    if (whole) return whole.place;
  }
  return null;
}

/** The spelling in NFC with single spaces between words, and once more for each other form of an article in it. */
function articleVariants(spelling: string): string[] {
  const words = spelling.normalize('NFC').replace(SEPARATOR_RUN, ' ').trim();
  if (!HAS_ARTICLE.test(words)) return [words];
  let variants = [''];
  words.split(' ').forEach((word, i, all) => {
    const folded = foldName(word);
    const forms = i < all.length - 1 && ARTICLES.includes(folded) ? [...new Set(['al', 'el', folded])] : [word];
    variants = variants.flatMap((head) => forms.map((form) => (i === 0 ? form : `${head} ${form}`)));
  });
  return variants;
}

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
const BLANK_LINES = /\n(?:[^\S\n]*\n)+/g;
// ICU ends a sentence at any period before a capital; after a title, an initial, `U.S.` or a wire's month (`Feb. 20`)
// a sentence goes on.
const TITLE_END = /(?:^|[^\p{L}.])(?:Col|Gen|Lt|Capt|Maj|Sgt|Adm|Cmdr|Mr|Mrs|Ms|Dr|Prof|Rev|Gov|Sen|Rep|St|Jr|Sr|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/u;
const INITIALS_END = /(?:^|[^\p{L}])(?:\p{Lu}\.)+$/u;

/** The sentences of `text` within a span (a paragraph), trimmed, never split after an abbreviation or initial. */
export function sentences(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const spans: Span[] = [];
  let joinNext = false;
  for (const { segment, index } of segments(text, within)) {
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const start = index + segment.length - segment.trimStart().length;
    const last = spans.at(-1);
    if (joinNext && last) last.end = start + trimmed.length;
    else spans.push({ start, end: start + trimmed.length });
    joinNext = TITLE_END.test(trimmed) || INITIALS_END.test(trimmed);
  }
  return spans;
}

const WINDOW = 8192;
const WINDOW_MARGIN = 1024;

/**
 * ICU's sentence segments of `text` within a span, with offsets into `text`. The segmenter's time grows with the
 * square of the string it is given, so a long paragraph goes through in windows: only segments ending well before
 * a window's edge are kept, and the next window starts where the last of them ended.
 */
function* segments(text: string, within: Span): Generator<{ segment: string; index: number }> {
  let at = within.start;
  let size = WINDOW;
  while (at < within.end) {
    const end = Math.min(within.end, at + size);
    const found = [...SEGMENTER.segment(text.slice(at, end))];
    const keep = end === within.end ? found : found.filter((s) => s.index + s.segment.length <= end - at - WINDOW_MARGIN);
    const last = keep.at(-1);
    if (last === undefined) {
      size *= 2;
      continue;
    }
    for (const { segment, index } of keep) yield { segment, index: at + index };
    at += last.index + last.segment.length;
    size = WINDOW;
  }
}

// Mentions come in text order, so one forward scan finds the paragraphs, and only those holding a mention are
// split into sentences.
function sentenceFinder(text: string): (mention: Span) => Mention['sentence'] {
  const blankLines = new RegExp(BLANK_LINES);
  let paragraph: Span = { start: 0, end: 0 };
  let next = 0;
  let spans: Span[] = [];
  return (mention) => {
    if (mention.start >= paragraph.end) {
      do {
        const gap = blankLines.exec(text);
        paragraph = { start: next, end: gap ? gap.index : text.length };
        next = gap ? gap.index + gap[0].length : text.length;
      } while (mention.start >= paragraph.end);
      spans = sentences(text, paragraph);
    }
    const first = firstEndingAfter(spans, mention.start);
    let last = first;
    while (last + 1 < spans.length && spans[last + 1]!.start < mention.end) last++;
    const touched = spans[first] !== undefined && spans[first]!.start < mention.end;
    const start = touched ? Math.min(spans[first]!.start, mention.start) : mention.start;
    const end = touched ? Math.max(spans[last]!.end, mention.end) : mention.end;
    return { start, end, text: text.slice(start, end) };
  };
}

/** Index of the first span (sorted, disjoint) that ends after `offset`; `spans.length` where none does. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

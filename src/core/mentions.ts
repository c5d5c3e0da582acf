import type { Mention, Place, Span } from './types.ts';

/** A gazetteer compiled once: one pattern for every spelling, and the place each normalised spelling names. */
export interface Matcher {
  readonly pattern: RegExp;
  readonly placeByKey: ReadonlyMap<string, string>;
}

/** A raw match: which place, where. */
export interface PlaceSpan extends Span {
  place: string;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
const WORD_BEFORE = /[\p{L}\p{M}\p{N}]$/u;
const ASCII = /^[\0-\x7f]*$/;
const SELF_FOLDING = /^[a-zA-Z0-9\p{Lo}]*$/u;
const SEPARATOR_RUN = /[\s\u2010\u2011-]+/gu;
const APOSTROPHE_CHARS = "'\u2018\u2019\u02BC";
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'gu');
// Between two words of a name: blanks, at most one hyphen and at most one line break, never a blank line, so a
// mention always stays inside one paragraph.
const SEP = '(?=[\\s\\u2010\\u2011-])[^\\S\\n]*(?:[\\u2010\\u2011-][^\\S\\n]*)?(?:\\n[^\\S\\n]*)?';
// The Arabic article as the press writes it; `as`, `az`, `an`… are its sun-letter forms. A spelling with any of
// them also matches `al` and `el` in its place (`As Sidrah` ~ `al-Sidrah`), never the reverse, so that English
// `as`/`an` before a name do not turn into part of it.
const ARTICLES = ['al', 'el', 'ar', 'as', 'az', 'an', 'at', 'ad', 'ash', 'es', 'ez', 'er', 'en', 'ed'];
const ARTICLE_WORD = new RegExp(`(?<=^| )(?:${ARTICLES.join('|')}) `, 'gu');
const HAS_ARTICLE = new RegExp(`(?:^| )(?:${ARTICLES.join('|')}) `, 'iu');
// V8 tests a full \p{L} class by a long range search, and the lookbehind runs at every position: with it the scan
// is three times slower on text that is not pure Latin-1. The pattern's lookbehind holds only the letters and
// digits of the Latin and Arabic blocks, a few ranges that turn away most positions inside a word, and
// `matchSpans` checks any rarer letter before a match.
const COMMON_WORD = wordRanges(0, 0x24f) + wordRanges(0x600, 0x6ff);

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
      spellings.push(...articleVariants(spelling));
    }
  }
  const trie = trieSource(spellings);
  return { pattern: new RegExp(`(?<![${COMMON_WORD}])(?:${trie})(?![\\p{L}\\p{M}\\p{N}])`, 'giu'), placeByKey };
}

/**
 * The key a spelling or a matched surface is looked up by: NFC, case-folded, separators as one space, apostrophes as
 * `'`, every article as `al`. Two spellings the matcher treats as the same have the same key.
 */
export function normaliseName(s: string): string {
  const words = foldAll(s).replace(SEPARATOR_RUN, ' ').trim();
  return words.includes(' ') ? words.replace(ARTICLE_WORD, 'al ') : words;
}

/** Every whole-word occurrence of a spelling, the longest where spellings overlap, in text order, never overlapping. */
export function matchSpans(matcher: Matcher, text: string): PlaceSpan[] {
  const spans: PlaceSpan[] = [];
  const pattern = matcher.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    // The pattern's lookbehind knows only the common letters; a rarer one may run into the match.
    if (start > 0 && text.charCodeAt(start - 1) > 0x24f && WORD_BEFORE.test(text.slice(Math.max(0, start - 2), start))) {
      pattern.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    const place = matcher.placeByKey.get(normaliseName(m[0]));
    if (place !== undefined) spans.push({ place, start, end: start + m[0].length });
  }
  return spans;
}

/** Every mention of a place in `text` (a source's cleaned text), in text order, with the sentence it stands in. */
export function findMentions(matcher: Matcher, source: string, text: string): Mention[] {
  const sentenceOf = sentenceFinder(text);
  return matchSpans(matcher, text).map(({ place, start, end }) => ({
    place,
    source,
    start,
    end,
    surface: text.slice(start, end),
    sentence: sentenceOf({ start, end }),
  }));
}

const DATELINE_LINES = 5;
// `BREGA, Libya —`: a name without lowercase letters, a comma, a capitalised country, a dash.
const DATELINE = /^([^\p{Ll},]+),\s*\p{Lu}[\p{L} .'’]*?\s*(?:—|–|--?)/u;

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

/** NFC, each character case-folded and each apostrophe as `'`: the same length as the NFC form. */
function foldAll(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const nfc = s.normalize('NFC');
  // Arabic has no case: a string that case mapping leaves alone needs no character-by-character fold.
  if (nfc.toLowerCase() === nfc && nfc.toUpperCase() === nfc) return nfc.replace(APOSTROPHES, "'");
  let folded = '';
  for (const c of nfc) folded += APOSTROPHE_CHARS.includes(c) ? "'" : fold(c);
  return folded;
}

function fold(c: string): string {
  // Upper then lower folds the odd forms a case-insensitive pattern equates (ſ ~ s, µ ~ μ, ς ~ σ); where a
  // mapping would change the length (ß → SS), the character keeps its own lowercase.
  const upper = c.toUpperCase();
  const lower = (upper.length === c.length ? upper : c).toLowerCase();
  return lower.length === c.length ? lower : c;
}

/** The spelling in NFC with single spaces between words, and once more for each other form of an article in it. */
function articleVariants(spelling: string): string[] {
  const words = spelling.normalize('NFC').replace(SEPARATOR_RUN, ' ').trim();
  if (!HAS_ARTICLE.test(words)) return [words];
  let variants = [''];
  words.split(' ').forEach((word, i, all) => {
    const folded = foldAll(word);
    const forms = i < all.length - 1 && ARTICLES.includes(folded) ? [...new Set(['al', 'el', folded])] : [word];
    variants = variants.flatMap((head) => forms.map((form) => (i === 0 ? form : `${head} ${form}`)));
  });
  return variants;
}

interface Entry {
  key: string;
  raw: string;
}

/** The spellings `entries[from, to)` continue with the character `key`, written as `chars` (case forms). */
interface Branch {
  key: string;
  chars: string;
  from: number;
  to: number;
}

// The trie is walked over the sorted spellings: those below a node are a run of the list, and its branches are the
// runs that share the next character. Node objects for 40,000 spellings would cost more than the walk.
function trieSource(spellings: string[]): string {
  const entries = spellings.map((raw) => ({ key: foldAll(raw), raw })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return entries.length === 0 ? '(?!)' : nodeSource(entries, 0, entries.length, 0);
}

// A node's branches start with different characters, so at most one can go on. A node that ends a spelling makes
// its branches optional; the closing lookahead backtracks to the shorter spelling where the longer ends mid-word.
function nodeSource(entries: Entry[], from: number, to: number, depth: number): string {
  let source = '';
  for (;;) {
    const single = to - from === 1 ? entries[from] : undefined;
    if (single) return source + tailSource(single, depth);
    let first = from;
    while (first < to && entries[first]?.key.length === depth) first++;
    const branches = branchesAt(entries, first, to, depth);
    const [only] = branches;
    if (!only) return source;
    if (branches.length > 1 || first > from) return `${source}(?:${choice(entries, branches, depth)})${first > from ? '?' : ''}`;
    source += edgeSource(only.key, only.chars);
    [from, depth] = [first, depth + only.key.length];
  }
}

function branchesAt(entries: Entry[], from: number, to: number, depth: number): Branch[] {
  const branches: Branch[] = [];
  for (let i = from; i < to; ) {
    const code = entries[i]?.key.codePointAt(depth) ?? 0;
    const key = String.fromCodePoint(code);
    let chars = key;
    let j = i;
    for (; j < to && entries[j]?.key.codePointAt(depth) === code; j++) {
      const c = entries[j]?.raw.slice(depth, depth + key.length) ?? key;
      if (c >= '\u0080' && !chars.includes(c)) chars += c;
    }
    branches.push({ key, chars, from: i, to: j });
    i = j;
  }
  return branches;
}

const FAN_OUT = 4;

// Tried one after another, branches cost a test each, and the root has one per initial letter: split into halves
// behind a lookahead for their first characters, a word start costs a few class tests instead.
function choice(entries: Entry[], branches: Branch[], depth: number): string {
  if (branches.length <= FAN_OUT) {
    return branches.map((b) => edgeSource(b.key, b.chars) + nodeSource(entries, b.from, b.to, depth + b.key.length)).join('|');
  }
  const half = branches.length >> 1;
  return [branches.slice(0, half), branches.slice(half)]
    .map((part) => `(?=[${part.map((b) => firstChars(b.key, b.chars)).join('')}])(?:${choice(entries, part, depth)})`)
    .join('|');
}

// One spelling left below a node: the rest of it, without grouping; letters that fold to themselves as they are.
function tailSource({ key, raw }: Entry, depth: number): string {
  const rest = raw.slice(depth);
  if (SELF_FOLDING.test(rest)) return rest;
  let source = '';
  for (let i = depth; i < key.length; ) {
    const k = String.fromCodePoint(key.codePointAt(i) ?? 0);
    const c = raw.slice(i, i + k.length);
    source += edgeSource(k, c >= '\u0080' && c !== k ? k + c : k);
    i += k.length;
  }
  return source;
}

function firstChars(key: string, chars: string): string {
  if (key === ' ') return '\\s\\u2010\\u2011\\-';
  return key === "'" ? APOSTROPHE_CHARS : escape(chars, '\\]^-[');
}

function edgeSource(key: string, chars: string): string {
  if (key === ' ') return SEP;
  if (key === "'") return `[${APOSTROPHE_CHARS}]`;
  return chars === key ? escape(key, '\\^$.*+?()[]{}|/') : `[${firstChars(key, chars)}]`;
}

function escape(chars: string, syntax: string): string {
  let escaped = '';
  for (const c of chars) escaped += syntax.includes(c) ? `\\${c}` : c;
  return escaped;
}

function wordRanges(from: number, to: number): string {
  const hex = (c: number): string => `\\u{${c.toString(16)}}`;
  let ranges = '';
  let start = -1;
  for (let c = from; c <= to + 1; c++) {
    const isWord = c <= to && WORD.test(String.fromCodePoint(c));
    if (isWord && start < 0) start = c;
    if (!isWord && start >= 0) ranges += `${hex(start)}-${hex(c - 1)}`;
    if (!isWord) start = -1;
  }
  return ranges;
}

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
const BLANK_LINES = /\n(?:[^\S\n]*\n)+/g;
// ICU ends a sentence at any period before a capital; after these a sentence goes on.
const ABBREVIATION_END =
  /(?:^|[^\p{L}.])(?:Col|Gen|Lt|Capt|Maj|Sgt|Adm|Cmdr|Mr|Mrs|Ms|Dr|Prof|Rev|Gov|Sen|Rep|St|Mt|Ft|Jr|Sr|No|vs)\.$|(?:^|[^\p{L}])(?:\p{Lu}\.)+$/u;

/** The sentences of `text` within a span (a paragraph), trimmed, never split after an abbreviation or initial. */
export function sentences(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const spans: Span[] = [];
  let joinNext = false;
  for (const { segment, index } of SEGMENTER.segment(text.slice(within.start, within.end))) {
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const start = within.start + index + segment.length - segment.trimStart().length;
    const last = spans.at(-1);
    if (joinNext && last) last.end = start + trimmed.length;
    else spans.push({ start, end: start + trimmed.length });
    joinNext = ABBREVIATION_END.test(trimmed);
  }
  return spans;
}

// Mentions come in text order, so one forward scan finds the paragraphs, and only those holding a mention are
// split into sentences.
function sentenceFinder(text: string): (mention: Span) => Mention['sentence'] {
  const blankLines = new RegExp(BLANK_LINES);
  let paragraph: Span = { start: 0, end: 0 };
  let spans: Span[] = [];
  return (mention) => {
    if (mention.start >= paragraph.end) {
      let next = paragraph.end;
      do {
        const gap = blankLines.exec(text);
        paragraph = { start: next, end: gap ? gap.index : text.length };
        next = gap ? gap.index + gap[0].length : text.length;
      } while (mention.start >= paragraph.end);
      spans = sentences(text, paragraph);
    }
    const touched = spans.filter((s) => s.end > mention.start && s.start < mention.end);
    const start = touched[0]?.start ?? mention.start;
    const end = touched.at(-1)?.end ?? mention.end;
    return { start, end, text: text.slice(start, end) };
  };
}

/**
 * Compiles spellings into one regular expression shaped as a prefix trie: shared beginnings written once, each node's
 * branches told apart by their first character, a longer spelling tried before a shorter one it extends. A filter of
 * their first letters tells where in a text the pattern need not be tried.
 */

const ASCII = /^[\0-\x7f]*$/;
const SELF_FOLDING = /^[a-zA-Z0-9\p{Lo}]*$/u;
const APOSTROPHE_CHARS = "'\u2018\u2019\u02BC";
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'gu');
// Between two words of a name: blanks, at most one hyphen and one line break, never a blank line, so that a
// mention stays inside its paragraph.
const SEP = '(?=[\\s\\u2010\\u2011-])[^\\S\\n]*(?:[\\u2010\\u2011-][^\\S\\n]*)?(?:\\n[^\\S\\n]*)?';
const SEP_CHARS = '\\s\\u2010\\u2011\\-';
// Branches of a node beyond this many are split in halves behind a lookahead (see `choice`). Fewer would mean more
// lookaheads, and V8 refuses a pattern with too many: at 4, generated gazetteers past 15,000 places failed; at 8,
// 40,000 places still compile.
const FAN_OUT = 8;

/**
 * A name in NFC, each character case-folded and each apostrophe as `'`, character for character as long as the NFC
 * form: what the compiled pattern matches for a spelling folds as the spelling does.
 */
export function foldName(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const nfc = s.normalize('NFC');
  // Arabic has no case: a string that case mapping leaves alone needs no character-by-character fold.
  if (nfc.toLowerCase() === nfc && nfc.toUpperCase() === nfc) return nfc.replace(APOSTROPHES, "'");
  let folded = '';
  for (const c of nfc) {
    // Upper then lower folds the odd forms a case-insensitive pattern equates (ſ ~ s, µ ~ μ, ς ~ σ); where a
    // mapping would change the length (ß → SS), the character keeps its own lowercase.
    const upper = c.toUpperCase();
    const lower = (upper.length === c.length ? upper : c).toLowerCase();
    folded += APOSTROPHE_CHARS.includes(c) ? "'" : lower.length === c.length ? lower : c;
  }
  return folded;
}

/** A spelling as written (`raw`) and folded (`key`, as long as `raw`). */
type Entry = { key: string; raw: string };
/** The entries `[from, to)` go on with the character `key`, written as `chars` (its forms the pattern needs). */
type Branch = { key: string; chars: string; from: number; to: number };

/**
 * The source of one case-insensitive Unicode pattern matching every spelling (NFC, words separated by one space),
 * longest first. A space matches any separator (`SEP`), an apostrophe any apostrophe; word boundaries are the caller's.
 */
// The trie is walked over the sorted spellings: those below a node are a run of the list, and its branches are the
// runs that share the next character. For 40,000 spellings, node objects would cost more than the walk.
export function trieSource(spellings: readonly string[]): string {
  const entries = spellings.map((raw) => ({ key: foldName(raw), raw }));
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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
    const ends = first > from;
    if (branches.length > 1 || ends) return `${source}(?:${choice(entries, branches, depth)})${ends ? '?' : ''}`;
    source += edgeSource(only.key, only.chars);
    [from, depth] = [first, depth + only.key.length];
  }
}

function branchesAt(entries: Entry[], from: number, to: number, depth: number): Branch[] {
  const branches: Branch[] = [];
  for (let i = from, j = from; i < to; i = j) {
    const code = entries[i]?.key.codePointAt(depth) ?? 0;
    const key = String.fromCodePoint(code);
    let chars = key;
    for (; j < to && entries[j]?.key.codePointAt(depth) === code; j++) {
      // The pattern ignores case; only a form it would not equate with the folded one (ı ~ i) needs adding.
      const c = entries[j]?.raw.slice(depth, depth + key.length) ?? key;
      if (c >= '\u0080' && !chars.includes(c)) chars += c;
    }
    branches.push({ key, chars, from: i, to: j });
  }
  return branches;
}

// Tried one after another, branches cost a test each, and the root has one per initial letter: split into halves
// behind a lookahead for their first characters, a word start costs a few class tests instead.
function choice(entries: Entry[], branches: Branch[], depth: number): string {
  if (branches.length <= FAN_OUT) {
    const next = (b: Branch): string => nodeSource(entries, b.from, b.to, depth + b.key.length);
    return branches.map((b) => edgeSource(b.key, b.chars) + next(b)).join('|');
  }
  const half = branches.length >> 1;
  return [branches.slice(0, half), branches.slice(half)]
    .map((part) => `(?=[${part.map((b) => classChars(b.key, b.chars)).join('')}])(?:${choice(entries, part, depth)})`)
    .join('|');
}

// The one spelling left below a node: the rest of it, character by character, without grouping.
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

function classChars(key: string, chars: string): string {
  if (key === ' ') return SEP_CHARS;
  return key === "'" ? APOSTROPHE_CHARS : escape(chars, '\\]^-[');
}

function edgeSource(key: string, chars: string): string {
  if (key === ' ') return SEP;
  if (key === "'") return `[${APOSTROPHE_CHARS}]`;
  return chars === key ? escape(key, '\\^$.*+?()[]{}|/') : `[${classChars(key, chars)}]`;
}

function escape(chars: string, syntax: string): string {
  let escaped = '';
  for (const c of chars) escaped += syntax.includes(c) ? `\\${c}` : c;
  return escaped;
}

// The start filter: the first letters of every spelling (up to a character that is no letter, mark or digit), hashed
// to a byte each. Below 0x800 (Latin, Greek, Cyrillic, Arabic…) folding one character alone agrees with the
// case-insensitive pattern, as checked against it over the whole table; any other code unit may stand for anything.
const COMMON = 0x800;
const ANY = 0xffff;
const FOLD = foldTable();
const WORD = new Uint8Array(COMMON).map((_, c) => (/[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0));
// Six letters: fewer let through many more words of common text; more turn away hardly any.
const PREFIX = 6;
const FILTER_BITS = 20;

/** Whether a code unit below 0x800 is a letter, mark or digit; false for any code unit above. */
export function isCommonWordUnit(code: number): boolean {
  return code < COMMON && WORD[code] === 1;
}

/** The hashed first letters of every spelling (folded by `foldName`), as the set `mayStart` tests against. */
export function startFilter(folded: readonly string[]): Uint8Array {
  const filter = new Uint8Array(1 << FILTER_BITS);
  for (const spelling of folded) {
    const slot = prefixSlot(spelling, 0);
    if (slot >= 0) filter[slot] = 1;
  }
  return filter;
}

/** False where no spelling can start at `text[at]`; true where one may. */
export function mayStart(filter: Uint8Array, text: string, at: number): boolean {
  const slot = prefixSlot(text, at);
  return slot < 0 || filter[slot] === 1;
}

// A spelling and a text the pattern matches it in give the same slot: their characters fold alike, and both stop at
// the same place, for a space matches only separators and a name ends before a letter. -1 where one folds to ANY.
function prefixSlot(s: string, at: number): number {
  let hash = 0x811c9dc5;
  const end = Math.min(s.length, at + PREFIX);
  for (let i = at; i < end; i++) {
    const c = FOLD[s.charCodeAt(i)]!;
    if (c === ANY) return -1;
    if (i > at && WORD[c] === 0) break;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return hash >>> (32 - FILTER_BITS);
}

// A character that folds to more than one, or out of the table, folds to ANY.
function foldTable(): Uint16Array {
  const table = new Uint16Array(0x10000).fill(ANY);
  for (let c = 0; c < COMMON; c++) {
    const folded = foldName(String.fromCharCode(c));
    if (folded.length === 1 && folded.charCodeAt(0) < COMMON) table[c] = folded.charCodeAt(0);
  }
  return table;
}

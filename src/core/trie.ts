/**
 * Compiles spellings into one regular expression shaped as a prefix trie: shared beginnings written once, each node's
 * branches told apart by their first character, a longer spelling tried before a shorter one it extends.
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


// A start filter: the first letters of every spelling, hashed into a bit per slot. Below 0x800 (Latin, Greek,
// Cyrillic, Arabic…) folding a character on its own agrees with the case-insensitive pattern, as checked over the
// whole table; any other code unit, or one that folds out of the table, may stand for anything.
const FOLDED = 0x800;
const ANY = 0xffff;
const FOLD = foldTable();
const PREFIX = 3;
const FILTER_BITS = 20;

/** The folded first letters (up to a space) of every spelling, as the set `mayStart` tests against. */
export function startFilter(spellings: readonly string[]): Uint8Array {
  const filter = new Uint8Array(1 << FILTER_BITS);
  for (const spelling of spellings) {
    const key = foldName(spelling);
    const space = key.indexOf(' ');
    const length = Math.min(PREFIX, space < 0 ? key.length : space);
    const codes = [-1, -1, -1];
    for (let i = 0; i < length; i++) codes[i] = key.charCodeAt(i);
    // A text position whose letters fold out of the table is always let through: such a key needs no slot.
    if (codes.some((c) => c >= FOLDED)) continue;
    filter[slot(codes[0]!, codes[1]!, codes[2]!)] = 1;
  }
  return filter;
}

/** False where no spelling can start at `text[at]`; true where one may. */
export function mayStart(filter: Uint8Array, text: string, at: number): boolean {
  const a = FOLD[text.charCodeAt(at)]!;
  if (a === ANY || filter[slot(a, -1, -1)] === 1) return true;
  const b = at + 1 < text.length ? FOLD[text.charCodeAt(at + 1)]! : -1;
  if (b === ANY || (b >= 0 && filter[slot(a, b, -1)] === 1)) return true;
  const c = at + 2 < text.length ? FOLD[text.charCodeAt(at + 2)]! : -1;
  return c === ANY || (b >= 0 && c >= 0 && filter[slot(a, b, c)] === 1);
}

function slot(a: number, b: number, c: number): number {
  return (Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(c + 1, 0xc2b2ae3d)) >>> (32 - FILTER_BITS);
}

function foldTable(): Uint16Array {
  const table = new Uint16Array(0x10000).fill(ANY);
  for (let c = 0; c < FOLDED; c++) {
    const folded = foldName(String.fromCharCode(c)).charCodeAt(0);
    table[c] = folded < FOLDED ? folded : ANY;
  }
  return table;
}

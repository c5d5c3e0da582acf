/**
 * Names an article writes as places that the gazetteer does not have. A name counts where the words around it say
 * it is a place: `the (coastal) town of X`, `X, Libya`, `X, a small oasis`, `50 km west of X`, `near X`,
 * `outside X`. After a bare preposition (`in X`, `from X`, `toward X`) it counts only where the GeoNames reference
 * knows it as a Libyan place, since `in Washington` or `from Reuters` read the same; so does a name that opens a
 * sentence as a town's name does (`Nalut, near the border, is`, `Yafran has been`), one a verb takes or holds
 * (`still control Yafran`) and one listed after a place (`Yafran and Kikla`). Months, weekdays, countries,
 * organisations, people's titles and, otherwise, the first word of a sentence are not places; in a story of another
 * country (see foreign.ts) nothing is.
 */
import { lookupEntry, referenceKey, type Reference, type ReferenceEntry } from '../reference.ts';
import type { Span } from '../types.ts';
import { foreignTest, isForeignCountryWord } from './foreign.ts';
import type { NewPlace } from './types.ts';

const LINK = '(?:al|el|ar|as|az|an|at|ad|ash|bin|ben|ibn|abu|bu|umm)';
const WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:['’]\\p{Ll}+)*";
// One to four capitalised words; an article or `bin` may join them (`Bir al Ghanam`, `Sidi bin Zinah`) or start the
// name hyphenated (`al-Uqayla`). Never across a line break.
const NAME = `(?:${LINK}-)?${WORD}(?:(?:[ -]|[ ](?:al|el|bin|ben|ibn|abu)[ ]|[ -]?${LINK}-)${WORD}){0,3}`;
const NOUN = '(?:town|city|village|port|oasis|settlement|hamlet|suburb|outskirts|gates?|crossroads|junction|refinery|terminal|enclave|stronghold)';
const DIRECTION = '(?:north|south|east|west)(?:-?(?:east|west))?';
// Each pattern's group 1 is the name.
const STRONG = [
  `\\b[Tt]he(?:\\s+[\\p{Ll}-]+|\\s+Libyan){0,3}\\s+${NOUN}\\s+of\\s+(${NAME})`,
  `(?<![\\p{L}\\p{M}'’-])(${NAME}),\\s+(?:(?:in\\s+)?(?:${DIRECTION}(?:ern)?\\s+)?Libya\\b|an?\\s+(?:[\\p{Ll}-]+\\s+){0,3}${NOUN}\\b)`,
  `\\b${DIRECTION}\\s+of\\s+(${NAME})`,
  `\\b(?:[Nn]ear|[Oo]utside)\\s+(${NAME})`,
].map((source) => new RegExp(source, 'dgu'));
// Capitals spelt out: with the `i` flag, \p{Lu} would match any letter.
const WEAK = new RegExp(
  `\\b(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Ii]nto|[Tt]owards?|[Aa]round|[Tt]hrough|[Bb]eyond|[Pp]ast|[Bb]etween)\\s+(${NAME})`,
  'dgu',
);
/**
 * A name that opens a sentence as its subject, as a town is written: "Nalut, near the border, is in rebel hands",
 * "Yafran has been under government control". Taken, as a name after a bare preposition is, only where the reference
 * knows it as a Libyan place.
 */
const SUBJECT = new RegExp(
  `(?:^|[.!?]["'”’)]?\\s+|\\n\\s*)(${NAME})(?=,\\s|\\s+(?:is|was|has|had|remains|remained|fell|lies|sits)\\s)`,
  'dgu',
);
/** A name a verb takes or holds as a town: "still control Yafran", "seized Kikla". Known to the reference, as `WEAK`. */
const OBJECT = new RegExp(
  `\\b(?:entered|captured|seized|took|retook|recaptured|regained|control|controls|controlled|hold|holds|held|shelled|besieged|surrounded|reached|abandoned|lost)\\s+(${NAME})`,
  'dgu',
);
/** A name listed right after a place: "Yafran and Kikla", "Nalut, Jadu". Known to the reference, as `WEAK`. */
const LISTED = new RegExp(`(?:\\s*,\\s*|,?\\s+and\\s+)(${NAME})`, 'dyu');
const ARTICLE = /^(?:al|el|ar|as|az|an|at|ad|ash)$/;

const NOT_PLACES = new Set(
  (
    'january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday the a an this that these those it he she they we i you his her their ' +
    'our its but and or however meanwhile yet so then there here when while after before since as if in on at by for ' +
    'from with without nearby later earlier today tonight yesterday mr mrs ms dr col colonel gen general lt capt maj ' +
    'president prime minister secretary leader brother sheikh king prince god allah western eastern arab arabs muslim ' +
    'muslims islam christian nato un eu us uk u.s. reuters ap afp bbc cnn twitter facebook internet gaddafi qaddafi ' +
    'gadhafi kadhafi muammar moammar moamer saif khamis africa europe middle west east north south washington london ' +
    'paris rome brussels geneva new york moscow beijing cairo tunis algiers doha ankara istanbul khartoum valletta ' +
    'libya libyan libyans security council ' +
    // Given names: the first word of a person's name, never of a town's.
    'mustafa mustapha mohammed muhammad mohamed mahmoud mahmud ahmed ahmad ali omar abdel abdul abd abdullah khaled ' +
    'khalid hassan hussein ibrahim youssef yusuf saleh salem musa moussa fathi faraj jalal suleiman saadi hannibal ' +
    'mutassim abdelfattah'
  ).split(' '),
);
const ORGANISATION = new Set(
  ('brigade brigades battalion council forces force army navy party movement committee university hospital square ' +
    'street road hotel company corporation agency news television tv radio ministry front organization organisation ' +
    'union bank group office airport base mosque court tribe clan revolution').split(' '),
);

interface Accepted {
  reference: NewPlace['reference'];
  /** As the place phrases write it (`AL MARJ` as `Al Marj`). */
  spellings: Set<string>;
}

interface Candidate extends Span {
  name: string;
  key: string;
  strong: boolean;
}

/**
 * The names in `text` that read as places and are neither among `mentions` (the gazetteer's matches) nor spelt as a
 * gazetteer name (`gazetteerNames`, compared as the reference compares names), with how often each occurs and where
 * the reference puts it; in order of first occurrence.
 */
export function findNewPlaces(
  text: string,
  mentions: readonly Span[],
  reference: Reference | null,
  gazetteerNames: Iterable<string>,
): NewPlace[] {
  const foreign = foreignTest(text);
  const known = new Set<string>();
  for (const name of gazetteerNames) known.add(referenceKey(name));
  const matched = mentionIndex(mentions);
  const accepted = new Map<string, Accepted>();
  for (const candidate of candidates(text, mentions)) {
    const already = accepted.get(candidate.key);
    if (already) already.spellings.add(candidate.name);
    if (already || known.has(candidate.key) || matched(candidate) || foreign(candidate)) continue;
    if (!placeLike(text, candidate)) continue;
    const entry = reference === null ? null : lookupEntry(reference, candidate.name);
    if (!candidate.strong && entry === null) continue;
    // The gazetteer has this place under another of its names (`Marsa Brega` is the Al Burayqah it calls Brega).
    if (entry !== null && [entry.name, entry.ascii, ...entry.alternates].some((n) => known.has(referenceKey(n)))) continue;
    accepted.set(candidate.key, { reference: entry === null ? null : placeOf(entry), spellings: new Set([candidate.name]) });
  }
  return [...accepted.values()]
    .map((place) => occurrences(text, matched, place))
    .filter((found) => found.mentions > 0)
    .sort((a, b) => a.first - b.first)
    .map(({ first: _first, ...place }) => place);
}

function candidates(text: string, mentions: readonly Span[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (match: RegExpExecArray, strong: boolean): void => {
    const name = match[1]!.replace(/['’]s$/u, '');
    const start = match.indices![1]![0];
    found.push({ name: titleCase(name), key: referenceKey(name), start, end: start + name.length, strong });
  };
  for (const pattern of STRONG) for (const match of text.matchAll(pattern)) add(match, true);
  for (const pattern of [WEAK, SUBJECT, OBJECT]) for (const match of text.matchAll(pattern)) add(match, false);
  // Each name listed after a place (a gazetteer's or one found here), the list followed name by name.
  const ends = [...mentions.map((m) => m.end), ...found.map((c) => c.end)];
  for (let end = ends.pop(); end !== undefined; end = ends.pop()) {
    LISTED.lastIndex = end;
    const match = LISTED.exec(text);
    if (match && !found.some((c) => c.start === match.indices![1]![0])) {
      add(match, false);
      ends.push(found[found.length - 1]!.end);
    }
  }
  // Strong ones first, so that a name's reference is looked up once and a weak one is let in by a strong one.
  return found.sort((a, b) => Number(b.strong) - Number(a.strong) || a.start - b.start);
}

// Neither a month, weekday, country, title or other word that is no place, nor part of an organisation's name, nor
// a lone capitalised word that starts a sentence and is written in lower case elsewhere in the text.
function placeLike(text: string, { name, start, end }: Candidate): boolean {
  const words = name.toLowerCase().split(/[ -]/);
  // `As Sidr` is judged by `Sidr`, `As Gaddafi` by `Gaddafi`.
  const first = words.length > 1 && ARTICLE.test(words[0]!) ? words[1]! : words[0]!;
  if (words.some((w) => ORGANISATION.has(w)) || NOT_PLACES.has(first) || NOT_PLACES.has(name.toLowerCase())) {
    return false;
  }
  if (isForeignCountryWord(name)) return false;
  const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();
  if (next !== undefined && ORGANISATION.has(next)) return false;
  if (words.length === 1 && sentenceStart(text, start)) {
    return !new RegExp(`(?<![\\p{L}])${words[0]}(?![\\p{L}])`, 'u').test(text);
  }
  return true;
}

function sentenceStart(text: string, at: number): boolean {
  return /(?:^|[.!?]["'”’)]?\s+|\n\s*|["“]\s*)$/u.test(text.slice(Math.max(0, at - 4), at));
}

function placeOf({ geonames, name, lon, lat }: ReferenceEntry): NewPlace['reference'] {
  return { geonames, name, lon, lat };
}

/** Whether a span overlaps one of the (text-ordered) mentions. */
function mentionIndex(mentions: readonly Span[]): (span: Span) => boolean {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return ({ start, end }) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const next = sorted[lo];
    return next !== undefined && next.start < end;
  };
}

// Every occurrence of a place's spellings, in any case but with a capital (not the common word `sultan`) and outside
// the gazetteer's mentions, named by its most frequent spelling; `first` is where the text first names it.
function occurrences(text: string, matched: (span: Span) => boolean, { reference, spellings }: Accepted): NewPlace & { first: number } {
  const alternatives = [...spellings].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}])`, 'giu');
  const counts = new Map<string, number>();
  let first = -1;
  for (const match of text.matchAll(pattern)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (!/^\p{Lu}|^\p{Ll}+-/u.test(match[0]) || matched(span)) continue;
    if (first < 0) first = span.start;
    counts.set(titleCase(match[0]), (counts.get(titleCase(match[0])) ?? 0) + 1);
  }
  const [name] = [...counts].reduce((best, next) => (next[1] > best[1] ? next : best), ['', 0]);
  return { name, mentions: [...counts.values()].reduce((a, b) => a + b, 0), reference, first };
}

// A dateline writes a name in capitals (`AL MARJ, Libya`); the place is Al Marj.
function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * An article read for claims: its paragraphs and sentences, each analysed once (sentence.ts), with the context a
 * sentence needs from those before it: who "they" are, which day the paragraph narrates, the day the story leads on.
 */
import { sentences } from '../mentions.ts';
import type { Day, Mention, Span } from '../types.ts';
import type { ActorSide } from './actors.ts';
import { analyse, type Analysed } from './sentence.ts';
import { clauseStartBefore } from './clauses.ts';
import { resolveAnaphora } from './anaphora.ts';
import type { Epithet } from './epithets.ts';
import { countsFromNarrated, findDateWords, isPresent, place, type DateWords, type Placed } from './when.ts';
import { daysBetween } from '../dates.ts';
import { commaAsides } from './dating.ts';
import { attribution, INTERJECTED, quotationCloser } from './claimant.ts';
import { findActors, namesLeader, opposite, sideOfSpokesperson, WHEN_SAID } from './actors.ts';

export interface Reading {
  text: string;
  published: Day;
  /**
   * For each sentence, the day its report was written (what "yesterday" and the present tense count from): the day
   * of the dated heading its section follows, as a diary's "Friday 4 March, Ras Lanuf" or a day-by-day piece's
   * "Monday, March 28"; else its dateline's, where that is up to three days before publication; else publication's.
   */
  reported: Day[];
  sentences: Analysed[];
  /** For each sentence, its date words, found once. */
  dates: DateWords[][];
  /** For each sentence, its asides set off by a comma (dating.ts), found once: their days are their own events'. */
  asides: Span[][];
  /** For each sentence, the day its paragraph narrates before it: the last day its earlier sentences named. */
  narrated: (Placed | null)[];
  /**
   * For each sentence, whether the last time its paragraph named before it was a span, not a day ("in March", "last
   * week"): a past event told after it with no day of its own is of that span, not of the time of writing.
   */
  spanNarrated: boolean[];
  /**
   * The latest day the story names in its opening paragraphs, within three days of publication: its news day; with
   * the sentence that names it.
   */
  lead: (Placed & { sentence: number }) | null;
  /**
   * For each sentence, the day its paragraph opens with as a timeline's entry ("Feb 24 - Anti-Gaddafi forces hold
   * Misrata. Zawiya is also in rebel hands."): what its present tense tells of, not the time of writing.
   */
  entries: (Placed | null)[];
}

const BLANK_LINES = /\n(?:[^\S\n]*\n)+/g;
const LEAD_PARAGRAPHS = 3;
const LEAD_DAYS = 3;

/**
 * `unknown`: the names the article writes as places that the gazetteer lacks, which "the town" could mean; `epithets`:
 * what the press called towns in place of their names.
 */
export function read(text: string, published: Day, mentions: readonly Mention[], unknown: readonly string[] = [], epithets: readonly Epithet[] = []): Reading {
  const found: Analysed[] = [];
  paragraphs(text).forEach((paragraph, index) => {
    for (const span of sentences(text, paragraph)) found.push(analyse(text, span, mentions, index));
  });
  const analysed = resolveAnaphora(found, unknown, epithets);
  const dates = analysed.map((sentence) => findDateWords(sentence.masked, sentence.text));
  // Read before "the town" is read as the town it means: "…pulled out of Ras Lanuf, the oil town they captured on
  // Sunday" has an aside all the same.
  const asides = found.map((sentence) => commaAsides(sentence.masked));
  const dateline = reportedOn(analysed, dates, published);
  const reported = sectionDays(analysed, dates, published, dateline);
  const { narrated, spanNarrated } = narratedDays(analysed, dates, asides, published, reported);
  return {
    text, published, reported, sentences: analysed, dates, asides, narrated, spanNarrated,
    lead: leadDay(analysed, dates, published, dateline),
    entries: entryDays(analysed, dates, published, reported),
  };
}

const SINCE = /^since\s/i;
const SINCE_BEFORE = /(?<![a-z\u00df-\u024f])since\s+$/;

function narratedDays(analysed: readonly Analysed[], dates: readonly DateWords[][], asides: readonly Span[][], published: Day, reported: readonly Day[]): Pick<Reading, 'narrated' | 'spanNarrated'> {
  let current: Placed | null = null;
  let span = false;
  const narrated: (Placed | null)[] = [];
  const spanNarrated: boolean[] = [];
  analysed.forEach((sentence, i) => {
    if (i > 0 && analysed[i - 1]!.paragraph !== sentence.paragraph) {
      current = null;
      span = false;
    }
    narrated.push(current);
    spanNarrated.push(span);
    for (const words of dates[i]!) {
      // "…the oil town they have held since late last week": when a span began is not the day the passage tells; nor
      // is the day of an aside's own event ("The rebels, who only on Sunday had captured Ras Lanuf, fled").
      if (isPresent(words) || SINCE.test(words.text) || SINCE_BEFORE.test(sentence.masked.slice(0, words.start))) continue;
      if (asides[i]!.some((a) => words.start >= a.start && words.start < a.end)) continue;
      const placed = place(words, published, current?.resolved.date ?? null, reported[i]!);
      // A span is no day to count "at dawn" or "by nightfall" from: after "last week", none is known.
      if (placed) {
        span = placed.resolved.precision === 'range';
        current = span ? null : placed;
      }
    }
  });
  return { narrated, spanNarrated };
}

/**
 * A paragraph that is only a day, and where it was written: a diary's "Friday 4 March, Ras Lanuf", a day-by-day
 * piece's "Monday, March 28". (Not a timeline's entry, whose day opens the words it dates: see `entryDays`.)
 */
const DAY_HEADING = /^[^\S\n]*[^.!?:;"“”\n]{0,60}[^\S\n]*$/;
const HEADING_TAIL = /^\s*(?:,\s*(?:2011\s*)?(?:[,\u2013\u2014-]\s*)?(?:[^\s.!?,;:]+\s*){0,5})?$/;

/**
 * For each sentence, the day its section was written: after a paragraph that is only a day (`DAY_HEADING`), up to
 * publication, that day; before any, the dateline's.
 */
function sectionDays(analysed: readonly Analysed[], dates: readonly DateWords[][], published: Day, dateline: Day): Day[] {
  let day = dateline;
  return analysed.map((sentence, i) => {
    const alone = (i === 0 || analysed[i - 1]!.paragraph !== sentence.paragraph) && analysed[i + 1]?.paragraph !== sentence.paragraph;
    const words = dates[i]!;
    if (alone && words.length === 1 && DAY_HEADING.test(sentence.text) && sentence.text.slice(0, words[0]!.start).trim() === '' && HEADING_TAIL.test(sentence.text.slice(words[0]!.end))) {
      const placed = place(words[0]!, published, null);
      if (placed?.resolved.precision === 'day' && placed.resolved.date <= published) day = placed.resolved.date;
    }
    return day;
  });
}

/** A timeline entry's day, then its dash or colon: "Feb 24 - ", "March 10: ". */
const ENTRY_MARK = /^\s*[-\u2013\u2014:]\s/;

function entryDays(analysed: readonly Analysed[], dates: readonly DateWords[][], published: Day, reported: readonly Day[]): (Placed | null)[] {
  let entry: Placed | null = null;
  return analysed.map((sentence, i) => {
    if (i === 0 || analysed[i - 1]!.paragraph !== sentence.paragraph) {
      const opening = dates[i]!.find((w) => w.start === 0 && ENTRY_MARK.test(sentence.masked.slice(w.end)));
      const placed = opening && place(opening, published, null, reported[i]!);
      entry = placed && placed.resolved.precision === 'day' ? placed : null;
    }
    return entry;
  });
}

function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const gap of text.matchAll(BLANK_LINES)) {
    spans.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  spans.push({ start, end: text.length });
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

// The latest such day, not the first: "…were driven out of the town on Wednesday, but pushed back in on Friday" is
// Friday's story, told with Wednesday's background.
function leadDay(analysed: readonly Analysed[], dates: readonly DateWords[][], published: Day, reported: Day): Reading['lead'] {
  let lead: Reading['lead'] = null;
  for (const [i, sentence] of analysed.entries()) {
    if (sentence.paragraph >= LEAD_PARAGRAPHS) break;
    for (const words of dates[i]!) {
      // "By nightfall" counts from the day its passage tells: it names no day of its own to lead on.
      const placed = isPresent(words) || countsFromNarrated(words) ? null : place(words, published, null, reported);
      if (placed && placed.resolved.precision === 'day' && nearPublication(placed.resolved.date, published)) {
        if (lead === null || placed.resolved.date > lead.resolved.date) lead = { ...placed, sentence: i };
      }
    }
  }
  return lead;
}

/** A day on or up to `LEAD_DAYS` before publication: a story's news day, or the day its report was written. */
function nearPublication(day: Day, published: Day): boolean {
  return day <= published && daysBetween(day, published) <= LEAD_DAYS;
}

/**
 * What comes before a dateline's date: the place in capitals, perhaps a country ("BENGHAZI, Libya, "). Plain classes,
 * not `\p{Lu}`: a page's first suggestion pays for compiling every pattern.
 */
const DATELINE_PLACE = /^\s*[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de\s.'’-]*,\s*(?:[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f\s.'’-]*,\s*)?$/;
/** What follows it: a year, the agency in brackets, the dash ("March 30 (Reuters) -", "March 30, 2011 —"). */
const DATELINE_END = /^(?:,\s*\d{4})?\s*(?:\([^)]*\)\s*)?(?:[-–—]|--)/;

/**
 * The day a dateline gives its report, where its opening paragraphs have one and it is up to three days before
 * publication (a wire story in the next day's paper), else publication's.
 */
function reportedOn(analysed: readonly Analysed[], dates: readonly DateWords[][], published: Day): Day {
  for (const [i, sentence] of analysed.entries()) {
    if (sentence.paragraph >= LEAD_PARAGRAPHS) break;
    const words = dates[i]![0];
    if (!words || !DATELINE_PLACE.test(sentence.text.slice(0, words.start)) || !DATELINE_END.test(sentence.text.slice(words.end))) continue;
    const placed = place(words, published, null);
    const day = placed?.resolved.precision === 'day' ? placed.resolved.date : null;
    if (day !== null && nearPublication(day, published)) return day;
  }
  return published;
}

const PREPOSITION_BEFORE = /(?<![a-z\u00df-\u024f])(?:to|from|with|by|for|against|on|at|of|in|into|toward|towards|behind|before|after|among|between)\s+$/;

/**
 * The side a pronoun at `at` in sentence `index` stands for: the subject (first side named) of its own sentence
 * where that comes before it, else of the sentence before; for "we", the side of the one quoted.
 */
export function pronounSide(reading: Reading, index: number, at: number, pronoun: string): ActorSide | null {
  const sentence = reading.sentences[index]!;
  // "We took Brega," a rebel fighter said: "we" and "our forces" are the speaker's side.
  if (/^(?:we|us|our\s.*)$/i.test(pronoun)) {
    const closer = closerOf(reading, index);
    // A quotation that goes on after the sentence that said who spoke ('"Misrata will never fall," a rebel
    // spokesman said. "We control most of the city."') is still that speaker's.
    const previous = index > 0 && reading.sentences[index - 1]!.paragraph === sentence.paragraph ? reading.sentences[index - 1]!.text : null;
    // So is one a pronoun speaks ('A rebel spokesman said the attack had failed. "Ajdabiya is in our hands," he said').
    const speaker = attribution(sentence.text, at);
    const goesOn = previous !== null && /^\s*["“]/.test(sentence.text) && (speaker === null || /^(?:he|she)$/i.test(speaker)) ? speakerSide(previous) : null;
    return speakerSide(sentence.text, speaker) ?? (closer === null ? null : speakerSide(closer)) ?? goesOn ?? spokespersonOf(reading, speaker ?? closer);
  }
  // "Government troops ambushed rebels at Bin Jawad, driving them back to Ras Lanuf", "Rebels said Gaddafi's forces
  // had surrounded them": a verb's object "them" is not the side its own clause is about, but the other (after a
  // preposition it may be: "Rebels hold Brega, and Ras Lanuf fell to them").
  if (/^them$/i.test(pronoun) && !PREPOSITION_BEFORE.test(sentence.masked.slice(0, at))) {
    const clause = clauseStartBefore(sentence.masked, at);
    const subject = sentence.actors.find((a) => a.start >= clause && a.end <= at && a.side !== null);
    if (subject?.side) return opposite(subject.side);
  }
  // "Opposition fighters retreated from Bin Jawad. The fighters had taken it on Saturday": the fighters last named.
  if (/^the\s+fighters$/i.test(pronoun)) return lastFighters(reading, index, at);
  // "Residents said they had fled Brega": "they" are the ones who said it, and residents have no side; "a rebel
  // commander tells Reuters that his men still hold Ras Lanuf": his men are the commander's, whoever was named before.
  const sayer = SAID_BY.exec(sentence.text.slice(0, at));
  if (sayer !== null) return speakerSide(`${sayer[1]} said`);
  if (/^his\s/i.test(pronoun)) {
    const previous = index > 0 ? reading.sentences[index - 1]!.text : '';
    if (namesLeader(sentence.text.slice(0, at)) || (!/\bhis\b/i.test(sentence.text.slice(0, at)) && namesLeader(previous))) {
      return 'government';
    }
  }
  // "Government forces pushed rebels out of Bin Jawad, which they had taken at the weekend": in a relative clause
  // after both sides are named, "they" may be either. (Elsewhere it is the subject: "Rebels were slammed with
  // shelling from Gadhafi's forces when they tried to advance".)
  // "…will stop the tanks before they reach the city": "they" are what is to be stopped, no side named.
  if (STOPPED_BEFORE.test(sentence.masked.slice(0, at))) return null;
  const named = sentence.actors.filter((a) => a.side !== null && a.start < at);
  // So in one with no "which": "…drove the fighters out of Bin Jawad, the village they had taken on Sunday".
  if (/(?:which|that|where|,\s*(?:the|a)\s+(?:[a-z-]+\s+)?(?:town|city|village|port))\s+$/i.test(sentence.text.slice(0, at)) && named.some((a) => a.side !== named[0]!.side)) return null;
  // "…held Sirte, which the rebels must take if they are to reach Tripoli": inside a relative clause with a subject of
  // its own, "they" is that subject (not once a comma has closed it: "which loyalist troops had abandoned, and …").
  const relative = [...sentence.masked.slice(0, at).matchAll(RELATIVE_SUBJECT)].pop();
  const relativeSubject = relative && sentence.actors.find((a) => a.start === relative.index + relative[0].length - 1);
  if (relativeSubject?.side && !/[,;:]/.test(sentence.masked.slice(relativeSubject.end, at))) return relativeSubject.side;
  // "By the next morning they had reached Brega, which loyalist troops had abandoned, and by evening they were in
  // Ras Lanuf": a "they" after one that opened the sentence is the same side.
  // (Not a "them" that was some verb's object: "Since French jets destroyed them on 19 March, and the rebels walked
  // back in, the town has been theirs".)
  const first = sentence.actors.find((a) => a.start < at);
  if (first && first.side === null && /^they$/i.test(first.text) && first !== named[0] && (named[0] === undefined || first.start < named[0].start)) {
    return pronounSide(reading, index, first.start, first.text);
  }
  const own = named[0];
  if (own?.side) return own.side;
  // Else the subject of the sentence before, unless that is who spoke of the other side: "Rebel commanders said
  // Gaddafi's forces had been reinforced. They retook Brega" could be either.
  const previous = index > 0 ? reading.sentences[index - 1]! : null;
  const subject = previous ? subjectOf(previous) : undefined;
  // A "they" that is itself the subject of the sentence before stands for what that one does.
  if (previous && subject && subject.side === null && THEY.test(subject.text)) return pronounSide(reading, index - 1, subject.start, subject.text);
  // Else, for "they" or "their" with no one named before, the ones the sentence quotes: "Brega is now in their
  // hands, rebels say".
  if (!previous || !subject?.side) return /^(?:they|their|them)$/i.test(pronoun) ? speakerSide(sentence.text) : null;
  const spoke = SPOKE.test(previous.masked.slice(subject.end));
  return spoke && previous.actors.some((a) => a.side !== null && a.side !== subject.side) ? null : subject.side;
}

/** How many sentences before its own "the fighters" looks back for the fighters it means. */
const FIGHTERS_BACK = 2;

/** The side of the fighters last named before `at` in sentence `index` or the two before it, or null. */
function lastFighters(reading: Reading, index: number, at: number): ActorSide | null {
  for (let k = index; k >= 0 && k >= index - FIGHTERS_BACK; k--) {
    const named = reading.sentences[k]!.actors.filter((a) => (k < index || a.start < at) && /fighters/i.test(a.text));
    if (named.length > 0) return named[named.length - 1]!.side;
  }
  return null;
}

/** How many sentences on the close of a quotation is looked for. */
const QUOTATION_SENTENCES = 3;

/** The sentence that closes a quotation sentence `index` opens and leaves open (`quotationCloser`), or null. */
export function closerOf(reading: Reading, index: number): string | null {
  const following = reading.sentences.slice(index + 1, index + 1 + QUOTATION_SENTENCES).map((s) => s.text);
  return quotationCloser(reading.sentences[index]!.text, following);
}

const THEY = /^(?:they|them|their)$/i;
const STOPPED_BEFORE = /(?<![a-z\u00df-\u024f])(?:stop|stops|stopped|stopping|halt|halts|halted|halting)\s+(?:the\s+)?(?:[a-z\u00df-\u024f-]+\s+)?[a-z\u00df-\u024f-]+s\s+(?:before|until|unless)\s+$/;
/** A relative clause's own subject: "which the rebels", "that government forces". */
const RELATIVE_SUBJECT = /(?<![a-z\u00df-\u024f])(?:which|that|whom)\s+(?:the\s+)?[\uE002\uE003]/g;
/**
 * What may open a sentence before its subject: a phrase of time and a clause of its own ("On Saturday 26 March,
 * after French and British jets had destroyed dozens of Gaddafi's tanks, rebel fighters poured back into Ajdabiya").
 */
// What may stand before it is a phrase of a few words ("On Saturday, after…"), not a clause ("The advance began on
// Saturday, when the rebels, backed by warplanes, drove Gaddafi's troops out": the rebels are its subject).
const OPENER = /^(?:(?:[^,\s]+\s+){0,3}[^,\s]*,\s*)?(?:after|when|as|while|before|since|although|though|because|once|having|with|despite|following|backed\s+by|using)\s[^,]*,\s*/i;

/** The subject of a sentence: its first actor after any clause that opens it, else its first side named. */
function subjectOf(sentence: Analysed): Analysed['actors'][number] | undefined {
  const from = OPENER.exec(sentence.masked)?.[0].length ?? 0;
  const main = sentence.actors.find((a) => a.start >= from);
  return main && (main.side !== null || THEY.test(main.text)) ? main : sentence.actors.find((a) => a.side !== null);
}

/** A verb of saying just after an actor: the actor is a speaker ("rebel commanders said"). */
const SPOKE = /^(?:\s+[^\s,.;:\uE000-\uE004]+){0,3}?\s+(?:said|says|say|told|reported|claimed|insisted|insists?)\b/;

/** A word of who said it: not a dateline's bracket or dash ("April 2 (Reuters) - Libyan rebels said"). */
const SAYER_WORD = String.raw`(?!-+\s)[^\s(),;\u2013\u2014]+`;
/** The words just before "said they", "told reporters they", "tells Reuters that his men": the ones meant. */
const SAID_BY = new RegExp(String.raw`((?:${SAYER_WORD}\s+){0,7}?${SAYER_WORD})(?:\s*,\s*${INTERJECTED},)?\s+(?:said|says|say|(?:told|tells|tell)\s+\S+|reported|claimed|added|insisted|insists?|announced)\s+${WHEN_SAID}(?:that\s+)?$`, 'i');

/** A spokesperson, named with no side: "said spokesman Abdelsalam". */
const SPOKESPERSON = /\bspokes(?:man|woman|person)\b/i;
/** One named with a side: "a rebel spokesman", "the government spokeswoman". */
const SIDED_SPOKESPERSON = /\b(rebels?|opposition|insurgents?|government|regime|army|military)(?:'s?)?\s+spokes(?:man|woman|person)\b/gi;

/**
 * The side of a spokesperson quoted with no side, where the article names spokespeople of one side only ("…, a rebel
 * spokesman said. … "We control all of Misrata except the airport," said spokesman Abdelsalam"): wire copy gives a
 * spokesperson's side where it first quotes them.
 */
function spokespersonOf(reading: Reading, speaker: string | null): ActorSide | null {
  if (speaker === null || !SPOKESPERSON.test(speaker)) return null;
  const sides = new Set([...reading.text.matchAll(SIDED_SPOKESPERSON)].map((m) => (/^(?:government|regime|army|military)$/i.test(m[1]!) ? 'government' : 'rebel')));
  return sides.size === 1 ? [...sides][0]! : null;
}

/** The side of the one a sentence quotes, where its attribution names one: "a rebel fighter said". */
function speakerSide(sentence: string, speaker = attribution(sentence)): ActorSide | null {
  if (speaker === null) return null;
  // "…," said Ahmed, a rebel fighter: the speaker's side is in the aside that follows the name.
  const at = sentence.indexOf(speaker);
  const aside = at < 0 ? null : /^\s*,\s*(?:a|an|the)\s+([^,.;:"“”]+)/.exec(sentence.slice(at + speaker.length));
  const sides = findActors(`${speaker} ${aside?.[1] ?? ''}`.toLowerCase()).map((a) => a.side).filter((s) => s !== null);
  if (sides.length > 0) return sides[0]!;
  // The rebels' own government and council: "the interim government said its forces…".
  if (/\b(?:(?:interim|transitional|provisional|rebel|opposition)\s+(?:national\s+)?(?:government|council|authorities)|national\s+(?:transitional\s+)?council|ntc|tnc)\b/i.test(speaker)) return 'rebel';
  if (/\b(?:state|government|official|spokesman for the government|libyan television|jana)\b/i.test(speaker)) return 'government';
  return sideOfSpokesperson(speaker);
}

/**
 * Date expressions in a sentence, found with their spans and placed on the calendar by the one resolver
 * (`resolveDate`) that also validates every claim's `resolvedFrom` at load, so a suggestion's date always validates.
 */
import { HEDGE_WORDS, resolveDate, SPAN_TO, type Resolved } from '../dates.ts';
import { LETTER } from './actors.ts';
import type { Day, Span } from '../types.ts';

export interface DateWords extends Span {
  /** The words as written in the sentence. */
  text: string;
}

export const WEEKDAY = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|wendesay)';
const MONTH_ABBREVIATION = '(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)';
export const MONTH = `(?:january|february|march|april|may|june|july|august|september|october|november|december|${MONTH_ABBREVIATION}\\.)`;
export const PART = '(?: (?:morning|afternoon|evening|night))?';
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)';
export const ORD = '\\d{1,2}(?:st|nd|rd|th)?';

/**
 * How long something lasted: "for a week", "for less than a day", "for three days". The one measure of a span both a
 * hold told before its verb ("For a week Ajdabiya stayed…") and one told after its place ("held Brega for a few
 * hours") are over by.
 */
export const LASTING = String.raw`for\s+(?:(?:more\s+than|less\s+than|under|fewer\s+than|over|about|nearly|almost|some|only|just|barely)\s+)?(?:a\s+few|a|an|one|two|three|four|five|six|seven|eight|several|many|\d+)\s+(?:hours?|days?|weeks?|months?)(?![a-z\u00df-\u024f])`;

/** Before a month's day, the words that hedge it (before a weekday, "around" alone: "about Thursday's fighting"). */
const HEDGE = `(?:${HEDGE_WORDS}) `;

const UPRISING = '(?:uprising|revolt|rebellion|revolution|conflict|war|fighting|crisis|insurrection|protests)';

const EXPRESSIONS = [
  // Too vague to place, and found before "on the 2nd" could take their first words.
  '(?:earlier|later) in the (?:week|month)|at the (?:start|end|beginning) of (?:the|this|last) week|on the (?:first|second|third|fourth|fifth|sixth|seventh|\\d{1,2}(?:st|nd|rd|th)) day of',
  // The uprising's early days: history, on no day the words say.
  `(?:at|since) the (?:start|beginning|outset|onset) of the ${UPRISING}|(?:in|during) the (?:first|early|opening) (?:days|weeks|hours) of the ${UPRISING}|early in the ${UPRISING}|when the ${UPRISING} (?:began|started|erupted|broke out)`,
  // A span of days: "March 26-27", "26 to 28 March", "between Saturday and Monday".
  `(?:on |from |between )?${MONTH} ${ORD}${SPAN_TO}${ORD}(?!\\d|:\\d)`,
  `(?:on |from |between )?(?:the )?${ORD}${SPAN_TO}(?:the )?${ORD}(?: of)? ${MONTH}`,
  `(?:between|from) ${WEEKDAY}${SPAN_TO}${WEEKDAY}`,
  `(?:${HEDGE}|on |since |by |until |till )?(?:${WEEKDAY},? )?(?:the )?${ORD}(?: of)? ${MONTH}`,
  // Before a day, an abbreviation may go without its stop, as timelines write it: "Feb 24".
  `(?:${HEDGE}|on |since |by |until |till )?(?:${WEEKDAY},? )?(?:${MONTH}|${MONTH_ABBREVIATION}) ${ORD}(?!\\d|:\\d)`,
  `(?:on )?${WEEKDAY},? (?:of )?last week`,
  `(?:since |by |until |till )?last ${WEEKDAY}${PART}`,
  `(?:(?:on or )?around |late on |early on |on |by |since |until |till |late |early )?${WEEKDAY}${PART}`,
  `(?:on |since |by )?the \\d{1,2}(?:st|nd|rd|th)`,
  'the day before yesterday|overnight yesterday|yesterday night|late yesterday|(?:yesterday|the day before|the previous day)(?: (?:morning|afternoon|evening))?',
  `overnight (?:on )?${WEEKDAY}`,
  'last night|overnight|during the night',
  `(?:in |during |by |at |toward |towards )?the (?:start|beginning|end|middle|first days|early days|last days|final days) of ${MONTH}`,
  `(?:in |during )?the (?:first|second|third|fourth|last|final) week of ${MONTH}`,
  `(?:in |since |during |by )(?:early |mid-|mid |late )?${MONTH}|(?:early|mid-|late) ${MONTH}`,
  // Words that date a passage too loosely to place a claim: they stop a claim from borrowing another day.
  '(?:for|in recent|in the past|over the past|over the last) (?:days|weeks|months)|(?:weeks|months|years) ago|last year|this year|in recent weeks',
  'earlier today|early today|later today|today|tonight|this (?:morning|afternoon|evening)',
  'at dawn|at daybreak|at first light|by mid-afternoon|by nightfall|at noon|in the (?:morning|afternoon|evening)',
  'later that day|earlier that day|that (?:morning|day|night)|(?:by )?the (?:next|following) (?:day|morning|afternoon|evening)',
  `(?:only |just )?${COUNT} (?:day|week|fortnight|month|hour)s? (?:before|earlier|ago)`,
  `${COUNT} (?:day|week)s? later`,
  `(?:in |over |during )?(?:the )?(?:past|last) (?:24 hours|${COUNT} days)`,
  `(?:in |over |during )?the (?:past|last) (?:${COUNT} weeks|week)`,
  'earlier this week|this week|last week|(?:since|over|at|during|on) the weekend|(?:this|last) weekend|(?:(?:early|mid-|mid|late) )?last month',
  '(?:only |just )?days (?:ago|before|after|earlier)|in recent (?:days|weeks|months)|recently|this month',
  'now|currently|at present|at the moment',
];
const FINDER = new RegExp(`(?<![${LETTER}])(?:${EXPRESSIONS.join('|')})(?![0-9]|(?<=[${LETTER}])[${LETTER}])`, 'g');

/** Words counted from a day a passage narrates that mean nothing without one: "the next morning", "three days later". */
const COUNTED = 'the (?:next|following) (?:day|morning|afternoon|evening)|the day before(?! yesterday)|the previous day|(?:day|week|fortnight)s? (?:before|earlier|later)$';
/** Words that count from the day a passage narrates, not from publication: "at dawn", "three days before". */
// "Noon", not the "noon" of "this afternoon", which is the day of writing's.
const NARRATIVE = new RegExp(`dawn|daybreak|first light|mid-afternoon|nightfall|(?<![a-z])noon|^in the (?![a-z]+ (?:days |week )?of )|that (?:morning|day|night)|${COUNTED}`, 'i');
const NEEDS_ANCHOR = new RegExp(COUNTED, 'i');
const PRESENT = /^(?:now|currently|at present|at the moment)$/i;

/** Every date expression in `sentence` (lowercased in place, so offsets hold), leftmost-longest, in order. */
export function findDateWords(lowered: string, original: string): DateWords[] {
  return [...lowered.matchAll(FINDER)].filter((m) => !NAMED_FOR.test(lowered.slice(m.index + m[0].length))).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: original.slice(m.index, m.index + m[0].length),
  }));
}

/** A day a thing is named for, no day of an event: "the 17 February Revolution", "the February 17 movement". */
const NAMED_FOR = /^\s+(?:revolution|uprising|movement|coalition|youth|brigades?|martyrs)(?![a-z\u00df-\u024f])/;

export interface Placed {
  words: DateWords;
  resolved: Extract<Resolved, { ok: true }>;
  /** The narrated day the words count from, where it is not publication. */
  narrative?: Day;
}

/**
 * The expression on the calendar: against the narrated day for words that count from one ("at dawn"), where the
 * passage has named one, else against the day the report was written (`reported`: a dateline's day, where it is
 * before publication, as "BENGHAZI, Libya, March 30 (Reuters) -" in the next day's paper; "yesterday" counts from
 * it); words that need a narrated day and have none, and vague words, give null.
 */
export function place(words: DateWords, published: Day, narrated: Day | null, reported: Day = published): Placed | null {
  const relative = NARRATIVE.test(words.text);
  if (relative && NEEDS_ANCHOR.test(words.text) && narrated === null) return null;
  const from = relative && narrated !== null ? narrated : reported;
  const narrative = from !== published ? from : undefined;
  const resolved = resolveDate(words.text, narrative ? { published, narrative } : { published });
  if (!resolved.ok) return null;
  return { words, resolved, ...(narrative ? { narrative } : {}) };
}

export function isPresent(words: DateWords): boolean {
  return PRESENT.test(words.text);
}

/** Whether the words count from the day a passage tells ("at dawn", "two days earlier"), naming none of their own. */
export function countsFromNarrated(words: DateWords): boolean {
  return NARRATIVE.test(words.text);
}

/** A year named in the words ("in 1911", "the 1980s") other than the article's own: the passage is history. */
export function namesAnotherYear(lowered: string, published: Day): boolean {
  const year = published.slice(0, 4);
  // Not a live blog's time ("1620: The rebels have lost Bin Jawad").
  return [...lowered.matchAll(/(?<![a-z0-9\u00df-\u024f.,])(1[6-9]\d\d|20\d\d)(?:s)?(?![a-z0-9\u00df-\u024f]|:\s)/g)].some((m) => m[1] !== year);
}

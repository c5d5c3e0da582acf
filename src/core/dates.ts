import type { Day, Precision } from './types.ts';

/** What a date expression means on the calendar, or why it cannot be placed there. */
export type Resolved =
  | { ok: true; date: Day; precision: Precision; dateEnd?: Day }
  | { ok: false; reason: string };

/** The days an expression counts from: publication, or the day the passage narrates where that differs. */
export interface DateContext {
  published: Day;
  narrative?: Day;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// GlobalPost (geo/sources/002) writes "on Wendesay"; it can only mean Wednesday, so it is read as one.
const MISSPELLED_WEEKDAYS: Record<string, number> = { wendesay: 3 };
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
const COUNTS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

const WEEKDAY = `(${[...WEEKDAYS, ...Object.keys(MISSPELLED_WEEKDAYS)].join('|')})`;
// The wires' abbreviations (AP style: "Feb. 20", "Sept. 1"); May, June and July are never cut.
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = `(${MONTHS.join('|')}|(?:${Object.keys(MONTH_ABBREVIATIONS).join('|')})\\.?)`;
const MONTH_DAY = `${MONTH} (\\d{1,2})`;
const COUNT = `(\\d+|${Object.keys(COUNTS).join('|')})`;

/** The day for `YYYY-MM-DD` when it names a real calendar day (`2011-02-30` does not), else null. */
export function parseDay(s: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return null;
  const [year, month, dayOfMonth] = match.slice(1).map(Number) as [number, number, number];
  // The calendar rolls 2011-02-30 over into March; a real day survives the round trip unchanged.
  return formatDay(toEpochDay(year, month, dayOfMonth)) === s ? (s as Day) : null;
}

/** The day `n` days after `d` (before it for negative `n`). */
export function addDays(d: Day, n: number): Day {
  return formatDay(epochDayOf(d) + n);
}

/** Whole days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: Day, b: Day): number {
  return epochDayOf(b) - epochDayOf(a);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  // Epoch day 0, 1970-01-01, was a Thursday.
  return (((epochDayOf(d) + 4) % 7) + 7) % 7;
}

/**
 * Places a source's date expression ("on Tuesday", "overnight yesterday", "Thursday, March 31", "earlier this week")
 * on the calendar, counting from `ctx.narrative ?? ctx.published`. A bare weekday is the latest such day on or before
 * the reference day; "last Friday" is strictly before it. Words that straddle two days ("last night", "overnight
 * yesterday") or count back loosely ("three days before", "a week ago") and "now" (a state at the time of writing,
 * not when it began) are `approximate`; spans ("earlier this week", "in the past two days", "March 26-27", "between
 * Saturday and Monday") are a `range`; "until" a day
 * is the day before it, the last the span surely covered ("until" a span is no day). Vague words
 * ("just days ago", "this month") and anything unknown are `ok: false` with the reason. Never throws.
 */
export function resolveDate(expression: string, ctx: DateContext): Resolved {
  const reference = typeof ctx?.narrative === 'string' ? ctx.narrative : ctx?.published;
  if (typeof reference !== 'string' || parseDay(reference) === null) {
    return { ok: false, reason: `reference day ${String(reference)} is not a calendar day` };
  }
  if (typeof expression !== 'string') return { ok: false, reason: 'expected words to resolve' };
  const words = expression.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '');
  // "Held Brega until Tuesday": Tuesday may have seen it lost, so the span surely ran through the day before.
  const until = UNTIL.exec(words);
  if (until) {
    const end = resolveDate(until[1]!, ctx);
    if (!end.ok) return end;
    return end.precision === 'day' ? day(addDays(end.date, -1)) : { ok: false, reason: `"${expression}" ends a span on no one day` };
  }
  // "Around March 17": the day named, only about right.
  const hedged = HEDGED.exec(words);
  if (hedged) {
    const near = resolveDate(hedged[1]!, ctx);
    return near.ok && near.precision === 'day' ? about(near.date) : near;
  }
  for (const [pattern, resolve] of RULES) {
    const match = pattern.exec(words);
    if (match) return onCalendar(resolve(match.slice(1), reference), expression);
  }
  return { ok: false, reason: `no rule places "${expression}" on the calendar` };
}

/** Whether `words`, counted from `ctx`, give exactly `dated`: its day, its precision and, for a range, its end. */
export function givesDate(words: string, ctx: DateContext, dated: { date: Day; precision: Precision; dateEnd?: Day | undefined }): boolean {
  const resolved = resolveDate(words, ctx);
  return resolved.ok && resolved.date === dated.date && resolved.precision === dated.precision && resolved.dateEnd === dated.dateEnd;
}

type Rule = [RegExp, (groups: string[], reference: Day) => Resolved];

/** Hours in each unit a span is counted back in (whole numbers, so the days they make round exactly). */
const HOURS_IN = { hour: 1, day: 24, week: 168, fortnight: 336, month: 720 } as const;

const UNTIL = /^(?:until|till|up until|up till) (.+)$/;
/** Words that make a day only about right: "around March 17", "on or about the 17th". */
export const HEDGE_WORDS = '(?:on or )?(?:around|about)|approximately|roughly|circa';
const HEDGED = new RegExp(`^(?:${HEDGE_WORDS}) (.+)$`);

const day = (date: Day): Resolved => ({ ok: true, date, precision: 'day' });
const about = (date: Day): Resolved => ({ ok: true, date, precision: 'approximate' });
const range = (date: Day, dateEnd: Day): Resolved => ({ ok: true, date, precision: 'range', dateEnd });

const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';
/** Between the first and last day of a span: "26-27", "26 to 28", "Saturday and Monday". */
export const SPAN_TO = '(?: ?[-–] ?| to | and | until | through )';
const DAY_PART = '(?: (?:morning|afternoon|evening|night))?';

const RULES: Rule[] = [
  [
    /^(?:today|earlier today|early today|later today|this morning|this afternoon|this evening|tonight|at dawn|at daybreak|at first light|by mid-afternoon|by nightfall|at noon|in the morning|in the afternoon|in the evening|that morning|that day|that night|later that day|earlier that day)$/,
    (_, r) => day(r),
  ],
  // The present tense: a state at the time of writing, not when it began. Written as "now" where no word says so.
  [/^(?:now|still|currently|at present|at the moment|at the time of writing)$/, (_, r) => about(r)],
  [/^the day before yesterday$/, (_, r) => day(addDays(r, -2))],
  [/^(?:yesterday|the day before|the previous day)(?: (?:morning|afternoon|evening))?$/, (_, r) => day(addDays(r, -1))],
  [/^(?:overnight yesterday|last night|overnight|yesterday night|late yesterday|during the night)$/, (_, r) => about(addDays(r, -1))],
  [/^(?:by )?the (?:next|following) (?:day|morning|afternoon|evening)$/, (_, r) => day(addDays(r, 1))],
  [
    // "48 hours ago" counts the days it spans, to the nearest (hours within half a day are that day).
    new RegExp(`^(?:only |just )?${COUNT} (hour|day|week|fortnight|month)s? (?:before|earlier|ago)$`),
    ([n, unit], r) => about(addDays(r, -Math.round((count(n!) * HOURS_IN[unit as keyof typeof HOURS_IN]) / 24))),
  ],
  [
    new RegExp(`^${COUNT} (day|week)s? later$`),
    ([n, unit], r) => about(addDays(r, count(n!) * (unit === 'week' ? 7 : 1))),
  ],
  [/^(?:in )?(?:the )?(?:past|last) 24 hours$/, (_, r) => range(addDays(r, -1), r)],
  [new RegExp(`^(?:in |over |during )?(?:the )?(?:past|last) ${COUNT} days$`), ([n], r) => range(addDays(r, -count(n!)), r)],
  // "In the past week" runs up to the reference day, where "last week" is the calendar week before it.
  [new RegExp(`^(?:in |over |during )?the (?:past|last) (?:(${COUNT}) weeks|week)$`), ([n], r) => range(addDays(r, -7 * (n === undefined ? 1 : count(n))), r)],
  [/^earlier this week$/, (_, r) => earlierThisWeek(r)],
  [/^this week$/, (_, r) => range(addDays(r, -((weekdayOf(r) + 6) % 7)), r)],
  [/^last week$/, (_, r) => lastWeek(r)],
  // "Monday of last week", "on Friday last week": that day of the week before the reference's.
  [new RegExp(`^(?:on )?${WEEKDAY},? (?:of )?last week$`), ([w], r) => day(addDays(lastWeekMonday(r), (weekdayNumber(w!) + 6) % 7))],
  [/^since the weekend$/, ([], r) => weekend(r, true)],
  [/^(?:(?:over|at|during|on) )?(?:the|this) weekend$/, ([], r) => weekend(r, false)],
  [/^last weekend$/, ([], r) => lastWeekend(r)],
  // "Late last month": the previous month's last ten days, as "late March" written in April.
  [/^(early |mid-|mid |late )?last month$/, ([part], r) => lastMonth(part, r)],
  [
    /^((?:only |just )?days (?:ago|before|after|earlier)|in recent (?:days|weeks|months)|recently|this month|at the (?:start|end|beginning) of (?:the|this|last) week|(?:earlier|later) in the (?:week|month)|on the (?:first|second|third|fourth|fifth|sixth|seventh|\d{1,2}(?:st|nd|rd|th)) day of|(?:(?:at|since) the (?:start|beginning|outset|onset) of|(?:in|during) the (?:first|early|opening) (?:days|weeks|hours) of|early in) the (?:uprising|revolt|rebellion|revolution|conflict|war|fighting|crisis|insurrection|protests)|when the (?:uprising|revolt|rebellion|revolution|conflict|war|fighting|crisis|insurrection|protests) (?:began|started|erupted|broke out))$/,
    ([words]) => ({ ok: false, reason: `"${words}" is too vague to place on the calendar` }),
  ],
  [new RegExp(`^(?:since |by )?last ${WEEKDAY}${DAY_PART}$`), ([w], r) => day(latestWeekday(weekdayNumber(w!), addDays(r, -1)))],
  // The night of a day runs into the next: about that day.
  [new RegExp(`^overnight (?:on )?${WEEKDAY}$`), ([w], r) => about(latestWeekday(weekdayNumber(w!), r))],
  [new RegExp(`^(?:in |since |during |by )?(early |mid-|mid |late )?${MONTH}$`), ([part, m], r) => monthPart(part, m!, r)],
  // "at the end of February", "in the first days of March": the month's part, as "late February", "early March".
  [
    new RegExp(`^(?:in |during |by |at |toward |towards )?the (start|beginning|end|middle|first days|early days|last days|final days) of ${MONTH}$`),
    ([part, m], r) => monthPart(/^(?:start|beginning|first|early)/.test(part!) ? 'early' : part === 'middle' ? 'mid' : 'late', m!, r),
  ],
  [
    new RegExp(`^(?:in |during )?the (first|second|third|fourth|last|final) week of ${MONTH}$`),
    ([week, m], r) => weekOfMonth(week!, m!, r),
  ],
  [
    new RegExp(`^(?:on |by |since |late |early |late on |early on )?${WEEKDAY}${DAY_PART}$`),
    ([w], r) => day(latestWeekday(weekdayNumber(w!), r)),
  ],
  // A span of days: "March 26-27", "26 to 28 March", "between Saturday and Monday".
  [
    new RegExp(`^(?:on |from |between )?${MONTH} ${ORDINAL}${SPAN_TO}${ORDINAL}$`),
    ([m, from, to], r) => monthSpan(m!, from!, to!, r),
  ],
  [
    new RegExp(`^(?:on |from |between )?(?:the )?${ORDINAL}${SPAN_TO}(?:the )?${ORDINAL}(?: of)? ${MONTH}$`),
    ([from, to, m], r) => monthSpan(m!, from!, to!, r),
  ],
  [
    new RegExp(`^(?:between|from) ${WEEKDAY}${SPAN_TO}${WEEKDAY}$`),
    ([w1, w2], r) => {
      const end = latestWeekday(weekdayNumber(w2!), r);
      return daySpan(day(latestWeekday(weekdayNumber(w1!), addDays(end, -1))), day(end));
    },
  ],
  [
    new RegExp(`^(?:on |since |by )?(?:${WEEKDAY},? )?(?:the )?${ORDINAL}(?: of)? ${MONTH}$`),
    ([w, d, m], r) => monthDay(w, m!, Number(d), r),
  ],
  [
    new RegExp(`^(?:on |since |by )?(?:${WEEKDAY},? )?${MONTH_DAY}(?:st|nd|rd|th)?$`),
    ([w, m, d], r) => monthDay(w, m!, Number(d), r),
  ],
  [new RegExp(`^(?:on |since |by )?the ${ORDINAL}$`), ([d], r) => dayOfMonth(Number(d), r)],
];

// A count such as "in the past 800000 days" runs off the four-digit years a Day can be written in.
function onCalendar(resolved: Resolved, expression: string): Resolved {
  const valid = (d: Day | undefined): boolean => d === undefined || parseDay(d) === d;
  if (!resolved.ok || (valid(resolved.date) && valid(resolved.dateEnd))) return resolved;
  return { ok: false, reason: `"${expression}" lands outside the years 0000–9999` };
}

function count(word: string): number {
  return COUNTS[word] ?? Number(word);
}

function weekdayNumber(word: string): number {
  return MISSPELLED_WEEKDAYS[word] ?? WEEKDAYS.indexOf(word);
}

function dayName(weekday: number): string {
  const name = WEEKDAYS[weekday] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The latest day on or before `reference` that falls on `weekday`. */
function latestWeekday(weekday: number, reference: Day): Day {
  return addDays(reference, -((weekdayOf(reference) - weekday + 7) % 7));
}

// Weeks run Monday to Sunday (ISO 8601), so on a Monday no earlier day of the week exists.
function earlierThisWeek(reference: Day): Resolved {
  const intoWeek = (weekdayOf(reference) + 6) % 7;
  if (intoWeek === 0) return { ok: false, reason: `"earlier this week" on a Monday (${reference}) names no day` };
  return range(addDays(reference, -intoWeek), addDays(reference, -1));
}

// "In February", "in mid-March": the month, or its first, middle or last ten days, in the reference day's year as
// a month and day are; never past the reference day, so a month still to come names nothing.
function monthPart(part: string | undefined, month: string, reference: Day): Resolved {
  const first = parseDay(`${reference.slice(0, 4)}-${String(monthNumber(month)).padStart(2, '0')}-01`);
  if (first === null) return { ok: false, reason: `"${month}" lands outside the years 0000–9999` };
  const last = addDays(`${addDays(first, 31).slice(0, 8)}01` as Day, -1);
  const [from, to] = daysOfPart(part, first, last);
  if (from > reference) return { ok: false, reason: `${from} is after ${reference}` };
  return range(from, to < reference ? to : reference);
}

/** The days of a month from `first` to `last`: all, or its first, middle or last ten days. */
function daysOfPart(part: string | undefined, first: Day, last: Day): [Day, Day] {
  return part === undefined ? [first, last]
    : part.startsWith('early') ? [first, addDays(first, 9)]
    : part.startsWith('late') ? [addDays(first, 20), last]
    : [addDays(first, 10), addDays(first, 19)];
}

// The first week of a month is its days 1–7, the second 8–14 and so on; the last, its final seven days.
function weekOfMonth(week: string, month: string, reference: Day): Resolved {
  const whole = monthPart(undefined, month, reference);
  if (!whole.ok || whole.precision !== 'range') return whole;
  const first = `${whole.date.slice(0, 8)}01` as Day;
  const last = addDays(`${addDays(first, 31).slice(0, 8)}01` as Day, -1);
  const index = ['first', 'second', 'third', 'fourth'].indexOf(week);
  const from = index >= 0 ? addDays(first, index * 7) : addDays(last, -6);
  if (from > reference) return { ok: false, reason: `${from} is after ${reference}` };
  const to = index >= 0 ? addDays(from, 6) : last;
  return range(from, to < reference ? to : reference);
}

// Weeks run Monday to Sunday (ISO 8601).
function lastWeek(reference: Day): Resolved {
  const monday = lastWeekMonday(reference);
  return range(monday, addDays(monday, 6));
}

function lastWeekMonday(reference: Day): Day {
  return addDays(reference, -((weekdayOf(reference) + 6) % 7) - 7);
}

// The latest Saturday and Sunday that have begun by the reference day; "since the weekend" runs on to the reference.
function weekend(reference: Day, untilReference: boolean): Resolved {
  const saturday = latestWeekday(6, reference);
  const end = untilReference ? reference : saturday === reference ? reference : addDays(saturday, 1);
  return range(saturday, end);
}

// "Last weekend" written on a Saturday or a Sunday is the one before it, not the one it is written in.
function lastWeekend(reference: Day): Resolved {
  const inOne = weekdayOf(reference) === 6 || weekdayOf(reference) === 0;
  return weekend(inOne ? addDays(latestWeekday(6, reference), -1) : reference, false);
}

// "Last month", or its early, middle or late days ("late last month" written in April is 21–31 March).
function lastMonth(part: string | undefined, reference: Day): Resolved {
  const lastOfPrevious = addDays(`${reference.slice(0, 8)}01` as Day, -1);
  return range(...daysOfPart(part, `${lastOfPrevious.slice(0, 8)}01` as Day, lastOfPrevious));
}

// "On the 27th" is the reference month's 27th, or the month before's where that is still to come.
function dayOfMonth(dayOfMonth: number, reference: Day): Resolved {
  const pad = String(dayOfMonth).padStart(2, '0');
  const here = parseDay(`${reference.slice(0, 8)}${pad}`);
  if (here !== null && here <= reference) return day(here);
  const previous = parseDay(`${addDays(`${reference.slice(0, 8)}01` as Day, -1).slice(0, 8)}${pad}`);
  return previous === null ? { ok: false, reason: `the ${dayOfMonth} is not a day of this month or the last` } : day(previous);
}

// A month and day without a year take the reference day's year; a weekday given with them must agree.
function monthDay(weekday: string | undefined, month: string, dayOfMonth: number, reference: Day): Resolved {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const text = `${reference.slice(0, 4)}-${pad(monthNumber(month))}-${pad(dayOfMonth)}`;
  const date = parseDay(text);
  if (date === null) return { ok: false, reason: `${text} is not a calendar day` };
  if (weekday !== undefined && weekdayOf(date) !== weekdayNumber(weekday)) {
    return { ok: false, reason: `${date} is a ${dayName(weekdayOf(date))}, not a ${dayName(weekdayNumber(weekday))}` };
  }
  return day(date);
}

/** Days `from` to `to` of `month`. */
function monthSpan(month: string, from: string, to: string, reference: Day): Resolved {
  return daySpan(monthDay(undefined, month, Number(from), reference), monthDay(undefined, month, Number(to), reference));
}

/** The days from `from` to `to`, both placed to the day, the first before the last; else why not. */
function daySpan(from: Resolved, to: Resolved): Resolved {
  if (!from.ok) return from;
  if (!to.ok) return to;
  if (from.precision !== 'day' || to.precision !== 'day' || daysBetween(from.date, to.date) <= 0) {
    return { ok: false, reason: `${from.date} to ${to.date} is no span of days` };
  }
  return range(from.date, to.date);
}

function monthNumber(word: string): number {
  return MONTH_ABBREVIATIONS[word.replace(/\.$/, '')] ?? MONTHS.indexOf(word) + 1;
}

// UTC arithmetic on a Date used as a counter; setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 19xx.
function toEpochDay(year: number, month: number, dayOfMonth: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, dayOfMonth);
  return Math.round(t.getTime() / DAY_MS);
}

function epochDayOf(d: Day): number {
  return toEpochDay(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
}

function formatDay(epochDay: number): Day {
  const t = new Date(epochDay * DAY_MS);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}` as Day;
}

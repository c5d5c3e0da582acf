/**
 * The day an event took place. In order: the date words of its own clause; those elsewhere in its sentence (not a
 * fronted clause's, which time another event); for a state told in the present tense, the time of writing; the
 * day its paragraph narrates; the day the story leads on; the time of writing. Each later choice is less sure.
 */
import type { Day, Precision, Span } from '../types.ts';
import { clauseEndAfter, opensWithFrontedClause, participleAfter } from './clauses.ts';
import { REPORTED } from './modality.ts';
import type { Reading } from './reading.ts';
import { countsFromNarrated, isPresent, LASTING, place, type DateWords, type Placed } from './when.ts';

export interface Dated {
  date: Day;
  precision: Precision;
  dateEnd?: Day;
  /** The words that fixed the date, as written; "now" for the present tense where no word says so. */
  words: string;
  narrativeDay?: Day;
  /** How much the choice of date weighs on the claim's confidence: 1 for its own words. */
  weight: number;
}

export interface Where {
  clauseStart: number;
  verb: Span;
  place: Span;
  /** The day said after the place alone, where the verb's places each have their own: that day, and no other. */
  day?: Span;
}

const PAST_STATE = /(?<![a-z\u00df-\u024f])(?:held|controlled|kept|defended|remained|stayed|was|were)(?![a-z\u00df-\u024f])/;
/** What it was done despite, told with a verb of its own before the day: "despite a ceasefire declared only yesterday". */
const DESPITE_BEFORE = /(?<![a-z\u00df-\u024f])(?:despite|in\s+spite\s+of|in\s+defiance\s+of|in\s+violation\s+of|breaking)\s+[^,;:]*?[a-z]+ed\s+(?:(?:only|just)\s+)?$/;
/** How long a span lasted, told before its verb: "For a week", "for three days". */
const FOR_A_SPAN = new RegExp(String.raw`(?<![a-z\u00df-\u024f])${LASTING}`);
const PRESENT_TENSE = /(?<![a-z\u00df-\u024f])(?:is|are|remains|remain|holds|hold|controls|control|has|have|continues|continue|stays)(?![a-z\u00df-\u024f])/;
const RELATIVE = /^\s*,?\s*(?:which|who|whom|where|that)\s/;
/** A verb in the past, regular or one of the irregular ones the news of a front uses. */
const PAST = String.raw`[a-z\u00df-\u024f]+ed|fled|went|came|ran|fell|began|took|retook|held|withdrew`;
/**
 * A noun's day in a phrase of its own after the event: "…is also back in rebel hands, its tanks still blackened from
 * the fires of early March".
 */
const NOUNS_OF_AFTER_COMMA = /,[^;:]*\sof\s+$/;
/** A relative "that" right before its verb in the past perfect. */
const THAT_HAD = /(?<![a-z\u00df-\u024f])that\s+had\s+(?:(?:already|briefly|just|earlier|first)\s+)?$/;
/**
 * A relative clause's own verb right before the words, after the event: "…, where commanders drawn from army units
 * that defected in February tried…".
 */
const RELATIVE_VERB_BEFORE = new RegExp(String.raw`(?<![a-z\u00df-\u024f])(?:that|who|which|whom)\s+(?:[^\s,;:]+\s+){0,2}?(?:had\s+|have\s+|has\s+)?(?:${PAST})\s+(?:[^\s,;:]+\s+){0,3}$`);
/** A relative clause's own verb, before the main clause's. */
const VERB_IN = new RegExp(String.raw`(?<![a-z\u00df-\u024f])(?:${PAST}|lost|won|drove|fought|left|kept|overran|swept)(?![a-z\u00df-\u024f])`);
/** The verb of a main clause, in the past or the present, right after a relative clause with no comma to end it. */
const MAIN_VERB_NEXT = new RegExp(String.raw`^\s+(?:(?:later|then|soon|now|still|have|has|had|were|was|are|is)\s+)*(?:${PAST}|flee|hold|remain|remains|stayed|stay)(?![a-z\u00df-\u024f])`);
/**
 * An aside that tells another event: a relative clause ("which the rebels entered on Sunday"); a "where" clause
 * closed by a comma ("Benghazi, where the revolt began in February, is…"), not one that ends the sentence, which
 * tells what goes on in the place ("clashes in Misrata, where … had killed 38 civilians in the past two days"); or an
 * appositive ("Brega, the oil town they have held since last week,"); not who reported it (", a minister announced on
 * Saturday"), whose day is the report's, as "rebels said on Monday" is.
 */
/** A report's verb right before its day: "said on Saturday", "told Reuters on Monday". */
const SAID_JUST_BEFORE = new RegExp(String.raw`${REPORTED.source}(?:\s+[a-z\u00df-\u024f\uE000-\uE00F]+)?\s+$`);
/** A present perfect reported, and so put in the past: "rebels said they had been under bombardment". */
const REPORTED_PERFECT = new RegExp(String.raw`${REPORTED.source}\s+(?:that\s+)?(?:[^\s,;:]+\s+){0,3}?had\s+been\s[^,;:]*$`);
const ASIDE = new RegExp(String.raw`,\s*(?:which|who|whom)\s[^,;:]*|,\s*(?:the|an?)\s(?![^,;:]*${REPORTED.source})[^,;:]*|,\s*(?:where|including)\s[^,;:]*(?=,)`, 'g');
/**
 * The asides set off by a comma: a relative clause ("…, which the rebels entered only on Sunday"), a description
 * ("…, a day after the rebels took it") or a "where" clause. Their days are their own events', not the sentence's.
 */
export function commaAsides(masked: string): Span[] {
  return [...masked.matchAll(ASIDE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * A relative clause in the present simple, a state of now ("which is held by", "who control Benghazi", "which rebels
 * hold", "which has been besieged by … for six weeks", "which Qaddafi's forces have held for about a week", "where
 * rebels are in control", "where rebels have held out", "who have held out"): not "which has fallen", which happened at
 * some time.
 */
const RELATIVE_PRESENT = /^\s*,?\s*(?:(?:which|that)\s+(?:(?:is|are|remains|remain|stays|still|now|firmly)\s+)+[^,;:]*|(?:which|that)\s+(?:has|have)\s+(?:long\s+)?been\s+(?:besieged|encircled|surrounded|held|controlled|under|in)\b[^,;:]*|(?:which|that|who)\s+(?:(?:the\s+)?[\uE002-\uE004]\uE001*\s+)?(?:(?:still|now|firmly)\s+)*(?:holds?(?:\s+out)?|controls?|ha(?:ve|s)\s+(?:(?:long|firmly)\s+)?(?:held(?:\s+out)?|controlled))|where\s+(?:the\s+)?[\uE002-\uE004]\uE001*\s+(?:(?:are|is|remain|remains)\s+(?:(?:still|firmly)\s+)*in\s+(?:full\s+|firm\s+)?control|(?:(?:have|has|are|is)\s+)?(?:held|holding|hold|holds)\s+out))$/;
/** What undid it, later in the sentence: "but were later forced to pull back", "only to lose it", "but lost it". */
const UNDONE = /(?<![a-z\u00df-\u024f])(?:only to|but (?:(?:they|it|he|[\uE002-\uE004]\uE001*) )?(?:were|was|had been|are|is) (?:later |then |soon |quickly )?(?:forced|driven|pushed|beaten|chased)|but (?:\uE004\uE001* )?(?:later |then |soon |quickly )?(?:lost|abandoned|gave up|fled|withdrew|retreated|pulled out))(?![a-z\u00df-\u024f])/;
const UNREAD_DATE = /(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?!\d|[/.]\d)|(?<![a-z\u00df-\u024f])(?:on|since|until|by|from|last|next)\s+(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\.?(?![a-z\u00df-\u024f])/;
const AND_DAY = /,\s*and\s+(?:then\s+)?(?:on|by|late|early|overnight|later)\s/;
/** The words that set a clause against another: "but", "though", "while"… */
const SET_AGAINST = '(?:but|while|whereas|although|though|yet)';
const CONTRAST = new RegExp(String.raw`^\s*(?:;|,?\s*${SET_AGAINST}\s)`);
/**
 * A clause set against the event's after it, with a subject of its own: ", but government forces retook it on
 * Saturday", ", though residents said the troops had taken the centre last week" (not ", but lost it on Saturday", the
 * same subject's, which UNDONE reads).
 */
const CONTRAST_NEXT = new RegExp(String.raw`,\s*${SET_AGAINST}\s+(?!(?:${PAST}|lost|left|gave|kept|later|then|soon|quickly|also|still|not|only|were|was|had|have|has|is|are|did|could|would|remain|remains)(?![a-z\u00df-\u024f]))`);
const RESPECTIVELY = /(?<![a-z\u00df-\u024f])respectively(?![a-z\u00df-\u024f])/;
/** Words that count from another event: "days after", "a week before". */
const FROM_ANOTHER_EVENT = /(?:after|before)$/i;
/** What joins on the verb's own phrase after another's day: "and", "then". */
const AND_BETWEEN = /(?<![a-z\u00df-\u024f])(?:and|then)\s/;
/**
 * A verb in the present tense joined on after the day of the one before: "entered Misrata in February and still hold
 * parts of it" (the hold is of now, not of February).
 */
const AND_GOING_ON = /(?<![a-z\u00df-\u024f])and\s+(?:(?:still|now)\s+)*$/;
/**
 * A clause in the present joined on between the day and the verb: "…in the past week and are closing in on the
 * opposition stronghold of Benghazi".
 */
const AND_PRESENT = /(?<![a-z\u00df-\u024f])and\s+(?:(?:still|now)\s+)*(?:is|are|remains?|holds?|controls?)\s/;
const PRESENT_VERB = /^(?:holds?|controls?|remains?|stays?|is|are)(?![a-z\u00df-\u024f])/;
/** Or a comma alone, before a verb that is no participle (`anotherPhrase`). */
const COMMA_BETWEEN = /^\s*,\s*$/;
const PARTICIPLE_VERB = /^[a-z\u00df-\u024f]+ing(?![a-z\u00df-\u024f])/;
/**
 * A state told in the present before its verb ("is firmly back under"; as its verb, `PRESENT_VERB`). Not
 * `PRESENT_TENSE`: "have retaken Brega after fighting on Friday" is dated by the fighting, and "control" may be a noun.
 */
const PRESENT_STATE = /(?<![a-z\u00df-\u024f])(?:is|are|remains|remain|stays|stay)(?![a-z\u00df-\u024f])/;
/** "After", before what came first. */
const AFTER_WORD = /(?<![a-z\u00df-\u024f])after\s/;
/**
 * A relative clause of when something began, right before its day: "the uprising that began", "which started on",
 * "where the uprising against Col Gaddafi began".
 */
const BEGAN_BEFORE = /(?<![a-z\u00df-\u024f])(?:that|which|where)\s+(?:[^\s,;:]+\s+){0,8}?(?:began|begun|started|erupted|broke\s+out)\s+(?:on\s+|in\s+)?$/;
/** A clause of what came first, right after the event's: "…regained control of the city after driving the troops out". */
const AFTER_NEXT = /^\s*,?\s*after\s/;
const UNTIL_BEFORE = /(?<![a-z\u00df-\u024f])(?:until|till)\s+$/;
/** A span counted from another event: "a week after", "days before". */
const SPAN_FROM = '(?<![a-z\\u00df-\\u024f])(?:hours?|days?|weeks?|fortnight|months?)\\s+(?:after|before)\\s';
/** One in the event's own clause, after it: "a week after the uprising began on Feb. 17". */
const OFFSET = new RegExp(`^[^,;:]*?${SPAN_FROM}`);
/** Some time after another event: "later", "afterwards" ("days later", "soon afterwards"). */
const LATER_WORDS = '(?:later|afterwards|thereafter)';
/** Between another event's day and the verb: "…on Sunday and later advanced" ("within days" is `WITHIN_BEFORE`'s). */
const LATER_BETWEEN = new RegExp(`(?<![a-z\\u00df-\\u024f])${LATER_WORDS}(?![a-z\\u00df-\\u024f])`);
/** How soon after another event: "within a week", "within days of the first strikes". */
const WITHIN = String.raw`(?<![a-z\u00df-\u024f])within\s+(?:(?:a|an|one|two|three|four|five|a\s+few|few|several|\d+)\s+)?(?:hours?|days?|weeks?)(?![a-z\u00df-\u024f])`;
/** Before the verb: the event came some time after another, by up to that span ("Within a week of the strikes, …"). */
const WITHIN_BEFORE = new RegExp(WITHIN);
/** The other event, with its own day: "within days of the first strikes on March 19". */
const WITHIN_OF = new RegExp(String.raw`${WITHIN}\s+of\s+[^,;:]*`, 'g');
/** Later than another event by how long, in the event's own clause: "…but lost it again within days", "…days later". */
const LATER = new RegExp(
  `^[^,;:]*?(?:${WITHIN}|(?<![a-z\\u00df-\\u024f])(?:(?:soon|shortly)\\s+after|${LATER_WORDS})(?![a-z\\u00df-\\u024f]))`,
);
/** One leading up to the event: "on Tuesday, a day after the insurgents had swept through the town". */
const COUNTED_FROM = new RegExp(`${SPAN_FROM}[^,;:]*$`);
/** A sentence that opens with what its event is counted from: "A day after they retook Ajdabiya on Saturday, …". */
const COUNTED_OPENS = new RegExp(`^\\W*(?:(?:a|an|one|two|three|four|five|six|several|a\\s+few|\\d+)\\s+)?${SPAN_FROM}[^,;:]*$`);
const COMMA_AFTER = /^[^;:]*,/;
const SINCE = /(?<![a-z\u00df-\u024f])since\s/g;
/**
 * A clause of what came after: "before losing it", "before they were driven out", "before NATO intervened"; not
 * "before" as "in the face of" ("fled before government shelling"), which has no verb of its own.
 */
/** The words that open a clause of its own: a subject pronoun, or a verb in the past within three words. */
const OWN_CLAUSE = String.raw`(?:they|it|he|she|we)\b|(?:[^\s,;:.]+\s+){0,3}?(?:${PAST}|begun|lost|was|were|had|struck|arrived)(?![a-z\u00df-\u024f])`;
/** A clause that ends a span: "had controlled Brega until government forces retook it on Wednesday" (not "until Thursday"). */
const UNTIL_CLAUSE = new RegExp(String.raw`(?<![a-z\u00df-\u024f])(?:until|till)\s+(?=${OWN_CLAUSE})`);
/** After the verb, a clause of what came first ("after the airstrikes began"), or another joined on (", and lost it"). */
const FIRST_DONE = new RegExp(String.raw`(?<![a-z\u00df-\u024f])after\s+(?=${OWN_CLAUSE})`);
const NEXT_JOINED = new RegExp(String.raw`,\s*and\s+(?:then\s+)?(?=${OWN_CLAUSE})`);
const BEFORE = new RegExp(String.raw`(?<![a-z\u00df-\u024f])before\s+(?=[a-z\u00df-\u024f]+ing\b|${OWN_CLAUSE})`);

/**
 * The day of an event, of a state (which falls back on the time of writing rather than on the narrated day), or
 * `now`; null where its own words cannot be placed (too vague, or counting from an unknown day).
 */
export function dateOf(reading: Reading, index: number, where: Where, mode: 'event' | 'state' | 'now'): Dated | null {
  // In a timeline's entry, the present tense is of the entry's day.
  const entry = reading.entries[index];
  const present = (): Dated => (entry ? fromPlaced(entry, 1) : now(reading, index));
  if (mode === 'now') return present();
  const state = mode === 'state';
  const sentence = reading.sentences[index]!;
  const reported = reading.reported[index]!;
  const narrated = reading.narrated[index] ?? null;
  // "…retaken Bin Jawad, which the rebels entered only on Sunday", "Ras Lanuf, which rebels held in March, remains
  // in government hands": an aside's day is its own event's, unless the event is told in it.
  const asides = reading.asides[index]!.filter((a) => !(where.verb.start >= a.start && where.verb.start < a.end));
  // "Rebels who had held Brega for days withdrew on Tuesday": how long a hold lasted, told inside the event's own
  // words, is no day of the event.
  const lasting = (w: DateWords): boolean => w.start > where.verb.start && w.end < where.verb.end && /^for\s/i.test(w.text);
  // "Rebels who captured Brega on Friday lost it on Saturday": the main verb after a relative clause with no comma to
  // end it ("lost") is dated by the relative clause's words only where nothing else dates it ("The rebel fighters who
  // streamed out of Brega on Friday regrouped in Ajdabiya").
  const opening = RELATIVE.exec(sentence.masked.slice(where.clauseStart));
  const relativeBefore = opening !== null && /^\s*(?:who|that)\s/.test(opening[0]) && VERB_IN.test(sentence.masked.slice(where.clauseStart + opening[0].length, where.verb.start));
  const inRelative = (w: DateWords): boolean => relativeBefore && w.start >= where.clauseStart && w.end <= where.verb.start;
  // "Within days of the first strikes on March 19, …": that day is the other event's.
  const counted = [...sentence.masked.matchAll(WITHIN_OF)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // "…as the uprising that began Feb. 15 has swept away his control of the east": the day the uprising began.
  const began = (w: DateWords): boolean => w.start > where.verb.end && BEGAN_BEFORE.test(sentence.masked.slice(where.verb.end, w.start));
  const after = Math.max(where.place.end, where.verb.end);
  // Told as going on ("hold", "continue to attack", "holding out"): a state of the time it is told of.
  const goingOn = PRESENT_TENSE.test(sentence.masked.slice(where.clauseStart, where.verb.end)) || /^[a-z\u00df-\u024f]+ing(?![a-z\u00df-\u024f])/.test(sentence.masked.slice(where.verb.start));
  // "Zawiya is firmly back under government control after a week-long siege in March", "fled to Benghazi, the rebel
  // capital, after government forces besieged the town in March": what came before a state is dated by its own words.
  const firstAt = state || PRESENT_STATE.test(sentence.masked.slice(where.clauseStart, where.verb.start)) || PRESENT_VERB.test(sentence.masked.slice(where.verb.start)) ? AFTER_WORD.exec(sentence.masked.slice(after)) : null;
  const cameFirst = (w: DateWords): boolean => firstAt !== null && w.start >= after + firstAt.index;
  // "…pushed into Benghazi, despite a ceasefire the government declared only yesterday": the day of what it was done
  // despite, after the event's words, is that thing's.
  const despite = (w: DateWords): boolean => w.start > where.verb.end && DESPITE_BEFORE.test(sentence.masked.slice(where.verb.end, w.start));
  const all = outsideSince(sentence.masked, reading.dates[index]!, where.verb).filter((w) => !asides.some((a) => w.start >= a.start && w.start < a.end) && !lasting(w) && !began(w) && !cameFirst(w) && !despite(w) && !counted.some((c) => w.start >= c.start && w.end <= c.end));
  const words = all.some((w) => !inRelative(w)) ? all.filter((w) => !inRelative(w)) : all;
  // "Brega and Ras Lanuf were retaken on Sunday and Monday respectively": which day is whose is not read.
  if (words.length > 1 && RESPECTIVELY.test(sentence.masked)) return null;
  // What "two days earlier" counts from: the day the passage tells, else a day the sentence itself names ("Rebels,
  // who had taken Ras Lanuf two days earlier, fled on Tuesday"). (Not the story's news day: a GlobalPost story of 31
  // March's "a city the rebels had taken only three days before" counts from the 30th, its paragraph's day, unsaid.)
  const anchor = narrated?.resolved.date ?? sentenceDay(reading.dates[index]!, reading.published, reported);
  // A day the sentence names before the words comes after the narrated one: "On March 27 the rebels retook Brega, and by
  // nightfall they were in Bin Jawad" counts nightfall from the 27th, whatever day the sentence before told.
  const anchorFor = (w: DateWords): Day | null =>
    reading.dates[index]!.filter((d) => d.end <= w.start).map((d) => dayNamed(d, reading.published, reported)).findLast((d) => d !== null) ?? anchor;
  const day = where.day;
  if (day) {
    const said = words.find((w) => w.start >= day.start && w.start < day.end);
    const placed = said && place(said, reading.published, anchorFor(said), reported);
    return placed ? untilOr(sentence.masked, placed, 1) : null;
  }
  // "…had captured Brega twice before losing it on Wednesday": the day of what came after is not its day.
  const before = BEFORE.exec(sentence.masked.slice(after));
  const beforeAt = before ? after + before.index : Number.POSITIVE_INFINITY;
  // "…drove them out of Ras Lanuf, reversing gains made over the weekend": the weekend dates the gains.
  const aside = participleAfter(sentence.masked, after);
  // The verb is the relative clause's, not the main clause's after it ("Misrata, which … shelled, remains in rebel hands").
  const relative = opening !== null && !relativeBefore && !/[,;:]/.test(sentence.masked.slice(where.clauseStart + opening[0].length, where.verb.start));
  // "Sirte, which is still held by Gaddafi loyalists, was bombed overnight": a relative clause ends at its comma; one
  // with none, at the main clause's verb right after its place ("Rebels who had fled Ajdabiya returned on Saturday";
  // not "Brega, where fighting was reported on Tuesday", whose verb is the relative clause's own).
  const restrictive = relative && /^\s+(?:who|that)\s/.test(opening[0]);
  const relativeEnd = !relative ? -1 : restrictive && MAIN_VERB_NEXT.test(sentence.masked.slice(after)) ? after : sentence.masked.indexOf(',', after);
  // "By Tuesday night Bin Jawad was back in government hands, and on Wednesday the rebels abandoned Ras Lanuf": a
  // day after ", and" opens the next clause.
  const andDay = AND_DAY.exec(sentence.masked.slice(after));
  const until = UNTIL_CLAUSE.exec(sentence.masked.slice(after));
  const untilAt = until ? after + until.index : Number.POSITIVE_INFINITY;
  const clauseEnd = Math.min(clauseEndAfter(sentence.masked, after), beforeAt, aside, relativeEnd < 0 ? Number.POSITIVE_INFINITY : relativeEnd, andDay ? after + andDay.index : Number.POSITIVE_INFINITY, untilAt);
  const own = words.filter((w) => w.start >= where.clauseStart && w.end <= clauseEnd);
  // "Rebels took Ras Lanuf on Sunday and later advanced to Bin Jawad" (or "and within days had retaken Brega"): later
  // than that day, by how long is not said.
  const laterThan = (w: DateWords): boolean => w.end <= where.verb.start && (LATER_BETWEEN.test(sentence.masked.slice(w.end, where.verb.start)) || WITHIN_BEFORE.test(sentence.masked.slice(w.end, where.verb.start)));
  if (own.length > 0) {
    // Only another phrase's day: told as going on, the event is of now ("Regime forces continue to attack Misrata, and
    // have shelled Ajdabiya in recent days"), else of no day.
    const { words: chosen, others } = nearest(own, where.verb, sentence.masked);
    if (others) return goingOn || state ? present() : null;
    if (laterThan(chosen)) return null;
    // "The rebels now hold all of Ajdabiya, a spokesman said on Saturday": "now" is when it was said, that day.
    const saidOn = isPresent(chosen) ? words.find((w) => SAID_JUST_BEFORE.test(sentence.masked.slice(0, w.start))) : undefined;
    const placed = place(saidOn ?? chosen, reading.published, anchorFor(saidOn ?? chosen), reported);
    if (placed) return untilOr(sentence.masked, placed, 1);
    // "…has been under siege for weeks": a loose span that runs up to the time of writing still dates it now; so does
    // one reported ("rebels said they had been under bombardment for days").
    const clause = sentence.masked.slice(where.clauseStart, clauseEnd);
    return state || PRESENT_TENSE.test(clause) || REPORTED_PERFECT.test(sentence.masked.slice(0, where.verb.end)) ? present() : null;
  }
  // "Within a week of the first strikes, the insurgents had retaken Ajdabiya", "Within days they had retaken Brega":
  // some time after another event, by how long is not said; no other day of the passage or of writing is its.
  if (WITHIN_BEFORE.test(sentence.masked.slice(0, where.verb.start))) return null;
  // Nor does anything else in the sentence date it then: it came before that day, by how long is not said. An event
  // the sentence goes on to undo ("…but were later forced to pull back") is no state of now either.
  // Nor does a day counted from another event ("a week after the uprising began on Feb. 17") date it.
  // Nor another day of the sentence, which the event came some time after ("captured Brega last Sunday, but lost it
  // again within days"); with none, the time of writing may still (below).
  const rest = sentence.masked.slice(after);
  // Nor, with a clause of its own after "before" ("before the air strikes began", "before they were driven out"),
  // does the time of writing or the narrated day: it came before something else. ("…retook Brega before pushing on",
  // one act after another, tells the same day.)
  const beforeClause = before !== null && !/^before\s+[a-z\u00df-\u024f]+ing\b/.test(sentence.masked.slice(beforeAt));
  // So with a day after "until" and a clause of its own ("held Brega until government forces retook it on Wednesday"):
  // that day ended the span.
  // Nor, for an event, does the day of the clause an ", and" joins on after it ("…took Brega without firing a shot, and
  // by Monday they were in Bin Jawad"): it came before that day, by how long is not said.
  const andDayAt = andDay && !state ? after + andDay.index : Number.POSITIVE_INFINITY;
  // Nor the day of a clause set against it after: an event told in the past came before it ("Rebels took Brega, but
  // government forces retook it on Saturday"); one told as going on is of the time it is told of ("Rebels hold Zintan,
  // though it was shelled last week", "they were holding out in Zintan, though…").
  const contrast = CONTRAST_NEXT.exec(sentence.masked.slice(after));
  const contrastAt = contrast ? after + contrast.index : Number.POSITIVE_INFINITY;
  const againstAt = goingOn ? Number.POSITIVE_INFINITY : contrastAt;
  if (words.some((w) => w.start >= Math.min(beforeAt, untilAt, andDayAt, againstAt)) || beforeClause || UNDONE.test(rest) || OFFSET.test(rest) || (LATER.test(rest) && words.length > 0)) return null;
  // What another day is counted from ("…on Tuesday, a day after the insurgents had swept through the town") is not
  // on that day, and the count is from it, not to it.
  if (COUNTED_FROM.test(sentence.masked.slice(0, where.verb.start))) return null;
  // A relative clause tells background ("Benghazi, which fell to the opposition within days"): its day is its own
  // or unknown, never its sentence's; told in the present ("Sirte, which is held by government forces"), the time
  // of writing.
  if (!state && relative) {
    return RELATIVE_PRESENT.test(sentence.masked.slice(where.clauseStart, where.verb.end)) ? present() : null;
  }
  // So with one "that" opens with no comma before it: "a convoy of rebel volunteers that had pushed into Bin Jawad
  // came under fire" (not "said that rebels had pushed into", where "that" opens what was said).
  if (!state && THAT_HAD.test(sentence.masked.slice(where.clauseStart, where.verb.start))) return null;
  const firstComma = sentence.masked.indexOf(',');
  const fronted = opensWithFrontedClause(sentence.masked) ? firstComma : -1;
  const elsewhere = words.filter((w) => w.start > fronted && w.start < aside && !isPresent(w) && w.start < contrastAt);
  const clause = sentence.masked.slice(where.clauseStart, clauseEnd);
  // "…shelled Zintan on Monday, but the rebels still control the town", "Besieged since early March; rebels hold most of
  // the city": a clause set against the one before or after a semicolon, told in the present, is of now.
  if (elsewhere.length > 0 && CONTRAST.test(clause) && PRESENT_TENSE.test(clause)) return present();
  if (elsewhere.length > 0) {
    // "By Sunday morning the opposition said it had regained control of the city after driving the troops out
    // overnight": the "after" clause's day is of what came first; a day the event was done by dates it, where one is said.
    const doneBy = AFTER_NEXT.test(sentence.masked.slice(clauseEnd)) ? elsewhere.filter((w) => w.end <= where.verb.start && /^by\s/i.test(w.text)) : [];
    // Only other phrases' days: it has none of its own ("…, lost it on March 13, retook it after the airstrikes began
    // on March 19, and lost it again last Wednesday"); told as going on, it is of now (see `own` above).
    const { words: chosen, others } = nearest(doneBy.length > 0 ? doneBy : elsewhere, where.verb, sentence.masked);
    if (others) return goingOn || state ? present() : null;
    if (laterThan(chosen)) return null;
    const when = untilWhen(chosen, sentence.masked, where);
    const placed = place(when, reading.published, anchorFor(when), reported);
    if (placed) return when === chosen ? untilOr(sentence.masked, placed, 0.95) : fromPlaced(placed, 0.95);
    // "Rebels took Ras Lanuf when the uprising began": the nearest words date it, too loosely to place; it borrows
    // no other day.
    return state || PRESENT_TENSE.test(clause) ? present() : null;
  }
  // A date the clause gives in a form not read ("on 10/03/2011", "on Sat.") is its day all the same: no other.
  if (UNREAD_DATE.test(clause)) return null;
  // "Rebels held Brega" told in the past is the passage's day where it tells one, not the time of writing.
  const toldAsPast = state && !PRESENT_TENSE.test(clause) && PAST_STATE.test(sentence.masked.slice(where.clauseStart, where.verb.end));
  // "For a week Ajdabiya stayed in government hands", "the rebels held Brega for three days": a span told as over, on
  // no day it says.
  if (!PRESENT_TENSE.test(clause) && PAST_STATE.test(sentence.masked.slice(where.clauseStart, where.verb.end)) && FOR_A_SPAN.test(clause)) return null;
  if ((state && !(toldAsPast && narrated)) || PRESENT_TENSE.test(clause)) return present();
  if (narrated) return fromPlaced(narrated, 0.85);
  // "Had the rebels taken Sirte in March, … Instead they stopped at Bin Jawad": told after a span, it is of that span.
  if (reading.spanNarrated[index]) return null;
  // Not a day the sentence's own aside names ("Rebels retook Brega, which they had lost on Sunday"), or what the event
  // was done despite, set aside above.
  const lead = reading.lead;
  if (lead && !(lead.sentence === index && (asides.some((a) => lead.words.start >= a.start && lead.words.start < a.end) || despite(lead.words)))) return fromPlaced(lead, 0.8);
  return { ...now(reading, index), weight: 0.7 };
}

/**
 * The date words not in a "since" clause: "…has changed hands several times since the uprising began in
 * mid-February" dates when the span began, not the event. ("Since Saturday" is a date word of its own.) The event
 * told inside the clause ("since government forces were driven out of the city on March 26") keeps its day.
 */
function outsideSince(masked: string, words: readonly DateWords[], verb: Span): DateWords[] {
  const clauses = [...masked.matchAll(SINCE)]
    .filter((m) => !words.some((w) => w.start === m.index))
    .map((m) => ({ start: m.index, end: clauseEndAfter(masked, m.index + m[0].length) }))
    .filter((c) => !(verb.start > c.start && verb.start < c.end));
  return words.filter((w) => !clauses.some((c) => w.start > c.start && w.start < c.end));
}

/**
 * The date words nearest the verb. Words before an "and" (a "then") that opens the verb's own phrase date the phrase
 * before it ("entered Brega on Friday and took the town on Saturday"), and words before a report's verb date the
 * report ("said on Monday they had retaken Ras Lanuf on Sunday"), and "days after" counts from an event whose day the
 * sentence may not say ("On 27 March, two days after the rebels took Ajdabiya, they entered Brega"): they are taken
 * only where nothing else is. Words that are surely another phrase's (`anotherPhrase`) come last, and the caller is
 * told it has only those.
 */
function nearest(words: readonly DateWords[], verb: Span, masked: string): { words: DateWords; others: boolean } {
  const other = (w: DateWords): boolean => anotherPhrase(masked, w, verb, words);
  const distance = (w: DateWords): number =>
    (other(w) ? 2 * masked.length : 0) +
    (w.end <= verb.start
      ? verb.start - w.end + (AND_BETWEEN.test(masked.slice(w.end, verb.start)) || REPORTED.test(masked.slice(0, verb.start)) || DATELINE_BETWEEN.test(masked.slice(w.end, verb.start)) || FROM_ANOTHER_EVENT.test(w.text) ? masked.length : 0)
      : Math.max(0, w.start - verb.end));
  const chosen = words.reduce((best, w) => (distance(w) < distance(best) ? w : best));
  return { words: chosen, others: other(chosen) };
}

/**
 * Whether the words date another verb phrase of the sentence, not the verb's: before it, a comma right before a verb
 * in the past ("lost it on March 12, recaptured it") or another day between ("seized it in early March, lost it on
 * March 13, retook it"); after it, one joined on with ", and" ("…, and lost it again last Wednesday"), or, in such a
 * list, a clause of what came first with a subject of its own ("…, retook it after the airstrikes began on March
 * 19"), whose day is only the earliest the event could be. Alone, that clause's day is the event's ("took back Ras
 * Lanuf after rebels fled under heavy bombardment on Tuesday"). A participle tells the same event ("struck back in
 * early March, retaking Ras Lanuf"), as do words with no verb of their own ("retook Brega after fierce fighting").
 */
function anotherPhrase(masked: string, words: DateWords, verb: Span, all: readonly DateWords[]): boolean {
  const before = (w: DateWords): boolean =>
    (COMMA_BETWEEN.test(masked.slice(w.end, verb.start)) && !PARTICIPLE_VERB.test(masked.slice(verb.start))) ||
    all.some((v) => v.start >= w.end && v.end <= verb.start && !FROM_ANOTHER_EVENT.test(v.text)) ||
    (AND_GOING_ON.test(masked.slice(w.end, verb.start)) && PRESENT_VERB.test(masked.slice(verb.start))) ||
    AND_PRESENT.test(masked.slice(w.end, verb.start)) ||
    (COUNTED_OPENS.test(masked.slice(0, w.start)) && COMMA_AFTER.test(masked.slice(w.end, verb.start)));
  if (words.end <= verb.start) return before(words);
  const between = masked.slice(verb.end, words.start);
  return NEXT_JOINED.test(between) || RELATIVE_VERB_BEFORE.test(between) || NOUNS_OF_AFTER_COMMA.test(between) || (FIRST_DONE.test(between) && all.some((w) => w.end <= verb.start && before(w)));
}

/**
 * The dash that ends a dateline, after its date ("TRIPOLI, March 10 (Reuters) - Gaddafi's forces retook the town of
 * Zawiyah, west of Tripoli, on Wednesday"): the report's day, which the event's own words come before.
 */
const DATELINE_BETWEEN = /^[^.;]*?\)\s*[-–—]/;

/**
 * "Rebels held Brega until Thursday, when government forces retook it": what the "when" clause after a span's end
 * tells happened on that end's day, not the day before it, as the span's own "until" gives.
 */
function untilWhen(words: DateWords, masked: string, where: Where): DateWords {
  const until = /^(?:until|till)\s+/i.exec(words.text);
  if (until === null || where.clauseStart < words.end || !/^\s*,?\s*when\s/.test(masked.slice(words.end))) return words;
  return { start: words.start + until[0].length, end: words.end, text: words.text.slice(until[0].length) };
}

/**
 * The date `placed` gives. Words that end a span with "until" in them ("held Brega until Tuesday") were placed on
 * the day before, which the span surely covered; "until" before words that do not take it ("until last week",
 * "until yesterday") dates nothing.
 */
function untilOr(masked: string, placed: Placed, weight: number): Dated | null {
  return UNTIL_BEFORE.test(masked.slice(0, placed.words.start)) ? null : fromPlaced(placed, weight);
}

function fromPlaced(placed: Placed, weight: number): Dated {
  const { resolved, words, narrative } = placed;
  return {
    date: resolved.date,
    precision: resolved.precision,
    ...(resolved.dateEnd ? { dateEnd: resolved.dateEnd } : {}),
    words: words.text,
    ...(narrative ? { narrativeDay: narrative } : {}),
    weight,
  };
}

/** The first day, to the day, that the sentence's own words name, not counting from another ("by mid-afternoon"). */
function sentenceDay(words: readonly DateWords[], published: Day, reported: Day): Day | null {
  for (const w of words) {
    const day = dayNamed(w, published, reported);
    if (day !== null) return day;
  }
  return null;
}

/** The day, to the day, that words name on their own ("on March 10", "Friday"), or null: "by mid-afternoon" counts. */
export function dayNamed(words: DateWords, published: Day, reported: Day = published): Day | null {
  if (countsFromNarrated(words)) return null;
  const placed = place(words, published, null, reported);
  return placed?.resolved.precision === 'day' ? placed.resolved.date : null;
}

/** The time of writing: the report's day, which a dateline may put before publication. */
function now({ published, reported }: Reading, index: number): Dated {
  const day = reported[index]!;
  return { date: day, precision: 'approximate', words: 'now', ...(day !== published ? { narrativeDay: day } : {}), weight: 1 };
}

/**
 * Who says so: the attribution in the sentence ("rebels said", "state television reported", "according to a rebel
 * spokesman"), or in the one before where the sentence goes on a quotation it opened; else the reporter.
 */
import { DENIAL_REASON } from './modality.ts';

const SAY = '(?:said|says|say|told|tells|tell|reported|reports|claimed|claims|announced|announces|confirmed|confirms|added|insisted|insists|insist|quoted|stated|declared|acknowledged|conceded|admitted|admits|maintained|maintains|asserted|boasted)';
const SAY_ALONE = new RegExp(`^${SAY}\\.?$`, 'i');
// A time's colon is part of the phrase: "At 10:30 rebels said". A dash alone is none ("AJDABIYA, Libya -- Libyan rebels").
const NAME = "(?!-+\\s)(?:[A-Za-z0-9\\u00c0-\\u024f.'’-]|(?<=\\d):(?=\\d))+";
const PHRASE = `(?:${NAME}\\s+){0,7}?${NAME}`;
/** Where a speaker's phrase ends: a comma or a colon, or the sentence's own end (not the stop of "Col." or "Gen."). */
const PHRASE_END = '(?:[,;:]|\\.?\\s*["”]?\\s*$)';

const ACCORDING = new RegExp(`according\\s+to\\s+(${PHRASE})(?=\\s*(?:${PHRASE_END}|\\s+(?:who|in|on|at)\\b))`, 'gi');
const QUOTED = new RegExp(`quoted\\s+(${PHRASE})\\s+as\\s+say`, 'gi');
/** A live blog's time before its entry: "17:15", "1:05pm:", "0915:". */
const TIME = '(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?|gmt)?\\s*[:\\u2013\\u2014-]?|\\d{4}:)\\s+';
/** Words put between a speaker and the verb: ", who asked not to be named,", ", quoting a military source,". */
export const INTERJECTED = '(?:who|quoting|citing)\\s[^,;:"“”]{1,50}';
/** An aside between a speaker and the verb: those, or who the speaker is (", a spokesman for the rebels,"). */
const SPEAKER_ASIDE = `${INTERJECTED}|(?:a|an|the)\\s[^,;:"“”]{1,60}|(?<name>[^,;:"“”\\s]+(?:\\s+[^,;:"“”\\s]+){0,3})`;
/**
 * The speaker's own name as that aside: "A government spokesman, Moussa Ibrahim, said". Checked apart from the
 * pattern, which ignores case: every word capitalised but the particles of Arabic names.
 */
const NAME_ASIDE = /^(?:(?:\p{Lu}[\p{L}'’.-]*|al|el|bin|ben|abu|abd|abdel|ibn)(?:\s+|$))+$/u;
const BEFORE_SAY = new RegExp(`(?:^(?:${TIME})?|[,;"“”\u2013\u2014]\\s*|(?<!\\d):\\s*|--\\s*|\\s-\\s+|\\b(?:and|but|as|where|while)\\s+)(${PHRASE})(?:\\s*,\\s*(?:however|meanwhile|though|too|in turn|${SPEAKER_ASIDE})\\s*,)?\\s+(?:(?:also|later|earlier|had|has|have)\\s+){0,2}${SAY}\\b`, 'gi');
/** A denier and the reason they give (modality.ts): "…, but a rebel spokesman there denied it, saying". */
const DENIED_SAYING = new RegExp(`(?:^|[,;"“”]\\s*|\\b(?:and|but)\\s+)(${PHRASE})\\s+${DENIAL_REASON}`, 'gi');
// Not "told": the one told is no speaker ('…," a spokesman, Abdelsalam, told AFP').
const AFTER_SAY = new RegExp(`[,"”]\\s*(?!told|tells?\\b)${SAY}\\s+(${PHRASE})(?=\\s*${PHRASE_END})`, 'gi');
/**
 * A phrase that is no speaker: a passive ("clashes were reported"), a clause rather than a name ("rebels had
 * taken Bin Jawad and"), or words before "reports" as a noun ("Contrary to earlier reports").
 */
const NOT_A_PHRASE = /(?:^|\s)(?:were|was|is|are|been|be|being|also|that|which|had|has|have|not|it|there|and|or|but|to|of|earlier|later|recent|unconfirmed|conflicting|initial)$|^(?:it|this|that|there|which|what)\b|\s(?:had|has|have|was|were)\s/iu;
/** What was reported, not who reported it: "Heavy shelling reported in Misrata", "Explosions were reported". */
const EVENT_NOUN = /(?:^|\s)(?:shelling|fighting|clashes|explosions?|blasts?|gunfire|gunshots|shots|battles?|(?:air\s*)?strikes?|airstrikes|bombing|bombardment|casualties|deaths|attacks?|skirmishes|firing)$/i;
const PRONOUN = /^(?:he|she|they|it|we|i|you|officials|one|who)$/i;
/** After "…, said", when or how it was said, not who said it: '…, the government spokesman, said on Monday'. */
const WHEN_OR_HOW = /^(?:(?:late|early)\s+)?(?:on|in|at|by|during|from|yesterday|today|tonight|earlier|later|overnight|last|this)(?:\s|$)/i;
/** After "…, said", what was said rather than who said it: "Rebels, however, said they held Brega". */
const WHAT_WAS_SAID = /^(?:they|he|she|we|it|his|her|their|its|our)\s|(?<!\s(?:who|which|that))\s(?:held|hold|holds|took|taken|captured|controlled|controls?|retook|seized|entered|fled|lost|remained|remains|is|are)\s/i;

/** A subject, its own verb, then "and" and when: "Rebels drove on toward Brega and by evening (claimed)". */
const SUBJECT_THEN = /^(.+?)\s+(?:[a-z]+ed|drove|took|fought|went|made|ran|held|swept|won|broke|came|got|struck|began|fled|rode|kept)\s.*\s(?:and|then)\s+(?:by|on|in|at|later|then|soon|after|before|early|late|overnight)\s/;

/**
 * The phrase a sentence attributes its words at `at` to, trimmed to the speaker, or null where it names none. A
 * speaker whose verb has what they said after it, later in the sentence than `at`, said that, not what is at `at`:
 * "Forces loyal to Gaddafi pounded Misrata, while in the east rebels said they had beaten back an attack".
 */
export function attribution(sentence: string, at = 0): string | null {
  // "…, but a rebel spokesman there denied it, saying the town was still in rebel hands": the reason is the denier's.
  const denied = [...sentence.matchAll(DENIED_SAYING)].findLast((m) => m.index + m[0].length <= at);
  const denier = denied?.[1]!.trim().replace(/^(?:and|but)\s+/i, '').replace(/\s+(?:there|here)$/i, '');
  if (denier !== undefined && !NOT_A_PHRASE.test(denier)) return tidy(denier);
  for (const re of [ACCORDING, QUOTED, AFTER_SAY, BEFORE_SAY]) {
    const matches = [...sentence.matchAll(re)];
    // Of speakers before the words at `at`, the last: "Rebels said they had entered Brega, but a government spokesman
    // said the town remained under the army's control" (the control is the spokesman's word).
    const last = re === BEFORE_SAY && at > 0 ? matches.findLast((m) => m.index + m[0].length <= at) : undefined;
    for (const match of last ? [last, ...matches] : matches) {
      if (re === BEFORE_SAY && match.index > at && ANOTHER_CLAUSE.test(match[0]) && !NOTHING_SAID.test(sentence.slice(match.index + match[0].length))) continue;
      if (match.groups?.name !== undefined && !NAME_ASIDE.test(match.groups.name)) continue;
      // ", where doctors said": the conjunction opens the clause, the speaker follows it; and so inside the phrase:
      // "Libya: fighting in Misrata as rebels say they hold Brega" (where the fighting is no one's word but the
      // reporter's).
      const opened = match[1]!.trim().replace(/^(?:where|when|while|as|and|but|after|because|although|though)\s+/i, '');
      const inner = INNER_CLAUSE.exec(opened);
      if (inner && at > 0 && at < match.index + match[0].indexOf(opened) + inner[0].length) continue;
      const clause = inner ? opened.slice(inner[0].length) : opened;
      // "Rebels drove on toward Brega and by evening claimed to have taken the town": the speaker is the subject of the
      // verb before "and", not all the words up to "claimed".
      const phrase = SUBJECT_THEN.exec(clause)?.[1] ?? clause;
      // ", reports say": "reports" is no verb of saying there, nor "say" its speaker.
      if (!NOT_A_PHRASE.test(phrase) && !EVENT_NOUN.test(phrase) && !(re === AFTER_SAY && (SAY_ALONE.test(phrase) || WHAT_WAS_SAID.test(phrase) || WHEN_OR_HOW.test(phrase)))) return tidy(phrase);
    }
  }
  return null;
}

/**
 * A speaker's clause joined on as another statement ("…, while rebels said", "; rebels said", "…, a day after the
 * government said it would halt its offensive"), not one that goes on
 * about the place ("…, where rebels said", which the hand-coded claims credit to the rebels).
 */
const ANOTHER_CLAUSE = /^(?:;\s*|,?\s*(?:while|but|and|whereas)\s|,?\s*(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?|hours?)\s+(?:after|before)\s)/i;
/** A clause that opens inside a speaker's phrase: "fighting in Misrata as rebels say". */
const INNER_CLAUSE = /^.*?\s(?:as|while|whereas|where|when)\s+(?=\S)/i;
/** After a verb of saying, the end of its clause: what was said came before it (", rebels said."). */
const NOTHING_SAID = /^\s*(?:on\s+\S+\s*)?(?:[,;:.!?]|["”]|$)/;

/**
 * Of `following` (the sentences after one that opens a quotation and does not close it: '"Ajdabiya is ours.'), the
 * one that closes it, where its attribution is ('They will never take it," said a rebel fighter.').
 */
export function quotationCloser(sentence: string, following: readonly string[]): string | null {
  if (!/^\s*["“]/.test(sentence) || !opensQuotation(sentence)) return null;
  return following.find((text) => /["”]/.test(text)) ?? null;
}

/** Whether a quotation opened in `text` is still open at its end. */
function opensQuotation(text: string): boolean {
  const curly = (text.match(/“/g)?.length ?? 0) - (text.match(/”/g)?.length ?? 0);
  return curly > 0 || (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * The claimant of a claim at `at` in `sentence`: its own attribution, or that of the sentence that closes the
 * quotation it opens (`closer`); the previous sentence's where this one carries on a quotation or a pronoun speaks;
 * else the reporter, with the outlet where known.
 */
export function claimantOf(sentence: string, previous: string | null, outlet: string | null, at = 0, closer: string | null = null): string {
  const reporter = outlet ? `reporter (${outlet})` : 'reporter';
  const own = attribution(sentence, at) ?? (closer === null ? null : attribution(closer));
  if (own !== null && !PRONOUN.test(own)) return own;
  const earlier = previous === null ? null : attribution(previous);
  if (earlier !== null && !PRONOUN.test(earlier) && (own !== null || /^["“]/.test(sentence.trim()))) return earlier;
  return own === null ? reporter : `a speaker quoted by the ${reporter}`;
}

/**
 * The phrase with no place it was said in before it, its article in lower case, no possessive, and not the sentence's
 * full stop ("…outside Ajdabiya.").
 */
function tidy(phrase: string): string {
  return phrase
    // A timeline's entry opens with its day: "Feb. 23 - Rebels say".
    .replace(/^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:\s*[-–]\s*\d{1,2})?\s+[-–—]\s+/u, '')
    // "By Monday morning rebel fighters said", "on Sunday residents said": when they spoke is not who.
    .replace(/^(?:(?:late|early)\s+(?:on\s+)?|(?:by|on|in|until)\s+)(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|that|this|next)\s+)?(?:morning|afternoon|evening|night|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|nightfall|dawn|midday|noon)\s+(?=\S)/i, '')
    // "…, a day after the government said": when, counted from another event, is not who.
    .replace(/^(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?|hours?)\s+(?:after|before)\s+/i, '')
    // "In the east rebels said", "in Tripoli officials said": where they spoke is not who.
    .replace(/^(?:in|at|from|near|outside|inside|across)\s+(?:the\s+)?\S+\s+(?=\S)/i, '')
    .replace(/^(?:the|a|an)\s+/i, (article) => article.toLowerCase())
    .replace(/(?<=\p{Ll}{3})\.$/u, '')
    .replace(/[’']s$/u, '');
}

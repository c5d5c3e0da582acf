/**
 * Whose side an event is: its actor, a pronoun's antecedent, the subject of a fronted clause or of the clause a verb
 * hangs on, the speaker for a town freed with no one named; and the side turned round where the subject meets an
 * attack ("Rebels repelled an attack on Zintan") or greets a fall ("celebrated the fall of Ajdabiya").
 */
import { opposite, type Actor, type ActorSide } from './actors.ts';
import { asidesBefore, clauseStartBefore, opensWithFrontedClause } from './clauses.ts';
import { MET_ATTACK, NOMINAL_ATTACK, type ActorAt, type EventKind } from './events.ts';
import type { Modality } from './modality.ts';
import { pronounSide, type Reading } from './reading.ts';
import { blanked, MARK, type Analysed } from './sentence.ts';
import type { Span } from '../types.ts';

/**
 * What may stand between a subject and its verb: auxiliaries and modals ("feared that Gaddafi's forces would take"),
 * adverbs, and the "to" of "allowed rebels to retake".
 */
const AUX_ONLY = /^(?:\s|["“]|had|has|have|having|were|was|are|is|been|being|reportedly|apparently|also|now|still|already|finally|quickly|soon|largely|effectively|briefly|just|then|again|later|since|successfully|swiftly|eventually|to|would|will|could|can|may|might|should|must|shall|did|do|does|not|never)*$/;
const BLOW_TO = new RegExp(`(?:blow|setback|loss|humiliation)\\s+(?:to|for)\\s+(?:\\S+\\s+){0,4}?([${MARK.rebel}${MARK.government}])`);
/**
 * The words between ", but" (", only to") and its verb when the verb has no subject of its own: "…, but (later) lost
 * it", "…, only to lose it".
 */
const JOINED_VERB = /^\s*,?\s*(?:but\s+(?:(?:then|later|soon|quickly|also)\s+)*|only\s+to\s+)$/;
/** Verbs listed with commas up to a verb after a comma or a last "and", with no side named between. */
const VERB_LIST = new RegExp(`^[^,${MARK.rebel}${MARK.government}${MARK.pronoun}]*(?:,[^,${MARK.rebel}${MARK.government}${MARK.pronoun}]*)*(?:,\\s*|\\s(?:and|then)\\s+)$`);
/** A relative pronoun just before a verb (and its auxiliaries): "the tanks that (had) retook". */
const RELATIVE_BEFORE = /\s(?:that|which|who)\s+(?:(?:had|has|have|were|was|are|is|been|later|then|also|now|still|reportedly)\s+)*$/;
/** A push that is a side's act, just before a relative pronoun. */
const OWN_PUSH = /(?:counter-?offensive|offensive|counter-?attack|attack|assault|push|advance|operation|campaign|drive|onslaught|sweep)\s*,?\s*$/;
/** "Control" and "hold", which may be nouns. */
const CONTROL_NOUN = /^(?:control|hold)$/;
/** What makes the word after it a noun: a verb in the past, or a side's adjective ("government control"). */
const NOT_ITS_VERB = /(?<![a-z\u00df-\u024f-])(?:[a-z\u00df-\u024f]+ed|government|regime|rebel|opposition|loyalist)\s+$/;
/** An infinitive's "to" just before a word. */
const INFINITIVE_BEFORE = /(?<![a-z\u00df-\u024f])to\s+$/;

export type SideFound = { side: ActorSide | 'contested'; words: string } | null;

export function sideOf(
  reading: Reading,
  index: number,
  kind: EventKind,
  actorAt: ActorAt,
  actorSpan: [number, number] | undefined,
  verb: Span,
  clauseStart: number,
  placeEnd: number,
): SideFound {
  const sentence = reading.sentences[index]!;
  const verbStart = verb.start;
  if (kind === 'contested' || kind === 'violence') return { side: 'contested', words: '' };
  if (kind === 'rebelState') return { side: 'rebel', words: '' };
  if (kind === 'governmentState') return { side: 'government', words: '' };
  // "Their stronghold", "in their hands"; "under our control", "is ours": the speaker's.
  // "Is free" speaks as "is ours" does.
  if (kind === 'pronounState') return resolved(reading, index, verb.start, /\b(?:ours?|free|liberated)\b/.test(sentence.masked.slice(verb.start, verb.end)) ? 'our control' : 'their');
  if (actorSpan !== undefined) {
    const actor = sentence.actors.find((a) => a.start === actorSpan[0]);
    if (!actor) return null;
    return actor.side ? { side: actor.side, words: actor.text } : resolved(reading, index, actor.start, actor.text);
  }
  // A town set free in the passive with no one named who did it ("The government said Ajdabiya had been
  // \"liberated\"") was freed by the side of the one who says so; told by no one with a side, by nobody known.
  if (actorAt === 'speaker') return resolved(reading, index, verb.start, 'our control');
  if (actorAt !== 'before') return null;
  // Actors inside an aside in dashes or brackets ("(and mercenaries, rebels said)") are none of the clause's subjects,
  // and the aside's words stand between no subject and its verb.
  const asides = asidesBefore(sentence.masked, verbStart);
  const bare = blanked(sentence.masked, asides);
  const inClause = sentence.actors.filter((a) => a.start >= clauseStart && a.end <= verbStart && !asides.some((s) => a.start >= s.start && a.end <= s.end));
  const adjacent = inClause.findLast((a) => AUX_ONLY.test(bare.slice(a.end, verbStart)));
  // "Rebels blamed NATO for failing to stop the tanks that retook Brega": a relative clause's subject is the words just
  // before "that"; where they name no side, neither does anything further back.
  const relative = RELATIVE_BEFORE.exec(bare.slice(clauseStart, verbStart));
  if (relative) {
    const at = clauseStart + relative.index;
    const antecedent = sentence.actors.findLast((a) => a.end <= at && /^\s*[,(\u2013\u2014]?\s*$/.test(bare.slice(a.end, at)));
    if (antecedent) return antecedent.side ? { side: antecedent.side, words: antecedent.text } : resolved(reading, index, antecedent.start, antecedent.text);
    // "…drove the rebels out in a counter-offensive that also retook Ras Lanuf": a side's own push is the subject's.
    if (!OWN_PUSH.test(bare.slice(0, at))) return null;
  }
  // "Rebels ceded control of Brega", "disputed government control of": "control" after another verb or a side's
  // adjective is a noun, and no hold of the subject's ("tightened their control of" is theirs).
  if (kind === 'hold' && adjacent === undefined && CONTROL_NOUN.test(sentence.masked.slice(verbStart, verb.end)) && NOT_ITS_VERB.test(bare.slice(0, verbStart))) return null;
  // The clause's first actor is its subject only where no comma sets another one apart ("…, families were seen fleeing"),
  // but for one aside right after it ("forces loyal to Qaddafi, using tanks and rockets, drove them from") or a
  // participle that opens one ("The rebels, routed from Bin Jawad on Tuesday, fled east").
  // Nor does a comma set it apart where verbs are listed, the last after a comma alone ("Gaddafi forces retake Zawiya, pound
  // Misrata") or after "and" ("shelled Ajdabiya, pounded Misrata and entered Brega"), with no other side in the list.
  const first = inClause.find((a) => {
    const between = bare.slice(a.end, verbStart);
    return /^(?:\s*,[^,]*,)?[^,]*$|,\s*(?:and|then|but)\s[^,]*$/.test(between) || VERB_LIST.test(between);
  });
  // "…, retaking the town of Brega", "…, and vowing to march on Sirte": a participle after a comma belongs to the
  // subject of the clause it follows ("…, but Gaddafi's troops drove them back, retaking Ras Lanuf"), else the first.
  const lastComma = sentence.masked.lastIndexOf(',', verbStart - 1);
  const participle = lastComma >= 0 && /^\s*(?:and\s+)?[a-z\u00df-\u024f]+ing\b/.test(sentence.masked.slice(lastComma + 1, verbStart + 12));
  const host = participle ? clauseStartBefore(sentence.masked, lastComma) : 0;
  const hostSubject = sentence.actors.find((a) => a.start >= host && a.end <= lastComma);
  const subject = participle ? (hostSubject ?? sentence.actors.find((a) => a.end <= verbStart)) : (adjacent ?? first);
  // "The rebels and Gaddafi's forces both claim to hold Brega": a subject of both sides is neither's.
  if (subject && bothSides(sentence, subject, verbStart)) return null;
  if (subject) return subject.side ? { side: subject.side, words: subject.text } : resolved(reading, index, subject.start, subject.text);
  // "Having abandoned Bin Jawwad…, the rebels fled": a fronted clause's subject follows its comma.
  const comma = sentence.masked.indexOf(',', placeEnd);
  if (opensWithFrontedClause(sentence.masked) && verbStart < comma) {
    const after = sentence.actors.find((a) => a.start > comma);
    if (after) return after.side ? { side: after.side, words: after.text } : null;
  }
  // "…, where rebels were gathering after beating a hasty retreat from Ras Lanuf": a clause with no subject of its
  // own takes the subject of the clause it hangs on, its first actor (not "the rebel stronghold of Benghazi" in
  // "Forces loyal to Gaddafi pushed to Ajdabiya, the gateway to the rebel stronghold of Benghazi, after retaking
  // Brega"); "The rebels, who had seized Bin Jawad", "fired on rebels who had entered Brega", "Gaddafi's forces,
  // which retook Ras Lanuf": a relative clause, whose subject is the actor it follows.
  // "Rebels entered Brega on Monday, but lost it on Tuesday": a verb joined on with no subject of its own has the
  // subject of the clause before, as a gerund's clause has.
  const rest = sentence.masked.slice(clauseStart);
  const gerund = /^\s*(?:after|before|while|when|since)\s+[a-z\u00df-\u024f]+ing\s/.test(rest) || JOINED_VERB.test(sentence.masked.slice(clauseStart, verbStart));
  if (gerund || /^\s*(?:,?\s*who|,\s*which)\s/.test(rest)) {
    const host = clauseStartBefore(sentence.masked, clauseStart);
    const outer = gerund
      ? sentence.actors.find((a) => a.start >= host && a.end <= clauseStart)
      : sentence.actors.findLast((a) => a.end <= clauseStart);
    if (outer) return outer.side ? { side: outer.side, words: outer.text } : resolved(reading, index, outer.start, outer.text);
  }
  // "Losing Ras Lanuf… is a huge blow to a revolutionary force".
  const blow = BLOW_TO.exec(sentence.masked.slice(placeEnd));
  if (blow) {
    const at = placeEnd + blow.index + blow[0].length - 1;
    const actor = sentence.actors.find((a) => a.start === at);
    if (actor?.side) return { side: actor.side, words: actor.text };
  }
  return null;
}

/**
 * "Rebels repelled an attack on Zintan": the subject of a verb that meets an attack named by a noun is the side
 * attacked, not the attacker; an attack only feared or braced for is the other side's aim. (An attacker the pattern
 * names with the noun, "an attack by Gaddafi's forces on Zintan", is no subject, and the caller keeps it.)
 */
export function metAttack(
  kind: EventKind,
  sentence: Analysed,
  clauseStart: number,
  verbStart: number,
  side: NonNullable<SideFound>,
  modality: Modality,
): { side: NonNullable<SideFound>; modality: Modality } {
  const { masked } = sentence;
  // After "to" the word is a verb: "are expected to attack Sirte" aims at Sirte, it awaits no attack there.
  const nominal = kind === 'target' && NOMINAL_ATTACK.test(masked.slice(verbStart)) && !INFINITIVE_BEFORE.test(masked.slice(0, verbStart));
  // "…, halting the insurgents' westward march toward Sirte": the attack is the side whose it is, whoever met it.
  const owner = nominal ? sentence.actors.find((a) => a.side !== null && a.start >= clauseStart && OWNED.test(masked.slice(a.end, verbStart))) : undefined;
  const met = nominal ? MET_ATTACK.exec(masked.slice(clauseStart, verbStart)) : null;
  const awaited = met?.groups?.awaited !== undefined && modality === 'fact' ? 'intent' : modality;
  if (owner?.side) return { side: { side: owner.side, words: owner.text }, modality: awaited };
  if (met === null || side.side === 'contested') return { side, modality };
  return { side: { side: opposite(side.side), words: `${side.words} (meeting the attack)` }, modality: awaited };
}

/** A possessive's ending and at most two words before the noun it owns: "the rebels' westward march". */
const OWNED = /^(?:'s|')\s+(?:[a-z\u00df-\u024f-]+\s+){0,2}$/;

/** A fall or loss its subject greets: "Rebels in Benghazi celebrated the fall of Ajdabiya" (theirs now, not lost). */
const GREETS = /(?<![a-z\u00df-\u024f])(?:celebrat|cheer|welcom|hail|rejoic|applaud|greet|gloat|boast|trumpet|announc)[a-z\u00df-\u024f]*\s+(?:[^\s,;:]+\s+){0,2}$/;

export function celebrated(masked: string, clauseStart: number, verbStart: number, found: { side: NonNullable<SideFound>; modality: Modality }): { side: NonNullable<SideFound>; modality: Modality } {
  const { side } = found;
  if (side.side === 'contested' || !/^(?:fall|loss)\s+of\b/.test(masked.slice(verbStart)) || !GREETS.test(masked.slice(clauseStart, verbStart))) return found;
  return { ...found, side: { side: opposite(side.side), words: `${side.words} (greeting it)` } };
}

function resolved(reading: Reading, index: number, at: number, words: string): SideFound {
  const side = pronounSide(reading, index, at, words);
  return side === null ? null : { side, words: `${words} (${side === 'rebel' ? 'the rebels' : 'government forces'})` };
}

function bothSides(sentence: Analysed, subject: Actor, verbStart: number): boolean {
  return sentence.actors.some((a) =>
    a.end <= verbStart && a.side !== null && subject.side !== null && a.side !== subject.side &&
    (BOTH.test(sentence.masked.slice(subject.end, a.start)) || BOTH.test(sentence.masked.slice(a.end, subject.start))));
}

const BOTH = /^\s*(?:and|or|as\s+well\s+as)\s+(?:the\s+)?$/;

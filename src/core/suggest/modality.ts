/**
 * Whether a clause says that something happened. "Rebels vowed to retake Brega" did not retake it (but says the
 * other side holds it); "failed to capture" did not capture; a denial, a question or a rumour says nothing.
 */

/** A clause that opens with "had" before its subject: "Had the rebels taken Sirte, the war would be over". */
const COUNTERFACTUAL = /^\s*(?:,\s*)?had\s+(?:the\s+)?[\uE002-\uE004]/;

/**
 * An attack named by a noun that the clause ends: "ended their siege of Misrata", "lifted the siege of" ("halted
 * their advance on Benghazi" is an advance all the same).
 */
const ENDED = /(?<![a-z\u00df-\u024f])(?:ended|ending|ends|end|lifted|lifting|lifts|lift|broke|broken|breaking|break|abandoned|called\s+off)\s+(?:(?:their|its|his|the|a)\s+)?(?:[a-z-]+\s+)?$/;

/**
 * A move told as made, right before what it was to do: "pushed west to take Ras Lanuf", "raced on to retake". Its
 * infinitive is as often what the move achieved as what it aimed at, so it says neither that the place was taken nor,
 * as an aim would, that the other side held it.
 */
const MOVED_TO = /(?<![a-z\u00df-\u024f])(?:pushed|moved|advanced|raced|pressed|swept|surged|rolled|marched|headed|drove|dashed|rushed)(?:\s+(?:on|onward|onwards|forward|further|quickly|rapidly|west|east|north|south|westward|eastward|westwards|eastwards|along\s+the\s+(?:coast|highway|road)))*\s+to\s*$/;

/** `fact`: it happened; `intent`: wanted, tried, planned or conditional; `negated`: said not to; `unreal`: no claim. */
export type Modality = 'fact' | 'intent' | 'negated' | 'unreal';

// "There are reports on Twitter that rebels have reached Brega": hearsay no one vouches for; a correction's "to remove
// report that rebels had captured Sirte" takes the report back.
const UNREAL = /(?<![a-z\u00df-\u024f])(?:(?:might|may|could|would|should|must)(?: not)? have|there (?:are|were|have been|had been) (?:(?:some|several|many|conflicting|also) )?reports? (?:\S+ ){0,4}?that|denied|deny|denies|denying|(?:dismissed|rejected|denied|disputed) (?:the )?(?:\S+ ){0,2}?(?:reports?|claims?) that|(?:remove|removes|removed|removing|correct|corrects|corrected|correcting|withdraw|withdraws|withdrew)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?reports?\s+(?:that|of)|rumou?rs?|rumou?red|unconfirmed|false reports?|whether|speculation|speculated|hypothetical|imagine)(?![a-z\u00df-\u024f])/;
// "Without" undoes only the verb it is right before ("surrounded Brega without entering it"), not what follows "without a
// fight," in the clause.
const NEGATED = /(?<![a-z\u00df-\u024f])(?:not|n't|never|no longer|avoided|avoiding|avoids?|failed to|fail to|fails to|unable to|could not|couldn't|without(?=(?:\s+[a-z\u00df-\u024f]+)?\s*$)|neither|nor|yet to|rather than|instead of|short of|nearly|almost|all but|none of|no(?=\s+[\uE002-\uE004]))(?![a-z\u00df-\u024f])|n't(?![a-z\u00df-\u024f])/;
/** A change of hands only feared or warned of, named by a noun: "fear the loss of Benghazi". */
const FEARED = /(?<![a-z\u00df-\u024f])(?:fears?|feared|fearing|warn(?:s|ed|ing)?\s+of|dread(?:s|ed)?|prevent(?:s|ed)?|avert(?:s|ed)?|stave\s+off|staved\s+off)\s+(?:(?:the|a|an|possible|imminent|likely)\s+)*$/;
/** A denial of what will or can be ("cannot hold", "will not enter"): a forecast, so an aim, not a fact denied. */
const MODAL_NEGATED = /(?<![a-z\u00df-\u024f])(?:cannot|can(?:'t| not)|won't|will not|wouldn't|would not|shall not|may not|might not)(?![a-z\u00df-\u024f])/;
/**
 * The verb is an infinitive or a gerund the clause only looks toward ("are likely to take", "need weapons to
 * retake", "asked NATO to help them retake", "on the verge of capturing", "gave up on taking"), with no aim
 * word to say which side wants it: nothing is said to have happened.
 */
// Only "to" may have an actor before its verb ("to help them retake"): after "of", an actor is a noun's ("a column of
// government tanks moved into").
const INFINITIVE = /(?<![a-z\u00df-\u024f])(?:to\s+(?:(?:help|let|make|see)\s+)?(?:[\uE002-\uE004]\uE001*\s+)?|(?:of|on|about|from)\s+)$/;
/**
 * Verbs whose infinitive happened: "managed to retake", "were able to enter", "allowed rebels to retake", "forced to
 * abandon", "continued to shell", "used rockets to drive rebels out of", "began to shell" (not "began an offensive
 * to retake"), "only to lose it", "only for the rebels to recapture it"; or is told as so: "claimed to control", "are
 * said to hold" (not "said to retake Brega would take weeks"), "appeared to be in".
 */
const IMPLICATIVE = /(?<![a-z\u00df-\u024f])(?:managed|manage|able|allowed|allowing|allow|enabled|enabling|helped|helping|forced|forcing|compelled|compelling|obliged|made|had|went on|proceeded|succeeded|continued|continues|continue|continuing|used|using|(?:is|are|was|were|been)\s+(?:said|reported|believed|thought|known)|claimed|claims|claim|appeared|appears|appear|seemed|seems|seem)\s+(?:[^\s]+\s+){0,3}?(?:to|in)\s+(?:(?:help|let|make|see)\s+)?(?:[\uE002-\uE004]\uE001*\s+)?$|(?<![a-z\u00df-\u024f])(?:began|begun|begins|begin|started|starts|start)\s+to\s+$|(?<![a-z\u00df-\u024f])only\s+(?:for\s+(?:[^\s]+\s+){1,3}?)?to\s+$/;
/**
 * Words anywhere in the sentence that say its report was wrong, is disputed or is only a rumour: "falsely claimed",
 * "proved false", "later retracted", "but rebels disputed that", "a claim the government quickly rejected", "unconfirmed
 * reports said", "Reports that rebels had entered Sirte could not be confirmed" (hearsay, where "…, a claim that could
 * not be verified" after a named claimant's word only lowers its confidence), "…, which residents denied",
 * "…, claims that were denied by the rebels", a headline's "Rebels say they hold Brega; government disputes".
 */
const FALSE = /(?<![a-z\u00df-\u024f])(?:(?:unconfirmed|unverified|unsubstantiated)\s+(?:reports?|claims?|accounts?)|reports?\s+that\s[^.;]*?\s(?:could\s+not|cannot|can't|couldn't)\s+be\s+(?:independently\s+)?(?:confirmed|verified)|falsely|mistakenly|wrongly|erroneous(?:ly)?|incorrect(?:ly)?|untrue|unfounded|baseless|retract(?:ed|s|ion)?|premature(?:ly)?|proved (?:to be )?(?:false|wrong)|turned out to be (?:false|wrong)|(?:was|were) false|(?:disputed|denied|rejected|contradicted) (?:that|this|it|the (?:claims?|reports?|account))|(?<=,\s*)which\s+(?:[^\s,;.]+\s+){0,3}?(?:flatly |strongly )?(?:denied|disputed|rejected|dismissed|deny|denies|dispute|disputes|reject|rejects)(?![a-z\u00df-\u024f])|(?:an? (?:claim|report|account)|(?<=,\s*)(?:claims|reports|accounts)) (?:that )?(?:[^\s,.;:]+ ){0,5}?(?:quickly |swiftly |flatly |strongly )?(?:disputed|denied|rejected|contradicted|belied|refuted|dismissed|derided|ridiculed|mocked)|(?<=[;,])\s*(?:but )?(?:the )?(?:government|regime|army|rebels?|opposition|officials?|tripoli|benghazi) (?:disputes?|denies|deny|rejects?)(?: (?:it|this|that|the claims?))?[.!]?\s*$)(?![a-z\u00df-\u024f])/i;
/** Words that say who holds a place is not known: "control of the oil town itself remained unclear", "control unclear". */
const UNCLEAR = /(?<![a-z\u00df-\u024f])(?:control|hands|holds?)\s+(?:of\s+[^,;.]{0,40}?\s+)?(?:(?:remained|remains|was|is|appeared|seemed|still)\s+)*(?:unclear|uncertain|in\s+doubt|disputed|not\s+clear)(?![a-z\u00df-\u024f])|(?<![a-z\u00df-\u024f])(?:unclear|uncertain|not\s+clear)\s+who\s+(?:controls?|controlled|holds?|held|was\s+in\s+control)/i;
/**
 * Pictures a side says show something: "State television broadcast pictures it said showed pro-Gaddafi crowds
 * celebrating in Zawiya" is that side's word on what pictures show, which no one could check.
 */
const DEPICTED = /(?<![a-z\u00df-\u024f])(?:pictures|footage|images|video|photographs|photos)\s+(?:[a-z\u00df-\u024f-]+\s+){1,3}?(?:said|says|claimed|claims)\s+(?:to\s+)?(?:show|showed|shows|were\s+of|was\s+of)(?![a-z\u00df-\u024f])/i;
/** Words that report what another said: what their clause tells is that one's word, dated by the report's day. */
export const REPORTED = /(?<![a-z\u00df-\u024f])(?:said|says|told|tells|claimed|claims|announced|reported|declared|added|insisted|insists|insist|maintained|maintains|maintain|acknowledged|acknowledges|admitted|admits|confirmed|confirms|conceded|concedes)(?![a-z\u00df-\u024f])/i;
/**
 * A change of hands reported, answered later in its sentence by another report that the other side is still there:
 * "State television said Gaddafi's forces had taken full control of Ajdabiya, but a Reuters reporter … saw rebels
 * still manning checkpoints", "…, but rebels said they still held the town", "…, but a reporter in the town saw no
 * sign of them", "…, but a Reuters reporter saw government troops in the town", "…, but reporters in the town saw
 * rebels in control". The answer itself stands.
 */
const ANSWER = String.raw`,\s*but\s+(?:[^,;.]+\s+)?(?:saw|sees|see|found|witnessed|reported|said|say|says|insisted)\s+`;
/** No one of a side, or no sign of them, where the report put them. */
const NONE_THERE = String.raw`no\s+(?:sign|trace)\s+of|no\s+(?:[^,;.\s]+\s+){0,2}?(?:troops|forces|soldiers|tanks|loyalists|fighters|rebels)(?![a-z\u00df-\u024f])`;
/** The other side holding the same place, named again: "…, but rebels say they hold the port and the city centre". */
const HOLD_IT_TOO = String.raw`(?:they|it|we)\s+(?:still\s+)?(?:hold|holds|held|control|controls|controlled)\s+(?:it|(?:most|much|all|parts?)\s+of\s+it|the\s+(?:town|city|port|centre|center|city\s+cent(?:re|er)))(?![a-z\u00df-\u024f])`;
/** The reporter's own word that the other side held it: "…, but by yesterday government troops were in control of Brega". */
const BUT_IN_CONTROL = String.raw`,\s*but\s+(?:by\s+[^,;.]{1,30}?\s+)?(?:[^,;.\s]+\s+){0,3}?(?:troops|forces|soldiers|loyalists|rebels|fighters|insurgents)\s+(?:were|was|are|is|remained|remain)\s+(?:still\s+|firmly\s+)?in\s+(?:full\s+|firm\s+)?control(?![a-z\u00df-\u024f])`;
const ANSWERED = new RegExp(String.raw`${BUT_IN_CONTROL}|${ANSWER}(?:[^,;.]*?(?<![a-z\u00df-\u024f])still(?![a-z\u00df-\u024f])|${NONE_THERE}|${HOLD_IT_TOO}|(?:[^,;.\s]+\s+){0,3}?(?:troops|forces|soldiers|tanks|loyalists|fighters|rebels)\s+(?:(?:in|inside)\s+(?:the\s+)?(?:town|city|village|port)|(?:still\s+)?in\s+(?:full\s+)?(?:control|charge))(?![a-z\u00df-\u024f]))`, 'i');
/**
 * A hold reported, answered by no one there ("A rebel spokesman said the opposition still held Brega, but journalists
 * at the scene saw no rebel fighters there") or by the other side's own hold ("The government says it controls
 * Misrata, but rebels say they hold the port and the city centre").
 */
const ANSWERED_EMPTY = new RegExp(`${ANSWER}(?:${NONE_THERE}|${HOLD_IT_TOO})`, 'i');

/**
 * Whether the report of an event whose words end at `at` in `sentence` is answered so after them: a change of hands
 * by either answer; a hold (`hold`) only by no one there, since "…, but fighters said snipers were still hiding in
 * buildings" qualifies it.
 */
export function answered(sentence: string, at: number, hold = false): boolean {
  return REPORTED.test(sentence.slice(0, at).split(';').pop()!) && (hold ? ANSWERED_EMPTY : ANSWERED).test(sentence.slice(at).split(';')[0]!);
}

const INTENT = /(?<![a-z\u00df-\u024f])(?:(?:vow|vowed|vows|vowing|pledg|plan|hop|want|tr(?:y|ies|ied|ying)|attempt|aim|threaten|expect|prepar|seek|sought|intend|promis|struggl|determined|poised|set|about|ready|order|urg|push(?:ed|ing)?|bid)[a-z\u00df-\u024f]*(?:\s+[a-z\u00df-\u024f'\uE000-\uE004]+){0,3}?\s+(?:to|for)|in an? (?:attempt|bid|effort|push) to|(?:prepar|plann|plan|readi|ready)[a-z\u00df-\u024f]*\s+(?:an?|the|their|its|his|for\s+an?)\s+(?:[a-z\u00df-\u024f-]+\s+)?(?:(?:assault|attack|offensive|push|advance|counter-?offensive|counter-?attack|strike|march)(?![a-z\u00df-\u024f])|$)|(?:offensive|counter-?offensive|operation|campaign|effort|mission|drive|assault|battle|fight)\s+(?:[a-z\u00df-\u024f'\uE000-\uE004]+\s+){0,2}?to|would|could|might|may|will|shall|should|must|can|going to|if|unless|in order to|call(?:s|ed)? (?:on|for))(?![a-z\u00df-\u024f])/;

/**
 * A denial and the reason its speaker gives: "…, but a rebel spokesman denied it, saying the town was still in rebel
 * hands". What follows is the denier's own word, which the denial does not take back.
 */
export const DENIAL_REASON = String.raw`(?:denied|denies|deny|denying|disputed|disputes|rejected|rejects|dismissed|dismisses)(?![a-z\u00df-\u024f])[^.;]*?,\s*(?:saying|insisting|adding|and\s+said|and\s+insisted)\s+`;
const DENIED_SAYING = new RegExp(String.raw`(?<![a-z\u00df-\u024f])${DENIAL_REASON}(?:that\s+)?`, 'gi');

/** Where the words a claim at `at` is told in begin: after a denial's "saying" before it, else at 0. */
export function ownWordFrom(sentence: string, at: number): number {
  let from = 0;
  for (const match of sentence.slice(0, at).matchAll(DENIED_SAYING)) from = match.index + match[0].length;
  return from;
}

/**
 * The modality of the words from the start of a clause to the verb of an event in it, in the context of the whole
 * sentence (a question mark, or words that call the report false, anywhere in it take the claim away). `words`:
 * a verb, a noun of fighting ("fighting", "shelling"), or a noun of whose a place is ("stronghold", "rebel-held");
 * `changesHands` where they take or leave a place (an attack feared is met by the side attacked: see claims.ts).
 */
export function modalityOf(before: string, sentence: string, words: 'verb' | 'fight' | 'state' = 'verb', changesHands = false): Modality {
  if (/\?\s*["'”’]?\s*$/.test(sentence) || UNREAL.test(before) || FALSE.test(sentence) || DEPICTED.test(sentence) || UNCLEAR.test(sentence) || (changesHands && FEARED.test(before))) return 'unreal';
  if (COUNTERFACTUAL.test(before) || ENDED.test(before) || MOVED_TO.test(before)) return 'unreal';
  if (MODAL_NEGATED.test(before)) return 'intent';
  if (NEGATED.test(before)) return 'negated';
  if (INTENT.test(before)) return 'intent';
  // A noun of fighting after "of" is no gerund looked toward: "a day of fighting around Ajdabiya"; nor is a noun of
  // whose a place is after "to": "the gateway to the opposition's stronghold of Benghazi".
  const toward = INFINITIVE.exec(before);
  if (toward !== null && words !== 'state' && !(words === 'fight' && !/^to\b/.test(toward[0])) && !IMPLICATIVE.test(before)) return 'unreal';
  return 'fact';
}

/**
 * Before a noun of fighting: fighting feared, warned of, averted, or none ("any fighting", "no fighting", "no sign of a
 * battle").
 */
const FIGHT_NOT_HAD = /(?<![a-z\u00df-\u024f])(?:fears?|feared|fearing|warn(?:s|ed|ing)?\s+of|no\s+(?:sign|signs|indication|evidence|reports?)\s+(?:yet\s+)?of|expect(?:s|ed|ing)?|avert(?:s|ed|ing)?|avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|risk\s+of|threat\s+of|prospect\s+of|possibility\s+of|spectre\s+of|specter\s+of|any|no|spared)\s+(?:(?:the|a|an|more|further|heavy|fierce|new|renewed|street|urban)\s+){0,2}$/;
/** After it, in its clause: fighting still to come ("will be decisive") or over ("has stopped"). */
const FIGHT_TO_COME = /^[^,;:.]*?(?<![a-z\u00df-\u024f])(?:will|would|could|might|may|should|must|cannot|can't|won't)(?![a-z\u00df-\u024f])/;
const FIGHT_OVER = /^[^,;:.]*?(?<![a-z\u00df-\u024f])(?:ended|ends|stopped|stops|ceased|ceases|subsided|died\s+down|eased|halted|is\s+over|was\s+over|are\s+over)(?![a-z\u00df-\u024f])/;

/**
 * Whether fighting or shelling named by a noun ("the battle for Tripoli", "fighting in Ajdabiya") is said to have
 * happened, from the words before the noun and those after the place: `over` where the words say it stopped.
 */
export function fightModality(before: string, after: string): 'fact' | 'unreal' | 'over' {
  if (FIGHT_NOT_HAD.test(before) || FIGHT_TO_COME.test(after)) return 'unreal';
  return FIGHT_OVER.test(after) ? 'over' : 'fact';
}

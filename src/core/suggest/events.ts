/**
 * The event patterns: each finds, in a masked sentence (see sentence.ts), a place and the words that say what
 * happened to it, and names the actor whose side decides the claim. Patterns propose; refiners (claims.ts) judge.
 */
import type { ClaimEvent } from '../types.ts';
import { LETTER, WHEN_SAID } from './actors.ts';
import { MARK } from './sentence.ts';
import { MONTH, ORD, PART, WEEKDAY } from './when.ts';

/** What a pattern found: which kind of event, and where its words and its actor are in the sentence. */
export type EventKind =
  | 'capture' | 'retake' | 'loss' | 'enter' | 'advance' | 'hold' | 'target' | 'attackedIn' | 'contested'
  | 'violence' | 'rebelState' | 'governmentState' | 'pronounState' | 'actorState';

/**
 * How the actor relates to the verb: before it as subject, after it ("by Gaddafi's forces"), none, or the one who says
 * so (a town "liberated" with no one named who did it).
 */
export type ActorAt = 'before' | 'after' | 'none' | 'speaker';

export interface EventPattern {
  kind: EventKind;
  re: RegExp;
  actor: ActorAt;
}

export const EVENT_OF: Record<EventKind, ClaimEvent> = {
  capture: 'captured', retake: 'retook', loss: 'withdrew', enter: 'entered', advance: 'advanced', hold: 'held',
  target: 'attacked', attackedIn: 'attacked', contested: 'contested', violence: 'attacked', rebelState: 'held',
  governmentState: 'held', pronounState: 'held', actorState: 'held',
};

const P = `${MARK.place}${MARK.fill}*`;
const A = `[${MARK.rebel}${MARK.government}${MARK.pronoun}]${MARK.fill}*`;
/** A side named, not a pronoun: "the rebel stronghold of", "repelled a government attack". */
const SIDE = `[${MARK.rebel}${MARK.government}]${MARK.fill}*`;
const ANY_MARK = `${MARK.place}${MARK.rebel}${MARK.government}${MARK.pronoun}${MARK.fill}`;
/** A word of an aside: a plain word or an actor, no place ("Bin Jawad, which the rebels seized on Sunday, fell"). */
const AW = `[^\\s,;:.!?"()${MARK.place}]+`;
/** One plain word: no punctuation that ends a phrase, no place or actor. */
const W = `[^\\s,;:.!?"()${ANY_MARK}]+`;
const STOP = '(?:and|or|but|to|toward|towards|into|in|at|near|between|east|west|north|south|outside|beyond|around|past|positions?|from|before|after|while|as|when|where|which|who|that|then|than|because|said|says|with|by|for|on|under|over|through|against|if|since|until|despite|was|were|is|are|had|has|have|within|miles|kilometers|kilometres|km)';
/**
 * A noun that names an act, not a place: a verb whose object it heads ("kept up their siege of Misrata", "held off
 * the assault of") acts on the act, and the act's own pattern says what happened to the place.
 */
const ACT = '(?:sieges?|shelling|bombardment|blockade|encirclement|assaults?|attacks?|offensives?|counter-?offensives?|counterattacks?|push|advance|retreat|evacuation|recapture|capture|fall|loss|liberation)';
/** A gerund just before the place has the place for its object ("held out hope of taking Sirte"), not the verb. */
const GERUND = `(?!(?:neighbou?ring|surrounding|remaining|leading|sprawling|bustling|thriving|booming)\\s)[${LETTER}]+ing\\s+${MARK.place}`;
/** Where a place lies from another: "west of", "north-east of". */
export const BEARING = '(?:north|south|east|west)(?:-?(?:east|west))?';
const STATE_NOUN = '(?:capital|stronghold|bastion|fortress|citadel|heartland|headquarters|base|seat|outpost|enclave|holdout|nerve\\s+centre|nerve\\s+center)';
/** Another description of a town before the one that says who holds it: "Libya's third-largest city and". */
const AND_ALSO = `(?:(?:${W}|${A}(?:'s|')?)\\s+){1,4}?and\\s+`;
const STATE_ADJ = '(?:de\\s+facto\\s+|self-declared\\s+|eastern\\s+|provisional\\s+|unofficial\\s+|main\\s+|key\\s+|last\\s+|major\\s+|only\\s+|biggest\\s+|largest\\s+)*';
/**
 * A town named by the side that held it, as the object of its change of hands: "captured the rebel stronghold of
 * Zawiyah", "stormed the loyalist town of Sirte". (What the name says is the town's state before: see `namedBefore`.)
 */
const HELD_BY_NAME = `(?:(?:the\\s+)?${SIDE}(?:'s|')?\\s+${STATE_ADJ}(?:${STATE_NOUN}|city|town|port|enclave|outpost)\\s+of\\s+)?`;
/**
 * Words that may stand between a verb and a place: "the oil port of", "much of", "the west gate of", "the residential
 * area in the east of" (a part of the town, where a bearing alone, "20 km east of", is outside it).
 */
const NP = `(?:(?!(?:${STOP}|${ACT})\\s|${GERUND})${W}\\s+|of\\s+){0,7}?(?:in\\s+the\\s+${BEARING}\\s+of\\s+)?(?:(?:town|city|port|village|terminal|hub|refinery|stronghold|capital|home|hometown),\\s+)?(?:(?:al|el|ar|as|az|an|at|ad|ash)-)?`;
const AUX = '(?:(?:had|has|have|having|were|was|are|is|been|being|both|all(?!\\s+but\\s)|reportedly|apparently|also|now|still|already|finally|quickly|soon|largely|effectively|briefly|just|then|again|later|since|all but|successfully|swiftly|gradually|eventually|partially|partly|fully|completely|virtually|nearly|almost|last|first|firmly|securely|solidly|tightly)\\s+)*';
/** Not into a relative clause with a subject of its own: "a day-long battle in which warplanes bombed the outskirts of Ajdabiya". */
const NOT_RELATIVE = '(?!(?:which|whom|whose)\\s)';
const GAP = (n: number): string => `(?:${W}\\s+){0,${n}}?`;
/**
 * Where a place lies, from another: "west of", "north-east of the capital", "150km (90 miles) south of", "30 miles
 * from".
 */
const WHERE_FROM = `(?:(?:${W}|\\([^()]{1,30}\\))\\s+){0,5}?(?:${BEARING}\\s+of|from)\\s+`;
/**
 * A sentence that opens with where it happens, and its subject after the comma: "In Misrata, the besieged city 130
 * miles east of Tripoli, government forces…", "In Zawiya, residents said the rebels…".
 */
const IN_PLACE_OPENING = `(?<![${LETTER}])in\\s+(?<p>${P})(?:\\s*,\\s*(?:${P}\\s+)?(?:${AW}\\s+){0,5}?(?:${AW}|${WHERE_FROM}${P}))?\\s*,\\s*(?:(?:${W}\\s+){1,3}?(?:said|say|says|reported)\\s+(?:that\\s+)?)?(?:the\\s+)?`;
/** An aside opens with a comma, or right after another's closing one. */
const ASIDE_OPENS = '(?:\\s*,|(?<=,))\\s*';
/**
 * A place in an aside that says where the town is: "a village between Bin Jawad and Sirte", "a town near Sirte",
 * "the town west of Tripoli that had held out for a week".
 */
const PLACED_BY = `(?:(?<=(?:between|near|outside|${BEARING}\\s+of)\\s)|(?<=between\\s+${P}\\s+and\\s))${P}`;
/**
 * An aside that names no place (`word`: AW), or none but to place the town by it (`word` taking PLACED_BY too):
 * "Libya's third city", "a key oil port" (dashes), "the oil port which the rebels took", "a village between Bin Jawad
 * and Sirte that rebels briefly held on Monday".
 */
const bareAside = (word: string): string =>
  `${ASIDE_OPENS}(?:${P}\\s+)?(?:${word}\\s+){0,14}?${word}\\s*,(?:\\s*(?:which|that)\\b)?|\\s*[\u2014\u2013]\\s*(?:${AW}\\s+){0,6}?${AW}\\s*[\u2014\u2013]`;
const PLAIN_ASIDE = bareAside(AW);
const BARE_ASIDE = bareAside(`(?:${AW}|${PLACED_BY})`);
/** Other towns named with the town, by no name: "Tobruk and other eastern towns are in the hands of the opposition". */
const AND_OTHERS = `\\s+and\\s+(?:(?:several|many|some|a\\s+few|two|three|four)\\s+)?(?:other|nearby|neighbou?ring|surrounding|smaller)\\s+(?:${W}\\s+){0,2}?(?:towns|cities|villages|ports)`;
/**
 * A relative clause set off by commas, whatever it names: "Sirte, which the rebels would need to take before they could
 * threaten Tripoli, remains…" (the places in it have their own finds), after a description too ("Brega, a town that
 * rebels captured on Friday, fell…"); after a side too: "Gadhafi's forces, who two
 * days ago were on the defensive, now hold…".
 */
const REL_ASIDE = `${ASIDE_OPENS}(?:(?:the|a|an)\\s+(?:${W}\\s+){0,4}?(?:which|who|whose|that)|which|who|whose)\\s+(?:[^\\s,;:.!?"()]+\\s+){0,20}?[^\\s,;:.!?"()]+\\s*,`;
/**
 * An aside after a place: "Misrata, Libya's third-largest city, has been…", "Ras Lanuf, the oil port which the
 * rebels took on Friday, remained…" (the oil port read as Ras Lanuf), "Brega — a key oil port — fell", "Sirt,
 * Colonel Qaddafi's hometown, which remained…"; one that places it by another ("Ajdabiya, 160 km south of Benghazi,
 * fell", "Ajdabiya, the gateway to the rebel capital of Benghazi, was…"); two, the first naming no place ("Misrata,
 * Libya's third city, 200 km east of Tripoli,"): after one that does, what follows may be that place's ("Bin Jawad,
 * a village east of Surt, Colonel Qaddafi's hometown, which remained…"), so only the last may place the town by
 * another. The town "itself" is the town: "Sirte itself remains firmly in government hands".
 */
const APPOS = `(?:\\s+itself(?=[\\s,]))?(?:${AND_OTHERS})?(?:${PLAIN_ASIDE})?(?:${BARE_ASIDE}|${ASIDE_OPENS}${WHERE_FROM}${P}\\s*,|${ASIDE_OPENS}(?:the\\s+)?(?:gateway|road|route|door)\\s+to\\s+(?:${AW}\\s+){0,5}?${P}\\s*,|${REL_ASIDE}|${ASIDE_OPENS}(?:which|that)\\b)?`;

/**
 * Being in a place's hands or control: "remains firmly in", "is now back in", "was once again in", "appeared to be
 * in", a quotation's "is \"completely under our control\"", "was \"100 percent\" under rebel control".
 */
const BE_IN = '(?:remains?|remained|stays|stayed|is|was|are|were|still|firmly|now|today|largely|mostly|very\\s+much|back|all|(?:once\\s+)?again|once\\s+more|(?:calm|quiet|peaceful|tense|safe|secure|deserted)\\s+and|completely|entirely|totally|fully|(?:100|a\\s+hundred)\\s*(?:percent|per\\s+cent|%)|(?:appear|seem)(?:s|ed)?\\s+to\\s+be|(?:reported|said|believed|thought|understood)\\s+to\\s+be|["“]|\\s)*';
/** Words between "the" and an actor after "by" or "to": "fell to the advancing loyalists". */
const ACTOR_ADJ = '(?:(?:advancing|approaching|oncoming|invading|attacking|besieging|victorious|jubilant|better-armed|well-armed|heavily\\s+armed|poorly\\s+armed)\\s+)?';
/** A part of a town named after it: "Misrata's port", "Brega airport" (claims.ts); the town's own area is more. */
export const PART_NOUN = '(?:port|harbou?r|airport|air\\s*base|refinery|(?:oil\\s+)?terminal|university|docks?|(?:city\\s+)?cent(?:re|er))';
/** A part of the place it is named after, struck as the place is: "Misrata's port was shelled". */
const PART_NAMED = `(?:'s|')\\s+(?:${W}\\s+){0,2}?(?:${PART_NOUN}|outskirts|suburbs?|districts?|neighbou?rhoods?|streets|residential\\s+areas?)`;
/**
 * What may stand between a place and its relative clause: "Ras Lanuf, a town which…", "Zawiya, west of the capital,
 * which…", "Ras Lanuf, the oil port which…" (the oil port read as Ras Lanuf).
 */
/** How far on a place lies, named by no other: "120 kilometres further west". */
const FURTHER_ON = `\\d[\\d,.]*\\s*(?:km|kilomet(?:re|er)s|miles)(?:\\s*\\([^()]*\\))?\\s+(?:further|farther)\\s+(?:${BEARING}|on|along\\s+the\\s+coast)`;
const REL_APPOS = `(?:(?:a|an|the)\\s+${GAP(3)}|${P}\\s+|${WHERE_FROM}(?:the\\s+)?(?:${W}|${P})\\s*,\\s*|${FURTHER_ON}\\s*,\\s*)?`;
/** How firm a hold is said to be: "under tight government control", "in full rebel control". */
const FIRM = '(?:(?:tight|firm|full|complete|total|effective|secure)\\s+)?';
/** Staying or being loyal: "remains fiercely loyal to". */
const LOYAL = '(?:remains?|remained|stays|stayed|is|was|are|were|has\\s+(?:long\\s+)?been)\\s+(?:(?:still|firmly|fiercely|staunchly|largely|steadfastly|solidly)\\s+)?loyal\\s+to\\s+';
/** The government's hold in words that name no actor: "government hands", "the government's control". */
const GOVERNMENT_HANDS = `(?:the\\s+)?${FIRM}(?:government|regime)(?:'s)?\\s+${FIRM}(?:hands|control)`;
/** Words that say a hold goes on: "firmly in rebel hands", "still under government control". */
const STILL = '(?:(?:still|also|firmly|now|securely|largely|solidly)\\s+)*';
/** Whose hands a town is in, after the side: "in Gaddafi's hands", "under rebel control", "in Kadhafi's grip". */
const WHOSE_HANDS = "(?:'s|')?\\s+(?:hands|control|grip)";
/** A side's grip or hold on a town: "the rebels' grip on", "their tight hold on". */
const GRIP = '(?:(?:tight|firm|tenuous|shaky|fragile|loose)\\s+)?(?:grip|hold)\\s+on';
/** Coming under a side's control: "came under", "fell back under". */
const CAME_UNDER = '(?:came|comes|come|coming|fell|falls|fallen)\\s+';
/** Passing into a side's hands (falling into them is `FELL`'s). */
const PASSED_INTO = '(?:passed|passes)\\s+into';
const RETURNED_TO = '(?:returned|returns|reverted|reverts|passed\\s+back|fell\\s+back)\\s+(?:in)?to';
/**
 * A flag's words after its name, up to its place: "flew over", "was raised once again over" (`more`: other verbs
 * that say it is up, as "waved"); the place in `p`.
 */
const FLOWN_OVER = (more: string): string =>
  `\\s+(?:${W}\\s+){0,2}?(?:flew|fly|flies|flying|fluttered|fluttering${more}|(?:was|were|been)\\s+(?:raised|hoisted))\\s+(?:(?:once\\s+)?again\\s+|once\\s+more\\s+)?(?:over|above|in|across))\\s+${NP}(?<p>${P})`;
/** "Fell to", "fell back into". */
const FELL = '(?:fell|fallen|falls|fall)\\s+(?:back\\s+)?';
/** To whom a town falls: "to the advancing loyalists", "into the hands of the rebels". */
const FALLEN_TO = `(?:to|into\\s+the\\s+hands\\s+of)\\s+(?:the\\s+)?${ACTOR_ADJ}`;
/**
 * A state told in the present, as what a place is: "remains a key rebel stronghold", "is now the rebels' base", "has
 * been the only major rebel stronghold in the west since…"; or as what it remained ("Sirte remained a loyalist
 * stronghold"), where "was" may be what it was before the war.
 */
const IS_NOW = '(?:is|remains|remained|has\\s+(?:long\\s+)?been)\\s+(?:now\\s+|still\\s+)?';
const IS_NOW_A = `${IS_NOW}(?:a|an|the)\\s+`;
/** How much of a place a side took control of: "taken full control of". */
const FULL = '(?:(?:full|complete|total)\\s+)?';
const CAPTURE = `(?:captured|capturing|captures|capture|(?:seized|seizing|seizes|seize)(?:\\s+${FULL}control\\s+of)?|took(?:\\s+${FULL}control\\s+of|\\s+over)?|taking(?:\\s+${FULL}control\\s+of|\\s+over)?|takes?(?:\\s+${FULL}control\\s+of|\\s+over)?|taken(?:\\s+${FULL}control\\s+of|\\s+over)?|overran|overrunning|overrun|overruns|stormed|storming|storms?|liberated|liberating|liberates?|freed|cleansed|cleansing|cleanses?|purged|grabbed|grabs?|secured|securing|secures?|gained\\s+${FULL}control\\s+of|won\\s+${FULL}control\\s+of|(?:claimed|claiming|claim|claims)\\s+(?:full\\s+)?control\\s+of|(?:wrested|wresting|wrests?)(?:\\s+${FULL}control\\s+of)?|occupied|occupying|conquered|conquers?|swept\\s+(?:back\\s+)?(?:(?:east|west|north|south)(?:ward)?\\s+)?through)`;
const RETAKE = `(?:(?:retook|retaking|retakes|retake|retaken|re-took|re-taken)(?:\\s+${FULL}control\\s+of)?|(?:seized|seizing|seize|captured|capturing|capture)\\s+back|recaptured|recapturing|recaptures|recapture|regained(?:\\s+${FULL}control\\s+of)?|regaining(?:\\s+${FULL}control\\s+of)?|regains?(?:\\s+${FULL}control\\s+of)?|(?:took|taking|takes|take|taken)\\s+back(?:\\s+${FULL}control\\s+of)?|reclaimed|reclaiming|reclaims?|won\\s+back|winning\\s+back|wins?\\s+back|(?:wrested|wresting|wrests?)\\s+back(?:\\s+${FULL}control\\s+of)?|reoccupied)`;
const LOSS = '(?:loss\\s+of|(?:lost|losing|loses|lose)(?:\\s+control\\s+of|\\s+(?:(?:their|its|his)\\s+)?(?:grip|hold)\\s+on)?|(?:handed|handing|hands?|turned|turning|turns?)(?:\\s+over(?:\\s+(?:full\\s+|complete\\s+)?control\\s+of)?|\\s+(?:full\\s+|complete\\s+)?control\\s+of)|(?:relinquished|relinquishing|relinquish(?:es)?)(?:\\s+control\\s+of)?|abandoned|abandoning|abandons|abandon|ceded|ceding|cedes?|surrendered|surrenders?|gave\\s+up|giving\\s+up|gives?\\s+up|evacuated|evacuates?|vacated|vacates?|(?:withdrew|withdrawn|withdrawing|withdraws?|retreated|retreating|retreats?|(?:pulled|pulling|pulls?)\\s+back)\\s+from|(?:pulled|pulling|pulls?)\\s+(?:back\\s+)?out\\s+of|(?:(?:were|was|been|being)\\s+)?(?:driven|pushed|forced|chased|routed|expelled|beaten|kicked|ousted|ejected|evicted|flushed|cleared)\\s+(?:(?:back\\s+)?out\\s+of|from)|(?:(?:were|was|been|being)\\s+)?(?:shelled|bombed|blasted|bombarded|shot|smoked|burned)\\s+out\\s+of|(?:made\\s+|making\\s+)?(?:an?\\s+)?(?:(?:tactical|hasty|strategic|orderly|full)\\s+)?(?:withdrawal|retreat|pullback|pull-?out)\\s+from)';
const FLEE = '(?:fled|fleeing|flee|retreated|retreating|withdrew|withdrawing|pulled\\s+back|pulled\\s+out|fell\\s+back|falling\\s+back)';
const ENTER = '(?:entered|entering|enters|enter|(?:drove|driving|rolled|rolling|passed|passing)\\s+(?:(?:east|west)(?:ward)?\\s+)?through|re-?entered|re-?entering|re-?enter|(?:returned|returning)\\s+to|(?:moved|moving|rolled|rolling|swept|sweeping|pushed|pushing|poured|pouring|marched|marching|drove|driving|stormed|broke|advanced|advancing|burst|raced|racing|sped|speeding|streamed|streaming|charged|charging|rushed|rushing|walked|walking|rode|riding|slipped|slipping|crept|creeping|filtered|filtering|(?:fought|fighting|battled|battling)\\s+(?:their|its|his|our)\\s+way)\\s+(?:back\\s+)?into|reached|reaching|reach|reaches|arrived\\s+in|arrive\\s+in|(?:were|are|was|is)\\s+back\\s+in(?!\\s+(?:control|charge|command)))';
// Not the month: "vowed in late March to take it".
const ADVANCE = `(?<!hard[-\\s])(?:advanced|advancing|advance|pushed|pushing|push|moved|moving|move|surged|surging|rolled|drove|marched|(?<!(?:in|late|early|mid|since|until|by|of|from|last|this|next|through|end|start)[\\s-])march|pressed|pressing|press)\\s+(?!back\\s)(?!(?:it|them|him)\\s)(?!${GAP(2)}(?:road|highway|route|way)\\s)(?:${GAP(1)}from\\s+${NP}${P}\\s+)?${GAP(3)}(?:as\\s+far\\s+(?:west\\s+|east\\s+)?as|up\\s+to|to)`;
// "With the opposition in control of Ajdabiya": in control with no "be", right after its side.
const HOLD = `(?:(?<=[${MARK.rebel}${MARK.government}${MARK.pronoun}]${MARK.fill}*\\s)in\\s+${FIRM}control\\s+of|(?:took|taking|taken)\\s+up\\s+positions\\s+(?:in|inside)|(?:dug|digging|digs?)\\s+in\\s+(?:at|in|inside)|(?:set|setting)\\s+up\\s+(?:a\\s+)?checkpoints?\\s+(?:in|inside)|(?:manned|manning)\\s+(?:a\\s+)?checkpoints?\\s+(?:in|inside)|(?:patrolled|patrolling|patrols?)(?:\\s+the\\s+streets\\s+of)?|(?:paraded|parading)\\s+through|(?:celebrated|celebrating)\\s+in(?:\\s+the\\s+streets\\s+of)?|(?:held|holding|hold|holds|hung|hanging|hang|hangs|clung|clinging|cling|clings)\\s+on(?:to|\\s+to|\\s+in)|(?:held|holding|hold|holds)\\s+out\\s+in|(?:held|holding|hold|holds|stood|standing|stand|stands)\\s+(?:their|its|his|our)\\s+ground\\s+(?:in|at|inside)|(?:stood|standing|stand|stands)\\s+firm\\s+(?:in|at|inside)|(?:clung|clinging|clings?)\\s+to|held|holding|hold|holds|controlled|controlling|control|controls|occupy|occupies|kept|keeping|defended|defending|remained\\s+in(?:\\s+control\\s+of)?|remain\\s+in(?:\\s+control\\s+of)?|remains\\s+in|stayed\\s+in|slept\\s+in|camped\\s+(?:in|at|outside)|stopped\\s+(?:for\\s+the\\s+night\\s+)?(?:at|in)|regroup(?:ed|ing|s)?\\s+(?:in|at)|gathered\\s+(?:in|at)|gathering\\s+(?:in|at)|massed\\s+(?:in|at)|massing\\s+(?:in|at)|(?:were|are|was|is|been|remained|remains|remain)\\s+["“]?(?:still\\s+)?(?:(?:based|entrenched|stationed|holed\\s+up|dug\\s+in)\\s+(?:in|at|inside)|in\\s+${FIRM}control["”]?\\s+of|in|inside))`;
/** What is fired, counted or not: "Grad rockets", "more than 100 Grad rockets", "a barrage of tank shells". */
const MUNITIONS = '(?:(?:more\\s+than|at\\s+least|about|around|some|nearly|over|dozens\\s+of|hundreds\\s+of|scores\\s+of|a\\s+(?:barrage|salvo|volley|hail)\\s+of|\\d+)\\s+)*(?:(?:heavy|grad|tank|artillery|mortar|anti-aircraft)\\s+)*(?:rockets|shells|artillery|mortars|missiles|rounds)\\s+';
const TARGET = '(?:attacked|attacking|attacks|attack|shelled|shelling|shell|bombarded|bombarding|bombards|bombard|bombed|bombing|pounded|pounding|pounds|pound|struck|striking(?!\\s+distance)|strike|hit|hitting|(?:fired|firing|fire|launched|launching|launch|lobbed|lobbing|rained|raining|rain|rains)\\s+(?:back\\s+|down\\s+)?(?:' + MUNITIONS + ')?(?:on|at|into)|rocketed|besieged|besieging|besieges|besiege|(?:laid|laying|lay)\\s+siege\\s+to|encircled|encircling|encircles|encircle|surrounded|surrounding|surrounds|surround|(?:advanced|advancing|advance|marched|marching|march|pushed|pushing|push|pressed|pressing|press)\\s+(?:on|toward|towards|against)|(?:drove|driving|drive)\\s+(?:on|against)|(?:move|moving|moved)\\s+on(?!\\s+to\\s)|clos(?:ing|ed|e)\\s+in\\s+on|bearing\\s+down\\s+on|converg(?:ed|ing|e)\\s+on|push\\s+(?:all\\s+the\\s+way\\s+)?(?:to|into)|threatened|threatening|threaten|(?:launch|launched|launching|mount|mounted|mounting)\\s+(?:an?\\s+)?(?:new\\s+|fresh\\s+|major\\s+)?(?:offensive|attack|assault|counter-?offensive|counter-?attack)\\s+(?:on|against)|(?:offensive|assault|attack|advance|push|march|counter-?offensive|counter-?attack|onslaught|siege|bombardment|shelling)\\s+(?:(?:yet|so\\s+far)\\s+)?(?:on|against|toward|towards|of))';
const ATTACKED = '(?:shelled|bombarded|attacked|pounded|hit|slammed|targeted|rocketed|under\\s+(?:heavy\\s+|fierce\\s+|renewed\\s+|sustained\\s+)*(?:fire|attack|shelling|bombardment|assault))';
export const FRONT = '(?:front\\s*lines?|frontline)';
const FIGHTING = `(?:fighting|fight|fought|clashes|clashed|clashing|battles?|battling|battled|skirmish(?:es)?|firefights?|gun\\s*battles?|exchanges?\\s+of\\s+fire|combat|${FRONT}|stalemate|standoff|see-?saw)`;
const VIOLENCE = '(?:massacres?|killings?|shelling|bombardment|bombing|explosions?|mortars?|rockets?|shells|artillery(?:\\s+fire)?|mortar\\s+fire|rocket\\s+fire|sniper\\s+fire|gunfire|heavy\\s+weapons)';
const LEADER = '(?:gaddafi|qaddafi|gadhafi|kadhafi|qadhafi|kaddafi|kadafi|gadafi|qadafi|gathafi|gadaffi|el-qaddafi|al-gaddafi)';
/** "Once rebel-held", "formerly government-held": held no longer. */
const NO_LONGER = '(?<!(?:once|formerly|previously|former|onetime|one-time|erstwhile|until\\s+recently)\\s+)';
const REBEL_HELD = `${NO_LONGER}(?:rebel|opposition|insurgent|revolutionary)-(?:held|controlled|run|dominated|occupied)`;
const GOVERNMENT_HELD = `${NO_LONGER}(?:government|regime|loyalist|${LEADER}|pro-${LEADER})-(?:held|controlled|run|occupied)`;

/**
 * A stretch of the country a list of its towns may follow: "much of the east", "the eastern half of the country", "the
 * coastal towns", "eastern Libya", "a string of towns along the ridge"; a relative clause may say which ("the coastal
 * towns that rebels captured early in the uprising"), where it names no day of its own that the claim would take.
 */
const REGION = `(?:(?:much|most|all|parts?|large\\s+parts?|swathes?|the\\s+rest|the\\s+(?:${W}\\s+)?half)\\s+of\\s+)?(?:${W}\\s+){0,3}?(?:east|west|coast|country|region|north|south|mountains|towns|cities|territory|libya)(?:\\s+${W}){0,3}(?:\\s+(?:that|which)\\s(?![^,;:.]*?(?:last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|\\d))[^,;:.!?"()${MARK.place}]{1,80})?`;
/** A stretch of coast or country between two towns: "the coast from Sirte to Brega", "every town on the coast road from". */
const STRETCH = `(?:(?:(?:all|most|much)\\s+of\\s+)?(?:the\\s+)?(?:${W}\\s+){0,2}?(?:coast|coastline|coastal\\s+strip|stretch|territory|region|east|west)|every\\s+town\\s+(?:on|along)\\s+the\\s+(?:coast(?:al)?\\s+)?(?:coast|road|highway))`;
/** What opens a list of a region's towns: "including", "among them", "such as". */
const INCLUDING = `(?:including|among\\s+(?:them|${MARK.pronoun}${MARK.fill}*)|such\\s+as)`;
/** The places after the first of a list, up to its last: ", Tobruk and Derna". */
const LISTED = `(?:\\s*,\\s*${P})*(?:\\s*,?\\s+and\\s+${P})?`;
/** A verb of holding a place. */
const HOLDS = '(?:control|controls|controlled|hold|holds|held)';
/** In control, with no object: "Colonel Qaddafi remained in control", "where rebels are in control". */
const IN_CONTROL = `(?:remained|remains|remain|stayed|stays|were|was|are|is)\\s+${STILL}in\\s+${FIRM}control`;
/**
 * A side that took or holds a region, and the first of its towns listed: "The rebels control much of the east,
 * including Benghazi".
 */
const regionListed = (verb: string): string => `(?<a>${A})\\s+${AUX}(?<v>${verb}\\s+${REGION}\\s*,\\s*${INCLUDING})\\s+(?<p>${P})`;
/** A region and its towns listed as a subject, up to its verb: "Much of the east, including Benghazi and Derna, is". */
const REGION_LISTED = `${REGION}\\s*,\\s*${INCLUDING}\\s+(?<p>${P})${LISTED}\\s*,\\s+${AUX}`;

/**
 * Where a side named with its place is: "in Zintan", "inside the city of Misrata", with up to `words` words before
 * "city" ("in the besieged city of Misrata").
 */
/**
 * What joins one place to the next in a list: ", ", " and ", ", and ", and a "then" after any for places told in the
 * order they were reached ("out of Bin Jawad and then Ras Lanuf").
 */
const LIST_JOIN = '(?:\\s*,\\s*and\\s+|\\s+and\\s+|\\s*,\\s*)(?:then\\s+)?';
/** Holding out, or on, where the side is: "have held out", "clung on". */
const HOLD_OUT = '(?:held|holding|hold|holds)\\s+out|(?:clung|clinging|clings?|hung|hanging|hangs?)\\s+on';
const inTown = (words: number): string => `(?:in|inside)\\s+(?:the\\s+(?:[a-z-]+\\s+){0,${words}}?(?:town|city|port)\\s+of\\s+)?`;
/** What befalls a side named with its place ("rebels in Zintan"), the verb's words in `v`; "said they had" may come first. */
const STRUCK_HERE = `(?:(?:said|say|says)\\s+${WHEN_SAID}(?:that\\s+)?(?:${MARK.pronoun}${MARK.fill}*|it)\\s+)?${AUX}(?<v>(?:came|come|comes|coming|been|are|is|were|was|remain|remains|remained)\\s+under\\s+${GAP(3)}(?:fire|attack|shelling|bombardment|assault|siege)|(?:were|was)\\s+(?:shelled|bombarded|attacked|pounded|rocketed)|(?:repelled|repulsed|beat\\s+back|beaten\\s+back|fought\\s+off|held\\s+off)\\s+(?:an?\\s+|the\\s+)?(?:${SIDE}\\s+)?${GAP(2)}(?:attack|assault|offensive|advance|push))`;

const pattern = (kind: EventKind, actor: ActorAt, source: string): EventPattern => ({
  kind,
  actor,
  re: new RegExp(`(?<![${LETTER}'-])(?:${source})`, 'gd'),
});

/** Every pattern: `(?<p>…)` is the place; `(?<v>…)` the words that made it a claim; `(?<a>…)` an actor named in it. */
export const PATTERNS: readonly EventPattern[] = [
  // State words that carry their own side: "rebel-held Ajdabiya", "Benghazi, the rebels' de facto capital".
  pattern('rebelState', 'none', `(?<v>${REBEL_HELD})\\s+${NP}(?<p>${P})`),
  pattern('rebelState', 'none', `(?<p>${P})(?:\\s*,|\\s+(?:is|remains|was|remained))\\s*(?:now\\s+|still\\s+)?(?:a|an|the)\\s+${GAP(2)}(?<v>${REBEL_HELD})`),
  pattern('governmentState', 'none', `(?<v>${GOVERNMENT_HELD})\\s+${NP}(?<p>${P})`),
  pattern('governmentState', 'none', `(?<p>${P})(?:\\s*,|\\s+(?:is|remains|was|remained))\\s*(?:now\\s+|still\\s+)?(?:a|an|the)\\s+${GAP(2)}(?<v>${GOVERNMENT_HELD})`),
  // "The" may be the actor's own first word ("the opposition's stronghold").
  // "Misurata, Libya's third-largest city and the last rebel bastion in the west,": after another description too.
  pattern('actorState', 'after', `(?<p>${P})\\s*,\\s*(?:${AND_ALSO})?(?:now\\s+|still\\s+)?(?:(?:the|an?)\\s+${STATE_ADJ})?(?<a>${A})(?:'s|')?\\s+(?<v>${STATE_ADJ}${STATE_NOUN})`),
  // "Ajdabiya, held by the rebels, …": the same aside with a participle.
  pattern('hold', 'after', `(?<p>${P})\\s*,\\s*${STILL}(?<v>(?:held|controlled|run|defended)\\s+by\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  // "Tobruk, firmly in rebel hands,": an aside that says who holds the place.
  pattern('hold', 'after', `(?<p>${P})\\s*,\\s*${STILL}(?<v>(?:in|under)\\s+${FIRM}(?:the\\s+(?:hands|control)\\s+of\\s+(?:the\\s+)?)?)(?<a>${A})(?:(?:'s|')?\\s+(?:hands|control)|(?=\\s*,))`),
  pattern('governmentState', 'none', `(?<p>${P})\\s*,\\s*${STILL}(?<v>(?:in|under)\\s+${GOVERNMENT_HANDS})`),
  // "Sirte, a government stronghold, …", as "Benghazi, the rebel stronghold, …" above.
  pattern('governmentState', 'none', `(?<p>${P})\\s*,\\s*(?:${AND_ALSO})?(?:now\\s+|still\\s+)?(?:(?:the|an?)\\s+${STATE_ADJ})?(?<v>(?:government|regime)\\s+${STATE_ADJ}${STATE_NOUN})`),
  // A town loyal is the leader's: "Sirte, Gaddafi's birthplace, remains loyal" (loyal to the revolution is no such word).
  pattern('governmentState', 'none', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>(?:remains?|remained|is|was|stays|stayed|appears\\s+to\\s+be|is\\s+believed\\s+to\\s+remain)\\s+(?:firmly\\s+|fiercely\\s+|staunchly\\s+|largely\\s+)?loyal)(?!\\s+to\\s+(?:the\\s+)?(?:${MARK.rebel}|uprising|council))`),
  // Held by neither: "Brega has become a no-man's land"; fought over: "The town has been a battleground since Friday".
  pattern('contested', 'none', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>(?:remains?|remained|is|was|been|became|become|becomes)\\s+(?:(?:a\\s+)?no[- ]man['’]s[- ]land|(?:a|the)\\s+(?:${W}\\s+){0,2}?(?:battleground|battlefield|war\\s+zone)(?![a-z\u00df-\u024f])))`),
  // "Misrata remains a key rebel stronghold", "Sirte, Gaddafi's birthplace, is a government stronghold": in the
  // present only, since "was a rebel stronghold" may be no longer.
  // ("The" may be the actor's own first word: "remains the opposition's capital".)
  pattern('actorState', 'after', `(?<p>${P})${APPOS}\\s+${IS_NOW}(?:(?:a|an|the)\\s+)?(?:${STATE_ADJ})(?<a>${A})(?:'s|')?\\s+(?<v>${STATE_ADJ}${STATE_NOUN})`),
  pattern('governmentState', 'none', `(?<p>${P})${APPOS}\\s+${IS_NOW_A}(?<v>${STATE_ADJ}(?:government|regime)\\s+${STATE_ADJ}${STATE_NOUN})`),
  // Not "the former rebel stronghold of Ras Lanuf".
  pattern('actorState', 'after', `(?:the\\s+)?${NO_LONGER}(?<a>${A})(?:'s|')?\\s+(?<v>${STATE_ADJ}${STATE_NOUN})(?:\\s+(?:of\\s+)?(?:the\\s+(?:city|town|port)\\s+of\\s+)?|(?:\\s+in\\s+the\\s+${BEARING})?\\s*,\\s*)(?<p>${P})`),
  // "the rebel city of Misrata", "the loyalist town of Sirte": a town named by the side that holds it.
  pattern('actorState', 'after', `the\\s+(?:besieged\\s+|embattled\\s+)?${NO_LONGER}(?<a>${A})(?:'s|')?\\s+(?<v>(?:city|town|enclave|port|outpost))\\s+of\\s+(?<p>${P})`),
  pattern('pronounState', 'none', `(?<v>their\\s+${STATE_ADJ}${STATE_NOUN})\\s+(?:of\\s+)?(?:the\\s+(?:city|town|port)\\s+of\\s+)?(?<p>${P})`),
  pattern('governmentState', 'none', `(?<v>${LEADER}'s\\s+${GAP(1)}(?:stronghold|bastion))\\s+(?:of\\s+)?(?<p>${P})`),
  // "Sirte remains Gaddafi's last stronghold on the coast".
  pattern('governmentState', 'none', `(?<p>${P})${APPOS}\\s+${IS_NOW}(?<v>${LEADER}'s\\s+${STATE_ADJ}${STATE_NOUN})`),
  pattern('hold', 'after', `(?<p>${P})(?:${PART_NAMED}|${APPOS})\\s+${AUX}(?<v>${BE_IN}(?:in|under)\\s+(?:the\\s+)?${FIRM}(?:hands\\s+of|control\\s+of)\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  pattern('hold', 'after', `(?<p>${P})(?:${PART_NAMED}|${APPOS})\\s+${AUX}(?<v>${BE_IN}(?:in|under)\\s+${FIRM})(?<a>${A})${WHOSE_HANDS}`),
  // Coming under a side's control is a change of hands: "Ajdabiya came under rebel control on March 26", "came back
  // under the control of Gaddafi's forces" (a retaking).
  ...([['capture', ''], ['retake', 'back\\s+']] as const).flatMap(([kind, back]) => [
    pattern(kind, 'after', `(?<p>${P})(?:${PART_NAMED}|${APPOS})\\s+${AUX}(?<v>${CAME_UNDER}${back}under\\s+${FIRM})(?<a>${A})(?:'s|')?\\s+control`),
    pattern(kind, 'after', `(?<p>${P})(?:${PART_NAMED}|${APPOS})\\s+${AUX}(?<v>${CAME_UNDER}${back}under\\s+(?:the\\s+)?${FIRM}control\\s+of\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  ]),
  // So is passing into a side's hands, and going back to them: "Brega passed into rebel hands", "Ajdabiya returned to
  // rebel control on March 26".
  ...([['capture', PASSED_INTO], ['retake', RETURNED_TO]] as const).map(([kind, verb]) =>
    pattern(kind, 'after', `(?<p>${P})(?:${PART_NAMED}|${APPOS})\\s+${AUX}(?<v>${verb}\\s+${FIRM})(?<a>${A})${WHOSE_HANDS}`),
  ),
  pattern('hold', 'after', `(?<p>${P})(?:\\s*,\\s*|${APPOS}\\s+(?:is|remains|remained|was)\\s+)(?:a|an|the)\\s+${GAP(8)}(?<v>(?:still\\s+|firmly\\s+)?(?:held|controlled)\\s+by\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  pattern('hold', 'after', `(?<p>${P})(?:\\s*,\\s*|${APPOS}\\s+(?:is|remains)\\s+)(?:a|an|the)\\s+${GAP(8)}(?<v>(?:still\\s+|firmly\\s+|now\\s+)?(?:in|under)\\s+${FIRM})(?<a>${A})${WHOSE_HANDS}`),
  // "The rebels in Misurata, the only major city in western Libya under their control,": whose, as "their stronghold".
  pattern('pronounState', 'none', `(?<p>${P})(?:\\s*,\\s*|${APPOS}\\s+(?:is|remains)\\s+)(?:a|an|the)\\s+${GAP(8)}(?<v>(?:still\\s+|firmly\\s+|now\\s+)?(?:in|under)\\s+${FIRM}(?:their|our)\\s+(?:hands|control))`),
  pattern('hold', 'after', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>(?:held|controlled|defended|run)\\s+by\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  // A region's towns listed after "including": "The rebels control much of the east, including Benghazi and
  // Ajdabiya", "Gaddafi's forces have retaken much of the coast, including Brega and Ras Lanuf"; "Much of the east,
  // including Benghazi, Tobruk and Derna, is now in the hands of the opposition".
  pattern('hold', 'after', regionListed(HOLDS)),
  // A stretch held from one town to another holds both: "Gadhafi loyalists now control the coast from Sirte to Brega".
  // The side may be set apart by a relative clause ("Gadhafi's forces, who two days ago were on the defensive, now hold
  // the coast from Sirte to the outskirts of Brega"); a stretch to a town's edge holds the town it starts from only.
  pattern('hold', 'after', `(?<a>${A})(?:${REL_ASIDE})?\\s+${AUX}(?<v>${HOLDS}\\s+${STRETCH}\\s+from)\\s+(?<p>${P})\\s+to\\s+(?:the\\s+(?:outskirts|edges?|gates?)\\s+of\\s+)?${P}`),
  pattern('hold', 'after', `(?<a>${A})(?:${REL_ASIDE})?\\s+${AUX}(?<v>${HOLDS}\\s+${STRETCH}\\s+from\\s+${P}\\s+to)\\s+(?<p>${P})`),
  pattern('retake', 'after', regionListed(RETAKE)),
  pattern('capture', 'after', regionListed(CAPTURE)),
  pattern('loss', 'after', regionListed(LOSS)),
  pattern('hold', 'after', `${REGION_LISTED}(?<v>${BE_IN}(?:(?:in|under)\\s+(?:the\\s+)?${FIRM}(?:hands\\s+of|control\\s+of)|held\\s+by)\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  pattern('hold', 'after', `${REGION_LISTED}(?<v>${BE_IN}(?:in|under)\\s+${FIRM})(?<a>${A})${WHOSE_HANDS}`),
  pattern('governmentState', 'none', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>${BE_IN}(?:in|under)\\s+${GOVERNMENT_HANDS})`),
  // A town loyal to the leader is his: "Sirte remains loyal to Gaddafi", "is still loyal to the Libyan leader".
  pattern('governmentState', 'none', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>${LOYAL}(?:the\\s+(?:libyan\\s+leader|regime|government)|${MARK.government}${MARK.fill}*))`),
  // "Brega came under government control on March 13": the adjective names the side, as "in government hands" does.
  pattern('governmentState', 'none', `(?<p>${P})(?:${PART_NAMED}|${APPOS})\\s+${AUX}(?<v>(?:${CAME_UNDER}(?:back\\s+)?under|${PASSED_INTO}|${RETURNED_TO})\\s+${GOVERNMENT_HANDS})`),
  // "Rebels say Brega is now in their hands": whose hands, as "their stronghold" says whose stronghold; "Brega is
  // under our control," a rebel spokesman said; "Misrata is ours": the speaker's.
  pattern('pronounState', 'none', `(?<p>${P})${APPOS}\\s+${AUX}(?:${BE_IN})(?<v>(?:in|under)\\s+${FIRM}(?:their|our)\\s+(?:hands|control))`),
  pattern('pronounState', 'none', `(?<p>${P})\\s+(?:is|remains|has\\s+been)\\s+(?:now\\s+|still\\s+)?(?<v>ours|theirs)(?![${LETTER}])`),
  // "Misrata is free", "Kufra is completely liberated": the side of the one who says so, in the present.
  pattern('pronounState', 'none', `(?<p>${P})\\s+(?:is|remains)\\s+(?:now\\s+|still\\s+)?(?:completely\\s+|fully\\s+|totally\\s+)?(?<v>free|liberated)(?=\\s*(?:[.!,;"”]|$))`),
  // A flag over a town says whose it is, once more too ("Gaddafi's green flag flies again over Ras Lanuf"): the
  // rebels' tricolour of the monarchy, Gaddafi's green. ("Rebel" and "opposition" are read as actors, so the rebels'
  // flag is an actor's token, with its possessive.)
  pattern('rebelState', 'none', `(?<v>(?:${MARK.rebel}${MARK.fill}*(?:'s|')?|independence|monarchy|monarchist|royal|pre-${LEADER}|red,\\s+black\\s+and\\s+green|tricolou?r)\\s+(?:flags?|banners?)${FLOWN_OVER('|waved')}`),
  pattern('rebelState', 'none', `(?<v>(?:(?:${MARK.rebel}${MARK.fill}*|their|the)\\s+)?tricolou?rs?${FLOWN_OVER('|waved')}`),
  pattern('governmentState', 'none', `(?<v>green\\s+(?:flags?|banners?)${FLOWN_OVER('')}`),
  // Passive changes of hands: "Brega was retaken by Gaddafi's forces", "Brega fell to the rebels".
  pattern('capture', 'after', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>(?:captured|seized|taken|overrun|stormed|liberated|occupied|crushed)\\s+${GAP(3)}by\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  pattern('retake', 'after', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>(?:retaken|recaptured|taken\\s+back|won\\s+back|regained|reclaimed)\\s+${GAP(3)}by\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  pattern('capture', 'after', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>${FELL}${FALLEN_TO})(?<a>${A})`),
  // And its fall told by a participle after the clause that names it: "Brega changed hands again on Friday, falling to
  // the rebels".
  pattern('capture', 'after', `(?<p>${P})${APPOS}\\s+[^,;:.]{1,60},\\s*(?<v>falling\\s+${FALLEN_TO})(?<a>${A})`),
  // Set free with no one named who did it: "State TV said Zintan had been \"cleansed\"" (freed by the side of the one
  // who says so).
  pattern('capture', 'speaker', `(?<p>${P})${APPOS}\\s+(?:has|have|had|was|were)\\s+(?:now\\s+)?(?:been\\s+)?(?:now\\s+)?["“]?(?<v>(?:liberated|freed|cleansed|purged|purified))["”]?(?!\\s+(?:of|by|from)(?![a-z\u00df-\u024f]))`),
  // "Fell back into government hands", "fell into rebel hands".
  pattern('capture', 'after', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>${FELL}into\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})(?:'s|')?\\s+hands`),
  pattern('governmentState', 'none', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>${FELL}into\\s+(?:government|regime)\\s+hands)`),
  // "Brega was lost to Gaddafi's forces", "was handed back to the rebels": taken by the side it went to.
  pattern('capture', 'after', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>(?:lost|handed\\s+(?:back|over)|surrendered|ceded)\\s+to\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  // "Ras Lanuf was abandoned by rebels", "Ajdabiya was freed from Gaddafi's forces", "Misrata was finally free of
  // Gaddafi's forces", "Bin Jawad was captured from the rebels", "wrested from rebel control", "slipped from rebel
  // control": left by the side named.
  pattern('loss', 'after', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>(?:abandoned|evacuated|vacated|given\\s+up)\\s+by\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  pattern('loss', 'after', `(?<p>${P})${APPOS}\\s+${AUX}["“]?(?<v>(?:(?:freed|free|liberated|cleared|rid|purged|cleansed|purified)\\s+(?:from|of)|(?:captured|taken|seized|retaken|recaptured|wrested|grabbed|won\\s+back|taken\\s+back)\\s+from)\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  pattern('loss', 'after', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>(?:slipped|slipping|slips|slip)\\s+(?:out\\s+of|from)\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})(?:'s|')?\\s+(?:control|hands|grip)`),
  pattern('capture', 'after', `(?<v>fall\\s+of)\\s+(?<p>${P})\\s+to\\s+(?:the\\s+)?(?<a>${A})`),
  // "Ras Lanuf's fall to Gaddafi's forces", "Brega's recapture by government forces".
  pattern('capture', 'after', `(?<p>${P})(?:'s|')\\s+(?<v>(?:fall|surrender)\\s+to|(?:capture|seizure|takeover|fall)\\s+by)\\s+(?:the\\s+)?${ACTOR_ADJ}(?<a>${A})`),
  pattern('retake', 'after', `(?<p>${P})(?:'s|')\\s+(?<v>(?:recapture|retaking|reconquest)\\s+by)\\s+(?:the\\s+)?${ACTOR_ADJ}(?<a>${A})`),
  // "The fall of Ras Lanuf … was a major setback for the rebels": lost by the side it set back (claims.ts).
  pattern('loss', 'before', `(?<v>fall\\s+of)\\s+(?<p>${P})(?!\\s+to\\s)`),
  // "The recapture of Brega by government forces", "the capture of Ajdabiya by rebels".
  pattern('retake', 'after', `(?<v>(?:recapture|retaking|reconquest)\\s+of)\\s+${NP}(?<p>${P})\\s+by\\s+(?:the\\s+)?(?<a>${A})`),
  pattern('capture', 'after', `(?<v>(?:capture|seizure|takeover|liberation|conquest)\\s+of)\\s+${NP}(?<p>${P})\\s+by\\s+(?:the\\s+)?(?<a>${A})`),
  pattern('target', 'after', `(?<p>${P})(?:${PART_NAMED}|${APPOS})\\s+${AUX}(?<v>(?:(?:came|come|comes|coming|was|were|is|are|remained|remains)\\s+)?under\\s+(?:heavy\\s+|fierce\\s+|renewed\\s+|sustained\\s+|intense\\s+)*(?:fire|attack|shelling|bombardment|siege|assault)\\s+(?:from|by)\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  pattern('target', 'after', `(?<p>${P})(?:${PART_NAMED}|${APPOS})\\s+${AUX}(?<v>(?:(?:remains?|remained)\\s+)?(?:shelled|bombarded|attacked|pounded|besieged|encircled|surrounded|hit|struck)\\s+${GAP(3)}by\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  pattern('attackedIn', 'before', `(?<v>(?:were|was|are|is|came|come|been)\\s+${GAP(2)}${ATTACKED})\\s+${GAP(5)}(?:in|at|inside)\\s+${NP}(?<p>${P})`),
  // "Gaddafi's forces pounded rebel positions in Brega": the side struck is in the place.
  pattern('attackedIn', 'after', `(?<v>(?:attack|attacks|attacked|attacking|shell|shells|shelled|shelling|bombard|bombards|bombarded|bombarding|bomb|bombs|bombed|bombing|pound|pounds|pounded|pounding|hit|hits|hitting|strike|strikes|struck|striking|(?:fired|firing|fire|fires)\\s+on|rocketed)\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})(?:\\s+(?:positions|fighters|forces|troops|units|lines|checkpoints?|convoys?|vehicles|trucks|tanks|armou?r|artillery|guns|men|soldiers))?\\s+(?:in|inside)\\s+${NP}(?<p>${P})`),
  // "Rebels in Zintan came under rocket fire", "Zintan's rebels repelled an assault", "…said they had come under
  // fire", a datelined story's "rebels here repelled an attack": the side in the place is struck.
  pattern('attackedIn', 'after', `(?<a>${A})\\s+(?:${inTown(3)})?(?:${P}${LIST_JOIN})*(?<p>${P})\\s+${STRUCK_HERE}`),
  // "Rebels in Zintan said government forces had shelled them for a third day": the side there is the one struck.
  pattern('attackedIn', 'after', `(?<a>${A})\\s+(?:${inTown(3)})(?<p>${P})\\s+(?:said|say|says)\\s+${WHEN_SAID}(?:that\\s+)?(?:the\\s+)?${SIDE}\\s+${AUX}(?<v>(?:shelled|pounded|attacked|bombarded|rocketed|(?:fired|firing)\\s+(?:rockets\\s+|shells\\s+)?(?:on|at))\\s+${MARK.pronoun}${MARK.fill}*)(?![${LETTER}])`),
  // "Insurgents in Zawiya were crushed": a side beaten where it was named has lost the town.
  pattern('loss', 'after', `(?<a>${A})\\s+(?:${inTown(0)})(?<p>${P})\\s+${AUX}(?<v>(?:were|was|had\\s+been|have\\s+been|has\\s+been)\\s+(?:${STILL})?(?:crushed|routed|defeated|overwhelmed|wiped\\s+out|overrun))(?![${LETTER}])`),
  // "In Zintan, rebels said they had repulsed an attack": the side struck where the sentence opens.
  pattern('attackedIn', 'after', `${IN_PLACE_OPENING}(?<a>${A})\\s+${STRUCK_HERE}`),
  pattern('attackedIn', 'after', `(?<p>${P})(?:'s|')\\s+(?<a>${A})\\s+${STRUCK_HERE}`),
  // And one that fights the other there: "Rebels in the besieged city of Misrata fought Gaddafi's troops street by street".
  pattern('contested', 'none', `${A}\\s+${inTown(2)}(?<p>${P})\\s+${AUX}(?<v>(?:fought|fighting|battled|battling|clashed\\s+with|clashing\\s+with)\\s+(?:the\\s+)?${A})`),
  // And the side there that holds out: "Rebels in Misrata, who have held out against government forces for seven weeks,".
  pattern('hold', 'after', `(?<a>${A})\\s+${inTown(0)}(?<p>${P})(?:\\s*,\\s*who\\s+|\\s+)${AUX}(?<v>${HOLD_OUT})(?![${LETTER}])`),
  // "Misrata's rebels have held out against Gaddafi's forces for seven weeks".
  pattern('hold', 'after', `(?<p>${P})(?:'s|')\\s+(?<a>${A})\\s+${AUX}(?<v>${HOLD_OUT})(?![${LETTER}])`),
  pattern('contested', 'none', `(?<p>${P})${APPOS}\\s+${AUX}(?<v>(?:changed|changing|change|changes)\\s+hands)`),
  pattern('contested', 'none', `(?<p>${P})\\s*,\\s*where\\s+${GAP(4)}(?<v>${FIGHTING})`),
  // "Misrata, where rebels have held out for six weeks,": the side that holds out there holds it.
  pattern('hold', 'after', `(?<p>${P})\\s*,\\s*where\\s+(?:the\\s+)?(?<a>${A})\\s+${AUX}(?<v>(?:held|holding|hold|holds)\\s+out|${IN_CONTROL})(?=\\s*[,;.]|\\s+(?:for|since|against)\\s)`),
  // Relative clauses that name the place first: "Ras Lanuf, which rebels captured on Sunday".
  pattern('capture', 'after', `(?<p>${P})\\s*,\\s*${REL_APPOS}(?:which|that)?\\s*(?:the\\s+)?(?<a>${A})\\s+${AUX}(?<v>${CAPTURE})(?!\\s+${NP}${P})`),
  pattern('retake', 'after', `(?<p>${P})\\s*,\\s*${REL_APPOS}(?:which|that)?\\s*(?:the\\s+)?(?<a>${A})\\s+${AUX}(?<v>${RETAKE})(?!\\s+${NP}${P})`),
  pattern('loss', 'after', `(?<p>${P})\\s*,\\s*${REL_APPOS}(?:which|that)?\\s*(?:the\\s+)?(?<a>${A})\\s+${AUX}(?<v>(?:lost|abandoned|ceded|surrendered|evacuated|gave\\s+up))(?!\\s+${NP}${P})`),
  // "Ras Lanuf, abandoned by the last rebel fighters on Friday,": the same aside with a participle.
  pattern('loss', 'after', `(?<p>${P})\\s*,\\s*(?<v>(?:abandoned|evacuated|deserted|ceded|lost)\\s+by\\s+(?:the\\s+)?(?:last\\s+|remaining\\s+)?${ACTOR_ADJ})(?<a>${A})`),
  pattern('enter', 'after', `(?<p>${P})\\s*,\\s*${REL_APPOS}(?:which|that)\\s*(?:the\\s+)?(?<a>${A})\\s+${AUX}(?:only\\s+)?(?<v>(?:entered|reached))(?!\\s+${NP}${P})`),
  // Held up to now ("which government forces have held since April 1"), or on a day ("which the rebels briefly held on
  // Monday"), not once ("which rebels held in March").
  pattern('hold', 'after', `(?<p>${P})\\s*,\\s*${REL_APPOS}(?:which|that)\\s*(?:the\\s+)?(?<a>${A})\\s+(?:(?:still|now|firmly)\\s+)?(?<v>(?:ha(?:ve|s)\\s+(?:(?:long|firmly|since)\\s+)?(?:held|controlled)|hold|holds|control|controls|(?<=still\\s+)(?:held|controlled)|(?:briefly\\s+)?(?:held|controlled)(?=\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?(?:${WEEKDAY}|yesterday)(?![a-z]))))(?!\\s+${NP}${P})`),
  // Active, with the actor before the verb, or found by the refiners.
  pattern('retake', 'before', `(?<v>${RETAKE})\\s+${HELD_BY_NAME}${NP}(?<p>${P})`),
  pattern('capture', 'before', `(?<v>${CAPTURE})\\s+${HELD_BY_NAME}${NP}(?<p>${P})`),
  // "Government forces crushed the uprising in Zawiya": a town's rising put down is the town taken.
  pattern('capture', 'before', `(?<v>(?:crushed|crushing|crush|quelled|quelling|quell|suppressed|suppressing|put\\s+down|putting\\s+down|stamped\\s+out)\\s+(?:the\\s+|an?\\s+)?(?:${W}\\s+)?(?:uprising|revolt|rebellion|insurrection|resistance)\\s+in)\\s+${NP}(?<p>${P})`),
  pattern('loss', 'before', `(?<v>${LOSS})\\s+${HELD_BY_NAME}${NP}(?<p>${P})`),
  // "Rebel fighters abandoned their positions in Ras Lanuf overnight": the side's positions there are its hold on it.
  pattern('loss', 'before', `(?<v>(?:abandoned|abandoning|abandons?|evacuated|evacuating|evacuates?|gave\\s+up|giving\\s+up|gives?\\s+up)\\s+(?:their|its|his)\\s+(?:last\\s+)?positions\\s+(?:in|inside))\\s+(?<p>${P})`),
  // "Drove Gaddafi's forces out of Ajdabiya", "from Brega"; "pushed back from" a town may be out of it or off its
  // approaches (Gaddafi's forces from Benghazi on 19 March 2011, which they never held): fought over, no more.
  pattern('contested', 'none', `(?<v>(?:drove|driven|driving|drive|pushed|pushing|push|forced|forcing|force|beaten|beat|chased|chasing|chase)\\s+(?:(?:the\\s+)?${A}\\s+)?back\\s+from)\\s+${NP}(?<p>${P})`),
  pattern('capture', 'before', `(?<v>(?:drove|driven|driving|drive|pushed|pushing|push|forced|forcing|force|chased|chasing|chase|expelled|expelling|expel|routed|routing|rout|ousted|ousting|oust|kicked|kicking|kick|threw|throwing|throw)\\s+(?:the\\s+)?${A}\\s+(?:(?:back\\s+)?out\\s+of|from))\\s+${NP}(?<p>${P})`),
  pattern('loss', 'before', `(?<v>${FLEE})\\s+${GAP(8)}(?:from|out\\s+of)\\s+${NP}(?<p>${P})`),
  pattern('loss', 'before', `(?<v>(?:fled|fleeing|flee|flees))\\s+(?:the\\s+(?:[a-z-]+\\s+){0,2}?(?:town|city|village|port|terminal)\\s+of\\s+)?(?<p>${P})`),
  // "Rebels who had held the oil town of Ras Lanuf for a week pulled back east on Saturday": what they held is what
  // they left, on the day they left it.
  pattern('loss', 'before', `(?<v>(?:who|that)\\s+had\\s+(?:held|controlled|occupied)\\s+${NP}(?<p>${P})\\s+for\\s+[^,;.]{1,30}?,?\\s+${FLEE})(?![${LETTER}])`),
  // "Streamed east out of Brega", "poured out of Ras Lanuf": a crowd leaving the town.
  pattern('loss', 'before', `(?<v>(?:streamed|streaming|poured|pouring|rushed|rushing|raced|racing|drove|driving|headed|heading|scrambled|scrambling)\\s+(?:(?:east|west|north|south|back)(?:ward)?\\s+)?out\\s+of)\\s+${NP}(?<p>${P})`),
  // "The rebels' grip on Ajdabiya", "Gaddafi's hold on Sirte": the side holds it.
  pattern('hold', 'after', `(?:the\\s+)?(?<a>${A})(?:'s|')?\\s+(?<v>${GRIP})\\s+${NP}(?<p>${P})`),
  pattern('pronounState', 'none', `(?<!(?:lost|losing|lose|loses|loosened|loosening|loosen|relinquished|relinquishing|relaxed|weakened)\\s+)(?<v>their\\s+${GRIP})\\s+${NP}(?<p>${P})`),
  pattern('loss', 'before', `(?<v>(?:${FLEE}|retreat|(?:beat|beating|beaten)\\s+a\\s+(?:hasty\\s+)?retreat)\\s+from\\s+(?:the\\s+)?${FIGHTING})\\s+${GAP(4)}(?:in|near|around|at|outside|for)\\s+${NP}(?<p>${P})`),
  pattern('enter', 'before', `(?<v>${ENTER})\\s+${HELD_BY_NAME}${NP}(?<p>${P})`),
  pattern('advance', 'before', `(?<v>${ADVANCE})\\s+${NP}(?<p>${P})`),
  // "fought for control of Brega": control sought is a contest, not a hold.
  pattern('hold', 'before', `(?<!(?:for|over)\\s+(?:(?:the|full|total|complete)\\s+)?)(?<v>${HOLD})\\s+${NP}(?<p>${P})`),
  // Where a side is driven back to, it is: "pushed Gaddafi's troops back to Brega".
  pattern('hold', 'after', `(?<v>(?:pushed|pushing|push|pushes|drove|driven|driving|drive|drives|forced|forcing|chased|chasing|chase|chases|beat|beaten|beating)\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})\\s+(?:all\\s+the\\s+way\\s+)?back\\s+(?:to|into|as\\s+far\\s+(?:east\\s+|west\\s+)?as)\\s+${NP}(?<p>${P})`),
  // Where a retreat ends, the side that retreated is: "the rebels fell back to Ajdabiya" (not where families fled:
  // "several families had fled into Zintan").
  pattern('hold', 'before', `(?<!(?:families|residents|civilians|people|refugees|thousands|hundreds|women|children|migrants|workers)\\s+(?:had\\s+|have\\s+|were\\s+|also\\s+)?)(?<v>(?:(?:retreated|retreating|retreats?|fled|fleeing|flees?|withdrew|withdrawn|withdrawing|withdraws?|fell\\s+back|fallen\\s+back|falling\\s+back|falls?\\s+back|pulled\\s+back|pulls?\\s+back)\\s+${GAP(2)}|(?:were|was|been|being)\\s+(?:pushed|driven|forced)\\s+back\\s+${GAP(2)}|(?:pushed|driven|forced)\\s+back\\s+(?=to\\s))(?:to|into|as\\s+far\\s+(?:east\\s+|west\\s+)?as)|(?:fell|falling|fall|falls)\\s+back\\s+on)\\s+${NP}(?<p>${P})`),
  // "Government forces took Ajdabiya on March 17 but were forced out on March 26" ("…before being driven out on
  // Saturday"): the town taken is the one the subject was forced out of, on a day of its own (with none, the taking
  // was only thrown back: claims.ts).
  pattern('loss', 'before', `(?<p>${P})(?:(?!\\s+(?:but|before)\\s)[^,;:.])*?,?\\s+(?:but|before)\\s+(?<v>(?:were|was|had\\s+been|being)\\s+(?:later\\s+|then\\s+|soon\\s+|eventually\\s+)?(?:forced|driven|pushed|chased|thrown)\\s+(?:back\\s+)?out)(?=\\s+(?:on|in|by|last|early|late)\\s)`),
  // An attack that failed: "Gaddafi's forces were repelled from Ajdabiya" attacked it, and its side held it; so with
  // a headline's "Gaddafi's Forces Routed at Ajdabiya", and a side ambushed in a town, where the other lay in wait.
  pattern('target', 'before', `(?<v>(?:(?:were|was|are|is|been|being)\\s+)?(?:(?:repelled|repulsed|beaten\\s+back|turned\\s+back)\\s+(?:from|at|outside|near)|routed\\s+(?:at|outside|near)|ambushed\\s+(?:at|in|inside)))\\s+${NP}(?<p>${P})`),
  pattern('target', 'after', `(?<v>(?:ambushed|ambushing|ambush|ambushes)\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})(?:\\s+(?:fighters|forces|troops|units|convoys?|soldiers))?\\s+(?:in|inside|at)\\s+${NP}(?<p>${P})`),
  // Not an adjective: "rebels in the besieged city of Misrata" are besieged, not besieging; "airstrikes hit Gadhafi's
  // forces around besieged Ajdabiya" says nothing of who is besieged, nor do "two besieged enclaves – Misrata and…".
  pattern('target', 'before', `(?!(?<=(?:the|a|an|in|into|around|near|outside|inside|from|to|toward|towards|at|of|for)\\s+)(?:besieged|encircled|surrounded|shelled|bombarded|bombed|attacked|pounded|threatened)\\s)(?!(?:besieged|encircled|surrounded)\\s+(?:${W}\\s+)?(?:enclaves?|towns?|city|cities|villages?|ports?|outposts?|pockets?)(?![${LETTER}]))(?<v>${TARGET})\\s+${NP}(?<p>${P})`),
  // "In Misrata, government forces continued to shell residential neighbourhoods" ("In Misrata, the besieged city 130
  // miles east of Tripoli, …"): shelled from outside, the town that opens the sentence is the other side's. Not an
  // attack, which may come from inside: "In Misrata, rebels attacked government snipers on Tripoli Street".
  pattern('target', 'after', `${IN_PLACE_OPENING}(?<a>${A})\\s+${AUX}(?:(?:continued|continue|continues|kept\\s+up)\\s+(?:to\\s+)?)?(?<v>shelled|shelling|shell|shells|pounded|pounding|pound|pounds|bombarded|bombarding|bombard|bombards|rocketed|(?:fired|firing|fire|fires|lobbed|launched)\\s+${MUNITIONS}(?:at|on|into))(?![${LETTER}])(?!\\s+${NP}${P})`),
  // "In Tripoli, the capital, Colonel Qaddafi remained in control": in control of the town the sentence opens with.
  pattern('hold', 'after', `${IN_PLACE_OPENING}(?<a>${A})\\s+${AUX}(?<v>${IN_CONTROL})(?=\\s*(?:[,;.]|$))`),
  // "an attack by Gaddafi's forces on Zintan": the attacker named after the noun.
  pattern('target', 'after', `(?<v>(?:offensive|assault|attacks?|advance|push|counter-?offensive|counterattack|onslaught|siege|bombardment|shelling)\\s+by\\s+(?:the\\s+)?${ACTOR_ADJ})(?<a>${A})\\s+(?:on|against|toward|towards|of)\\s+${NP}(?<p>${P})`),
  // "kept Misrata under siege": the place held under fire is the other side's (the verb spans it, so "kept" alone
  // is no hold).
  pattern('target', 'before', `(?<v>(?:kept|keeping|keep|keeps|held|holding|hold|holds)\\s+${NP}(?<p>${P})\\s+under\\s+(?:heavy\\s+|constant\\s+|tight\\s+|a\\s+)*(?:siege|fire|attack|bombardment|shelling|blockade))`),
  pattern('contested', 'none', `(?<v>(?:for|over)\\s+(?:(?:the|full|total|complete)\\s+)?control\\s+of)\\s+${NP}(?<p>${P})`),
  // The sides may stand between the fighting and its place: "clashes between rebels and Gaddafi's forces in Brega".
  // A front line "near" or "outside" a town runs by it, not through it: the town is on one side.
  pattern('contested', 'none', `(?<v>${FIGHTING})(?<!${FRONT})\\s+(?:${NOT_RELATIVE}(?:${W}|${A})\\s+){0,6}?(?:for\\s+(?:a|the)\\s+(?:second|third|fourth|fifth|sixth|seventh|\\d+(?:st|nd|rd|th))\\s+(?:(?:straight|consecutive|successive)\\s+)?(?:day|night)\\s+)?(?:in|around|for|over|at|along|inside|across|within|on|of|to)\\s+${NOT_RELATIVE}${NP}(?<p>${P})`),
  // A front line "between" two towns runs between them: "the front line between the rebel-held town of Ajdabiya and Brega".
  pattern('contested', 'none', `(?<v>${FRONT})\\s+(?:(?!between\\s)${NOT_RELATIVE}(?:${W}|${A})\\s+){0,6}?(?:in|for|over|at|along|inside|across|within|on|of|to)\\s+${NOT_RELATIVE}${NP}(?<p>${P})`),
  pattern('violence', 'none', `(?<v>${VIOLENCE})\\s+${GAP(4)}(?:in|on|over|at|hit|struck|rained\\s+(?:down\\s+)?on|fell\\s+on|exploded\\s+over|landed\\s+in|pounded|slammed\\s+into)\\s+${NP}(?<p>${P})`),
];

/**
 * More places joined to one a pattern found: "abandoned Bin Jawwad and the oil port of Ras Lanuf", "took Brega,
 * Ras Lanuf and Bin Jawad", "Ras Lanuf and Gaddafi's ancestral home of Sirt". Only a name or "the town of" may stand before each: ", about 30 miles west of Ras Lanuf"
 * is an aside, and "shelled Brega and took Ras Lanuf" another verb's object, not a second place.
 */
/** A verb of its own after "and": "shelled Brega and (then) took the town of Ras Lanuf". */
const ANOTHER_VERB = `(?:(?:then|later|also|soon|quickly|finally)\\s|(?:${CAPTURE}|${RETAKE}|${LOSS}|${ENTER}|${TARGET}|${HOLD}|${FLEE})\\s)`;
export const COORDINATED = new RegExp(
  `^(?:\\s*,?\\s+as\\s+well\\s+as\\s+|${LIST_JOIN})(?:(?!${ANOTHER_VERB})(?:${W}\\s+){0,3}?(?:town|city|port|village|terminal|home|hometown|birthplace|capital|stronghold)\\s+of\\s+)?(${P})`,
);

/** A day said right after a place: " on Tuesday", " late on Friday night", " on March 26", " by the 28th". */
const ON_DAY = `\\s+(?:on\\s+|late\\s+on\\s+|early\\s+on\\s+|by\\s+)?(?:${WEEKDAY}${PART}|${MONTH}\\s+${ORD}|(?:the\\s+)?${ORD}\\s+(?:of\\s+)?${MONTH}|the\\s+${ORD})(?![${LETTER}0-9])`;
/**
 * One more object of the verb with a day of its own, after the day of the one before: "lost Ras Lanuf on Tuesday
 * and Brega on Wednesday". The day of each is its own; the second's is in `day`.
 */
export const DATED_NEXT = new RegExp(
  `^${ON_DAY}${LIST_JOIN}(?:(?!${ANOTHER_VERB})(?:${W}\\s+){0,3}?(?:town|city|port|village|terminal)\\s+of\\s+)?(?<p>${P})(?<day>${ON_DAY})`,
  'd',
);

/**
 * A place joined before the one a pattern found as its subject: "Brega and Ras Lanuf fell to government forces".
 * Only in a list that opens its sentence, after a phrase and its comma at most ("By Wednesday, Brega and Ras Lanuf
 * had fallen"), or the side's in it ("Rebels in Nalut and Zintan have been under siege"): in "rebels fled Brega and
 * Ras Lanuf fell", Brega is another verb's object.
 */
export const COORDINATED_BEFORE = new RegExp(`(${P})${LIST_JOIN}$`);
export const LIST_OPENS = new RegExp(`^(?:[^,;:${ANY_MARK}]*,\\s*)?(?:both\\s+)?$|^[^,;:${ANY_MARK}]*${A}\\s+(?:${inTown(0)})$`);

/**
 * What may follow a place joined to another for it to be one more object of the verb: the sentence's end, a mark,
 * a conjunction, a preposition, a date word. "…fled Brega, Ajdabiya residents said", "captured Brega and Benghazi
 * celebrated", "Benghazi-based officials said": a place followed by a noun or a verb is that clause's own.
 */
export const COORDINATED_END = /^(?:\s*$|\s*[,.;:!?)"'\u2014\u2013]|\s+(?:and|or|but|as|on|in|at|by|since|until|after|before|while|when|which|where|who|with|from|to|toward|towards|into|during|over|under|for|last|this|early|late|earlier|later|overnight|yesterday|today|tonight|again|too|also|respectively|both|within|near|outside|inside|along|amid|despite|without|unopposed|through|throughout|-{1,2})(?![a-z\u00df-\u024f]))/;

/** An attack named by a noun ("an attack on Zintan"), whose attacker need not be the sentence's subject. */
export const NOMINAL_ATTACK = /^(?:offensive|assault|attacks?|advance|push|march|counter-?offensive|counterattack|onslaught|siege|bombardment|shelling)\s/;

/**
 * The verb a subject meets an attack with, just before the attack's noun ("repelled an attack on", "braced for an
 * assault on"): the subject is the side attacked. `awaited` where the attack has not come. A possessive between
 * ("halted their advance", "repelled Gaddafi's attack") names the attacker itself.
 */
export const MET_ATTACK = new RegExp(
  `(?<![${LETTER}])(?:(?<done>repel|repuls|beat(?:en)?\\s+back|beating\\s+back|fought\\s+off|fighting\\s+off|fend(?:ed|ing)?\\s+off|held\\s+off|holding\\s+off|foil|thwart|withst[oa]od|withstand|surviv|resist|rebuff|halt|stopp?|block|blunt|stall|defend(?:ed|ing)?\\s+against)[${LETTER}]*|(?<awaited>fear(?:ed|ing|s)?|(?:brac|prepar)[${LETTER}]*\\s+for|warn[${LETTER}]*\\s+of|await[${LETTER}]*|expect[${LETTER}]*))\\s+(?:(?!(?:their|its|his|our|my)\\s)[^\\s,;:${ANY_MARK}]+\\s+){0,3}$`,
);

/** Verbs that change hands, by kind: these carry `before`. */
export const CHANGES_HANDS: ReadonlySet<EventKind> = new Set(['capture', 'retake', 'loss', 'enter']);

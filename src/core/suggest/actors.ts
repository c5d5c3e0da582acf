/**
 * Who acts in a sentence: every way the press of 2011 names the two sides, found with their spans. A pronoun
 * ("they") is an actor whose side comes from the sentences before it.
 */
import type { Span } from '../types.ts';

export type ActorSide = 'rebel' | 'government';

export interface Actor extends Span {
  /** Null for a pronoun, whose side the caller works out from what came before. */
  side: ActorSide | null;
  text: string;
}

/**
 * A letter or digit of the Latin script, lowercase: the text is lowercased before it is read, and a plain class
 * compiles in a fraction of the time `\p{L}` takes (the first suggestion in a page pays for every pattern).
 */
export const LETTER = 'a-z0-9\u00df-\u024f';

const LEADER = String.raw`(?:(?:col(?:onel|\.)?|muammar|moammar|moamer|mu'ammar|muamar|leader)\s+){0,2}(?:(?:el|al)-)?(?:gaddafi|qaddafi|gadhafi|kadhafi|qadhafi|kaddafi|kadafi|gadafi|gaddafy|gadafy|khadafy|qathafi|gathafi|qadafi|gadaffi)`;
/** The leader by his name, or by his title alone: "the Libyan leader", "the colonel". */
export const LEADER_OR_TITLE = String.raw`(?:${LEADER}|the\s+(?:libyan\s+)?leader|the\s+colonel)`;
/** The leader as a noun phrase may call him: "the embattled Libyan leader Colonel Muammar Gaddafi". */
const LEADER_CALLED = String.raw`(?:the\s+)?(?:embattled\s+|libyan\s+)?(?:leader\s+)?(?:colonel\s+|col\.?\s+|muammar\s+|moammar\s+)*${LEADER}`;
const THE_GOVERNMENT = String.raw`the\s+(?:libyan\s+)?government`;
export const POSSESSIVE = String.raw`(?:'s|s'|')`;
const FORCE = String.raw`(?:forces?|troops|army|loyalists|fighters|soldiers|militias?|militiamen|men|brigades?|tanks|units|military|supporters|artillery|snipers|mercenaries|gunmen|armou?r|guns|gunners|warplanes|jets|columns?|convoys?|positions|battalions?|security forces|regime|government)`;
const REBEL_FORCE = String.raw`(?:forces?|fighters?|troops|army|units|volunteers|militias?|soldiers|commanders?|ranks|positions|convoys?|columns?|gunmen|leaders?|men|movement|side|brigades?|militiamen)`;

const GOVERNMENT = [
  String.raw`${LEADER}${POSSESSIVE}(?=\s+(?:advance|push|offensive|assault|march|attack|counter-?offensive|counterattack|bombardment|shelling|onslaught|drive|siege|recapture|capture|artillery|rockets|tanks|control|hands|grip)\b)`,
  String.raw`${LEADER}${POSSESSIVE}\s+(?:own\s+|loyal\s+|remaining\s+|resurgent\s+|better-armed\s+|heavily\s+armed\s+)*(?:military\s+)?${FORCE}`,
  String.raw`(?:troops|forces|soldiers|units|fighters|tanks|brigades?|battalions?|militias?|militiamen|gunmen|snipers|men|columns?)\s+loyal\s+to\s+${LEADER_CALLED}`,
  String.raw`pro-${LEADER}(?:\s+(?:forces|troops|fighters|militias?|units|brigades?|loyalists|soldiers|gunmen|tanks|army))?`,
  // A headline's "Qaddafi forces", "Gaddafi troops": the leader's name with no possessive.
  String.raw`${LEADER}\s+(?:loyalists|forces|troops|soldiers|tanks|militias?|brigades?|battalions?|kataeb|fighters|units|army|gunmen|snipers|artillery|supporters)`,
  String.raw`loyalist(?:s|\s+(?:forces|troops|fighters|units|tanks|soldiers|army|militias?))?`,
  String.raw`(?:the\s+|libyan\s+|libya's\s+)?government(?:'s)?\s+(?:forces|troops|army|soldiers|units|tanks|artillery|fighters|militias?|loyalists|military|gunners|snipers|gunmen|militiamen|warplanes|jets|brigades?|battalions?)`,
  String.raw`(?:the\s+)?regime(?:'s)?\s+(?:forces|troops|loyalists|army|tanks|fighters)`,
  // "a government assault on Misrata": the government as the attacker a noun of attack names, after an article
  // (not "fled before government shelling", where the shelling is only what they fled).
  String.raw`(?:the|an?)\s+(?:(?:new|fresh|renewed|major|heavy|fierce|massive|sustained)\s+)?government(?=\s+(?:advance|push|offensive|assault|attacks?|counter-?offensive|counterattack|bombardment|shelling|onslaught|siege)\b)`,
  String.raw`the\s+regime`,
  String.raw`(?:the\s+)?khamis(?:'s)?\s+(?:brigade|forces|32nd\s+brigade)`,
  String.raw`(?:the\s+)?32nd\s+brigade`,
  String.raw`loyal\s+(?:troops|forces|soldiers|units)`,
  String.raw`(?:the\s+)?libyan\s+(?:army|military|troops|soldiers|forces|tanks)`,
  String.raw`libya's\s+(?:army|military|armed\s+forces|troops|soldiers)`,
  // The leader by his title, only with his forces: a rebel colonel or leader has men too.
  String.raw`the\s+(?:colonel|libyan\s+leader|libyan\s+strongman|dictator)${POSSESSIVE}\s+(?:own\s+|loyal\s+|remaining\s+)*${FORCE}`,
  String.raw`(?:forces|troops|soldiers|units|fighters|militias?)\s+loyal\s+to\s+(?:the\s+)?(?:regime|government|colonel|libyan\s+leader|libyan\s+strongman)`,
  String.raw`pro-(?:regime|government)\s+(?:forces|troops|fighters|militias?|units|brigades?|loyalists|soldiers|gunmen|tanks)`,
  String.raw`(?:government|regime)-backed\s+(?:forces|troops|fighters|militias?|units|gunmen)`,
  // "The army", "the armed forces" of a Libyan story are the government's; the rebels' is "the rebel army", read first.
  // A headline drops the article: "Army Retakes Brega".
  String.raw`(?:the\s+|^)(?:(?:heroic|valiant|brave|libyan|national|regular)\s+)?(?:army|armed\s+forces)`,
  // So are troops and soldiers that open a sentence with no one's name ("Troops recaptured the oil port of Brega"): the
  // rebels' are fighters, or named.
  String.raw`^(?:troops|soldiers)(?=\s)`,
  String.raw`mercenaries`,
  // The regime's police and militias: the rebels had none of that name.
  String.raw`(?:the\s+)?security\s+forces`,
  // "The battalions" (kataeb) are the regime's in the rebels' own words; theirs are named so ("rebel battalions").
  String.raw`the\s+(?:battalions|kataeb|katibas?)`,
  // The government in Tripoli as the one who acts ("the government had taken the village"), as "the regime" is, before
  // its verb or in whose hands a town is: not its hold or its columns, where a side before it may still be the subject.
  // The rebels' is named so ("the transitional government").
  String.raw`(?<=(?:hands|control)\s+of\s+)${THE_GOVERNMENT}(?!'|\s+(?:forces|troops))`,
  String.raw`${THE_GOVERNMENT}(?=\s+(?:(?:had|has|have|is|was|were|also|now|still|then|later|reportedly|apparently|claimed|claims|said|says|insisted|announced|declared|took|retook|holds|held|controls|regained|lost|[a-z]+ed)(?![a-z])))`,
  // The leader himself, as the one who acts ("Gaddafi retook Brega"), but not in "Gaddafi's hometown".
  String.raw`${LEADER}(?!${POSSESSIVE}|-)`,
];

const REBEL = [
  String.raw`anti-${LEADER}\s+(?:forces?|fighters|rebels|troops|militias?|army|units)`,
  String.raw`(?:the\s+)?rebel(?:s'|'s)?\s+(?:held\s+)?${REBEL_FORCE}`,
  String.raw`rebels?`,
  String.raw`(?:the\s+)?opposition(?:'s)?(?:\s+(?:forces|fighters|troops|army|units|militias?))?`,
  String.raw`anti-(?:government|regime)\s+(?:forces|fighters|rebels|troops|militias?|army|units)`,
  String.raw`(?:the\s+)?(?:national\s+liberation\s+army|free\s+libya(?:n)?\s+(?:forces|army|fighters))`,
  String.raw`insurgents?`,
  String.raw`revolutionaries`,
  // "The youth of the revolution", as the regional press of February 2011 called the rebels.
  String.raw`(?:the\s+)?(?:revolution(?:ary)?\s+youths?|youths?\s+of\s+the\s+(?:revolution|uprising))`,
  String.raw`(?:the\s+|a\s+)?revolutionary\s+(?:forces?|fighters|army|ranks)`,
  String.raw`freedom\s+fighters`,
  String.raw`(?:the\s+)?(?:interim\s+|transitional\s+)?national\s+(?:transitional\s+)?council(?:'s)?(?:\s+(?:forces|fighters|troops))?`,
  String.raw`(?:ntc|tnc)(?:'s)?\s+(?:forces|fighters|troops)`,
  String.raw`the\s+(?:rebellion|revolution)`,
  String.raw`shabab|thuwar`,
  // The volunteers of a front are the rebels' ("the volunteers drove into Bin Jawad"); the Red Crescent's are no side.
  String.raw`(?<!(?:crescent|cross|aid|medical|relief|hospital|humanitarian|un|ngo)\s+)(?:the\s+)?volunteers`,
  // In the first days of the revolt the press called them protesters: "Misrata was in the hands of protesters" (a
  // fight with them in a town is no one's hold of it: claims.ts).
  String.raw`(?:anti-(?:government|regime|${LEADER})\s+)?(?:protesters|protestors|demonstrators)`,
  // "Armed opponents of Muammar Gaddafi": his opponents, not him.
  String.raw`(?:(?:armed|the)\s+)?(?:opponents|enemies)\s+of\s+(?:${LEADER_CALLED}|the\s+(?:regime|government))`,
  // The government's words for them: "Brega has been purged of armed gangs", "cleansed of the terrorists".
  String.raw`(?:armed|terrorist|criminal)\s+gangs(?!\s+loyal)`,
  String.raw`(?:the\s+)?(?:terrorists|terrorist\s+(?:groups|elements|militias))(?!\s+loyal)`,
];

// "His forces" are Gaddafi's where the passage has just named him, else those of whoever it names: a pronoun, as
// "its forces" are ("The government said its forces had retaken…"). So
// are "the fighters", who are the fighters the passage has named ("Opposition fighters retreated from Bin Jawad.
// The fighters had taken it on Saturday night").
// "The army said it had retaken Brega": "it" after a verb of saying is the one who said it.
/** When something was said, between the verb and what was: "said on Thursday it had…", "said late on Friday that". */
export const WHEN_SAID = String.raw`(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+|(?:yesterday|today|earlier|later|overnight|on\s+state\s+television)\s+)?`;
const PRONOUN = String.raw`they|them|we|us|the\s+fighters(?!\s+(?:loyal|of|from|on\s+both))|(?:his|their|our|its)\s+(?:own\s+|loyal\s+|remaining\s+)?(?:forces|troops|loyalists|army|men|military|tanks|brigades|fighters|units|pick-?ups|trucks|vehicles|convoys?|columns?|artillery|guns|gunners|snipers|warplanes|jets|rockets)|(?<=(?:said|says|claimed|claims|announced|insisted|insists)\s+${WHEN_SAID}(?:that\s+)?)it(?=\s+(?:had|has|was|is|now|still|would|will|controls?|controlled|held|holds?))`;

const ACTOR = new RegExp(
  String.raw`(?<![${LETTER}-])(?:(?<gov>${GOVERNMENT.join('|')})|(?<rebel>${REBEL.join('|')})|(?<pronoun>${PRONOUN}))(?![${LETTER}-])`,
  'g',
);

/** Every actor in `text` (a sentence, curly apostrophes already straightened), leftmost-longest, in order. */
export function findActors(text: string): Actor[] {
  const actors: Actor[] = [];
  for (const match of text.matchAll(ACTOR)) {
    const groups = match.groups ?? {};
    const side: ActorSide | null = groups.gov ? 'government' : groups.rebel ? 'rebel' : null;
    actors.push({ start: match.index, end: match.index + match[0].length, side, text: match[0] });
  }
  return actors;
}

/** Whether `text` names the leader, so that "his forces" in it or after it are his. */
export function namesLeader(text: string): boolean {
  return LEADER_NAME.test(text);
}

const LEADER_NAME = new RegExp(String.raw`(?<![${LETTER}-])${LEADER_OR_TITLE}(?![${LETTER}])`, 'i');

/**
 * Who spoke for each side in 2011, named without their title once an article has given it ("Moussa Ibrahim told
 * reporters"): the government's spokesman and ministers; the rebels' council and commanders. Hyphens read as spaces.
 */
const SPOKESPEOPLE: readonly [RegExp, ActorSide][] = [
  [/\b(?:m[ou]u?ss?a ibrahim|khal[ei]d (?:al )?kaa?i?m|abd ?(?:el|ul|al)? ?ati (?:al )?obeidi|baghdadi (?:al )?mahmou?di)\b/, 'government'],
  [
    /\b(?:must[ao](?:ph|f)a abd ?(?:el|ul|al)? ?jalil|mahmou?d jibril|abd ?(?:el|ul|al)? ?fatt?ah y[ou]u?n[iue]s|khalifa h[aie]ft[ae]r|must[ao](?:ph|f)a gh[ae]r[iy]ani|abd ?(?:el|ul|al)? ?hafiz ghoga|ahmed (?:omar )?bani|ali tarhouni|omar (?:al )?hariri|jalal (?:al )?gallal)\b/,
    'rebel',
  ],
];

export function sideOfSpokesperson(speaker: string): ActorSide | null {
  const name = speaker.toLowerCase().replace(/[-\u2010\u2011]/g, ' ');
  return SPOKESPEOPLE.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

export function opposite(side: ActorSide): ActorSide {
  return side === 'rebel' ? 'government' : 'rebel';
}

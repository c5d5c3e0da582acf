/**
 * From patterns to claims: for every event a pattern finds, the refiners decide whose side it is (sides.ts),
 * whether it happened (modality), whether it is history,
 * and which day it took place, with the words that fixed it. What they cannot decide is dropped: a wrong claim on
 * a map is worse than a missing one.
 */
import type { Side, Span } from '../types.ts';
import { opposite, type ActorSide } from './actors.ts';
import { claimantOf } from './claimant.ts';
import { BEARING, CHANGES_HANDS, COORDINATED, COORDINATED_BEFORE, COORDINATED_END, DATED_NEXT, EVENT_OF, FRONT, LIST_OPENS, NOMINAL_ATTACK, PART_NOUN, PATTERNS, type EventKind } from './events.ts';
import { answered, fightModality, modalityOf, ownWordFrom, REPORTED, type Modality } from './modality.ts';
import { closerOf, type Reading } from './reading.ts';
import { blanked, MARK, type Analysed } from './sentence.ts';
import type { SuggestedClaim } from './types.ts';
import { clauseStartBefore } from './clauses.ts';
import { dateOf, dayNamed } from './dating.ts';
import { celebrated, metAttack, sideOf } from './sides.ts';
import { LASTING, namesAnotherYear } from './when.ts';

const UNVERIFIED = /could not be (?:independently )?(?:verified|confirmed)|unverified|unconfirmed|impossible to verify|no (?:independent )?(?:confirmation|verification)\b/;
/** A sentence that says the ones before it could not be checked: "There was no independent confirmation of his claims." */
const DISCLAIMS = /^\W*(?:there (?:was|is|has been) no (?:independent )?(?:confirmation|verification)|(?:the|these|those|his|her|their|such|both) (?:claims?|reports?|accounts?) could not be (?:independently )?(?:verified|confirmed)|it (?:was|is) not possible to (?:independently )?(?:verify|confirm)|none of (?:the|these|his|their) claims could be)/;
/** How many sentences before it such a sentence speaks of. */
const DISCLAIMED_BACK = 3;
/**
 * A later sentence that says a side is still in a place: "State TV says the army has \"cleansed\" Zintan. … residents
 * reached by phone said rebels were still in the town" answers the report of the town's fall; so does "Rebels
 * remained in control of Ras Lanuf, Tobruk and Misurata", for each town of its list.
 */
const STILL_THERE = /([\uE002\uE003])\uE001*\s+(?:[a-z\u00df-\u024f]+\s+){0,2}?(?:(?:(?:were|was|are|is|remain|remains|remained)\s+)?still|(?:remain|remains|remained)(?:\s+firmly)?)\s+(?:in|inside|holding|held|hold|holds|controlled|controls|control|manning|in\s+control\s+of)\s+(?:the\s+)?(?=\uE000)/g;
/** How many sentences on such an answer is looked for: after the report, and before one set against them. */
const ANSWERED_WITHIN = 2;
const ANSWERED_BEFORE = 5;
/** A report set against what was said before it: "State television, however, said…". */
const SET_AGAINST_BEFORE = /(?<![a-z\u00df-\u024f])(?:however|but|instead|nevertheless|nonetheless|insisted|insists|insisting)(?![a-z\u00df-\u024f])/;
/**
 * A sentence that denies the one before: "Rebels dismissed the claim", "Government officials in Tripoli said that was
 * untrue", "But AP reporters in Ras Lanuf saw no sign of government troops there", "Neither account could be confirmed".
 */
const DENIES_BEFORE = /^\W*(?:but|however)\s[^.;]*?(?<![a-z\u00df-\u024f])no\s+(?:sign|trace)\s+of|^\W*neither\s+(?:[a-z\u00df-\u024f'-]+\s+)?(?:account|claim|report|version|statement)s?\s+(?:could|can)\s+(?:not\s+)?be\s|(?<![a-z\u00df-\u024f])(?:(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|disputed|disputes)\s+(?:the|this|that|these|those|such|both|his|their|its)\s+(?:[a-z\u00df-\u024f-]+\s+)?(?:claims?|reports?|accounts?|assertions?|statements?)|(?:denied|denies)\s+(?:it|this|that)(?=\s*(?:[.,;!]|$)|\s+(?:on|late|later|early|yesterday|overnight)(?![a-z\u00df-\u024f]))|(?:said|say|says|called)\s+(?:that\s+)?(?:this|that|it|(?:the|these|those|such)\s+(?:[a-z\u00df-\u024f-]+\s+)?(?:claims?|reports?))\s+(?:was|is|were|are|as)\s+(?:untrue|false|not\s+true|a\s+lie|lies|nonsense|propaganda|baseless))/;
/** A sentence that denies a change of hands told before it (not a hold): "Opposition spokesmen denied the city had fallen". */
const DENIES_FALL = /(?<![a-z\u00df-\u024f])(?:denied|denies|deny)\s+(?:that\s+)?(?:[^\s.;]+\s+){1,4}?(?:had|has|have|was|were)\s+(?:fallen|been\s+(?:taken|captured|retaken|recaptured|seized|overrun|lost|cleansed|liberated))/;
const STATE_KINDS: ReadonlySet<EventKind> = new Set(['rebelState', 'governmentState', 'pronounState', 'actorState']);
/** What a span runs from, told as a clause: "since their advance on Tripoli began". */
const SINCE_BEFORE = /(?<![a-z\u00df-\u024f])since\s+(?:[^\s,;.]+\s+){0,3}$/;
const BEGAN_AFTER = /^[^,;.]*?(?<![a-z\u00df-\u024f])(?:began|begun|started|got\s+under\s+way)(?![a-z\u00df-\u024f])/;
/** A year the sentence opens with: "In 1911", "Until 1911,", "Back in the 1980s". */
const YEAR_OPENS = /^\W*(?:(?:back\s+)?in|until|till|by|since|before|after|during)\s+(?:the\s+)?(?:(?:early|late|mid)-?\s*)?\d{4}s?(?!\d)/;
const SINCE_THEN = /(?<![a-z\u00df-\u024f])since\s+then(?![a-z\u00df-\u024f])/;
/** A verb's "be" right before it (its -ing form is then under way): "was storming", "are still taking". */
const UNDER_WAY = /(?<![a-z\u00df-\u024f])(?:is|are|was|were|am|been|being)\s+(?:(?:still|now|already|reportedly|apparently|busy)\s+)*["“]?$/;
/** Those who fight inside a town the other side holds: their being there is no hold of it. */
const INFILTRATORS = /(?<![a-z\u00df-\u024f])(?:snipers?|gunmen|infiltrators|sleeper\s+cells?)(?![a-z\u00df-\u024f])/i;
const HOLDING = /(?<![a-z\u00df-\u024f])(?:control|controls|controlled|hold|holds|held|holding)(?![a-z\u00df-\u024f])/;
/** An aim in the past tense, before the verb aimed at: "vowed to", "tried to", "were poised to" (and no "will"). */
const PAST_AIM = /(?<![a-z\u00df-\u024f])(?:vowed|pledged|planned|hoped|wanted|tried|attempted|aimed|threatened|expected|prepared|sought|intended|promised|struggled|ordered|urged|(?:was|were) (?:about|poised|ready|set|determined|preparing|readying|trying|hoping|planning|seeking|struggling))(?![a-z\u00df-\u024f])/;
const FUTURE = /\b(?:will|would|shall|going to)\b/;
/**
 * How long something went on, right after its place: "for more than a week", "for six weeks", "for only a few
 * hours".
 */
const LASTED = new RegExp(String.raw`^\s+${LASTING}`);
/** What a town may be called before its name: "the outskirts of the oil town of Brega" are Brega's. */
const TOWN_OF = '(?:the\\s+(?:[a-z-]+\\s+){0,2}?(?:town|city|village|port|terminal)\\s+of\\s+)?';
/** Words before a place that make it only part of it: "the western part of", "parts of", "the centre of", "the east of". */
const PART_OF = new RegExp(`(?<![a-z\u00df-\u024f])(?:part|parts|half|side|sectors?|sections?|districts?|neighbou?rhoods?|quarters?|areas?|cent(?:re|er)|heart|downtown|the\\s+${BEARING})\\s+of\\s+${TOWN_OF}$`);
/**
 * A place's own part named after it: "Misrata's airport", "Brega's oil terminal", "Zawiya's main square", "Misrata
 * port", "Brega airport"; not what befell it ("Ras Lanuf's fall to"), nor its side ("Misrata's rebels").
 */
const POSSESSED = new RegExp(`^(?:'s?\\s(?!(?:fall|capture|recapture|seizure|takeover|surrender|loss|retaking|reconquest|liberation)\\b|[\uE002-\uE004])|\\s+${PART_NOUN}(?![a-z\u00df-\u024f]))`);
const EDGE = '(?:outskirts|edges?|gates?|entrances?|approach(?:es)?|doorstep|perimeter|periphery|fringes?|environs|suburbs?)';
/** Words around a place that put it just beyond reach: "the outskirts of", "the eastern gate of", "Ajdabiya's outskirts". */
const EDGE_OF = new RegExp(`(?<![a-z\u00df-\u024f])${EDGE}\\s+(?:of|to)\\s+${TOWN_OF}$`);
// Or a headline's "Rebels take Ajdabiya outskirts".
const POSSESSED_EDGE = new RegExp(`^(?:'s?\\s+(?:[a-z\u00df-\u024f-]+\\s+){0,2}?|\\s+)${EDGE}(?![a-z\u00df-\u024f])`);
/**
 * A place that qualifies another word names something else: "a Benghazi-bound convoy", "the Brega-Ajdabiya road",
 * "the son of a Benghazi commander", "a meeting of Benghazi tribal leaders".
 */
const COMPOUND = /^-[^\s]/;
/**
 * A place that names a street or a road, or a front: "Tripoli Street" in Misrata, "the Benghazi road", "Martyrs
 * Square", "rebels hold the Brega front" (the line near Brega, not the town).
 */
const STREET = /^\s+(?:street|st\.|road|avenue|boulevard|square|highway|roundabout|bridge|front|front-?line|front\s+line)(?![a-z\u00df-\u024f])/;
const QUALIFIES = /^\s+(?:[a-z\u00df-\u024f'-]+\s+){0,2}?(?:residents?|natives?|people|officials?|commanders?|leaders?|elders|doctors?|council|committee|tribes?|tribesmen|tribal|famil(?:y|ies)|man|men|wom[ae]n|youths?|students?|businessm[ae]n|television|tv|radio|newspapers?|spokes(?:man|woman)|authorities|prisoners?)(?![a-z\u00df-\u024f])|^\s+[\uE002-\uE004]/;
/** A place that ends a stretch between two: "the road between Ajdabiya and Brega". */
const BETWEEN = /(?<![a-z\u00df-\u024f])between\s+[^,;:]*\s+and\s+$/;
/** A road named by where it goes: "The road to Brega is controlled by the rebels" (the road, not the town). */
const ROAD_TO = /(?<![a-z\u00df-\u024f])(?:road|highway|route)\s+(?:to|from|into|out\s+of)\s+(?:the\s+(?:[a-z-]+\s+)?(?:town|city|port)\s+of\s+)?$/;
/** A place the verb's object leaves out: "controls all of western Libya except Misrata". */
const EXCEPT = /(?<![a-z\u00df-\u024f])(?:except(?:\s+for)?|excluding|apart\s+from|other\s+than|with\s+the\s+exception\s+of|save\s+for|but\s+not)\s+(?:[^\s]+\s+){0,3}?$/;
/**
 * Words that make shelling, explosions or gunfire something other than a fight for the ground: from the air, in
 * celebration, or only heard ("Explosions were heard in Tripoli", where the strikes were NATO's).
 */
const NOT_GROUND = /(?<![a-z\u00df-\u024f])(?:nato|coalition|allied|allies|western|french|british|u\.s\.|american|jets?|warplanes?|air\s*strikes?|air\s+raids?|bombers?|tomahawks?|cruise\s+missiles?|aircraft|planes?|tornados?|rafales?|anti-?aircraft|celebrat[a-z]*|jubila[a-z]*|into\s+the\s+air|funerals?|weddings?|heard)(?![a-z\u00df-\u024f])/;
const PROTEST = /(?<![a-z\u00df-\u024f])(?:protest(?:s|ers?|ing)?|demonstrat(?:ions?|ors?|ing)|marchers|mourners|prayers|tear\s+gas|rall(?:y|ies))(?![a-z\u00df-\u024f])/i;
/** Protesters or protests named, for an attack: not a rally or prayers, which the rebels hold too ("Rebels rally"). */
const PROTESTERS = /(?<![a-z\u00df-\u024f])(?:protest(?:s|ers?|ors?)|demonstrat(?:ions?|ors?))(?![a-z\u00df-\u024f])/i;
/**
 * A place named only to say where another is: "southwest of Tripoli", "30 km from Brega", "near Sirte", "the town
 * closest to Tripoli", "the closest city to Tripoli in opposition hands".
 */
const REFERENCE_POINT = /(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|kilomet(?:er|re)s|km|miles)\s+(?:of|from)\s+$|(?<![a-z\u00df-\u024f])(?:near|outside|beyond|past|(?:closest|nearest|close|next)\s+(?:(?:major\s+|large\s+|big\s+)?(?:city|town|port|village)\s+)?to)\s+$/;
const RELATIVE_OPENS = /^\s*,\s*(?:which|that)\s/;
/** A description set off after a town: ", an opposition-held town", ", the rebels' stronghold". */
const APPOSED = /^\s*,\s*(?:an?|the)\s+[^,;:.]*$/;
/** Words placing a town that are an aside of their own: ", 50 km (30 miles) west of", ", near". */
const ASIDE_REFERENCE = new RegExp(`,\\s*(?:(?:about|some|around|nearly|roughly|more\\s+than|just|only)\\s+)?(?:[\\d.,]+\\s*(?:km|kilomet(?:er|re)s|miles)\\)?\\s*(?:\\([^()]*\\)\\s*)?)?(?:${BEARING}(?:ern)?\\s+(?:of|from)|from|near|outside|beyond|past|close\\s+to)\\s+$`);
/** A distance from a town, wherever the town is in the sentence: "100 miles west of Benghazi" is away from it. */
const DISTANCE_FROM = new RegExp(`(?:kilomet(?:er|re)s|km|miles)\\)?\\s+(?:${BEARING}\\s+)?(?:of|from)\\s+$`);
const PAST_PERFECT = /(?<![a-z\u00df-\u024f])had\s+(?:[a-z\u00df-\u024f]+\s+)?$/;
const PRESENT_PERFECT = /(?<![a-z\u00df-\u024f])(?:have|has)\s+(?:[a-z\u00df-\u024f]+\s+)?$/;
/**
 * Hands changed more than once, or at some time before: "changed hands at least five times", "several times",
 * "repeatedly", "has changed hands before".
 */
const REPEATED = /^(?:changed|changing|change|changes)\s+hands\s+(?:(?:[a-z]+|\d+)\s+)*?(?:times|twice|repeatedly|before(?=\s*[.,;]))(?![a-z\u00df-\u024f])/;
/** Date words that set an aim's deadline rather than the day it was told. */
const DEADLINE = /^(?:by|before|until|till|within)\b/i;

const BASE: Record<EventKind, number> = {
  rebelState: 0.9, governmentState: 0.9, pronounState: 0.75, actorState: 0.85, hold: 0.8, capture: 0.8, retake: 0.85, loss: 0.75,
  enter: 0.75, advance: 0.7, target: 0.65, attackedIn: 0.7, contested: 0.75, violence: 0.6,
};

interface Found {
  kind: EventKind;
  place: Span & { id: string };
  verb: Span;
  actor: ActorSide | 'contested' | null;
  actorWords: string;
  clauseStart: number;
  modality: Modality;
  /** The day said after this place alone, where the verb's places each have their own ("…on Tuesday and Brega on Wednesday"). */
  day?: Span;
}

/** Every claim the sentences of a reading support, in text order, one per place, side, event and day a sentence. */
export function claimsOf(reading: Reading, outlet: string | null): SuggestedClaim[] {
  const claims: { claim: SuggestedClaim; index: number }[] = [];
  const seen = new Set<string>();
  reading.sentences.forEach((sentence, index) => {
    if (sentence.places.length === 0) return;
    const made = withoutOverlaps(eventsIn(reading, index))
      .sort((a, b) => a.place.start - b.place.start)
      .map((found) => ({ found, claim: toClaim(reading, index, found, outlet) }));
    const disputed = counterClaimed(sentence.masked, made.map((m) => m.claim));
    for (const { found, claim } of made) {
      if (claim === null || disputed.has(claim) || namedBefore(found, claim, made) || setAgainstHold(reading, index, found, claim, claims)) continue;
      for (const c of [claim, ...goesOn(reading, index, found, claim)]) {
        const key = `${sentence.span.start}|${c.place}|${c.side}|${c.event}|${c.date}`;
        if (seen.has(key)) continue;
        seen.add(key);
        claims.push({ claim: c, index });
      }
    }
  });
  return claims.map(({ claim, index }) => dayOfItsStory(reading, claim, index, claims));
}

/** Every verb of saying in a sentence, counted. */
const REPORTS = new RegExp(REPORTED.source, 'gi');

/**
 * Claim and counter-claim in one sentence: two sides' reports of the same place on the same day ("A rebel spokesman
 * insisted that Brega was \"in our hands\", while Libyan state television said the town had been \"cleansed\""). The
 * sentence sets each against the other; neither is put on the map.
 */
function counterClaimed(masked: string, made: readonly (SuggestedClaim | null)[]): Set<SuggestedClaim> {
  const disputed = new Set<SuggestedClaim>();
  if ([...masked.matchAll(REPORTS)].length < 2) return disputed;
  const sided = made.filter((c): c is SuggestedClaim => c !== null && c.side !== 'contested');
  for (const a of sided) {
    for (const b of sided) {
      if (a.place === b.place && a.date === b.date && a.side !== b.side) disputed.add(a).add(b);
    }
  }
  return disputed;
}

/**
 * A hold dated from when it began that goes on ("Es Sider has been in government hands since the weekend", "Benghazi,
 * in rebel hands since Feb 20,"): the same hold at the time of writing too, where a reader would put it on the map.
 * Not one told in the past perfect ("had been in rebel hands since Friday"), which had ended by the passage's day.
 */
function goesOn(reading: Reading, index: number, found: Found, claim: SuggestedClaim): SuggestedClaim[] {
  if (claim.event !== 'held' || !/^since\s/i.test(claim.resolvedFrom)) return [];
  if (/(?<![a-z\u00df-\u024f])had(?![a-z\u00df-\u024f])/.test(reading.sentences[index]!.masked.slice(found.clauseStart, found.verb.end))) return [];
  const day = reading.reported[index]!;
  if ((claim.dateEnd ?? claim.date) >= day) return [];
  const { dateEnd: _end, narrativeDay: _narrated, ...rest } = claim;
  return [{
    ...rest, date: day, precision: 'approximate', resolvedFrom: 'now',
    ...(day !== reading.published ? { narrativeDay: day } : {}),
    why: redated(claim, `, held ${claim.resolvedFrom}${datedBy('now')}`),
  }];
}

/**
 * A change of hands one side reports, set against what the story told just before ("Libyan state television, however,
 * said the army had regained control of Zawiya", after "Rebels in Zawiya said … they remained in control of the centre
 * of the town"): the other side's hold of the same place that day, in the sentences before, answers it.
 */
function setAgainstHold(reading: Reading, index: number, found: Found, claim: SuggestedClaim, claims: readonly { claim: SuggestedClaim; index: number }[]): boolean {
  const { masked } = reading.sentences[index]!;
  const { side } = claim;
  if (!CHANGES_HANDS.has(found.kind) || side === 'contested' || !REPORTED.test(masked) || !SET_AGAINST_BEFORE.test(masked)) return false;
  return claims.some(({ claim: c, index: i }) =>
    i < index && i >= index - ANSWERED_BEFORE && c.place === claim.place && (c.event === 'held' || c.event === 'attacked') && c.side === opposite(side) && c.date === claim.date);
}

/**
 * A town named by the side that held it in the words of its change of hands to the other ("Government troops
 * captured the rebel stronghold of Zawiyah on Wednesday", "took Brega, a rebel-held town, on Monday"): the name says
 * who held it before, not on that day.
 */
function namedBefore(found: Found, claim: SuggestedClaim, made: readonly { found: Found; claim: SuggestedClaim | null }[]): boolean {
  if (!STATE_KINDS.has(found.kind)) return false;
  return made.some(({ found: other, claim: c }) =>
    c !== null && other.place.start === found.place.start && CHANGES_HANDS.has(other.kind) && c.side !== claim.side && c.side !== 'contested' &&
    other.verb.end <= found.place.start && (found.verb.end <= found.place.start || found.verb.start >= found.place.end));
}

/**
 * A headline dated by the story's lead ("Rebels Retake Ajdabiya and Press West" over "…seized control of this town on
 * Saturday, and by Sunday morning they had pressed on to Brega") takes the day the lead gives the same change of
 * hands, or the same event, of the same place and side: the lead's latest day may be another event's.
 */
function dayOfItsStory(reading: Reading, claim: SuggestedClaim, index: number, claims: readonly { claim: SuggestedClaim; index: number }[]): SuggestedClaim {
  const lead = reading.lead;
  if (!lead || index >= lead.sentence || claim.resolvedFrom !== lead.words.text) return claim;
  const same = claims.find(({ claim: c, index: i }) =>
    i > index && i <= lead.sentence && c.place === claim.place && c.side === claim.side && c.precision === 'day' &&
    (c.event === claim.event || (c.before !== undefined && claim.before !== undefined)));
  if (!same || same.claim.date === claim.date) return claim;
  const { date, precision, resolvedFrom } = same.claim;
  const { dateEnd: _end, narrativeDay: _narrated, ...rest } = claim;
  return {
    ...rest, date, precision, resolvedFrom,
    why: redated(claim, datedBy(resolvedFrom)),
    ...(same.claim.dateEnd ? { dateEnd: same.claim.dateEnd } : {}),
    ...(same.claim.narrativeDay ? { narrativeDay: same.claim.narrativeDay } : {}),
  };
}

function eventsIn(reading: Reading, index: number): Found[] {
  const sentence = reading.sentences[index]!;
  const found: Found[] = [];
  for (const { kind: patterned, re, actor: actorAt } of PATTERNS) {
    re.lastIndex = 0;
    for (const match of sentence.masked.matchAll(re)) {
      const indices = match.indices!.groups!;
      const [pStart, pEnd] = indices.p!;
      const [vStart, vEnd] = indices.v ?? indices.p!;
      const clauseStart = clauseStartBefore(sentence.masked, vStart);
      // "The army was storming Misrata", "is \"cleansing\" Misrata of armed gangs": a taking under way is an attack on
      // the side that still holds the place, not yet a change of hands.
      const underWay = (patterned === 'capture' || patterned === 'retake') && UNDER_WAY.test(sentence.masked.slice(clauseStart, vStart)) && /^[a-z\u00df-\u024f]+ing(?![a-z\u00df-\u024f])/.test(sentence.masked.slice(vStart));
      const kind: EventKind = underWay ? 'target' : patterned;
      const subject = sideOf(reading, index, kind, actorAt, indices.a, { start: vStart, end: vEnd }, clauseStart, pEnd);
      if (subject === null) continue;
      const words = kind === 'contested' || kind === 'violence' ? 'fight' : STATE_KINDS.has(kind) ? 'state' : 'verb';
      const from = ownWordFrom(sentence.text, vStart);
      const held = kind === 'hold' || STATE_KINDS.has(kind);
      const told = (CHANGES_HANDS.has(kind) || held) && answered(sentence.text, Math.max(vEnd, pEnd), held) ? 'unreal' : modalityOf(sentence.masked.slice(Math.max(clauseStart, from), vStart), sentence.text.slice(from), words, CHANGES_HANDS.has(kind));
      const met = indices.a === undefined ? metAttack(kind, sentence, clauseStart, vStart, subject, told) : { side: subject, modality: told };
      const { side, modality } = kind === 'loss' ? celebrated(sentence.masked, clauseStart, vStart, met) : met;
      const listed = pStart < vStart ? listedBefore(sentence.masked, pStart) : [];
      // "The government-held towns of Sirte and Bin Jawad were quiet": a list the words call towns ends where it ends.
      const towns = TOWNS_OF.test(sentence.masked.slice(0, pStart));
      // "The rebel-held town of Ajdabiya and Brega, which…": what one town is called is that town's.
      const stateWords = STATE_KINDS.has(kind);
      const oneTown = stateWords && ONE_TOWN_OF.test(sentence.masked.slice(0, pStart));
      const places: (Span & { day?: Span })[] = [...listed, { start: pStart, end: pEnd }, ...(oneTown ? [] : coordinated(sentence.masked, pEnd, towns, stateWords)), ...datedAfter(sentence.masked, pEnd)];
      // "Residents said Gaddafi's snipers were still in Misrata": snipers and gunmen in a town fight in it, they do
      // not hold it (unless the words say they do: "in control of").
      const infiltrated = kind === 'hold' && INFILTRATORS.test(side.words) && !HOLDING.test(sentence.masked.slice(vStart, vEnd));
      for (const { day, ...place } of places) {
        const mention = sentence.places.find((p) => p.start === place.start);
        if (mention === undefined) continue;
        found.push({
          kind: infiltrated ? 'contested' : kind,
          place: { ...place, id: mention.mention.place },
          verb: { start: vStart, end: vEnd },
          actor: infiltrated ? 'contested' : side.side,
          actorWords: side.words,
          clauseStart,
          modality,
          ...(day ? { day } : {}),
        });
      }
    }
  }
  return found;
}

/**
 * Of two events found for the same mention, one whose words lie inside the other's is part of it ("took control
 * of" is not also "control"), and fighting inside the words of a change of side is how it changed ("retreat from
 * clashes near Sirt" is a retreat), not a claim of its own.
 */
function withoutOverlaps(found: Found[]): Found[] {
  const inside = (f: Found, g: Found): boolean =>
    g !== f && g.place.start === f.place.start && g.verb.start <= f.verb.start && f.verb.end <= g.verb.end &&
    (g.verb.start !== f.verb.start || g.verb.end !== f.verb.end);
  const partOfChange = (f: Found, g: Found): boolean =>
    f.actor === 'contested' && g.actor !== 'contested' && g.place.start === f.place.start &&
    g.verb.start <= f.verb.start && f.verb.end <= g.place.start;
  // "Gaddafi's warplanes and artillery pounded Ajdabiya": the arms named beside a side's attack are its arms.
  const armsOfAttack = (f: Found, g: Found): boolean =>
    f.kind === 'violence' && g.kind !== 'violence' && g.actor !== null && g.actor !== 'contested' && g.place.start === f.place.start &&
    g.clauseStart <= f.verb.start && f.verb.end <= g.place.start;
  return found.filter((f) => !found.some((g) => inside(f, g) || partOfChange(f, g) || armsOfAttack(f, g)));
}

/** The places listed before a subject at `start` ("Brega and Ras Lanuf fell"), where the list opens its sentence. */
function listedBefore(masked: string, start: number): Span[] {
  const more: Span[] = [];
  let at = start;
  for (let match = COORDINATED_BEFORE.exec(masked.slice(0, at)); match; match = COORDINATED_BEFORE.exec(masked.slice(0, at))) {
    at = match.index;
    more.unshift({ start: at, end: at + match[1]!.length });
  }
  return LIST_OPENS.test(masked.slice(0, at)) ? more : [];
}

/** Places named as towns, in the plural: "the rebel-held towns of"; and one, in the singular. */
const TOWNS_OF = /(?<![a-z\u00df-\u024f])(?:towns|cities|ports|villages)\s+of\s+$/;
const ONE_TOWN_OF = /(?<![a-z\u00df-\u024f])(?:town|city|port|village)\s+of\s+$/;

/**
 * `state`: for words that say who holds the place ("rebel-held Ajdabiya and the oil town of Brega, which remains in
 * government hands"), a place with a relative clause of its own says for itself, and ends the list.
 */
function coordinated(masked: string, end: number, listOfTowns = false, state = false): Span[] {
  const more: Span[] = [];
  let at = end;
  for (let match = COORDINATED.exec(masked.slice(at)); match; match = COORDINATED.exec(masked.slice(at))) {
    const start = at + match.index + match[0].length - match[1]!.length;
    at = start + match[1]!.length;
    // ", and" right after the first place, before another with an aside after it, opens a clause of its own:
    // "Rebels hold Brega, and Ras Lanuf, near Bin Jawad, fell to them on Monday" (not the end of a list: "took
    // Brega, Ras Lanuf, and Bin Jawad, the last town before Sirte").
    if ((!listOfTowns && !COORDINATED_END.test(masked.slice(at))) || (more.length === 0 && /^\s*,\s*and\s/.test(match[0]) && /^\s*,/.test(masked.slice(at)))) break;
    if (state && /^\s*,\s*(?:which|where|that)\s/.test(masked.slice(at))) break;
    more.push({ start, end: at });
  }
  return more;
}

/**
 * More places of the verb, each with a day of its own after the day of the one before: "lost Ras Lanuf on Tuesday and
 * Brega on Wednesday". Each must end as an object does (not "…and Misrata on Wednesday came under attack").
 */
function datedAfter(masked: string, end: number): (Span & { day: Span })[] {
  const more: (Span & { day: Span })[] = [];
  let at = end;
  for (let match = DATED_NEXT.exec(masked.slice(at)); match; match = DATED_NEXT.exec(masked.slice(at))) {
    const [pStart, pEnd] = match.indices!.groups!['p']!;
    const [dStart, dEnd] = match.indices!.groups!['day']!;
    if (!COORDINATED_END.test(masked.slice(at + dEnd))) break;
    more.push({ start: at + pStart, end: at + pEnd, day: { start: at + dStart, end: at + dEnd } });
    at += pEnd;
  }
  return more;
}

/** What a found event claims once modality is weighed: its kind, side and event, or null for no claim. */
function judged(found: Found): { kind: EventKind | 'inferred'; side: Side } | null {
  const { kind, actor, modality } = found;
  if (actor === null || modality === 'unreal') return null;
  if (actor === 'contested') return modality === 'fact' ? { kind, side: 'contested' } : null;
  // A town described by its holder ("the rebel stronghold of Benghazi") is so described whatever the clause only
  // aims at: "Gaddafi's forces pushed to Ajdabiya, the gateway to the rebel stronghold of Benghazi".
  const described = STATE_KINDS.has(kind) && modality === 'intent';
  if (modality === 'fact' || described) return { kind, side: kind === 'loss' || kind === 'target' ? opposite(actor) : actor };
  // Wanting, trying or failing to take a place, or attacking it, says the other side holds it.
  const aims = kind === 'capture' || kind === 'retake' || kind === 'enter' || kind === 'advance' || (kind === 'target' && modality === 'intent');
  // A side that does not hold the place it names ("Rebels do not hold Brega") says the other does; a place said to be
  // in neither's hands ("Neither Brega nor Ras Lanuf is in rebel hands") may be in no one's.
  const deniedHold = kind === 'hold' && modality === 'negated' && found.place.start > found.verb.end;
  if (aims || deniedHold) return { kind: 'inferred', side: opposite(actor) };
  return null;
}

/**
 * Taking, entering or holding only part of a place ("pushed into the western part of Misrata", "captured Misrata's
 * airport") is fighting in it, but holding its centre holds it; leaving part of it says nothing, but for its centre.
 * Reaching, holding or leaving its edge ("reached the outskirts of Ras Lanuf", "control Misrata's outskirts") says
 * nothing of who holds the place itself, nor does a front line there or explosions heard there; shelling its edge or a
 * part still shells the side inside, and fighting there is fighting for it. A place that only qualifies another word
 * ("a Benghazi-bound convoy"), names a street or road ("Tripoli Street", "the Brega road") or is left out ("all of the
 * west except Misrata") is no place of the event.
 */
function partOf(verdict: ReturnType<typeof judged>, between: string, after: string, verb: string, thrown: boolean): ReturnType<typeof judged> {
  if (verdict === null || COMPOUND.test(after) || STREET.test(after) || EXCEPT.test(between) || ROAD_TO.test(between)) return null;
  // An entry thrown back is an attack on the town, at its edge or in a part of it.
  const repelled = thrown && (verdict.kind === 'enter' || verdict.kind === 'advance');
  const struck = repelled || verdict.kind === 'target' || verdict.kind === 'attackedIn' || verdict.kind === 'violence' || verdict.kind === 'contested';
  // Shelling "Misrata residents" still shells Misrata; capturing "a Benghazi commander" takes no Benghazi.
  if (!struck && QUALIFIES.test(after)) return null;
  if (EDGE_OF.test(between) || POSSESSED_EDGE.test(after)) return struck && verdict.kind !== 'violence' && !FRONT_WORDS.test(verb) ? verdict : null;
  const part = PART_OF.test(between) || POSSESSED.test(after);
  // An advance on a part is on whoever holds that part, who may not hold the town: "Rebels in Misrata advanced
  // towards the city's airport" (shelling a part still shells the side inside, as the besieger's shelling does).
  if (part && verdict.kind === 'target' && MOVED_ON.test(verb)) return null;
  if (struck || !part) return verdict;
  // Holding its centre is holding the town, fighting or no fighting at its edge: "rebels held the center of the city";
  // and leaving it is leaving the town ("Gaddafi's forces retreated from the centre of Misrata").
  if ((verdict.kind === 'hold' || verdict.kind === 'loss') && (CENTRE_OF.test(between) || CENTRE_AFTER.test(after))) return verdict;
  const taken = verdict.kind === 'capture' || verdict.kind === 'retake' || verdict.kind === 'enter' || verdict.kind === 'hold';
  return taken ? { kind: 'contested', side: 'contested' } : null;
}

/** A move on a place, not fire on it: "advanced towards", "pushed on", "closing in on". */
const MOVED_ON = /^(?:advanc|march|push|press|driv|drove|mov|clos|bearing|converg)/;

const CENTRE_OF = new RegExp(`(?<![a-z\u00df-\u024f])(?:cent(?:re|er)|heart|downtown)\\s+of\\s+${TOWN_OF}$`);
const CENTRE_AFTER = /^(?:'s?)?\s+(?:city\s+)?cent(?:re|er)(?![a-z\u00df-\u024f])/;

/** A front line's words: a front at a town's edge ("the front line was at the outskirts of Brega") is outside it. */
const FRONT_WORDS = new RegExp(`^${FRONT}$`);

/** No day named in the rest of the clause: one would say when the entry was undone, another day than its own. */
const OTHER_DAY = String.raw`[^,;:]*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|\d|(?:next|following)\s+(?:day|morning)|days?\s+later|the\s+day\s+after)`;
const NO_OTHER_DAY = `(?!${OTHER_DAY})`;
/** Undone on a day of its own: "briefly held the village on March 5 before being driven out the next day". */
const UNDONE_LATER = new RegExp(String.raw`^[^;:]*?(?<![a-z\u00df-\u024f])(?:before|but|until|and)\s${OTHER_DAY}`);
/**
 * An entry or an advance the sentence says was thrown back, or turned back, the same day: "pushed into the city on
 * Saturday … before they were driven back to the outskirts by nightfall", "…, only to be repelled", "pushed to Harawa
 * on Monday before retreating under fire". The side inside held; another day named after it ("before being driven out
 * on Tuesday") leaves the entry as it was.
 */
const REPULSED = new RegExp(String.raw`(?<![a-z\u00df-\u024f])(?:before|but|only\s+to\s+be)\s+(?:(?:(?:they|it|he|[\uE002-\uE004]\uE001*)\s+)?(?:were|was|had\s+been)\s+|being\s+)?(?:(?:(?<later>later|soon|eventually|finally)|then|quickly)\s+)?(?:driven|pushed|forced|beaten|chased|repelled|repulsed|thrown|retreat(?:ing|ed)?|pull(?:ing|ed)\s+back|fall(?:ing)?\s+back|fell\s+back|withdr(?:awing|ew))(?![a-z\u00df-\u024f])${NO_OTHER_DAY}`);

/** Thrown back by another, named: "…, battling rebels in the streets before NATO airstrikes drove them back". */
const DROVE_BACK = new RegExp(String.raw`(?<![a-z\u00df-\u024f])(?:before|but|until)\s+(?:[^\s,;:.]+\s+){0,4}?(?:(?<later>later|soon|eventually|finally)\s+)?(?:drove|pushed|forced|beat|threw|chased)\s+(?:them|it|(?:the\s+)?[\uE002-\uE004]\uE001*)\s+(?:back|out)(?![a-z\u00df-\u024f])${NO_OTHER_DAY}`);

/**
 * The same told in the main clause after a relative one: "the Gaddafi forces that had reached Benghazi had been
 * pushed back to Ajdabiya", "Government forces who had entered Benghazi on Saturday were driven out by nightfall"
 * (no other side named between, whose being pushed back it would be).
 */
const PUSHED_BACK = new RegExp(String.raw`^[^;:\uE002-\uE004]*?(?<![a-z\u00df-\u024f])(?:(?:had|have|has)\s+been|were|was)\s+(?:(?:pushed|driven|forced|beaten|thrown|chased)\s+(?:back|out)|repelled|repulsed)(?![a-z\u00df-\u024f])${NO_OTHER_DAY}`);

/**
 * An entry the sentence goes on to call a siege: "Government tanks entered the city in mid-March and have shelled its
 * centre since then". Who shells a town since entering it did not take it.
 */
const SHELLED_SINCE = new RegExp(String.raw`^[^;:\uE002-\uE004]*?\s+and\s+(?:have|has|had)\s+(?:been\s+)?(?:shell|bombard|pound|besieg|attack|fir(?:ed|ing)\s+on)[a-z]*(?![a-z\u00df-\u024f])`);

/** Said to have lasted a short while: "briefly entered", "took Bin Jawad for a few hours". */
const BRIEFLY = /(?<![a-z\u00df-\u024f])(?:briefly|momentarily|temporarily)\s+(?:[a-z\u00df-\u024f]+\s+)?$/;
const FOR_HOURS = /^\s+for\s+(?:(?:(?:only|just|a\s+few|several|some|less\s+than\s+an?)\s+)?(?:\d+\s+)?(?:hours?|minutes?)|(?:less\s+than|only|just|barely)\s+a\s+day)(?![a-z\u00df-\u024f])/;

/** An entry met with fighting in the town: "pushed into Ajdabiya on Sunday, fighting rebels in its streets". */
const FIGHTING_INSIDE = /^[^.;:]*?,\s*(?:fighting|battling|clashing\s+with)\s+(?:[\uE002\uE003]|(?:in\s+)?(?:its|the)\s+streets|street\s+by\s+street)/;

/**
 * A town taken, entered or held only briefly (and an entry fought inside it) ("Rebels briefly entered Sirte on
 * Monday", "took Bin Jawad for a few hours"): it changed hands back, when is not said, so it was fought over that day;
 * an entry or advance, an attack on the side inside.
 */
function briefly(verdict: Verdict, before: string, after: string): Verdict {
  if (verdict.kind === 'enter' && verdict.side !== 'contested' && FIGHTING_INSIDE.test(after)) return { kind: 'contested', side: 'contested' };
  return (BRIEFLY.test(before) && !UNDONE_LATER.test(after)) || FOR_HOURS.test(after) ? undone(verdict, ['capture', 'retake', 'hold']) : verdict;
}

type Verdict = NonNullable<ReturnType<typeof judged>>;

/**
 * A gain undone the same day: an entry or an advance is an attack on the side inside; a taking (of `fought`'s kinds)
 * is a fight for the town that day.
 */
function undone(verdict: Verdict, fought: readonly EventKind[]): Verdict {
  if (verdict.side === 'contested') return verdict;
  if (verdict.kind === 'enter' || verdict.kind === 'advance') return { kind: 'target', side: opposite(verdict.side) };
  return verdict.kind !== 'inferred' && fought.includes(verdict.kind) ? { kind: 'contested', side: 'contested' } : verdict;
}

/**
 * Leaving a town toward the other side's ground is pushing on from it, not losing it: "cars carrying rebels heading
 * west out of Ajdabiya" (the rebels' ground is east along the coast, the government's west); "streamed east out of Ras
 * Lanuf" is the rebels' flight.
 */
function onwards(found: Found, verb: string): boolean {
  if (found.kind !== 'loss' || (found.actor !== 'rebel' && found.actor !== 'government')) return false;
  const towards = /(?<![a-z\u00df-\u024f])(west|east)(?:ward)?\s+out\s+of/.exec(verb)?.[1];
  return towards !== undefined && (towards === 'west') === (found.actor === 'rebel');
}

/**
 * An entry the sentence says did not take or keep the town: "Rebels reached Sirte but were too weak to take it",
 * "…but could not hold it".
 */
const NOT_TAKEN = new RegExp(String.raw`^[^;:]*?(?<![a-z\u00df-\u024f])but\s+(?:(?:they|[\uE002-\uE004]\uE001*)\s+)?(?:(?:were|was)\s+(?:unable|too\s+weak|not\s+able|not\s+strong\s+enough)\s+to|could\s+not|couldn't|failed\s+to|did\s+not|didn't)\s+(?:take|hold|capture|keep|secure)\s+(?:it|\uE000\uE001*)(?![a-z\u00df-\u024f])${NO_OTHER_DAY}`);

/**
 * Where the words that throw an entry back end, in `after` (the sentence after its place), whether they say it was
 * "later", whether its side was driven out (not only failed to take the town, or shelled it since) and whether they
 * follow its own clause; null where none do.
 */
function thrownBack(after: string, daysNamed: readonly number[]): { end: number; later: boolean; driven: boolean; next: boolean } | null {
  const driven = REPULSED.exec(after) ?? DROVE_BACK.exec(after) ?? PUSHED_BACK.exec(after);
  const back = driven ?? SHELLED_SINCE.exec(after) ?? NOT_TAKEN.exec(after);
  if (back === null) return null;
  const end = back.index + back[0].length;
  // "…pushed west to Ras Lanuf, but Gaddafi's troops drove them back, retaking Ras Lanuf on March 10": undone on a day
  // named after it, the entry was not thrown back that day; it stands, and what undid it is a claim of its own.
  if (daysNamed.some((at) => at >= end)) return null;
  // Whether it follows the event's own clause, with no other verb joined on between ("retook Ajdabiya on March 26 and
  // raced west, only to be thrown back": the race was).
  const next = !/(?<![a-z\u00df-\u024f])and\s/.test(after.slice(0, back.index));
  return { end, later: back.groups?.later !== undefined, driven: driven !== null, next };
}

/**
 * An aim the clause says was stopped: "repelled an attempt to take Zintan", "foiled a government bid to retake
 * Brega".
 */
const AIM_FOILED = /(?<![a-z\u00df-\u024f])(?:repelled|repelling|repulsed|repulsing|foiled|foiling|thwarted|thwarting|beat\s+back|beaten\s+back|beating\s+back|fought\s+off|fighting\s+off|resisted|resisting|blocked|blocking|halted|halting|stopped|stopping|defeated|frustrated)\s+(?:[^,;:.]*?\s)?(?:attempts?|bids?|efforts?|push|drive|offensive|assault|advance)\s+(?:[^,;:.]*?\s)?to\s*$/;

/**
 * Whose a place is where an aim at it was stopped: the side that tried, if the words name it ("an attempt by Gaddafi's
 * forces to enter Misrata"), holds it not, and the side that stopped it does; null where no aim was stopped. (Read as
 * the subject's own aim, "Rebels said they had repelled an attempt to take the town" gave the town to the government.)
 */
function foiledAim(sentence: Analysed, found: Found): Side | null {
  const foiled = AIM_FOILED.exec(sentence.masked.slice(found.clauseStart, found.verb.start));
  if (foiled === null || found.actor === null || found.actor === 'contested') return null;
  const from = found.clauseStart + foiled.index;
  const trying = sentence.actors.find((a) => a.start >= from && a.end <= found.verb.start && a.side !== null);
  return trying ? opposite(trying.side!) : found.actor;
}

function repulsed(verdict: ReturnType<typeof judged>, back: ReturnType<typeof thrownBack>): ReturnType<typeof judged> {
  if (verdict === null || back === null) return verdict;
  // A town taken and driven out of again that day ("regained Brega on Saturday, before being driven out again hours
  // later") was fought over that day.
  return undone(verdict, back.driven && back.next && !back.later ? ['capture', 'retake'] : []);
}

function toClaim(reading: Reading, index: number, found: Found, outlet: string | null): SuggestedClaim | null {
  const sentence = reading.sentences[index]!;
  const after = sentence.masked.slice(found.place.end);
  const daysNamed = reading.dates[index]!.filter((w) => w.start >= found.place.end && dayNamed(w, reading.published, reading.reported[index]!) !== null);
  const back = thrownBack(after, daysNamed.map((w) => w.start - found.place.end));
  // The words that lead to the place: after the verb for its object, from the clause's start for its subject ("The
  // eastern part of Brega is in rebel hands" holds a part, as "took the eastern part of Brega" takes one).
  // What a description in apposition says of a town holds wherever the words before name it: "massing outside
  // Zintan, an opposition-held town", "the coast road from Zliten, a government-held town".
  // Not a description of another town named in it ("southwest of Tripoli, the rebel-held town of Zintan").
  const described = STATE_KINDS.has(found.kind) && APPOSED.test(sentence.masked.slice(found.place.end, found.verb.start)) && !sentence.masked.slice(found.verb.end).split(/[,;:.]/, 1)[0]!.includes(MARK.place);
  const leading = described ? '' : found.place.start < found.verb.start ? sentence.masked.slice(found.clauseStart, found.place.start) : sentence.masked.slice(found.verb.end, found.place.start);
  const verbMasked = sentence.masked.slice(found.verb.start, found.verb.end);
  const weighed = repulsed(partOf(judged(found), leading, after, verbMasked, back !== null && !back.later), back);
  if (weighed === null || onwards(found, verbMasked)) return null;
  const brief = briefly(weighed, sentence.masked.slice(found.clauseStart, found.verb.start), after);
  const stopped = brief.kind === 'inferred' ? foiledAim(sentence, found) : null;
  const verdict = stopped === null ? brief : { ...brief, side: stopped };
  if (CHANGES_HANDS.has(found.kind) && verdict.side !== 'contested' && REPORTED.test(sentence.masked) && answeredLater(reading, index, found.place.id, verdict.side)) return null;
  // "…claimed Friday that opposition fighters had taken all of Brega. Government officials said that was untrue."
  // The denial may come after the claim's own quotation: 'State TV said … had retaken Ras Lanuf. "The gangs have
  // been crushed," an announcer said. But rebel spokesmen … saw no sign of government troops'.
  const denied = (later: Analysed): boolean => DENIES_BEFORE.test(later.masked) || (CHANGES_HANDS.has(found.kind) && DENIES_FALL.test(later.masked));
  if (verdict.side !== 'contested' && REPORTED.test(sentence.masked) && reading.sentences.slice(index + 1, index + 1 + ANSWERED_WITHIN).some(denied)) return null;
  // Explosions under air strikes, or gunfire in celebration, are no fighting over the ground (words of the same
  // stretch of the sentence: "…with the help of allied air strikes" of another clause is no matter).
  const around = sentence.masked.slice(found.clauseStart, found.verb.start).split(/[,;:]/).pop()! + sentence.masked.slice(found.verb.start, found.place.start) + after.split(/[,;:]/, 1)[0]!;
  if (found.kind === 'violence' && NOT_GROUND.test(around)) return null;
  // Clashes with protesters, gunfire at a demonstration: unrest in a town one side holds, no fight over who holds it;
  // nor are protesters fired on in a town the ones who hold it ("Security forces fired on protesters in Tripoli").
  if (((found.kind === 'violence' || found.kind === 'contested') && PROTEST.test(sentence.text)) || ((found.kind === 'target' || found.kind === 'attackedIn') && PROTESTERS.test(sentence.text))) return null;
  // "The battle for Tripoli will be decisive", "Residents fear fighting in Benghazi": no fight yet.
  const fought = sentence.masked.slice(Math.max(found.place.end, found.verb.end));
  // So with an attack named by a noun, still to come: "A government advance on Benghazi would be bloody" (one feared
  // before it is met: see metAttack).
  const nominal = found.kind === 'target' && NOMINAL_ATTACK.test(sentence.masked.slice(found.verb.start));
  const aim = sentence.masked.slice(found.clauseStart, found.verb.start);
  const fight = verdict.side === 'contested' ? fightModality(aim, fought) : nominal ? fightModality('', fought) : 'fact';
  if (fight === 'unreal') return null;
  // "Zintan, a mountain town southwest of Tripoli held by the rebels": what follows a place named only to say
  // where another is tells of that other; but a relative clause right after it is that town's, where the words
  // placing it are no aside of another's: "bombed rebel positions near Ras Lanuf, which rebels had taken on Friday"
  // (not "Zawiya, west of Tripoli, which…").
  const upToPlace = sentence.masked.slice(0, found.place.start);
  const relative = RELATIVE_OPENS.test(sentence.masked.slice(found.place.end, found.verb.start)) && !ASIDE_REFERENCE.test(upToPlace);
  if (found.place.start < found.verb.start && REFERENCE_POINT.test(upToPlace) && !relative && !described) return null;
  // "…pushing the front line more than 100 miles west of Benghazi": a distance from a town is away from it.
  if (DISTANCE_FROM.test(sentence.masked.slice(found.verb.end, found.place.start))) return null;
  // "The road between Ajdabiya and Brega has become a no-man's land": the subject is the road, not the town.
  if (found.place.start < found.verb.start && BETWEEN.test(sentence.masked.slice(found.clauseStart, found.place.start))) return null;
  // History told in an aside ("took El Agheila, a small coastal town where Italian colonial authorities ran a camp in
  // the early 1930s, without a fight") is the aside's, not the event's.
  const history = reading.asides[index]!.filter((a) => !(found.verb.start >= a.start && found.verb.start < a.end) && !(found.place.start >= a.start && found.place.start < a.end));
  if (namesAnotherYear(blanked(sentence.masked, history).slice(found.clauseStart), reading.published)) return null;
  // A sentence that opens in another year is history all through: "Until 1911, when Italian troops landed at Tripoli, …,
  // and a young officer … fought the Italians at Tobruk and Derna".
  if (namesAnotherYear(YEAR_OPENS.exec(sentence.masked)?.[0] ?? '', reading.published)) return null;
  // What a side only aims at says who holds the place now; the day of the aim ("will attack on Friday") is not it.
  // An aim told as past ("tried on Tuesday to retake", "vowed to march on") says who held it then, as an event
  // would, unless its day is the aim's deadline ("by Friday").
  // So does an aim foiled ("On Wednesday, rebels in Brega beat back an attempt by Gadhafi's forces to retake it").
  const pastAim = found.modality === 'intent' && (PAST_AIM.test(aim) || stopped !== null) && !FUTURE.test(aim);
  const mode = verdict.kind === 'inferred' ? (found.modality === 'intent' ? (pastAim ? 'event' : 'now') : 'state') : STATE_KINDS.has(verdict.kind) ? 'state' : 'event';
  // An entry thrown back is one attack, dated by the words of both ("…reached Brega, but were forced back"): what
  // threw it back undoes nothing of it. Thrown back "later", it may have been another day.
  const attack = back !== null && !back.later && verdict.kind === 'target' && found.kind !== 'target';
  const verb = attack ? { start: found.verb.start, end: found.place.end + back.end } : found.verb;
  const where = { clauseStart: found.clauseStart, verb, place: found.place, ...(found.day ? { day: found.day } : {}) };
  const asEvent = dateOf(reading, index, where, mode);
  const dated = pastAim && (asEvent === null || DEADLINE.test(asEvent.words)) ? dateOf(reading, index, where, 'now') : asEvent;
  // What is still to come is no claim of who holds a place; fighting that has stopped is no contest now.
  if (dated === null || dated.date > reading.published) return null;
  // "Since then Col Gaddafi's forces have rolled back along the coast, retaking Marsa al-Brega": some day of a span
  // that runs up to the time of writing, not that day.
  if (verdict.kind !== 'inferred' && CHANGES_HANDS.has(verdict.kind) && dated.words === 'now' && SINCE_THEN.test(sentence.masked.slice(0, found.verb.start))) return null;
  if (fight === 'over' && (dated.weight < 1 || dated.words === 'now')) return null;
  // "…the biggest setback for the insurgents since their advance on the capital began": the start of a span, history.
  if (SINCE_BEFORE.test(sentence.masked.slice(found.clauseStart, found.verb.start)) && BEGAN_AFTER.test(sentence.masked.slice(found.verb.end))) return null;
  // "Brega has changed hands five times since early March": how often, not who held it when; only a day of its own
  // ("changed hands twice on Tuesday") makes it a fight of that day.
  if (verdict.kind === 'contested' && REPEATED.test(sentence.masked.slice(found.verb.start)) && dated.precision !== 'day') return null;
  // "Kadhafi's forces had held Ajdabiya for a week", "he had fought in Brega": a hold or a fight told in the past
  // perfect had ended by the day the passage tells; with no day of its own it is no state of that day.
  const holding = /^(?:held|controlled|kept|defended|remained|stayed|occupied)\b/.test(verbMasked);
  // So with a siege told with how long it lasted: "the tanks that had besieged the town for more than a week".
  const howLong = LASTED.test(after);
  const lasted = verdict.kind === 'target' && howLong;
  // So with a state a town was described in ("Ajdabiya, which had been under government control for a week, is now…").
  const ended = (verdict.kind === 'hold' && holding) || STATE_KINDS.has(found.kind) || verdict.side === 'contested' || lasted;
  if (ended && PAST_PERFECT.test(aim) && (dated.weight < 1 || dated.words === 'now')) return null;
  // So with a hold or a siege told in the simple past with how long it lasted: "Rebels held Brega for only a few
  // hours", "Gaddafi's forces besieged Ajdabiya for a week" (not "have held Brega for a week", which goes on).
  // A hold said to have been brief is over too: "retreated after holding Bin Jawad for less than a day".
  const lastedFor = ((found.kind === 'hold' && (holding || /^holding\b/.test(verbMasked))) || lasted) && howLong && !PRESENT_PERFECT.test(aim);
  if (lastedFor && (dated.weight < 1 || dated.words === 'now')) return null;
  const kind = verdict.kind;
  const event = kind === 'inferred' ? 'held' : EVENT_OF[kind];
  const before = kind !== 'inferred' && CHANGES_HANDS.has(kind) && verdict.side !== 'contested' ? opposite(verdict.side) : null;
  const quote = sentence.text;
  const disclaimed = reading.sentences.slice(index + 1, index + 1 + DISCLAIMED_BACK).some((later) => DISCLAIMS.test(later.masked));
  const unverified = UNVERIFIED.test(sentence.masked) || disclaimed ? 0.6 : 1;
  const confidence = (kind === 'inferred' ? 0.5 : BASE[kind]) * dated.weight * unverified;
  const verbWords = sentence.text.slice(found.verb.start, found.verb.end);
  const previous = index > 0 ? reading.sentences[index - 1]!.text : null;
  return {
    place: found.place.id,
    side: verdict.side,
    event,
    date: dated.date,
    precision: dated.precision,
    ...(dated.dateEnd ? { dateEnd: dated.dateEnd } : {}),
    resolvedFrom: dated.words,
    ...(dated.narrativeDay ? { narrativeDay: dated.narrativeDay } : {}),
    quote,
    start: sentence.span.start,
    end: sentence.span.end,
    claimant: claimantOf(sentence.text, previous, outlet, found.verb.start, closerOf(reading, index)),
    ...(before ? { before: { side: before, quote } } : {}),
    confidence: Math.round(confidence * 100) / 100,
    why: why(kind, verbWords, found, dated.words),
  };
}

/** Whether one of the sentences after a reported change of hands says the side it put out is still in the place. */
function answeredLater(reading: Reading, index: number, place: string, side: ActorSide): boolean {
  return reading.sentences.slice(index + 1, index + 1 + ANSWERED_WITHIN).some((later) =>
    [...later.masked.matchAll(STILL_THERE)].some((m) => {
      const still = m[1] === MARK.rebel ? 'rebel' : 'government';
      return still === opposite(side) && listedFrom(later, m.index + m[0].length).includes(place);
    }));
}

/** The places of the list that starts at `at`: "Ras Lanuf, Tobruk and Misurata". */
function listedFrom(sentence: Analysed, at: number): string[] {
  const listed: string[] = [];
  let from = at;
  for (const p of sentence.places) {
    if (p.start < from) continue;
    if (p.start > from && !LIST_BETWEEN.test(sentence.masked.slice(from, p.start))) break;
    listed.push(p.mention.place);
    from = p.end;
  }
  return listed;
}

const LIST_BETWEEN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

function why(kind: EventKind | 'inferred', verb: string, found: Found, dateWords: string): string {
  const what = kind === 'inferred' ? `${found.modality === 'negated' ? 'not done' : 'aimed at'}: "${verb}"` : `"${verb}"`;
  const actor = found.actorWords === '' ? '' : `, actor "${found.actorWords}"`;
  return `${what}${actor}${datedBy(dateWords)}`;
}

const datedBy = (words: string): string => `, dated by "${words}"`;

/** A claim's `why` with what dated it told anew. */
const redated = (claim: SuggestedClaim, dated: string): string => claim.why.slice(0, -datedBy(claim.resolvedFrom).length) + dated;

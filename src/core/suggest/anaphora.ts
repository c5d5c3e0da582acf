/**
 * "The town" (the city, the oil port) for a place just named: "Rebels entered Brega on Friday and took control of
 * the town." Read as that place only where no other could be meant: the one place its sentence names before it,
 * else the one place the sentence before (in the same paragraph) names, with no name the gazetteer lacks and no
 * other town ("a nearby village") in the words that lead to it. Where that fails the words stay words, and make no
 * claim. "This town" (this oil town) is deictic, not anaphoric: in the paragraph a dateline opens it is the place the
 * reporter files from, and elsewhere nothing.
 */
import { blanked, MARK, type Analysed } from './sentence.ts';
import type { Mention } from '../types.ts';
import type { Epithet } from './epithets.ts';

/** Who holds it, in the words that name it: "the rebel-held city" (left unmarked, so the state is read). */
const HELD = '(?:rebel|opposition|insurgent|government|regime|loyalist)-(?:held|controlled|run)';
const HELD_BEFORE = new RegExp(`^(?:the|that)\\s+(?:[a-z-]+\\s+)*?${HELD}\\s+`);
// "The port" alone may be a town's harbour, a part of it; "the oil port" is the oil town itself. "The city centre",
// "the town council": a part or a body of the town, not the town.
const SETTLEMENT =
  `(?:(?:(?:entire|whole|eastern|western|northern|southern|coastal|oil|strategic|key|front-?line|besieged|desert|small|port|refinery|terminal|market|fishing|farming|garrison|frontier|hilltop|embattled|battered|crossroads|border|mountain|seaside|${HELD})\\s+){0,2}(?:town|city|village)|(?:(?:eastern|western|coastal|strategic|key)\\s+)?oil\\s+port)` +
  '(?!\\s+(?:of(?!\\s+(?:about|some|around|nearly|over|roughly|more\\s+than|\\d))|centre|center|port|harbou?r|outskirts|gates?|limits|council|hall|square|hospital|streets?|district|authorities|residents|people|officials|elders|centres|centers)\\b|\\s*-|[a-z\\u00df-\\u024f])';
// "The town itself remained in government hands": the town, all of it.
// "The city of about 700,000 people has been in rebel hands": its size is part of the words that name it.
const POPULATION = '\\s+of\\s+(?:(?:about|some|around|nearly|over|roughly|more\\s+than)\\s+)?[\\d,.]+(?:\\s+(?:million|thousand))?\\s+(?:people|residents|inhabitants)';
const ANAPHOR = new RegExp(`(?<![a-z\\u00df-\\u024f'-])(?:the|that)\\s+${SETTLEMENT}(?:\\s+itself(?![a-z\\u00df-\\u024f])|${POPULATION})?`, 'g');
/**
 * "It" as the object of a verb that takes, holds or besieges a town, for the one place named before it as "the town" is
 * read:
 * "Rebels took Brega on Monday, but government forces retook it on Tuesday"; and as the subject of its fall
 * (`IT_FELL`).
 */
const IT = /(?<=(?<![a-z\u00df-\u024f])(?:took|taken|taking|take|retook|retaken|retaking|retake|recaptured|recapturing|recapture|captured|capturing|capture|seized|seizing|seize|regained|regaining|regain|lost|losing|lose|abandoned|abandoning|abandon|entered|entering|enter|stormed|storming|overran|overrun|surrendered|ceded|evacuated|held|holding|hold|keep|kept|control|controlled|controlling|besieged|besieging|shelled|shelling|bombarded|bombarding|pounded|pounding|encircled|surrounded)\s+(?:back\s+)?(?:(?:(?:full|complete)\s+)?control\s+of\s+|(?:most|much|all|parts?)\s+of\s+)?)it(?![a-z\u00df-\u024f'’])/g;
/**
 * "It" as the subject of a town's fall or hold: "Rebels held Brega until Thursday, when it fell to government forces",
 * "Ras Lanuf has changed hands twice. It is now held by government forces".
 */
const IT_FELL = /(?<![a-z\u00df-\u024f'’])it(?=\s+(?:(?:was|had\s+been|has\s+been)\s+(?:retaken|recaptured|captured|taken|seized|overrun|abandoned|lost|shelled|attacked|bombarded|pounded)|fell|had\s+fallen|has\s+fallen|(?:had\s+|has\s+)?changed\s+hands|(?:is|remains|has\s+been)\s+(?:(?:now|still|firmly|again|back)\s+)*(?:held\s+by|controlled\s+by|in\s+(?:the\s+hands|[a-z\u00df-\u024f'\uE000-\uE004]+\s+hands)|under\s+(?:the\s+control|[a-z\u00df-\u024f'\uE000-\uE004]+\s+control)))(?![a-z\u00df-\u024f]))/g;
/** A place and the comma that sets off its description. */
const APPOSITION = /\uE000\uE001*\s*,\s*$/;
/** "This oil town": in the paragraph a dateline opens, the place the reporter files from. */
const DEICTIC = new RegExp(`(?<![a-z\\u00df-\\u024f'-])this\\s+${SETTLEMENT}`, 'g');
/** "Fighters there", "rebels there": a side in a place named before it in its sentence. */
const THERE = /(?<=(?:[\uE002\uE003]\uE001*|fighters|residents|people)\s)there(?![a-z\u00df-\u024f])/g;
/** "Rebels here", "government troops here": in a datelined story, the side in the place the reporter files from. */
const HERE = /(?<=[\uE002\uE003]\uE001*\s)here(?![a-z\u00df-\u024f])/g;
/** Another settlement the words may mean: "a nearby village", "another town", "the towns". */
const OTHER = /(?<![a-z\u00df-\u024f])(?:(?:a|an|another|one|two|three|several|other|nearby|neighbou?ring)\s+(?:[a-z-]+\s+){0,2}?(?:towns?|city|cities|ports?|villages?)|towns|cities|villages)(?![a-z\u00df-\u024f])/;
/** What calls a town a town: "Zintan, a town in the western mountains,", "Brega is a key oil town", no other town. */
const NAMED_AS = /(?<=\uE000\uE001*(?:\s*,\s*|\s+(?:is|was|remains|remained|has\s+been)\s+))(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:town|city|port|village)(?![a-z\u00df-\u024f])/g;
/** A place named as where a person or a body is from, not where anything happens: "a fighter from Benghazi". */
const ORIGIN = /(?<!(?:withdr[a-z]+|retreat[a-z]*|fled|flee[a-z]*|pulled\s+(?:back|out)|driven|pushed|forced|ousted|expelled|routed|back|out|away|advanced|marched|drove|moved|come|came)\s+(?:(?:up|down|in|over)\s+)?)from\s+$/;
const DATELINE = /^\s*(?:,\s*libya\b|,\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|,?\s*\(|\s*[\u2014\u2013-])/;
/** A mountain range, a sea, a desert: named with a capital, and no town ("the Nafusa Mountains", "Jebel Nafusa"). */
const LANDFORM = /^(?:Mountains?|Desert|Gulf|Sea|Valley|Coast|Hills|Plateau|Jebel|Jabal|Djebel)$|^\s+(?:Mountains?|Desert|Gulf|Sea|Valley|Hills|Plateau)(?![\p{L}'’-])/u;
/** A word with a capital that the gazetteer did not read: it may be the town meant ("reached Nalut"). */
const CAPITAL = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu;
// Capitalised words that name no town "the town" could mean: outlets, bodies, peoples, initials ("U.N.").
const NOT_A_TOWN = /^(?:Libya|Libyan|Libyans|NATO|Nato|Col|Colonel|Mr|Mrs|Dr|Gen|General|I|Reuters|AP|AFP|Al|Jazeera|BBC|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|The|A|An|But|And|He|She|They|We|It|In|On|At|By|After|Before|Meanwhile|Western|Eastern|Arab|Muslim|God|Allah|Grad|Grads|Tornado|Tornados|[A-Z]|Xinhua|CNN|Arabiya|JANA|Jana|ANSA|DPA|UN|EU|US|TNC|NTC|Transitional|National|Council|Security|Interim|Gaddafi|Qaddafi|Gadhafi|Muammar|Moammar|British|French|American|Italian|Qatari|Egyptian|Tunisian|Red|Cross|Crescent|International|Organization|Migration|State|TV|Television|Radio|Human|Rights|Watch|Amnesty|Doctors|Without|Borders|UNHCR|UNICEF|ICRC|WFP|OCHA|Medecins|Sans|Frontieres|MSF)$/;

/** The sentences with each anaphor that has one antecedent marked as a mention of it. `unknown`: names the gazetteer lacks. */
export function resolveAnaphora(sentences: readonly Analysed[], unknown: readonly string[], epithets: readonly Epithet[] = []): Analysed[] {
  const headings = headingsOf(sentences);
  const dateline = headings.size > 0 ? null : datelineOf(sentences);
  const resolved: Analysed[] = [];
  for (const [index, sentence] of sentences.entries()) {
    let current = epithets.reduce(byEpithet, sentence);
    if (dateline && sentence.paragraph === dateline.paragraph) {
      for (const match of sentence.masked.matchAll(DEICTIC)) current = withPlace(current, match.index, match.index + match[0].length, dateline.place);
    }
    if (dateline) {
      for (const match of sentence.masked.matchAll(HERE)) current = withPlace(current, match.index, match.index + match[0].length, dateline.place);
    }
    // Under a factbox's heading, the town the paragraph is about, where the sentence names no other before it; and
    // the words that open its paragraph as that town's subject ("SIRTE - Gaddafi's home town is firmly in…").
    const heading = headings.get(sentence.paragraph);
    const opening = heading && heading.start === bulletOf(sentence.text) ? sentence.masked.slice(heading.end) : null;
    const subject = opening === null ? null : HEADED_SUBJECT.exec(opening);
    if (heading && subject) {
      const start = heading.end + subject.index + subject[0].length - subject[1]!.length;
      current = withPlace(current, start, start + subject[1]!.length, heading);
    }
    // "Ajdabiya: Retaken by rebels on March 26": the heading is the subject of the words that have none.
    const predicate = opening === null ? null : HEADED_PREDICATE.exec(opening);
    if (heading && predicate) current = { ...current, masked: blanked(current.masked, [{ start: heading.end, end: heading.end + predicate[0].length }]) };
    const headed = (at: number): Place | null =>
      heading && current.places.every((p) => p.end > at || p.mention.place === heading.mention.place) ? heading : null;
    const previous = index > 0 && sentences[index - 1]!.paragraph === sentence.paragraph ? sentences[index - 1]! : null;
    // In the order written, so that an "it" may mean the town an "it" before it was found to mean ("It fell to
    // Gaddafi's troops in mid-March, only for the rebels to recapture it on 26 March").
    for (const match of [...sentence.masked.matchAll(IT), ...sentence.masked.matchAll(IT_FELL)].sort((a, b) => a.index - b.index)) {
      const antecedent = headed(match.index) ?? antecedentOf(current, match.index, previous, unknown) ?? subjectBefore(sentence, match.index, previous, unknown);
      if (antecedent !== null) current = withPlace(current, match.index, match.index + 2, antecedent);
    }
    // "A spokesman for the rebels in Zintan said fighters there had repelled an attack": the side "there" is in the
    // place its sentence has just named, as "the town" would be.
    for (const match of sentence.masked.matchAll(THERE)) {
      const antecedent = headed(match.index) ?? antecedentOf(current, match.index, null, unknown);
      if (antecedent !== null) current = withPlace(current, match.index, match.index + match[0].length, antecedent);
    }
    // Looked back for only where an anaphor needs it: the look back reads up to three sentences' capitals.
    const anaphors = [...sentence.masked.matchAll(ANAPHOR)];
    const named = anaphors.length > 0 ? lastNaming(resolved, sentence.paragraph, unknown) : null;
    for (const match of anaphors) {
      const start = match.index;
      const end = start + match[0].length;
      // "Ajdabiya, the crossroads town that guards the approaches to Benghazi, remains…": a description of the place
      // just named, whose aside the patterns read as one, not a second mention of it.
      if (APPOSITION.test(current.masked.slice(0, start))) continue;
      const antecedent = headed(start) ?? antecedentOf(current, start, named, unknown);
      if (antecedent === null) continue;
      // "…their bombardment of the rebel-held city": the town is the noun, and its holder stays words to read.
      current = withPlace(current, start + (HELD_BEFORE.exec(match[0])?.[0].length ?? 0), end, antecedent);
    }
    resolved.push(current);
  }
  return resolved;
}

/**
 * A town named by an epithet ("Libya's second city"); not one in apposition to a town just named ("In Tripoli, the
 * capital, …").
 */
function byEpithet(sentence: Analysed, { place, words, notAfter }: Epithet): Analysed {
  let current = sentence;
  for (const match of sentence.masked.matchAll(words)) {
    if (notAfter?.test(sentence.masked.slice(Math.max(0, match.index - 30), match.index)) || APPOSITION.test(sentence.masked.slice(0, match.index))) continue;
    const start = match.index + (HELD_BEFORE.exec(match[0])?.[0].length ?? 0);
    const end = match.index + match[0].length;
    const span = { start: sentence.span.start + start, end: sentence.span.start + end };
    const mention: Mention = {
      place, source: sentence.places[0]?.mention.source ?? '', ...span, surface: sentence.text.slice(start, end),
      sentence: { ...sentence.span, text: sentence.text },
    };
    current = withPlace(current, start, end, { start, end, mention });
  }
  return current;
}

/**
 * A factbox's heading: a town opening a paragraph, in capitals and a dash ("AJDABIYA - The town was retaken…") or
 * with a colon ("Ajdabiya: Retaken by rebels on March 26").
 */
const HEADING = /^\s*[\u2014\u2013-]\s/;
const HEADING_COLON = /^:\s/;
/**
 * The words after a heading that name its town, before their verb (and an aside): "Libya's third city is", "Gaddafi's
 * home town, 450 km west of Benghazi, is".
 */
const HEADED_SUBJECT = /^(?:\s*[\u2014\u2013-]|:)\s+((?![Tt]he\s+(?:[a-z-]+\s+)?(?:town|city|village)\s)(?:[^\s,.;:]+\s+){0,4}?(?:city|town|port|village|capital|hometown|birthplace|stronghold))(?=(?:\s*,[^,;:.]{1,60},)?\s+(?:is|was|has|remains|remained|appears|lies|sits)\s)/;
/**
 * A heading's mark before words with no subject of their own: "Retaken by rebels", "Back in government hands"; and a
 * phrase that describes the town before them ("Libya's third largest city, held by rebels", "In the Western
 * Mountains, held by rebels").
 */
const HEADED_PREDICATE = /^(?:\s*[\u2014\u2013-]|:)(?:\s+[^,.;:\uE000-\uE004]{1,60},)?(?=\s+(?:(?:now|still|firmly|largely|mostly|again|back|once\s+more)\s+)?(?:retaken|recaptured|captured|taken|seized|held|controlled|occupied|abandoned|lost|besieged|surrounded|encircled|contested|shelled|fell|changed\s+hands|in\s|under\s|back\s+in\s))/;

/**
 * The towns a factbox's paragraphs are about, by paragraph: where two paragraphs or more open with a town in capitals
 * and a dash, or a town and a colon, those are headings, not a dateline ("BENGHAZI - … AJDABIYA - …", "Brega: …").
 */
function headingsOf(sentences: readonly Analysed[]): Map<number, Place> {
  const headings = new Map<number, Place>();
  for (const [index, sentence] of sentences.entries()) {
    if (index > 0 && sentences[index - 1]!.paragraph === sentence.paragraph) continue;
    const bullet = bulletOf(sentence.text);
    const place = sentence.places.find((p) => p.start === bullet);
    const name = place ? sentence.text.slice(bullet, place.end) : '';
    const after = sentence.masked.slice(place?.end ?? 0);
    if (place && ((name === name.toUpperCase() && HEADING.test(after)) || HEADING_COLON.test(after))) headings.set(sentence.paragraph, place);
  }
  return headings.size >= 2 ? headings : new Map();
}

type Place = Analysed['places'][number];

/** How long the mark of a list's item is that opens a paragraph ("* BENGHAZI - …", "• Brega: …"), or 0. */
const BULLET = /^(?:[*\u2022\u25aa\u25cf\u2013\u2014]|-{1,2})\s+/;
const bulletOf = (text: string): number => BULLET.exec(text)?.[0].length ?? 0;

/** Paragraphs a dateline may come after: a headline, a byline, a line of when it was published. */
const DATELINE_WITHIN = 5;

/** The place a dateline opens the story with ("BREGA, Libya —"), and the paragraph it opens. */
function datelineOf(sentences: readonly Analysed[]): { place: Place; paragraph: number } | null {
  for (const [index, sentence] of sentences.entries()) {
    if (sentence.paragraph >= DATELINE_WITHIN) break;
    if (index > 0 && sentences[index - 1]!.paragraph === sentence.paragraph) continue;
    const place = sentence.places.find((p) => p.start === 0 && DATELINE.test(sentence.masked.slice(p.end)));
    if (place) return { place, paragraph: sentence.paragraph };
  }
  return null;
}

/** A sentence that opens or closes a quotation. */
const QUOTED = /^\s*["“]|["”]\s*$/;

/**
 * How many sentences naming no place "the town" may look back over to the last that names one (and so how many
 * paragraphs: a wire's are a sentence long).
 */
const LOOK_BACK = 2;

/**
 * The last of the sentences `before` that names a place, over sentences naming none (or only in passing) and nothing
 * else it could mean: "…pushed into this eastern city on Saturday. ¶ Explosions echoed through its
 * western districts. Rebels said they remained in control of the city." Null where none is.
 */
function lastNaming(before: readonly Analysed[], paragraph: number, unknown: readonly string[]): Analysed | null {
  for (let k = before.length - 1; k >= 0 && k >= before.length - 1 - LOOK_BACK && before[k]!.paragraph >= paragraph - LOOK_BACK; k--) {
    const sentence = before[k]!;
    // A quotation in a paragraph before is someone's speech ('"We will go back to Brega and wait."'), not the story's
    // subject: the narration's "the town" does not reach back into it.
    if (sentence.places.some((p) => !inPassing(sentence, p))) return sentence.paragraph !== paragraph && QUOTED.test(sentence.text) ? null : sentence;
    // "Abdelhakim is from Zawiya. He fought there in early March, when the town briefly fell to the rebels": after a
    // sentence that says whose home a town is, "the town" may be it; the town the story named before is no surer. (Not
    // "volunteers from Ajdabiya drove them out", where the town is still the story's.)
    if (!clear(sentence.masked, sentence.text, unknown) || sentence.places.some((p) => someonesHome(sentence, p))) return null;
  }
  return null;
}

/**
 * "Ajdabiya, a crossroads town, is seen as the gateway to Benghazi. It was retaken by the rebels on 26 March": "it"
 * opening a sentence is the subject of the one before, where a place opens that one.
 */
function subjectBefore(sentence: Analysed, at: number, previous: Analysed | null, unknown: readonly string[]): Place | null {
  const subject = previous?.places[0];
  if (!previous || subject?.start !== 0 || sentence.masked.slice(0, at).trim() !== '') return null;
  return clear(previous.masked.slice(0, subject.end), previous.text.slice(0, subject.end), unknown) && !placesAnother(previous, subject) ? subject : null;
}

/**
 * The place "the town" at `at` means: the one its sentence names before it, leaving aside places named in passing
 * ("a spokesman for the rebel council in Benghazi said the town…"), else the one `previous` names.
 */
function antecedentOf(sentence: Analysed, at: number, previous: Analysed | null, unknown: readonly string[]): Place | null {
  const before = sentence.places.filter((p) => p.end <= at && !inPassing(sentence, p));
  const here = clear(sentence.masked.slice(0, at), sentence.text.slice(0, at), unknown);
  if (before.length > 0) return here ? single(sentence, before) : null;
  if (!here || previous === null || previous.places.length === 0) return null;
  return clear(previous.masked, previous.text, unknown) ? single(previous, previous.places) : null;
}

/**
 * The one place, where every mention names the same one and none is only where someone is from. A dateline
 * ("BENGHAZI, Libya (Reuters) -") is where the reporter files from, not what the story is about: it is no antecedent.
 */
function single(sentence: Analysed, allPlaces: readonly Place[]): Place | null {
  const places = allPlaces.filter((p) => !placesAnother(sentence, p) && !refuge(sentence, p));
  if (places.length === 0) return null;
  const ids = new Set(places.map((p) => p.mention.place));
  if (ids.size !== 1) return null;
  if (places.some((p) => fromOrigin(sentence, p))) return null;
  return places[places.length - 1]!;
}

/**
 * A place named to say where another lies: "west of Tripoli", "30 miles from Tripoli", "(30 miles) west of", an
 * aside's "In Tobruk, near Bayda,", "Ajdabiya, the gateway to the rebel capital of Benghazi,". Not claims.ts's
 * REFERENCE_POINT: a town approached ("advanced to within 20 km of Brega") is still the one "the town" means.
 */
const REFERENCE = /(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:km|kilomet(?:er|re)s|miles)\)?\s+from|,\s*(?:near|close\s+to))\s+(?:the\s+capital,?\s+)?$|,\s*(?:the\s+)?(?:gateway|door)\s+to\s+(?:[^\s,]+\s+){0,4}?$/;

/** A dateline, or a place named to say where another lies ("Zawiya, 50 km west of Tripoli"): no antecedent. */
function placesAnother(sentence: Analysed, p: Place): boolean {
  return (p.start === 0 && DATELINE.test(sentence.masked.slice(p.end))) || REFERENCE.test(sentence.masked.slice(Math.max(0, p.start - 50), p.start));
}

/** A road named for the town it leads to: "fled east along the Benghazi road". */
const ROAD_NAMED = /^\s+(?:road|highway|motorway)(?![a-z\u00df-\u024f])/;

/**
 * A place named in passing: a road's name ("the Benghazi road"), where someone is from ("volunteers from Ajdabiya"),
 * where a body sits ("the rebel council in Benghazi"), where those who say it are (", fighters retreating through
 * Ajdabiya said, the town was…"), where people flee to ("sending residents fleeing toward Benghazi"), or as
 * `placesAnother` says.
 */
function inPassing(sentence: Analysed, p: Place): boolean {
  return fromOrigin(sentence, p) || ROAD_NAMED.test(sentence.masked.slice(p.end, p.end + 12)) || SAYER.test(sentence.masked.slice(p.end, p.end + 40)) || SEAT.test(sentence.masked.slice(Math.max(0, p.start - 40), p.start)) || refuge(sentence, p) || placesAnother(sentence, p);
}

/** A town said to be someone's home: "Abdelhakim, a 31-year-old engineer, is from Zawiya". */
function someonesHome(sentence: Analysed, p: Place): boolean {
  return HOME.test(sentence.masked.slice(Math.max(0, p.start - 30), p.start));
}

const HOME = /(?<![a-z\u00df-\u024f])(?:is|was|are|were|comes?|came|hails?|hailed)\s+(?:originally\s+)?from\s+$/;

/** Where someone is from ("a fighter from Benghazi"), not where troops came or were driven from. */
function fromOrigin(sentence: Analysed, p: Place): boolean {
  return ORIGIN.test(sentence.masked.slice(Math.max(0, p.start - 30), p.start));
}

function refuge(sentence: Analysed, p: Place): boolean {
  return REFUGE.test(sentence.masked.slice(Math.max(0, p.start - 60), p.start));
}

// Where those who flee or fall back go is not where the story is: "…sending residents fleeing toward Benghazi. Rebels
// said they had regained control of the city."; "By nightfall the rebels had pulled back to Brega. … State television
// said the town had been \"cleansed\"" (of the town they left); "Rebel fighters retreated east along the coastal highway
// toward Brega".
const REFUGE = /(?<![a-z\u00df-\u024f])(?:fle(?:e|es|eing|d)|streaming|streamed|headed|heading|retreat(?:s|ed|ing)?|withdr(?:ew|awn|awing)|(?:pull(?:s|ed|ing)?|f[ae]ll(?:s|en|ing)?)\s+back)\s+(?:(?:east|west|north|south)(?:ward)?\s+)?(?:along\s+the\s+(?:[a-z]+\s+)?(?:road|highway|coast)\s+)?(?:toward|towards|to|for)\s+$/;

// Who says it, set off as an aside: "But by Friday, fighters retreating through Ajdabiya said, the town was…".
const SAYER = /^(?:\s+[a-z\u00df-\u024f]+){0,3}?\s+(?:said|say|says|reported|added|told\s+[a-z\u00df-\u024f]+)\s*,/;

// Not a spokesman's: "a rebel spokesman in Misrata said the city was shelled" speaks of where he is.
const SEAT = /(?<![a-z\u00df-\u024f])(?:council|committee|leadership|headquarters)\s+(?:based\s+)?in\s+$/;

/**
 * Whether nothing in the words that lead to "the town" could be the town meant instead: no other settlement word,
 * no name the gazetteer lacks, no capitalised word it did not read as a place or an actor (but the first of a
 * sentence, or of the words after a dateline's dash: "MISRATA, Libya, April 14 - Cluster bombs fell…").
 */
function clear(masked: string, text: string, unknown: readonly string[]): boolean {
  if (OTHER.test(masked.replace(NAMED_AS, '')) || unknown.some((name) => text.includes(name))) return false;
  for (const word of withoutPeople(text).matchAll(CAPITAL)) {
    const read = masked.charCodeAt(word.index) >= 0xe000 && masked.charCodeAt(word.index) <= 0xe004;
    const landform = LANDFORM.test(word[0]) || LANDFORM.test(text.slice(word.index + word[0].length)) || /(?:Jebel|Jabal|Djebel)\s+$/.test(text.slice(0, word.index));
    // A dateline's agency in brackets ("March 6 (Wire) -") names whoever filed it, whatever its name.
    const agency = /\([^()]*$/.test(text.slice(0, word.index)) && /^[^()]*\)\s*[-\u2013\u2014]/.test(text.slice(word.index));
    if (!read && !landform && !agency && !NOT_A_TOWN.test(word[0].replace(/['’]s?$/, '')) && !/(?:^|[.!?:"“]\s*|\s(?:--?|[\u2013\u2014])\s*)$/.test(text.slice(0, word.index))) return false;
  }
  return true;
}

/**
 * Where a person is named, no town can be: the speaker after a closing verb of saying ('…," said Ahmed Saleh, a
 * fighter'), a name given ("who gave his name as Ali", "a man named Omar"), a name with an age ("Ahmed Saleh, 34,",
 * "Ahmed Saleh, a 34-year-old fighter"), a name after who the speaker is ("rebel spokesman Abdelsalam said"). Blanked,
 * offsets kept.
 */
/** Who a person named before a verb of saying is: "rebel spokesman Abdelsalam said". */
const TITLE = '(?:spokes(?:man|woman|person)|commander|fighter|resident|official|minister|colonel|general|doctor|leader|chief|head)';
// Latin capitals in plain classes: `\p{Lu}` compiles in several times the time, paid by a page's first suggestion.
const NAME = "[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’-]*(?:\\s+[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’-]*)*";
const PERSON = new RegExp(`(?<=[,"”]\\s*(?:said|says|told|added|explained)\\s+)[^.;:]+|(?<=(?:name\\s+as|named|called)\\s+)${NAME}|${NAME}(?=,\\s+(?:a\\s+|an\\s+)?\\d{2}(?:-year-old)?\\b)|(?<=${TITLE}\\s+)${NAME}(?=\\s+(?:said|says|told|added))`, 'g');

function withoutPeople(text: string): string {
  return text.replace(PERSON, (name) => ' '.repeat(name.length));
}

function withPlace(sentence: Analysed, start: number, end: number, antecedent: Place): Analysed {
  const masked = sentence.masked.slice(0, start) + MARK.place + MARK.fill.repeat(end - start - 1) + sentence.masked.slice(end);
  const mention = { ...antecedent.mention, surface: sentence.text.slice(start, end) };
  const place = { start, end, mention: { ...mention, start: sentence.span.start + start, end: sentence.span.start + end } };
  const places = [...sentence.places, place].sort((a, b) => a.start - b.start);
  return { ...sentence, masked, places };
}

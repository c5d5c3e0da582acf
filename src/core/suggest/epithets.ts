/**
 * What the press of 2011 called a Libyan town in place of its name: "the capital" (Tripoli), "Libya's second city"
 * (Benghazi), "the country's third-largest city" (Misrata), "Gaddafi's home town" (Sirte). This is knowledge of
 * Libya, not of the article: each town is looked up by its name in the gazetteer once, and one the gazetteer lacks
 * has no epithet.
 */
import { matchSpans, type Matcher } from '../mentions.ts';
import { LEADER_OR_TITLE, POSSESSIVE } from './actors.ts';

export interface Epithet {
  /** The gazetteer's place. */
  place: string;
  /** The words, in the sentence as masked (lowercased, places and actors as tokens); global. */
  words: RegExp;
  /** Words right before that make them another's: "the rebel capital" is Benghazi. */
  notAfter: RegExp | null;
}

/** Not words that go on to name the town ("the capital, Tripoli", "his home town of Sirte"), nor a part of one. */
const NAMED_AFTER = String.raw`(?![a-z\u00df-\u024f-])(?!\s*,?\s*\uE000|\s+(?:city\s+)?of\s)`;
const LIBYAS = String.raw`(?:libya's|the\s+country's|the\s+libyan)\s+`;
const RANKED = (rank: string): RegExp =>
  new RegExp(String.raw`(?<![a-z\u00df-\u024f'’-])${LIBYAS}${rank}(?:[-\s](?:largest|biggest|city))?\s+city${NAMED_AFTER}`, 'g');

const EPITHETS: readonly (Omit<Epithet, 'place'> & { name: string })[] = [
  {
    // "The capital", "the Libyan capital", "Libya's capital", "the regime-held capital" (its holder left as words to
    // read). Not the rebels' ("the rebel capital", "their capital", "the eastern capital"), nor a capital of something
    // else ("the capital of Cyrenaica").
    name: 'Tripoli',
    words: new RegExp(String.raw`(?<![a-z\u00df-\u024f'’-])(?:the\s+(?:libyan\s+)?|libya's\s+)(?:(?:government|regime|loyalist)-(?:held|controlled)\s+)?capital${NAMED_AFTER}`, 'g'),
    notAfter: /(?:rebels?|rebels'|opposition(?:'s)?|their|its|eastern|de\s+facto|provisional|revolutionary|uprising's)\s+$/,
  },
  { name: 'Benghazi', words: RANKED('second'), notAfter: null },
  { name: 'Misrata', words: RANKED('third'), notAfter: null },
  {
    // "Gaddafi's home town", "Colonel Qaddafi's birthplace", "the Libyan leader's hometown".
    name: 'Sirte',
    words: new RegExp(String.raw`(?<![a-z\u00df-\u024f'’-])${LEADER_OR_TITLE}${POSSESSIVE}\s+(?:home\s*town|birthplace|native\s+town|home\s+city|tribal\s+heartland)${NAMED_AFTER}`, 'g'),
    notAfter: null,
  },
];

/** The epithets of the towns `matcher` knows by the name the table gives. */
export function epithetsOf(matcher: Matcher): Epithet[] {
  return EPITHETS.flatMap(({ name, ...epithet }) => {
    const place = matchSpans(matcher, name).find((span) => span.start === 0 && span.end === name.length)?.place;
    return place === undefined ? [] : [{ ...epithet, place }];
  });
}

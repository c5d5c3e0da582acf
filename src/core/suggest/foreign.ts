/**
 * Whether a place name in an article means a place outside Libya: a Tripoli in a Lebanon story is not Libya's, though
 * the gazetteer's matcher finds it all the same. Two rules, both from the words of the article:
 * - the mention itself is placed in another country: `Tripoli, Lebanon`, `Tripoli in northern Lebanon`,
 *   `the Lebanese city of Tripoli`, `Lebanon's second city, Tripoli`;
 * - the article names another country at least twice (`Lebanon`, `Lebanese`) and never Libya: no `Libya`, `Libyan`,
 *   no spelling of Gaddafi, no Benghazi or Misrata (names no other country's towns have); then every place in it is
 *   foreign. Once is not enough: "Rebels took Brega, a British official said" is a Libyan story.
 * An article that names Libya and tells of a foreign Tripoli without placing it is read as Libya's: the limit of words.
 */
import type { Span } from '../types.ts';

// Name and adjective(s) of each country the press of 2011 names beside Libya, besides Libya itself.
const COUNTRIES = [
  'Lebanon Lebanese', 'Syria Syrian', 'Egypt Egyptian', 'Tunisia Tunisian', 'Algeria Algerian', 'Morocco Moroccan',
  'Sudan Sudanese', 'Chad Chadian', 'Niger Nigerien', 'Mali Malian', 'Nigeria Nigerian', 'Israel Israeli',
  'Jordan Jordanian', 'Iraq Iraqi', 'Iran Iranian', 'Yemen Yemeni', 'Bahrain Bahraini', 'Qatar Qatari',
  'Kuwait Kuwaiti', 'Oman Omani', 'Saudi_Arabia Saudi', 'United_Arab_Emirates Emirati', 'Turkey Turkish',
  'Greece Greek', 'Cyprus Cypriot', 'Malta Maltese', 'Italy Italian', 'France French', 'Spain Spanish',
  'Portugal Portuguese', 'Germany German', 'Britain British', 'United_Kingdom', 'England English', 'Scotland Scottish',
  'Ireland Irish', 'Belgium Belgian', 'Netherlands Dutch', 'Switzerland Swiss', 'Sweden Swedish', 'Norway Norwegian',
  'Denmark Danish', 'Poland Polish', 'Russia Russian', 'Ukraine Ukrainian', 'China Chinese', 'Japan Japanese',
  'India Indian', 'Pakistan Pakistani', 'Afghanistan Afghan', 'United_States', 'America American', 'Canada Canadian',
  'Mexico Mexican', 'Brazil Brazilian', 'Venezuela Venezuelan', 'Cuba Cuban', 'Australia Australian',
  'South_Africa South_African', 'Ethiopia Ethiopian', 'Eritrea Eritrean', 'Somalia Somali', 'Kenya Kenyan',
  'Mauritania Mauritanian', 'Palestine Palestinian', 'Gaza',
].map((entry) => entry.split(' ').map((word) => word.replace(/_/g, ' ')));

const LIBYA = /\b(?:Libyan?s?|[GQK]h?add?h?af[iy]|Benghazi|Misu?rata)\b/u;
const alternation = (words: string[]): string => words.sort((a, b) => b.length - a.length).join('|');
const NAMES = alternation(COUNTRIES.map((c) => c[0]!));
const ADJECTIVES = alternation(COUNTRIES.flatMap((c) => c.slice(1)));
const COUNTRY_WORDS = new RegExp(`\\b(?:${NAMES}|${ADJECTIVES})s?\\b`, 'gu');
const COUNTRY_OF = new Map(COUNTRIES.flatMap((words, i) => words.map((word) => [word, i] as const)));
// How often an article names another country, with Libya never, before all its places are that country's.
const WHOLLY = 2;
const DIRECTION = '(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?';
const PLACE_NOUN = '(?:city|town|village|port|capital|coast|enclave|stronghold|oasis)';
// `Tripoli, Lebanon`; `Tripoli in (the) northern Lebanon`.
const PLACED_AFTER = new RegExp(`^(?:,\\s*|\\s+in\\s+)(?:the\\s+)?(?:${DIRECTION}\\s+)?(?:${NAMES})\\b`, 'u');
// `the (northern) Lebanese (port) city of Tripoli`; `Lebanon's second city, Tripoli`; `Lebanon's Tripoli`.
const PLACED_BEFORE = new RegExp(
  `(?:\\b(?:${NAMES})['’]s|\\b(?:${ADJECTIVES}))(?:(?:\\s+[\\p{Ll}-]+)*\\s+${PLACE_NOUN}(?:\\s+of|,)?)?\\s+$`,
  'u',
);
const LOOK = 80;

/** Whether a word (`Lebanon`, `Lebanese`, `Egyptians`) names a country other than Libya or its people. */
export function isForeignCountryWord(word: string): boolean {
  return countryOf(word) !== undefined;
}

function countryOf(word: string): number | undefined {
  return COUNTRY_OF.get(word) ?? COUNTRY_OF.get(word.replace(/s$/, ''));
}

// Whether the article names one other country WHOLLY times or more, and Libya never.
function aboutAnotherCountry(text: string): boolean {
  if (LIBYA.test(text)) return false;
  const counts = new Map<number, number>();
  for (const [word] of text.matchAll(COUNTRY_WORDS)) {
    const country = countryOf(word);
    if (country === undefined) continue;
    const count = (counts.get(country) ?? 0) + 1;
    if (count >= WHOLLY) return true;
    counts.set(country, count);
  }
  return false;
}

/** A test for the mentions of one article: true for a mention that means a place outside Libya. */
export function foreignTest(text: string): (mention: Span) => boolean {
  const wholly = aboutAnotherCountry(text);
  return (mention) => {
    if (wholly) return true;
    const after = text.slice(mention.end, mention.end + LOOK).split('\n', 1)[0]!;
    const before = text.slice(Math.max(0, mention.start - LOOK), mention.start);
    return PLACED_AFTER.test(after) || PLACED_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1));
  };
}

/** Whether this mention of a place means a place outside Libya (see the module's rules). */
export function foreignMention(text: string, mention: Span): boolean {
  return foreignTest(text)(mention);
}

/**
 * The naive way to suggest claims, as the baseline the suggester is measured against: one pattern per place ×
 * event word, tried on every sentence; a sentence where both occur is a claim of that place, dated on the
 * publication day, on the side of the first actor word in it (contested where it names none).
 */
import type { ClaimEvent, Day, Place, Side } from '../src/core/types.ts';

const EVENT_WORDS: Readonly<Record<string, ClaimEvent>> = {
  captured: 'captured', seized: 'captured', took: 'captured', taken: 'captured', overran: 'captured', fell: 'captured',
  retook: 'retook', recaptured: 'retook', regained: 'retook',
  held: 'held', holds: 'held', controlled: 'held', controls: 'held',
  withdrew: 'withdrew', retreated: 'withdrew', fled: 'withdrew', abandoned: 'withdrew',
  entered: 'entered', reached: 'entered',
  attacked: 'attacked', shelled: 'attacked', bombed: 'attacked', pounded: 'attacked', struck: 'attacked',
  fighting: 'contested', clashes: 'contested', battle: 'contested', fought: 'contested',
};
const ACTORS: readonly [RegExp, Side][] = [
  [/\b(?:rebels?|opposition|insurgents?|revolutionaries)\b/iu, 'rebel'],
  [/\b(?:qaddafi|gaddafi|gadhafi|loyalists?|government|regime|pro-\w+)\b/iu, 'government'],
];
// A full stop ends a sentence unless it ends a title ("Col.", "Mr.") or an initial.
const SENTENCES = /[^.!?]+(?:(?<=\b(?:Col|Gen|Lt|Mr|Mrs|Dr|St|[A-Z]))\.[^.!?]+)*[.!?]*/gu;

interface Pattern {
  place: string;
  event: ClaimEvent;
  re: RegExp;
}

export interface NaiveSuggester {
  patterns: Pattern[];
}

export interface NaiveClaim {
  place: string;
  side: Side;
  event: ClaimEvent;
  date: Day;
  quote: string;
  start: number;
  end: number;
}

const escape = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');

/** One case-insensitive pattern per place and event word: any of the place's spellings and the word, either order. */
export function buildNaiveSuggester(places: readonly Place[]): NaiveSuggester {
  const patterns = places.flatMap((place) => {
    const names = [place.name, ...place.aliases].map(escape).join('|');
    return Object.entries(EVENT_WORDS).map(([word, event]) => ({
      place: place.id,
      event,
      re: new RegExp(`\\b(?:${names})\\b.*\\b${word}\\b|\\b${word}\\b.*\\b(?:${names})\\b`, 'iu'),
    }));
  });
  return { patterns };
}

/** Every (place, event) pattern that matches a sentence of `text`, as a claim dated `published`. */
export function naiveSuggest(text: string, published: Day, suggester: NaiveSuggester): NaiveClaim[] {
  const claims: NaiveClaim[] = [];
  for (const sentence of text.matchAll(SENTENCES)) {
    const quote = sentence[0].trim();
    if (quote.length === 0) continue;
    const start = sentence.index + sentence[0].indexOf(quote);
    const actor = ACTORS.map(([re, side]) => ({ at: quote.search(re), side })).filter((a) => a.at >= 0).sort((a, b) => a.at - b.at)[0];
    const seen = new Set<string>();
    for (const { place, event, re } of suggester.patterns) {
      if (seen.has(`${place}|${event}`) || !re.test(quote)) continue;
      seen.add(`${place}|${event}`);
      const side: Side = event === 'contested' || actor === undefined ? 'contested' : actor.side;
      claims.push({ place, side, event, date: published, quote, start, end: start + quote.length });
    }
  }
  return claims;
}

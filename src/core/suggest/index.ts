/**
 * The suggester: given an article and the gazetteer, the places it names and the dated, quoted claims it makes, in
 * the shape `geo/claims.json` validates, for a person to accept, edit or reject. Pure: runs in Node and the browser.
 */
import { buildMatcher, datelinePlace, findMentions, type Matcher } from '../mentions.ts';
import { givesDate } from '../dates.ts';
import type { Reference } from '../reference.ts';
import type { Claim, Day, Place } from '../types.ts';
import { claimsOf } from './claims.ts';
import { foreignTest } from './foreign.ts';
import { findNewPlaces } from './newplaces.ts';
import { read } from './reading.ts';
import type { Article, SuggestedClaim, Suggestion } from './types.ts';
import { epithetsOf, type Epithet } from './epithets.ts';

export type { Article, NewPlace, ReferencePlace, SuggestedClaim, Suggestion } from './types.ts';

/** What the suggester is built from once per gazetteer: the place matcher, every spelling, the reference. */
export interface Suggester {
  matcher: Matcher;
  spellings: string[];
  reference: Reference | null;
  /** What the press called the gazetteer's towns in place of their names ("the capital", "Libya's second city"). */
  epithets: Epithet[];
}

export function buildSuggester(places: readonly Place[], reference: Reference | null = null): Suggester {
  const matcher = buildMatcher(places);
  return { matcher, spellings: places.flatMap((p) => [p.name, ...p.aliases]), reference, epithets: epithetsOf(matcher) };
}

/** Everything the suggester finds in an article: its dateline, mentions, claims and names not in the gazetteer. */
export function suggest(article: Article, suggester: Suggester): Suggestion {
  const { text, published } = article;
  const all = findMentions(suggester.matcher, article.id, text);
  const foreign = foreignTest(text);
  // A Tripoli in a story from Lebanon is named, and is not Libya's: it makes no claim.
  const mentions = all.filter((m) => !foreign(m));
  const newPlaces = findNewPlaces(text, all, suggester.reference, suggester.spellings);
  return {
    published,
    headline: article.headline,
    outlet: article.outlet,
    dateline: datelinePlace(suggester.matcher, text),
    mentions: all,
    claims: claimsOf(read(text, published, mentions, newPlaces.map((p) => p.name), suggester.epithets), article.outlet).filter((c) => followsFromWords(c, published)),
    newPlaces,
  };
}

/**
 * Whether a suggestion's day is the one its words give, as the data's validation checks. One whose is not is the
 * suggester's fault: it is left out, rather than have the whole article refused when it is added.
 */
export function followsFromWords(claim: SuggestedClaim, published: Day): boolean {
  return givesDate(claim.resolvedFrom, { published, ...(claim.narrativeDay ? { narrative: claim.narrativeDay } : {}) }, claim);
}

/**
 * A suggestion as a claim of source `source`, `reviewed: false` until a person accepts it: exactly what
 * `parseClaims` validates (`id` must be a unique slug).
 */
export function toClaim(suggested: SuggestedClaim, source: string, id: string): Claim {
  const { start: _start, end: _end, confidence: _confidence, why: _why, before, ...rest } = suggested;
  return { id, ...rest, source, ...(before ? { before: { ...before, source } } : {}), reviewed: false };
}

import { parseClaims } from '../../../src/core/claims.ts';
import { buildSuggester, suggest, toClaim, type SuggestedClaim, type Suggester } from '../../../src/core/suggest/index.ts';
import type { Day, Place, Source } from '../../../src/core/types.ts';

const place = (id: string, name: string, aliases: string[], lon: number, lat: number): Place => ({
  id, name, aliases, kind: 'town', geonames: null, coordSource: 'test', approximate: false, coordinates: [lon, lat],
});

/** A small gazetteer of real coastal towns with a press spelling or two each. */
export const PLACES: Place[] = [
  place('benghazi', 'Benghazi', ['Banghazi'], 20.07, 32.11),
  place('ajdabiya', 'Ajdabiya', ['Ajdabiyah', 'Agedabia'], 20.23, 30.76),
  place('brega', 'Brega', ['Marsa el Brega', 'Mersa Brega'], 19.57, 30.41),
  place('ras_lanuf', 'Ras Lanuf', ['Ras Lanouf'], 18.57, 30.48),
  place('bin_jawad', 'Bin Jawad', ['Bin Jawwad', 'Ben Jawad'], 18.09, 30.8),
  place('sirte', 'Sirte', ['Sirt'], 16.59, 31.21),
  place('misrata', 'Misrata', ['Misurata'], 15.09, 32.38),
  place('tripoli', 'Tripoli', [], 13.19, 32.89),
  place('zawiya', 'Zawiya', ['Zawiyah'], 12.73, 32.76),
  place('zintan', 'Zintan', ['Az Zintan'], 12.25, 31.93),
];

let suggester: Suggester | undefined;

/**
 * The suggestions for `text` published on `published` (a Wednesday, 30 March 2011, unless said). Each must be a
 * claim the data would take (its date following from its words, its quote in the text): else this throws.
 */
export function suggestIn(text: string, published = '2011-03-30', outlet: string | null = 'The Test Times'): SuggestedClaim[] {
  suggester ??= buildSuggester(PLACES);
  const claims = suggest({ id: 'test', text, published: published as Day, outlet, headline: null }, suggester).claims;
  const parsed = asData(claims, text, published, outlet);
  if (parsed.problems.length > 0) throw new Error(`suggestions the data would refuse: ${JSON.stringify(parsed.problems)}`);
  return claims;
}

/** `claims` of `text` as `geo/claims.json` would read them, each a claim of one source with that text. */
export function asData(claims: readonly SuggestedClaim[], text: string, published: string, outlet: string | null): ReturnType<typeof parseClaims> {
  const source: Source = {
    id: 'test', file: 'test.txt', outlet, headline: null, byline: null, published: published as Day, dateline: null, notes: '', raw: text, text,
  };
  return parseClaims(JSON.stringify({ claims: claims.map((c, i) => toClaim(c, source.id, `suggested-${i}`)) }), 'claims.json', {
    places: new Set(PLACES.map((p) => p.id)),
    sources: new Map([[source.id, source]]),
  });
}

/** A claim in one line: `place side event date precision`, with `..dateEnd` for a range. */
export function brief(claim: SuggestedClaim): string {
  const end = claim.dateEnd ? `..${claim.dateEnd}` : '';
  return `${claim.place} ${claim.side} ${claim.event} ${claim.date}${end} ${claim.precision}`;
}

export function briefs(text: string, published?: string): string[] {
  return suggestIn(text, published).map(brief);
}

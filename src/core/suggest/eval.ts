/**
 * How good suggestions are, as a reader of the map would judge them: unique (place, side, day) facts against the
 * claims a person coded, precision and recall, where "contested" against a side on the same place and day counts
 * half (the place was fought over; one of the two saw more).
 */
import type { Dataset, Day, Side } from '../types.ts';
import { suggest, type Suggester } from './index.ts';
import type { SuggestedClaim } from './types.ts';

export interface Fact {
  place: string;
  side: Side;
  date: Day;
}

export interface Score {
  precision: number;
  recall: number;
  /** Unique facts suggested, and coded by hand. */
  suggested: number;
  coded: number;
  /** Coded facts no suggestion has, and suggested facts no coded claim has (each with what half-matched it). */
  missed: Fact[];
  wrong: Fact[];
}

const key = (f: Fact): string => `${f.place}|${f.side}|${f.date}`;

export function uniqueFacts(claims: readonly Fact[]): Fact[] {
  const byKey = new Map<string, Fact>();
  for (const { place, side, date } of claims) byKey.set(key({ place, side, date }), { place, side, date });
  return [...byKey.values()];
}

/** Scores `suggested` against `coded` (both any claims; only their place, side and date count). */
export function score(suggestedClaims: readonly Fact[], codedClaims: readonly Fact[]): Score {
  const suggested = uniqueFacts(suggestedClaims);
  const coded = uniqueFacts(codedClaims);
  const credit = (fact: Fact, among: ReadonlySet<string>): number => {
    if (among.has(key(fact))) return 1;
    const others: Side[] = fact.side === 'contested' ? ['rebel', 'government'] : ['contested'];
    return others.some((side) => among.has(key({ ...fact, side }))) ? 0.5 : 0;
  };
  const suggestedKeys = new Set(suggested.map(key));
  const codedKeys = new Set(coded.map(key));
  const hits = suggested.map((f) => credit(f, codedKeys));
  const found = coded.map((f) => credit(f, suggestedKeys));
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    precision: suggested.length === 0 ? 1 : sum(hits) / suggested.length,
    recall: coded.length === 0 ? 1 : sum(found) / coded.length,
    suggested: suggested.length,
    coded: coded.length,
    missed: coded.filter((_, i) => found[i]! < 1),
    wrong: suggested.filter((_, i) => hits[i]! < 1),
  };
}

/** The suggester's claims for each source of a dataset, scored against the dataset's own: per source and overall. */
export function evaluate(
  dataset: Dataset,
  suggester: Suggester,
): { overall: Score; sources: { id: string; score: Score; claims: SuggestedClaim[] }[] } {
  const sources = dataset.sources.map((source) => {
    const article = { id: source.id, text: source.text, published: source.published, outlet: source.outlet, headline: source.headline };
    const claims = suggest(article, suggester).claims;
    return { id: source.id, claims, score: score(claims, dataset.claims.filter((c) => c.source === source.id)) };
  });
  return { overall: score(sources.flatMap((s) => s.claims), dataset.claims), sources };
}

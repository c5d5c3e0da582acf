/**
 * What the suggester reads and answers. An answer's claims are in exactly the shape `geo/claims.json` validates
 * (less the id and source, which the caller gives when the article becomes a source), plus where the quote is and
 * why the suggester thinks it is a claim.
 */
import type { Claim, Day, Mention, PriorState } from '../types.ts';

/** An article as the suggester reads it: cleaned text (offsets count its UTF-16 code units) and what is known of it. */
export interface Article {
  /** An id for the mentions it reports (a file name, or the source id it will get). */
  id: string;
  text: string;
  published: Day;
  outlet: string | null;
  headline: string | null;
}

/**
 * A claim the suggester proposes, for a source that has no id yet: `toClaim` gives it one. It is `reviewed: false`
 * until a person accepts it.
 */
export interface SuggestedClaim extends Omit<Claim, 'id' | 'source' | 'reviewed' | 'before'> {
  before?: Omit<PriorState, 'source'>;
  /** `text.slice(start, end) === quote`. */
  start: number;
  end: number;
  /** 0..1: how sure the suggester is. */
  confidence: number;
  /** The words that made it a claim: the event word and the actor. */
  why: string;
}

/** Where an offline GeoNames extract puts a name, or null where it does not know it. */
export interface ReferencePlace {
  geonames: number | null;
  name: string;
  lon: number;
  lat: number;
}

/** A name that reads like a place but is not in the gazetteer. */
export interface NewPlace {
  name: string;
  mentions: number;
  reference: ReferencePlace | null;
}

export interface Suggestion {
  published: Day;
  headline: string | null;
  outlet: string | null;
  /** Place id of the dateline, or null. */
  dateline: string | null;
  mentions: Mention[];
  claims: SuggestedClaim[];
  newPlaces: NewPlace[];
}

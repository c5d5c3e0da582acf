/**
 * A sentence made ready for the event patterns: lowercased without changing a single offset, its place mentions and
 * its actors replaced by one-letter tokens, so a pattern reads "ACTOR retook the town of PLACE" whatever the names.
 */
import type { Mention, Span } from '../types.ts';
import { findActors, type Actor } from './actors.ts';

/** Marks in the masked text: a token's first code unit says what it is, the rest of its length is FILL. */
export const MARK = { place: '\uE000', rebel: '\uE002', government: '\uE003', pronoun: '\uE004', fill: '\uE001' } as const;

export interface Analysed {
  /** Offsets of the sentence in the article's text. */
  span: Span;
  text: string;
  /** Same length as `text`: lowercased, apostrophes straight, places and actors as tokens. */
  masked: string;
  /** The sentence's mentions, with offsets relative to the sentence. */
  places: (Span & { mention: Mention })[];
  actors: Actor[];
  /** Index of the paragraph the sentence stands in. */
  paragraph: number;
}

/** `text` with each of `spans` turned to spaces, every offset kept: words set aside from what a pattern reads. */
export function blanked(text: string, spans: readonly Span[]): string {
  return spans.reduce((out, s) => out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end), text);
}

/** Lowercase, one code unit for one: offsets into the result are offsets into `text`. */
export function lowerInPlace(text: string): string {
  return text
    .replace(/\p{Lu}/gu, (c) => {
      const lower = c.toLowerCase();
      return lower.length === c.length ? lower : c;
    })
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010\u2011]/g, '-');
}

// Scare quotes around a word or two ("liberated" Bin Jawad, a headline's 'retake Brega') are no clause of their own:
// the words read through them. A single quote opens only after no letter and closes only before none (not "rebels'").
function unquoteWords(text: string): string {
  return text
    .replace(/"([^"\s]+(?:\s[^"\s]+)?)"/g, ' $1 ')
    .replace(/(?<![\p{L}\p{N}])'([^'\s]+(?:\s[^'\s]+){0,2})'(?![\p{L}\p{N}])/gu, ' $1 ');
}

export function analyse(text: string, span: Span, mentions: readonly Mention[], paragraph: number): Analysed {
  const sentence = text.slice(span.start, span.end);
  const lower = lowerInPlace(sentence);
  const places = mentions
    .filter((m) => m.start >= span.start && m.end <= span.end)
    .map((mention) => ({ start: mention.start - span.start, end: mention.end - span.start, mention }));
  const chars = unquoteWords(lower).split('');
  const mark = (s: Span, first: string): void => {
    chars[s.start] = first;
    for (let i = s.start + 1; i < s.end; i++) chars[i] = MARK.fill;
  };
  for (const place of places) mark(place, MARK.place);
  const actors = findActors(lower).filter((a) => !places.some((p) => p.start < a.end && a.start < p.end));
  for (const actor of actors) {
    mark(actor, actor.side === 'rebel' ? MARK.rebel : actor.side === 'government' ? MARK.government : MARK.pronoun);
  }
  return { span, text: sentence, masked: chars.join(''), places, actors, paragraph };
}

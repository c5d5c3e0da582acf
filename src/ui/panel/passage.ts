import type { Claim, Mention, Source, Span } from '../../core/types.ts';
import { h, splitBySpans } from '../dom.ts';

/** A stretch of a source's cleaned text: where it starts, and its words. */
export interface Passage {
  start: number;
  text: string;
}

/** Returns `passage` as nodes, each of `marks` that falls inside it wrapped in a `<mark>`. */
export function marked(doc: Document, passage: Passage, marks: readonly Span[]): Node[] {
  return splitBySpans(doc, passage.text, passage.start, marks, (piece) => h(doc, 'mark', {}, piece));
}

/**
 * Returns the sentence a claim's quote comes from, found through the place's mentions in that source, with the
 * quote's span in it. Falls back to the quote itself where no mentioned sentence holds the whole quote.
 */
export function claimPassage(
  claim: Pick<Claim, 'source' | 'quote'>,
  source: Source,
  mentions: readonly Mention[],
): { passage: Passage; quote: Span } {
  const inSource = mentions.filter((m) => m.source === claim.source);
  const holder = inSource.find((m) => m.sentence.text.includes(claim.quote));
  if (holder) {
    const start = holder.sentence.start + holder.sentence.text.indexOf(claim.quote);
    return { passage: holder.sentence, quote: { start, end: start + claim.quote.length } };
  }
  // Claims are validated to quote the cleaned text, so the quote is there even where no sentence holds it whole.
  const start = Math.max(0, source.text.indexOf(claim.quote));
  return { passage: { start, text: claim.quote }, quote: { start, end: start + claim.quote.length } };
}

/**
 * Returns the passage as nodes with the quote in a `<strong class="quote">` and every mention in a `<mark>`,
 * so the words that carry the claim stand out inside their sentence.
 */
export function quotedPassage(doc: Document, passage: Passage, quote: Span, marks: readonly Span[]): Node[] {
  const end = passage.start + passage.text.length;
  const piece = (from: number, to: number): Passage => ({
    start: from,
    text: passage.text.slice(from - passage.start, to - passage.start),
  });
  const qStart = Math.max(quote.start, passage.start);
  const qEnd = Math.min(quote.end, end);
  return [
    ...marked(doc, piece(passage.start, qStart), marks),
    h(doc, 'strong', { class: 'quote' }, marked(doc, piece(qStart, qEnd), marks)),
    ...marked(doc, piece(qEnd, end), marks),
  ];
}

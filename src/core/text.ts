import { decodeHTML } from 'entities';

/**
 * Returns the text a reader sees: HTML entities decoded (`&rsquo;` → ’), line endings and runs of blanks
 * folded, a byte-order mark dropped, paragraphs kept as one blank line. Markup is left as literal text on
 * purpose: source text is data, and whatever it contains is shown, never interpreted.
 */
export function cleanText(raw: string): string {
  return decodeHTML(raw.replace(/^\uFEFF/, ''))
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00A0\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

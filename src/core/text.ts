import { decodeReferences } from './charrefs.ts';

/**
 * Returns the text a reader sees: HTML entities decoded (`&rsquo;` → ’), line endings and runs of blanks
 * folded, a byte-order mark dropped, paragraphs kept as one blank line. Markup is left as literal text on
 * purpose: source text is data, and whatever it contains is shown, never interpreted. Only complete references
 * (`&name;`, `&#8217;`, `&#x2019;`) are decoded: in plain text `&copy2011` or `&notice;` is what the writer typed.
 */
export function cleanText(raw: string): string {
  return decodeReferences(raw.replace(/^\uFEFF/, ''))
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00A0\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Decodes UTF-8 strictly and keeps a byte-order mark, so the text is the file byte for byte (`cleanText` drops the
 * mark). Throws where the bytes are not UTF-8, naming the offset of the first bad byte, rather than mangling them.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(`not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)}); save the file as UTF-8`);
  }
}

/**
 * Where the first bad sequence starts. A streaming decode tolerates a sequence cut off at the end, so the shortest
 * prefix that fails ends at the byte where decoding breaks down; the sequence it breaks began after the last whole
 * character before that (at most three bytes back): `é` saved as Latin-1 is reported at the é, not the letter after.
 */
function firstBadByte(bytes: Uint8Array): number {
  let lo = 1;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (decodes(bytes.subarray(0, mid), true)) lo = mid + 1;
    else hi = mid;
  }
  let start = lo - 1;
  while (start > 0 && start > lo - 4 && !decodes(bytes.subarray(0, start), false)) start--;
  return start;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/**
 * An article from a file: a text file read as the loaders read sources, or a saved web page reduced to its article
 * text by Mozilla's Readability, with what the page's metadata says of its headline, outlet, byline and day. The
 * page comes parsed by the caller (linkedom in Node, DOMParser in the browser): parsing runs nothing and fetches
 * nothing, and this module only reads the document.
 */
import { Readability } from '@mozilla/readability';
import { parseDay } from './dates.ts';
import { cleanText, decodeUtf8 } from './text.ts';
import type { Day } from './types.ts';

export interface ArticleFile {
  kind: 'text' | 'html';
  /** The cleaned text the suggester reads; offsets count its UTF-16 code units. */
  text: string;
  /**
   * What a source file must hold for the loader to read `text` back (`cleanText(sourceText) === text`): the file
   * itself for text; for a page, its article text with every `&` that would start a reference escaped, since the
   * page's own references were decoded once already.
   */
  sourceText: string;
  headline: string | null;
  outlet: string | null;
  byline: string | null;
  published: Day | null;
}

const EXPECTED = "expected an article's text (UTF-8) or a saved web page (.html)";
// A page needs this many words of article text: fewer is a menu or a cookie notice, not an article.
const MIN_WORDS = 8;
const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html)[\s>]/i;
const BLOCKS = new Set(
  ('address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 ' +
    'h5 h6 header hr li main nav ol p pre section summary table tbody tfoot thead tr ul').split(' '),
);
const ELEMENT = 1;
const TEXT = 3;

/** The file's text, byte for byte; throws, naming the file, for an empty, binary or non-UTF-8 file. */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new Error(`${file}: a binary file (a NUL byte at offset ${nul}); ${EXPECTED}`);
  let raw: string;
  try {
    raw = decodeUtf8(bytes);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}; ${EXPECTED}`);
  }
  if (cleanText(raw) === '') throw new Error(`${file}: the file is empty; ${EXPECTED}`);
  return raw;
}

/** Whether a file is a web page: by its extension, or by a text that opens with `<!doctype html` or `<html`. */
export function isHtml(file: string, raw: string): boolean {
  return /\.x?html?$/i.test(file) || HTML_START.test(raw.replace(/^\uFEFF/, ''));
}

/** A text file as an article: cleaned as a source is; nothing is known of it but its text. */
export function articleFromText(raw: string, file: string): ArticleFile {
  const text = cleanText(raw);
  if (text === '') throw new Error(`${file}: the file is empty; ${EXPECTED}`);
  return { kind: 'text', text, sourceText: raw, headline: null, outlet: null, byline: null, published: null };
}

/**
 * A saved page as an article: Readability's article, each block a paragraph of its own, and the page's metadata.
 * Works on a copy of the document. Throws, naming the file, where the page holds no article text.
 */
export function articleFromPage(page: Document, file: string): ArticleFile {
  const meta = metaDay(page, META_DAYS);
  const time = metaDay(page, TIME_DAYS);
  const read = new Readability(page.cloneNode(true) as Document, { serializer: (node: Node) => node }).parse();
  const body = read?.content ? blockText(read.content) : '';
  const sourceText = body.replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;');
  const text = cleanText(sourceText);
  if ((text.match(/\p{L}+/gu) ?? []).length < MIN_WORDS) {
    throw new Error(`${file}: no article text in the page (fewer than ${MIN_WORDS} words of it); ${EXPECTED}`);
  }
  const outlet = nonEmpty(read?.siteName);
  return {
    kind: 'html',
    text,
    sourceText,
    headline: headlineOf(nonEmpty(read?.title), outlet),
    outlet,
    byline: nonEmpty(read?.byline?.replace(/^by\s+/i, '')),
    published: meta ?? dayOf(read?.publishedTime) ?? time,
  };
}

/** The element's text, blocks as paragraphs (a blank line between), `<br>` as a line break, blanks folded. */
function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === TEXT) {
      parts.push(pre ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'br') parts.push('\n');
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n\n');
    for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child, pre || tag === 'pre');
    if (block) parts.push('\n\n');
    else if (tag === 'td' || tag === 'th') parts.push(' ');
  };
  walk(root, false);
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// The page's day of publication: its metadata first (Readability's own reading, JSON-LD `datePublished` and
// `article:published_time`, comes next), a `<time>` element last, since the first on a page may date anything.
const META_DAYS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"], meta[name="publishdate"], meta[name="publish-date"], meta[name="DC.date.issued"]',
];
const TIME_DAYS = ['time[itemprop="datePublished"], time[pubdate]', 'time[datetime]'];

function metaDay(page: Document, selectors: readonly string[]): Day | null {
  for (const selector of selectors) {
    for (const element of page.querySelectorAll(selector)) {
      const day = dayOf(element.getAttribute('content') ?? element.getAttribute('datetime'));
      if (day !== null) return day;
    }
  }
  return null;
}

/**
 * The calendar day a timestamp is written on (`2011-03-30T23:30:00-04:00` → 2011-03-30), read from its text: the
 * day where it was published, never moved to another zone through a Date.
 */
function dayOf(value: string | null | undefined): Day | null {
  const match = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value ?? '');
  return match ? parseDay(match[1]!) : null;
}

/** A page title often ends with the outlet's name (`Rebels retake Brega - The Example`); the headline does not. */
function headlineOf(title: string | null, outlet: string | null): string | null {
  if (title === null || outlet === null) return title;
  const escaped = outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return nonEmpty(title.replace(new RegExp(`\\s+[-–—|:·]\\s+${escaped}\\s*$`, 'i'), ''));
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * What the reader gives the importer, as an article: a pasted text, or a dropped or chosen file (a text file or a
 * saved page, parsed in an inert document: nothing in it runs or is fetched, and only its text is used).
 */
import { articleFromPage, articleFromText, decodeArticle, isHtml, type ArticleFile } from '../../core/article.ts';

export interface Given {
  /** The name it came with; `pasted text` for a paste. */
  file: string;
  bytes: Uint8Array;
  /** The file's text as it came. */
  original: string;
  article: ArticleFile;
}

export const PASTED = 'pasted text';

/** A file as an article; throws, naming the file, for one that is empty, binary, not UTF-8 or holds no article. */
export async function readGiven(file: File): Promise<Given> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const original = decodeArticle(bytes, file.name);
  // DOMParser's document is inert: its scripts never run and nothing it names is fetched.
  const article = isHtml(file.name, original)
    ? articleFromPage(new DOMParser().parseFromString(original, 'text/html'), file.name)
    : articleFromText(original, file.name);
  return { file: file.name, bytes, original, article };
}

/** A pasted text as an article; a pasted page is read as a page. */
export function readPasted(text: string): Given {
  const bytes = new TextEncoder().encode(text);
  const article = isHtml(PASTED, text)
    ? articleFromPage(new DOMParser().parseFromString(text, 'text/html'), PASTED)
    : articleFromText(text, PASTED);
  return { file: PASTED, bytes, original: text, article };
}

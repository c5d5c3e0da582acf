import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { articleFromPage, articleFromText, decodeArticle, isHtml, type ArticleFile } from '../core/article.ts';

/**
 * A text file or a saved web page from disk, as the core reads articles. A page is parsed by linkedom, which runs
 * none of its scripts and fetches nothing it names. Throws one line naming the file for anything unreadable.
 */
export async function readArticleFile(file: string): Promise<{ bytes: Uint8Array; article: ArticleFile }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : 'cannot be read'}`);
  }
  const raw = decodeArticle(bytes, file);
  if (!isHtml(file, raw)) return { bytes, article: articleFromText(raw, file) };
  const { document } = parseHTML(raw);
  return { bytes, article: articleFromPage(document as unknown as Document, file) };
}

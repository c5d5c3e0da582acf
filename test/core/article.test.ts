import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromPage, articleFromText, decodeArticle, isHtml } from '../../src/core/article.ts';
import { cleanText } from '../../src/core/text.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

const PARAGRAPHS = `
<p>BREGA, Libya &mdash; Rebels retook the oil town of Brega on Tuesday, fighters said, and pushed on toward
<a href="/ras-lanuf">Ras Lanuf</a>, a few miles to the west along the coastal road.</p>
<p>In Ajdabiya, families who had fled the shelling <em>began</em> to come home, and shops opened for the first time in a week.</p>
<p>&ldquo;We will go to Sirte,&rdquo; said a fighter at the checkpoint.<br>He did not give his name.</p>`;

const page = (head: string, body = `<article>${PARAGRAPHS}</article>`): string =>
  `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>${body}<footer>Copyright 2011</footer></body></html>`;

describe('decodeArticle', () => {
  it('gives the text of a UTF-8 file byte for byte, byte-order mark and entities included', () => {
    expect(decodeArticle(utf8('\uFEFFRebels&rsquo; gains\r\n'), 'a.txt')).toBe('\uFEFFRebels&rsquo; gains\r\n');
  });

  it('refuses an empty file, or one of blanks only, naming it', () => {
    expect(() => decodeArticle(new Uint8Array(), 'empty.txt')).toThrow(/^empty\.txt: the file is empty; expected an article's text/);
    expect(() => decodeArticle(utf8(' \n\t\n'), 'blank.txt')).toThrow('blank.txt: the file is empty');
  });

  it('refuses a binary file, naming the first NUL byte', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(() => decodeArticle(bytes, 'photo.png')).toThrow('photo.png: a binary file (a NUL byte at offset 8)');
  });

  it('refuses text that is not UTF-8, naming the offset of the first bad byte', () => {
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' in Brega')]);
    expect(() => decodeArticle(latin1, 'latin1.txt')).toThrow(/^latin1\.txt: not valid UTF-8 \(first bad byte at offset 3\)/);
  });
});

describe('isHtml', () => {
  it('knows a page by its extension', () => {
    expect(isHtml('saved/Story.HTM', 'just words')).toBe(true);
    expect(isHtml('story.html', '')).toBe(true);
  });

  it('knows a page by how it opens, after a byte-order mark, blanks or a comment', () => {
    expect(isHtml('story', '\uFEFF  <!DOCTYPE html><html>')).toBe(true);
    expect(isHtml('story.txt', '<!-- saved from url=(0042) -->\n<html lang="en">')).toBe(true);
  });

  it('takes a text that only mentions markup for text', () => {
    expect(isHtml('story.txt', 'Rebels said the <html> tag was on the banner.')).toBe(false);
    expect(isHtml('notes.txt', '<htmlish> is not a tag')).toBe(false);
  });
});

describe('articleFromText', () => {
  it('cleans the text as the loaders do and knows nothing else of it', () => {
    const article = articleFromText('Rebels&rsquo; gains &amp;lt;b&gt;\r\n\r\n\r\nIn Brega.', 'a.txt');
    expect(article).toEqual({
      kind: 'text', text: 'Rebels’ gains &lt;b>\n\nIn Brega.', sourceText: 'Rebels&rsquo; gains &amp;lt;b&gt;\r\n\r\n\r\nIn Brega.',
      headline: null, outlet: null, byline: null, published: null,
    });
  });
});

describe('articleFromPage', () => {
  it('keeps the article and leaves out the menu and the footer, each block a paragraph', () => {
    const article = articleFromPage(parse(page('<title>Rebels retake Brega</title>')), 'p.html');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^BREGA, Libya — Rebels retook the oil town of Brega on Tuesday, fighters said, and pushed on toward Ras Lanuf, a few miles/);
    expect(paragraphs[1]).toContain('families who had fled the shelling began to come home');
    expect(paragraphs[2]).toBe('“We will go to Sirte,” said a fighter at the checkpoint.\nHe did not give his name.');
    expect(article.text).not.toMatch(/Home|World|Copyright/);
    expect(article.kind).toBe('html');
  });

  it('gives a text the loader reads back unchanged, decoding the page\'s references once', () => {
    const body = `<article>${PARAGRAPHS}<p>The sign read &amp;rsquo; and &amp;amp; and AT&amp;T, in a font rebels painted over the next morning.</p></article>`;
    const article = articleFromPage(parse(page('', body)), 'p.html');
    expect(article.text).toContain('The sign read &rsquo; and &amp; and AT&T, in a font');
    expect(cleanText(article.sourceText)).toBe(article.text);
  });

  it('takes the outlet from og:site_name, the day from article:published_time as written, the headline without the outlet', () => {
    const head = `<title>Rebels retake Brega | The Example Post</title>
      <meta property="og:site_name" content="The Example Post">
      <meta property="article:published_time" content="2011-03-30T23:30:00-04:00">
      <meta name="author" content="By Jane Roe">`;
    const article = articleFromPage(parse(page(head)), 'p.html');
    expect(article).toMatchObject({ headline: 'Rebels retake Brega', outlet: 'The Example Post', published: '2011-03-30', byline: 'Jane Roe' });
  });

  it('reads the headline, publisher and day from JSON-LD', () => {
    const jsonld = {
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Loyalists shell Ajdabiya',
      datePublished: '2011-04-02T01:10:00+02:00', publisher: { '@type': 'Organization', name: 'Wire Service' },
    };
    const head = `<title>Loyalists shell Ajdabiya</title><script type="application/ld+json">${JSON.stringify(jsonld)}</script>`;
    const article = articleFromPage(parse(page(head)), 'p.html');
    expect(article).toMatchObject({ headline: 'Loyalists shell Ajdabiya', outlet: 'Wire Service', published: '2011-04-02' });
  });

  it('reads the day from a <time datetime> where the metadata has none', () => {
    const body = `<article><p class="dateline"><time datetime="2011-03-31">March 31, 2011</time></p>${PARAGRAPHS}</article>`;
    expect(articleFromPage(parse(page('<title>T</title>', body)), 'p.html').published).toBe('2011-03-31');
  });

  it('says null for what the page does not say, and ignores a day that is not on the calendar', () => {
    const head = '<meta property="article:published_time" content="2011-02-30T10:00:00Z">';
    expect(articleFromPage(parse(page(head)), 'p.html')).toMatchObject({ outlet: null, byline: null, published: null });
  });

  it('runs none of the page\'s scripts or event handlers and keeps their code out of the text', () => {
    const flag = globalThis as { frontlineRan?: number };
    const head = '<script>globalThis.frontlineRan = 1</script>';
    const body = `<article onclick="globalThis.frontlineRan = 2">${PARAGRAPHS}<img src="x.png" onerror="globalThis.frontlineRan = 3"><script>document.write('injected words here')</script></article>`;
    const article = articleFromPage(parse(page(head, body)), 'p.html');
    expect(flag.frontlineRan).toBeUndefined();
    expect(article.text).not.toMatch(/frontlineRan|injected|document\.write/);
  });

  it('leaves the document it is given as it was', () => {
    const document = parse(page('<title>T</title><script>var x = 1</script>'));
    const before = document.documentElement.outerHTML;
    articleFromPage(document, 'p.html');
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('refuses a page with no article text, naming the file', () => {
    const nav = '<ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul>';
    expect(() => articleFromPage(parse(page('<title>Index</title>', nav)), 'index.html')).toThrow(
      /^index\.html: no article text in the page/,
    );
    expect(() => articleFromPage(parse('<!doctype html><html><body></body></html>'), 'blank.html')).toThrow('blank.html: no article text');
  });
});

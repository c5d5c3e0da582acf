/**
 * Files given to the importer: a saved page dropped on the dialog fills its outlet, headline and day from the
 * page's metadata; a hostile page or text runs nothing, fetches nothing, and reaches the page only as text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { appOrigin, cspViolations, launchBrowser, openApp, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const PAGE = `<!doctype html><html><head>
<title>Rebels lose Ras Lanuf - The Desert Courier</title>
<meta property="og:site_name" content="The Desert Courier">
<meta property="article:published_time" content="2011-03-30T21:15:00+02:00">
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>Rebels lose Ras Lanuf</h1>
<p>RAS LANUF, Libya — By Wednesday morning the rebels had withdrawn from Ras Lanuf, a rebel commander said, as government forces pressed east along the coast road.</p>
<p>Loyalist troops shelled the town of Brega overnight, residents said, and the rebels fell back toward Ajdabiya, which remained in rebel hands on Wednesday.</p>
<p>Doctors at the hospital in Ajdabiya said they had treated dozens of wounded fighters since the morning, and more were arriving by the hour.</p>
</article><footer>Copyright The Desert Courier</footer></body></html>`;

// Everything a page could use to run code or reach the network, inside an article the reader would want.
const HOSTILE = `<!doctype html><html><head><title>Brega report</title>
<link rel="stylesheet" href="https://evil.example/style.css">
<style>@import url("https://evil.example/import.css"); body { background: url("https://evil.example/bg.png"); }</style>
<script>window.__pwned = 'script';</script>
<script src="https://evil.example/x.js"></script>
<meta http-equiv="refresh" content="0; url=https://evil.example/">
</head><body onload="window.__pwned = 'onload'">
<article><h1>Brega report</h1>
<p onmouseover="window.__pwned = 'handler'">Loyalist troops shelled the town of Brega overnight, residents said. <img src="https://evil.example/pixel.png" onerror="window.__pwned = 'onerror'"></p>
<p><a href="javascript:window.__pwned = 'link'">Rebels said</a> they still held Ajdabiya on Wednesday, and <b>fighting raged</b> around Ras Lanuf.</p>
<iframe src="https://evil.example/frame.html"></iframe>
<p>Residents of Ajdabiya said they heard shelling all night &lt;script&gt;window.__pwned = 'escaped'&lt;/script&gt; from the west.</p>
<object data="https://evil.example/thing.swf"></object><video poster="https://evil.example/poster.png"></video>
</article></body></html>`;

/**
 * How long a drop may take to be read: the page reads the files beside readying the suggester, which on a loaded
 * 2-core machine (the Node tests run beside these) took over a second, vitest's default for a poll.
 */
const DROP_READ = { timeout: 10_000 };

async function drop(page: Page, files: { name: string; text: string; type: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: f.type }));
    return data;
  }, files);
  await page.locator('.importer-drop').dispatchEvent('drop', { dataTransfer: transfer });
}

test('a saved page dropped on the dialog fills Outlet, Headline and Published from its metadata, and its article text', async () => {
  const app = await openApp(browser);
  const { page } = app;
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await drop(page, [{ name: 'ras-lanuf.html', text: PAGE, type: 'text/html' }]);
  await expect.poll(() => dialog.getByLabel('Outlet').inputValue(), DROP_READ).toBe('The Desert Courier');
  expect(await dialog.getByLabel('Headline').inputValue()).toBe('Rebels lose Ras Lanuf');
  expect(await dialog.getByLabel('Published').inputValue()).toBe('2011-03-30');
  const text = await dialog.getByLabel('Article text').inputValue();
  expect(text).toMatch(/^RAS LANUF, Libya — By Wednesday morning/);
  expect(text).not.toMatch(/Home|Copyright/);
  await screenshot(page, 'importer-dropped-page');
  await dialog.getByRole('button', { name: 'Find claims' }).click();
  await dialog.getByRole('list', { name: 'Suggested claims' }).waitFor();
  expect(await dialog.getByRole('button', { name: /^Accept: Ras Lanuf, government, 30 March$/ }).count()).toBe(1);
  expect(app.errors).toEqual([]);
  await app.close();
});

test('several files dropped at once are added one after another', async () => {
  const app = await openApp(browser);
  const { page } = app;
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await drop(page, [
    { name: 'ras-lanuf.html', text: PAGE, type: 'text/html' },
    { name: 'brega.txt', text: 'BREGA, Libya — Loyalist troops shelled the town of Brega overnight, residents said.', type: 'text/plain' },
  ]);
  await expect.poll(() => dialog.locator('.importer-files').textContent(), DROP_READ).toBe('ras-lanuf.html; 1 more to add after it: brega.txt');
  await dialog.getByRole('button', { name: 'Find claims' }).click();
  await dialog.getByRole('button', { name: 'Next article' }).click();
  expect(await dialog.getByLabel('Article text').inputValue()).toMatch(/^BREGA, Libya/);
  await dialog.getByLabel('Published').fill('2011-03-31');
  await dialog.getByRole('button', { name: 'Find claims' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByText('Your articles (2)').click();
  expect(await page.locator('.yours-item').count()).toBe(2);
  await app.close();
});

test('a hostile page and a hostile text run nothing, fetch nothing, and show only as text', async () => {
  const app = await openApp(browser);
  const { page } = app;
  const before = app.requests.length;
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await drop(page, [{ name: 'brega.html', text: HOSTILE, type: 'text/html' }]);
  await expect.poll(() => dialog.getByLabel('Headline').inputValue(), DROP_READ).toBe('Brega report');
  await dialog.getByLabel('Published').fill('2011-03-30');
  await dialog.getByRole('button', { name: 'Find claims' }).click();
  const text = dialog.locator('.review-text');
  await text.waitFor();
  expect(await text.textContent()).toContain("<script>window.__pwned = 'escaped'</script>");
  await text.hover();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Add article' }).click();
  const hostileText = `<img src="https://evil.example/t.png" onerror="window.__pwned = 'text'"> Rebels said they held Ajdabiya on Tuesday. <a href="javascript:alert(1)">Brega</a>`;
  await dialog.getByLabel('Article text').fill(hostileText);
  await dialog.getByLabel('Published').fill('2011-03-31');
  await dialog.getByRole('button', { name: 'Find claims' }).click();
  await text.waitFor();
  expect(await text.textContent()).toContain('<img src="https://evil.example/t.png"');
  // Only paragraphs, place marks and the quote's highlight: nothing the article brought became an element.
  expect(await text.evaluate((el) => [...new Set([...el.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))].sort())).toEqual(
    expect.arrayContaining(['mark', 'p']),
  );
  expect(await dialog.evaluate((el) => el.querySelectorAll('img, iframe, script, a[href^="javascript"], object, video, link, style').length)).toBe(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
  expect(app.requests.slice(before).filter((url) => !url.startsWith(appOrigin()))).toEqual([]);
  expect(app.failed).toEqual([]);
  // Parsing the page in its inert document already meets the page's policy: its inline handlers and styles are
  // refused there too (and said so on the console). Nothing else went wrong.
  const refused = /^console: (Applying inline style|Executing inline event handler) violates the following Content Security Policy directive/;
  expect(app.errors.filter((e) => !refused.test(e))).toEqual([]);
  const violations = await cspViolations(page);
  expect(violations.length).toBeGreaterThan(0);
  // Only inline code and styles, refused; no URL at all was asked for.
  expect(violations.filter((v) => !/^(script-src-attr|style-src-attr|style-src-elem) inline$/.test(v))).toEqual([]);
  await app.close();
});

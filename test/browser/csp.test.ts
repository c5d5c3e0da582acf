/**
 * The shipped build, as the browser tests serve it: a Content-Security-Policy that allows no inline script and no
 * eval, and a build that needs neither. Read over HTTP, no browser needed.
 */
import { expect, test } from 'vitest';
import { appUrl } from './browser.ts';

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return response.text();
}

/** The directives of the policy in index.html's `<meta http-equiv="Content-Security-Policy">`, by name. */
function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)];
  expect(metas).toHaveLength(1);
  const content = /content="([^"]*)"/i.exec(metas[0]![0])?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Every script the built page loads: its `<script src>` and modulepreload links, and the chunks they import. */
async function builtScripts(html: string): Promise<Map<string, string>> {
  const base = appUrl();
  const pending = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => new URL(m[1]!, base).href),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/gi)].map((m) => new URL(m[1]!, base).href),
  ];
  const scripts = new Map<string, string>();
  for (let url = pending.pop(); url !== undefined; url = pending.pop()) {
    if (scripts.has(url)) continue;
    const code = await fetchText(url);
    scripts.set(url, code);
    for (const m of code.matchAll(/["'`](\.\.?\/[\w./-]+\.js)["'`]/g)) pending.push(new URL(m[1]!, url).href);
  }
  return scripts;
}

test('the built page has a Content-Security-Policy that forbids inline script and eval', async () => {
  const policy = policyOf(await fetchText(appUrl()));
  const scriptSrc = policy.get('script-src');
  expect(scriptSrc).toEqual(["'self'"]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  for (const sources of policy.values()) {
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
  }
});

test('the built page has no inline script and no inline event handler', async () => {
  const html = await fetchText(appUrl());
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc="/);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
});

test('the built JavaScript calls neither eval nor new Function', async () => {
  const scripts = await builtScripts(await fetchText(appUrl()));
  expect(scripts.size).toBeGreaterThan(0);
  for (const [url, code] of scripts) {
    expect(code, url).not.toMatch(/\beval\s*\(/);
    expect(code, url).not.toMatch(/\bnew\s+Function\s*\(/);
  }
});

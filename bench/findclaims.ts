/**
 * "Find claims" in the page, through the importer's hook (src/ui/importer/bench.ts), beside the naive suggester
 * (bench/naivesuggest.ts) built and run in the same page on the same article: the first call in each fresh page, and
 * the calls after it, the two taken in turn.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { articleFromText } from '../src/core/article.ts';
import { libyaReference } from '../src/core/reference.ts';
import { buildSuggester, suggest, type Article } from '../src/core/suggest/index.ts';
import type { Place } from '../src/core/types.ts';
import { buildNaiveSuggester, naiveSuggest } from './naivesuggest.ts';
import { openPage, startImporter, type Pages } from './pages.ts';

export interface FindOptions {
  /** The app's page on the real data. */
  url: string;
  article: Article;
  /** The places the page has: the naive suggester's patterns. */
  places: readonly Place[];
  /** Fresh pages, each timing a first call, and the calls after the first in all of them. */
  pages: number;
  finds: number;
}

/** Per call, in order (the first is the page's first): ms and how many claims each found. */
export interface FindRound {
  find: number[];
  naive: number[];
  claims: number[];
  naiveClaims: number[];
  /** How long the dialog's two tasks readying the suggester took (`frontline:warm-up`), if both ran before the first call. */
  warmUp: number | null;
}

// Page code as text, as in viewer.ts: the bundler that runs this file would wrap functions in helpers the page lacks.
// Each page starts with the other of the two, and the page rests between calls, as it would between clicks.
const FIND_ROUND = `async ({ text, published, places, calls, findFirst }) => {
  const hooks = window.__frontlineImporter;
  const naive = window.__benchNaive;
  const out = { find: [], naive: [], claims: [], naiveClaims: [], warmUp: null };
  let built = null;
  const find = () => {
    const warm = performance.getEntriesByName('frontline:warm-up');
    if (out.find.length === 0 && warm.length === 2) out.warmUp = warm[0].duration + warm[1].duration;
    const { ms, claims } = hooks.find(text, published);
    out.find.push(ms);
    out.claims.push(claims);
  };
  const baseline = () => {
    const start = performance.now();
    built ??= naive.buildNaiveSuggester(places);
    out.naiveClaims.push(naive.naiveSuggest(text, published, built).length);
    out.naive.push(performance.now() - start);
  };
  for (let i = 0; i < calls; i++) {
    for (const run of findFirst ? [find, baseline] : [baseline, find]) {
      await new Promise((done) => setTimeout(done, 50));
      run();
    }
  }
  return out;
}`;

/** The naive suggester as a script for the page, defining `window.__benchNaive`. */
async function naiveScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'error',
    build: { write: false, minify: false, lib: { entry: resolve(import.meta.dirname, 'naivesuggest.ts'), formats: ['iife'], name: '__benchNaive' } },
  });
  const code = (Array.isArray(out) ? out[0]! : (out as { output: { code?: string }[] })).output[0]?.code;
  if (!code) throw new Error('importer: the naive suggester could not be built for the page');
  return `${code}\nglobalThis.__benchNaive = __benchNaive;\ntrue`;
}

/** What the page must find in the article: what `suggest` and the naive suggester find in it in Node. */
export function expectedFinds(options: FindOptions): { claims: number; naive: number } {
  const text = articleFromText(options.article.text, 'pasted text').text;
  const suggester = buildSuggester(options.places, libyaReference());
  return {
    claims: suggest({ ...options.article, text, outlet: null, headline: null }, suggester).claims.length,
    naive: naiveSuggest(options.article.text, options.article.published, buildNaiveSuggester(options.places)).length,
  };
}

/** Both, in `options.pages` fresh pages, each with its first call and its share of `options.finds` after it. */
export async function findRounds(pages: Pages, options: FindOptions, errors: string[]): Promise<FindRound[]> {
  const script = await naiveScript();
  const { text, published } = options.article;
  const rounds: FindRound[] = [];
  for (let n = 0; n < options.pages; n++) {
    const page = await openPage(pages.browser, options.url, 30_000);
    try {
      await startImporter(page.page);
      await page.page.evaluate(script);
      const calls = 1 + Math.ceil(options.finds / options.pages);
      const args = { text, published, places: options.places, calls, findFirst: n % 2 === 0 };
      rounds.push((await page.page.evaluate(`(${FIND_ROUND})(${JSON.stringify(args)})`)) as FindRound);
    } finally {
      errors.push(...page.errors);
      await page.close();
    }
  }
  return rounds;
}

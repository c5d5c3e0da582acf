/**
 * The importer part of the benchmark, in the built app in the viewer's Chromium, through the hooks the importer
 * puts on `window.__frontlineImporter` once "Add article" is first clicked: "Find claims" on a 1,500-word article
 * against the naive suggester in the same page (bench/findclaims.ts), and accepting a claim with many added sources
 * against reloading the page with the same sources (bench/accept.ts).
 */
import { acceptRuns, type AcceptOptions } from './accept.ts';
import { expectedFinds, findRounds, type FindOptions } from './findclaims.ts';
import { atMost, median, percentile, ratioAtLeast, result } from './measure.ts';
import type { Pages } from './pages.ts';
import type { SectionOutput } from './sections.ts';

export type ImporterOptions = FindOptions & AcceptOptions;

/** "Find claims" against the naive suggester in the page, and accepting a claim against reloading the page. */
export async function measureImporter(pages: Pages, options: ImporterOptions): Promise<SectionOutput & { errors: string[] }> {
  const section = 'importer';
  const errors: string[] = [];
  const want = expectedFinds(options);
  const rounds = await findRounds(pages, options, errors);
  const { accepts, reloads, checks } = await acceptRuns(pages, options, errors);
  const first = (key: 'find' | 'naive'): number => median(rounds.map((r) => r[key][0]!));
  const later = (key: 'find' | 'naive'): number => median(rounds.flatMap((r) => r[key].slice(1)));
  const words = options.article.text.split(/\s+/u).filter(Boolean).length;
  const found = rounds.flatMap((r) => r.claims);
  const naiveFound = rounds.flatMap((r) => r.naiveClaims);
  const sources = `${options.added} added sources`;
  const warmed = rounds.flatMap((r) => (r.warmUp === null ? [] : [r.warmUp]));
  return {
    errors,
    results: [
      result(section, 'Find claims, 1,500-word article, first call in a page (median)', first('find'), 'ms', atMost(300),
        `${rounds.length} fresh pages, 50 ms after the dialog opened; ${words} words, ${want.claims} claims`),
      result(section, 'of it done before: readying the suggester as the dialog opens (median)', median(warmed), 'ms', null,
        `two tasks once the dialog is on screen: built, then run on three sentences of its own; both done before the first call in ${warmed.length} of ${rounds.length} pages`),
      result(section, 'naive: first call in the page, same article (median)', first('naive'), 'ms', null, 'its patterns built and compiled on the way'),
      result(section, 'Find claims / naive, first call', first('naive') / first('find'), '×', ratioAtLeast(1), 'ms against ms, same pages'),
      result(section, 'Find claims, 1,500-word article, later calls (median)', later('find'), 'ms', atMost(300), `${found.length - rounds.length} calls`),
      result(section, 'naive: later calls in the page, same article (median)', later('naive'), 'ms', null, 'bench/naivesuggest.ts, in turn with Find claims'),
      result(section, 'Find claims / naive, later calls', later('naive') / later('find'), '×', ratioAtLeast(1), 'ms against ms, same pages'),
      result(section, `accept a claim until the map shows it, ${sources} (median)`, median(accepts), 'ms', atMost(100), `${accepts.length} accepts`),
      result(section, `accept a claim until the map shows it, ${sources} (p95)`, percentile(accepts, 0.95), 'ms', atMost(100)),
      result(section, `baseline: reload until the map is drawn, ${sources} (median)`, median(reloads), 'ms', null,
        `${reloads.length} reloads, the same articles kept in IndexedDB`),
      // Issue 11 gives accepting a third of a first render's budget (100 against 300 ms); a reload is a first render.
      result(section, 'accept: reload / accept in place', median(reloads) / median(accepts), '×', ratioAtLeast(3), 'median against median, same page'),
    ],
    checks: [
      {
        check: `importer: Find claims in the page finds what suggest finds in Node on the same article (${want.claims} claims), the naive suggester what it finds in Node (${want.naive})`,
        ok: want.claims > 0 && want.naive > 0 && found.every((n) => n === want.claims) && naiveFound.every((n) => n === want.naive),
        detail: `Find claims: ${[...new Set(found)].join(', ')}; naive: ${[...new Set(naiveFound)].join(', ')}`,
      },
      ...checks,
    ],
  };
}

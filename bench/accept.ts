/**
 * Accepting a claim in the page with many added sources, through the importer's hook (src/ui/importer/bench.ts),
 * until the map's canvas shows it; and, beside it, what a page that could only start again would do: reload, with
 * the same articles kept in IndexedDB, until its map is drawn.
 */
import type { Page } from 'playwright-core';
import type { Source } from '../src/core/types.ts';
import { openPage, startImporter, whenDrawn, type Pages } from './pages.ts';
import type { Check } from './sections.ts';

export interface AcceptOptions {
  /** The app's page on the real data. */
  url: string;
  /** The sources whose texts, in turn, are the articles added before accepting. */
  sources: readonly Source[];
  /** Articles added (the probe among them), accepts timed, reloads timed. */
  added: number;
  accepts: number;
  reloads: number;
}

export interface AcceptRuns {
  /** Per accept: ms until the canvas shows it. */
  accepts: number[];
  /** Per reload: ms from navigation to the `frontline:drawn` mark. */
  reloads: number[];
  checks: Check[];
}

/**
 * An article whose one claim changes the map on its day: Zuwaytinah has no report in the data, so its marker is
 * `no-report` while the claim is pending and `government` once it is accepted.
 */
const PROBE = {
  article: { text: 'AJDABIYA, Libya — Forces loyal to Colonel Qaddafi captured Zuwaytinah on Wednesday, a rebel commander said.', published: '2011-03-31', outlet: 'Bench Wire' },
  day: '2011-03-30',
  place: 'zuwaytinah',
  pending: 'no-report',
  accepted: 'government',
};

/** Waits until every article the page holds is written to IndexedDB. */
const kept = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => document.getElementById('importer')?.dataset['saving'] === '0', undefined, { timeout: 30_000 });

const stateOf = (page: Page, place: string): Promise<string | null> =>
  page.evaluate((id) => window.__frontline?.markerFor(id)?.state ?? null, place);

/** "Your articles (N)" once the page lists `count`, else what it says after 10 s. */
async function listed(page: Page, count: number): Promise<string> {
  await page.waitForFunction((want) => document.querySelector('.yours-summary')?.textContent === want, `Your articles (${count})`, { timeout: 10_000 })
    .catch(() => undefined);
  return String(await page.evaluate(() => document.querySelector('.yours-summary')?.textContent ?? null));
}

/**
 * Adds `options.added - 1` articles (the sources' texts in turn, every claim accepted) and the probe (its claim
 * pending), accepts the probe's claim `options.accepts` times, each once the last is kept, then reloads the page.
 */
export async function acceptRuns(pages: Pages, options: AcceptOptions, errors: string[]): Promise<AcceptRuns> {
  const page = await openPage(pages.browser, `${options.url}#day=${PROBE.day}`, 30_000);
  const p = page.page;
  try {
    await startImporter(p);
    const copies = Array.from({ length: options.added - 1 }, (_, i) => {
      const source = options.sources[i % options.sources.length]!;
      return { text: source.text, published: source.published, outlet: source.outlet ?? 'Bench Wire' };
    });
    const ids = (await p.evaluate(`window.__frontlineImporter.addMany(${JSON.stringify(copies)}, true)`)) as string[];
    const [probe] = (await p.evaluate(`window.__frontlineImporter.addMany(${JSON.stringify([PROBE.article])}, false)`)) as string[];
    await kept(p);
    const pending = await stateOf(p, PROBE.place);
    const accepts: number[] = [];
    for (let i = 0; i < options.accepts; i++) {
      accepts.push((await p.evaluate(`window.__frontlineImporter.accept(${JSON.stringify(probe)}, 0)`)) as number);
      await kept(p);
    }
    const accepted = await stateOf(p, PROBE.place);
    const count = new Set([...ids, probe]).size;
    const before = await listed(p, count);
    const reloads: number[] = [];
    for (let i = 0; i < options.reloads; i++) {
      await p.reload();
      await whenDrawn(p, 60_000);
      reloads.push(await p.evaluate(() => performance.getEntriesByName('frontline:drawn')[0]?.startTime ?? NaN));
    }
    const reloaded = await stateOf(p, PROBE.place);
    const after = await listed(p, count);
    const want = `Your articles (${options.added})`;
    return {
      accepts,
      reloads,
      checks: [
        {
          check: `importer: ${options.added} articles added, each its own source, listed under Your articles and kept across a reload`,
          ok: count === options.added && before === want && after === want,
          detail: `${count} distinct source ids; listed "${before}", after reloading "${after}"`,
        },
        {
          check: `importer: the probe's claim is on the map once accepted (${PROBE.place} on ${PROBE.day}: ${PROBE.pending} while pending, ${PROBE.accepted} once accepted and after a reload)`,
          ok: pending === PROBE.pending && accepted === PROBE.accepted && reloaded === PROBE.accepted,
          detail: `pending ${pending}, accepted ${accepted}, reloaded ${reloaded}`,
        },
      ],
    };
  } finally {
    errors.push(...page.errors);
    await page.close();
  }
}

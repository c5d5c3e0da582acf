/**
 * The accessibility audit of the browser tests: axe-core from node_modules, run in the page as it stands.
 *
 * The app's Content-Security-Policy allows scripts from its own origin only, so `page.addScriptTag({ content })`
 * (an inline script) is refused. `page.evaluate` of axe's source runs it through the DevTools protocol instead,
 * which the page's policy does not govern: the page keeps its real CSP while it is audited, and no test context
 * needs `bypassCSP`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Impacts that fail a test: the issue allows none. Moderate and minor ones are listed in the README. */
const BLOCKING = new Set(['serious', 'critical']);

/** axe-core's violations on the page as it is now, with every rule axe runs by default (WCAG A/AA and best practice). */
export async function audit(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe.run(document),
  );
  return results.violations;
}

/** One line per violation: impact, rule, what it asks, and the elements that break it. */
export function describe(violations: readonly Result[]): string {
  return violations
    .map((v) => `${v.impact ?? '?'} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    .join('\n');
}

/**
 * Audits the page and throws, naming `where` and every serious or critical violation, if there is any; returns
 * the moderate and minor ones (which the README must account for).
 */
export async function expectAccessible(page: Page, where: string): Promise<Result[]> {
  const violations = await audit(page);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  if (blocking.length > 0) throw new Error(`accessibility of ${where}:\n${describe(blocking)}`);
  return violations;
}

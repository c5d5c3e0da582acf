import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyse } from '../../src/core/analysis.ts';
import { addDays } from '../../src/core/dates.ts';
import { stateAt } from '../../src/core/timeline.ts';
import type { Day } from '../../src/core/types.ts';
import { launchBrowser, openApp, prepareData, screenshot, spoken } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });
const dateText = (page: Page): Promise<string | null> => slider(page).getAttribute('aria-valuetext');

test('the slider is labelled Date and speaks the selected date', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  expect(await slider(app.page).count()).toBe(1);
  expect(await dateText(app.page)).toBe('30 March 2011');
  expect(await app.page.locator('#date-label').textContent()).toBe('Wednesday 30 March 2011');
  await app.close();
});

test('arrow keys step one day, and Home and End reach two days either side of the reports', async () => {
  const { timeline } = analyse(await prepareData());
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  await slider(app.page).focus();
  await app.page.keyboard.press('ArrowRight');
  expect(await dateText(app.page)).toBe('31 March 2011');
  await app.page.keyboard.press('ArrowLeft');
  await app.page.keyboard.press('ArrowLeft');
  expect(await dateText(app.page)).toBe('29 March 2011');
  await app.page.keyboard.press('Home');
  expect(await dateText(app.page)).toBe(spoken(addDays(timeline.domain.start, -2)));
  await app.page.keyboard.press('End');
  expect(await dateText(app.page)).toBe(spoken(addDays(timeline.domain.end, 2)));
  await app.close();
});

test('the previous and next day buttons step one day', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  await app.page.getByRole('button', { name: 'Next day' }).click();
  expect(await dateText(app.page)).toBe('31 March 2011');
  await app.page.getByRole('button', { name: 'Previous day' }).click();
  await app.page.getByRole('button', { name: 'Previous day' }).click();
  expect(await dateText(app.page)).toBe('29 March 2011');
  await app.close();
});

test('play moves through the days and pause stops it', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-20' });
  await app.page.getByLabel('Speed').selectOption({ label: 'Fast' });
  await app.page.getByRole('button', { name: 'Play' }).click();
  await app.page.waitForFunction(() => location.hash.includes('day=2011-03-22'));
  await app.page.getByRole('button', { name: 'Pause' }).click();
  const paused = await dateText(app.page);
  await app.page.waitForTimeout(900);
  expect(await dateText(app.page)).toBe(paused);
  expect(paused).not.toBe('20 March 2011');
  await app.close();
});

test('a settled date change is announced briefly in the live region', async () => {
  const { timeline } = analyse(await prepareData());
  const from = stateAt(timeline, '2011-03-30' as Day);
  const changed = stateAt(timeline, '2011-03-31' as Day).filter((s, i) => s.state !== from[i]?.state).length;
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  const region = app.page.locator('#announcer');
  expect(await region.getAttribute('aria-live')).toBe('polite');
  await slider(app.page).focus();
  await app.page.keyboard.press('ArrowRight');
  await app.page.waitForFunction(() => document.getElementById('announcer')!.textContent !== '');
  expect(await region.textContent()).toBe(`31 March 2011: ${changed} ${changed === 1 ? 'place' : 'places'} changed`);
  await app.close();
});

test('keyboard alone reaches the date controls and the export menu, with a visible focus', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  const wanted = new Map([
    ['Export', false],
    ['Previous day', false],
    ['Date', false],
    ['Next day', false],
    ['Play', false],
    ['Speed', false],
  ]);
  for (let i = 0; i < 120 && [...wanted.values()].includes(false); i += 1) {
    await app.page.keyboard.press('Tab');
    const focused = await app.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const name =
        el.getAttribute('aria-label') ??
        (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
        el.closest('label')?.firstChild?.textContent?.trim() ??
        el.textContent?.trim();
      return { name, outline: getComputedStyle(el).outlineStyle };
    });
    if (focused?.name && wanted.has(focused.name)) {
      wanted.set(focused.name, true);
      expect(focused.outline, `focus ring on ${focused.name}`).not.toBe('none');
    }
  }
  expect(Object.fromEntries(wanted)).toEqual(Object.fromEntries([...wanted.keys()].map((k) => [k, true])));
  await screenshot(app.page, 'keyboard-focus');
  await app.close();
});

test('the slider, once reached by Tab, changes the date with the arrow keys', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-30' });
  for (let i = 0; i < 120; i += 1) {
    await app.page.keyboard.press('Tab');
    if (await app.page.evaluate(() => document.activeElement?.id === 'date-slider')) break;
  }
  await app.page.keyboard.press('ArrowRight');
  expect(await dateText(app.page)).toBe('31 March 2011');
  await app.close();
});

for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo']) {
  test(`dates do not shift in ${timezoneId}`, async () => {
    const app = await openApp(browser, { hash: '#day=2011-03-30', timezoneId });
    expect(await app.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
    expect(await dateText(app.page)).toBe('30 March 2011');
    expect(await app.page.locator('#date-label').textContent()).toBe('Wednesday 30 March 2011');
    await app.page.getByRole('button', { name: 'Next day' }).click();
    expect(await dateText(app.page)).toBe('31 March 2011');
    await app.page.waitForFunction(() => location.hash.includes('day=2011-03-31'));
    await app.close();
  });
}

/** What each part of the page says of the day: the date, the map's front, the list, the chart, the panel, the labels. */
const READ_PARTS = `() => ({
  date: document.getElementById('date-label').textContent,
  map: window.__frontline.fronts().map((f) => f.km).join(' '),
  list: document.querySelector('.places-caption').textContent,
  chart: document.querySelector('#chart .chart-day').getAttribute('x1'),
  panel: document.getElementById('panel-day-title').textContent,
  labels: [...document.querySelectorAll('.front-label')].filter((l) => getComputedStyle(l).visibility !== 'hidden').map((l) => l.textContent),
})`;
interface Parts {
  date: string;
  map: string;
  list: string;
  chart: string;
  panel: string;
  labels: string[];
}

test('a drag moves the map and the date at every step; the list, the chart, the panel and the fronts’ labels follow once it rests', async () => {
  const app = await openApp(browser, { hash: '#day=2011-03-31&place=ras_lanuf' });
  const { page } = app;
  const read = (): Promise<Parts> => page.evaluate(`(${READ_PARTS})()`) as Promise<Parts>;
  const before = await read();
  expect(before.labels.length).toBeGreaterThan(0);
  // Three steps back, a frame apart, as a hand drags; what each part says right after each step.
  const during = (await page.evaluate(`(async () => {
    const slider = document.getElementById('date-slider');
    const steps = [];
    for (let i = 0; i < 3; i++) {
      slider.value = String(Number(slider.value) - 1);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      steps.push((${READ_PARTS})());
      await new Promise((done) => requestAnimationFrame(done));
    }
    return steps;
  })()`)) as Parts[];
  expect(during.map((p) => p.date)).toEqual(['Wednesday 30 March 2011', 'Tuesday 29 March 2011', 'Monday 28 March 2011']);
  expect(new Set(during.map((p) => p.map)).size).toBeGreaterThan(1);
  for (const step of during) {
    expect(step).toMatchObject({ list: before.list, chart: before.chart, panel: before.panel, labels: [] });
  }
  // At rest, every part says the day the slider rests on: as a page opened on that day does.
  await expect.poll(async () => (await read()).panel).toBe('On 28 March 2011');
  const rested = await read();
  const fresh = await openApp(browser, { hash: '#day=2011-03-28&place=ras_lanuf' });
  expect(rested).toEqual(await fresh.page.evaluate(`(${READ_PARTS})()`));
  expect(rested.chart).not.toBe(before.chart);
  await fresh.close();
  // A button is one step, not a drag: every part moves in the task that handles the click.
  const clicked = (await page.evaluate(`(() => {
    document.querySelector('button[aria-label="Next day"]').click();
    return (${READ_PARTS})();
  })()`)) as Parts;
  expect(clicked).toMatchObject({ date: 'Tuesday 29 March 2011', list: 'East to west along the highway; state on 29 March 2011.', panel: 'On 29 March 2011' });
  expect(clicked.labels.length).toBeGreaterThan(0);
  expect(app.errors).toEqual([]);
  await app.close();
});

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Day } from '../../../src/core/types.ts';
import { afterRest } from '../../../src/ui/dom.ts';
import { createStore, type ViewState } from '../../../src/ui/store.ts';
import { createResting, REST_AFTER_MS } from '../../../src/ui/time/resting.ts';

const day = (d: number): Day => `2011-03-${String(d).padStart(2, '0')}` as Day;
const initial: ViewState = { day: day(20), compare: null, place: null, sources: ['a'], center: [31, 17], zoom: 7, reader: null };

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => vi.useRealTimers());

describe('afterRest', () => {
  test('runs once a burst of calls has rested, however long the burst', () => {
    const run = vi.fn();
    const poke = afterRest(100, run);
    // A drag: a call every frame for a second.
    for (let t = 0; t < 1000; t += 16) {
      poke();
      vi.advanceTimersByTime(16);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(99 - 16);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    // A second burst after the rest runs it again.
    poke();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(2);
  });

  test('keeps one timer for a whole burst', () => {
    const poke = afterRest(100, () => {});
    for (let i = 0; i < 50; i++) poke();
    expect(vi.getTimerCount()).toBe(1);
  });
});

describe('createResting', () => {
  test('passes on a day set other than by a drag at once, and everything else', () => {
    const store = createStore(initial);
    const resting = createResting(store);
    const seen: Day[] = [];
    resting.subscribe((view) => seen.push(view.day));
    store.set({ day: day(21) });
    expect(resting.get().day).toBe(day(21));
    store.set({ place: 'brega' });
    expect(resting.get().place).toBe('brega');
    expect(seen).toEqual([day(21), day(21)]);
  });

  test('keeps its day through a drag and moves to where it rested, once, when it rests', () => {
    const store = createStore(initial);
    const resting = createResting(store);
    const seen: [Day, Day][] = [];
    resting.subscribe((view, previous) => seen.push([previous.day, view.day]));
    for (let d = 21; d <= 28; d++) {
      resting.drag();
      store.set({ day: day(d) });
      vi.advanceTimersByTime(16);
    }
    expect(store.get().day).toBe(day(28));
    expect(resting.get().day).toBe(day(20));
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(REST_AFTER_MS);
    expect(resting.get().day).toBe(day(28));
    expect(seen).toEqual([[day(20), day(28)]]);
  });

  test('passes on what else changes during a drag at once, with the day it keeps', () => {
    const store = createStore(initial);
    const resting = createResting(store);
    resting.drag();
    store.set({ day: day(22) });
    store.set({ place: 'brega' });
    expect(resting.get()).toMatchObject({ day: day(20), place: 'brega' });
    vi.advanceTimersByTime(REST_AFTER_MS);
    expect(resting.get()).toMatchObject({ day: day(22), place: 'brega' });
  });

  test('a drag that comes back to where it began says nothing when it rests', () => {
    const store = createStore(initial);
    const resting = createResting(store);
    const listener = vi.fn();
    resting.subscribe(listener);
    for (const d of [21, 22, 21, 20]) {
      resting.drag();
      store.set({ day: day(d) });
    }
    vi.advanceTimersByTime(REST_AFTER_MS);
    expect(listener).not.toHaveBeenCalled();
    expect(resting.get().day).toBe(day(20));
  });

  test('writes to the store it views', () => {
    const store = createStore(initial);
    createResting(store).set({ day: day(25) });
    expect(store.get().day).toBe(day(25));
  });
});

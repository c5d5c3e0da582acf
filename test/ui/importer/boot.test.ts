import { describe, expect, test } from 'vitest';
import { linkNotes, scopedStore } from '../../../src/ui/importer/boot.ts';
import { createStore, type ViewState } from '../../../src/ui/store.ts';
import type { Day } from '../../../src/core/types.ts';

const VIEW: ViewState = { day: '2011-03-30' as Day, compare: null, place: null, sources: ['a'], center: [31, 17], zoom: 7, reader: null };

describe('the importer’s boot helpers', () => {
  test('a scoped store lets go of all its listeners at once, and still sets the one state', () => {
    const store = createStore(VIEW);
    const scope = scopedStore(store);
    const heard: string[] = [];
    scope.store.subscribe((view) => heard.push(`scoped ${view.day}`));
    store.subscribe((view) => heard.push(`page ${view.day}`));
    store.set({ day: '2011-03-31' as Day });
    scope.detach();
    scope.store.subscribe(() => heard.push('after detach'));
    scope.store.set({ day: '2011-04-01' as Day });
    expect(heard).toEqual(['scoped 2011-03-31', 'page 2011-03-31', 'page 2011-04-01']);
    expect(store.get().day).toBe('2011-04-01');
  });

  test('a link naming sources or a place this browser lacks is said once each, naming them', () => {
    const rules = { sources: new Set(['nyt-2011-03-30']), places: new Set(['brega']) };
    expect(linkNotes('#sources=nyt-2011-03-30,mine-2011-04-02&reader=mine-2011-04-02&place=wadi_zamzam', rules)).toEqual([
      'This link names a source this browser does not have ("mine-2011-04-02"); it shows what it has.',
      'This link names a place this browser does not have ("wadi_zamzam"); it shows what it has.',
    ]);
    expect(linkNotes('#day=2011-03-30&sources=nyt-2011-03-30&place=brega', rules)).toEqual([]);
  });
});

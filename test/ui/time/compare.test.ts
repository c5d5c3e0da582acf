import { describe, expect, test } from 'vitest';
import type { Day } from '../../../src/core/types.ts';
import { comparedDays, exportedChanges } from '../../../src/ui/time/compare.ts';

const d = (s: string): Day => s as Day;

describe('comparedDays', () => {
  test('puts the earlier day first, whichever of the two the slider is on', () => {
    expect(comparedDays({ day: d('2011-03-31'), compare: d('2011-03-28') })).toEqual({ from: '2011-03-28', to: '2011-03-31' });
    expect(comparedDays({ day: d('2011-03-28'), compare: d('2011-03-31') })).toEqual({ from: '2011-03-28', to: '2011-03-31' });
  });

  test('is null while no day is compared', () => {
    expect(comparedDays({ day: d('2011-03-31'), compare: null })).toBeNull();
  });
});

describe('exportedChanges', () => {
  test('exports the compared days, else the changes since the day before the slider’s', () => {
    expect(exportedChanges({ day: d('2011-03-31'), compare: d('2011-04-01') })).toEqual({ from: '2011-03-31', to: '2011-04-01' });
    expect(exportedChanges({ day: d('2011-04-01'), compare: null })).toEqual({ from: '2011-03-31', to: '2011-04-01' });
  });
});

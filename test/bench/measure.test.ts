import { describe, expect, it } from 'vitest';
import { atMost, format, ratioAtLeast, result, table, withReference } from '../../bench/measure.ts';

describe('benchmark results', () => {
  it('a ratio goal says it is one, and an absolute goal says it is absolute', () => {
    expect(result('s', 'speed-up', 4, '×', ratioAtLeast(5)).goal).toEqual({ op: '>=', value: 5, kind: 'ratio' });
    expect(result('s', 'time', 4, 'ms', atMost(5)).goal).toEqual({ op: '<=', value: 5, kind: 'absolute' });
  });

  it('a time is divided by the speed index, a throughput multiplied by it, and a ratio, count or size left alone', () => {
    expect(withReference(result('s', 'time', 50, 'ms'), 250).perReference).toEqual({ value: 0.2, unit: '× ref' });
    expect(withReference(result('s', 'rate', 40, 'MB/s'), 250).perReference).toEqual({ value: 10, unit: 'MB/ref' });
    for (const unit of ['×', 'tasks', 'kB']) expect(withReference(result('s', 'other', 3, unit), 250).perReference).toBeNull();
  });

  it('the printed table shows the figure per reference, the goal and its kind, and marks a missed absolute goal as information', () => {
    const rows = [
      withReference(result('viewer', 'slider step', 12, 'ms', atMost(8)), 240),
      result('viewer', 'slider step, baseline / Frontline', 3, '×', ratioAtLeast(5)),
    ];
    const lines = table(rows).split('\n');
    expect(lines[0]).toMatch(/\| section +\| measure +\| value +\| per reference +\| goal +\| kind +\| +\| note +\|/);
    expect(lines[2]).toMatch(/\| 12 ms +\| 0\.0500 × ref +\| ≤ 8 ms +\| absolute +\| miss \(info\) +\|/);
    expect(lines[3]).toMatch(/\| 3 × +\| +\| ≥ 5 × +\| ratio +\| MISS +\|/);
  });

  it('figures are printed to three significant digits', () => {
    expect([format(0.000156), format(0.0348), format(4.8), format(54.12), format(155.48), format(11702.8)]).toEqual([
      '0.000156', '0.0348', '4.80', '54.1', '155', '11,703',
    ]);
  });
});

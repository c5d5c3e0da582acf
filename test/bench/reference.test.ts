import { describe, expect, it } from 'vitest';
import { measureSpeedIndex, REFERENCE_CHECKSUM } from '../../bench/reference.ts';

describe('the speed index', () => {
  it('is the median of timed runs of the workload whose answer is recorded, so indexes of different runs measure the same work', () => {
    const index = measureSpeedIndex(3);
    expect(index.checksum).toBe(REFERENCE_CHECKSUM);
    expect(index.same).toBe(true);
    expect(index.samples).toHaveLength(3);
    expect(index.samples.every((ms) => ms > 0)).toBe(true);
    expect(index.ms).toBe([...index.samples].sort((a, b) => a - b)[1]);
  });
});

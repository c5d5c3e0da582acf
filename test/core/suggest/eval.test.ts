import { describe, expect, it } from 'vitest';
import { DEFAULT_GEO_DIR, folderReader } from '../../../src/cli/files.ts';
import { loadDataset } from '../../../src/core/dataset.ts';
import { evaluate, score, type Fact } from '../../../src/core/suggest/eval.ts';
import { buildSuggester } from '../../../src/core/suggest/index.ts';
import type { Day, Side } from '../../../src/core/types.ts';

const fact = (place: string, side: Side, date: string): Fact => ({ place, side, date: date as Day });

describe('score', () => {
  it('counts unique (place, side, day) facts, however many claims say each', () => {
    const coded = [fact('brega', 'rebel', '2011-03-30'), fact('brega', 'rebel', '2011-03-30'), fact('sirte', 'government', '2011-03-30')];
    const suggested = [fact('brega', 'rebel', '2011-03-30'), fact('misrata', 'rebel', '2011-03-30')];
    expect(score(suggested, coded)).toMatchObject({ precision: 0.5, recall: 0.5, suggested: 2, coded: 2 });
  });

  it('counts contested against a side on the same place and day as half', () => {
    const result = score([fact('brega', 'contested', '2011-03-30')], [fact('brega', 'government', '2011-03-30')]);
    expect(result).toMatchObject({ precision: 0.5, recall: 0.5 });
    expect(score([fact('brega', 'rebel', '2011-03-30')], [fact('brega', 'government', '2011-03-30')])).toMatchObject({
      precision: 0,
      recall: 0,
    });
  });

  it('lists what was missed and what was wrong', () => {
    const result = score([fact('brega', 'rebel', '2011-03-29')], [fact('brega', 'rebel', '2011-03-30')]);
    expect(result.missed).toEqual([fact('brega', 'rebel', '2011-03-30')]);
    expect(result.wrong).toEqual([fact('brega', 'rebel', '2011-03-29')]);
  });
});

describe('evaluate on the four sources', () => {
  it('meets the issue\'s goal against the claims a person coded: precision ≥ 0.85, recall ≥ 0.80', async () => {
    const { dataset } = await loadDataset(folderReader(DEFAULT_GEO_DIR));
    const { overall, sources } = evaluate(dataset, buildSuggester(dataset.places));
    expect(sources.map((s) => s.id).sort()).toEqual(dataset.sources.map((s) => s.id).sort());
    expect(overall.precision).toBeGreaterThanOrEqual(0.85);
    expect(overall.recall).toBeGreaterThanOrEqual(0.8);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { folderReader } from '../../src/cli/files.ts';
import { analyse, prepare, type Analysis } from '../../src/core/analysis.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { addDays } from '../../src/core/dates.ts';
import { mentionsCollection, serialize, snapshotCollection, timelineCollection, type Citation } from '../../src/core/export.ts';
import { buildMatcher, findMentions } from '../../src/core/mentions.ts';
import type { Claim, Day } from '../../src/core/types.ts';

async function realAnalysis(): Promise<Analysis> {
  const { dataset, problems } = await loadDataset(folderReader('geo'));
  expect(problems).toEqual([]);
  return analyse(prepare(dataset));
}

/** claims.json as written, not as parsed: a claim the parser dropped would be missing from both sides. */
const writtenClaims = (): Claim[] => (JSON.parse(readFileSync('geo/claims.json', 'utf8')) as { claims: Claim[] }).claims;

function everyDay(analysis: Analysis): Day[] {
  const days: Day[] = [];
  for (let day = analysis.timeline.domain.start; day <= analysis.timeline.domain.end; day = addDays(day, 1)) days.push(day);
  return days;
}

function citationsOf(text: string): Citation[] {
  const fc = JSON.parse(text) as { features: { properties: { citations?: Citation[] } }[] };
  return fc.features.flatMap((f) => f.properties.citations ?? []);
}

describe('exports of the real data, read back', () => {
  it('give the same bytes when parsed and serialised again: the snapshot of every day', async () => {
    const analysis = await realAnalysis();
    for (const day of everyDay(analysis)) {
      const text = serialize(snapshotCollection(analysis, day));
      expect(serialize(JSON.parse(text)), day).toBe(text);
    }
  });

  it('give the same bytes when parsed and serialised again: the timeline and the mentions', async () => {
    const analysis = await realAnalysis();
    for (const text of [serialize(timelineCollection(analysis)), serialize(mentionsCollection(analysis))]) {
      expect(serialize(JSON.parse(text))).toBe(text);
    }
  });

  it('cite every claim of claims.json in the timeline, by id, with its own quote', async () => {
    const citations = citationsOf(serialize(timelineCollection(await realAnalysis())));
    const cited = new Set(citations.filter((c) => c.basis === 'claim').map((c) => JSON.stringify([c.claim, c.quote])));
    const claims = writtenClaims();
    expect(claims.length).toBeGreaterThan(20);
    for (const claim of claims) expect(cited.has(JSON.stringify([claim.id, claim.quote])), claim.id).toBe(true);
  });

  it('cite the quote of every prior state that comes before the place’s first claim, as that claim’s before', async () => {
    const citations = citationsOf(serialize(timelineCollection(await realAnalysis())));
    const claims = writtenClaims();
    const firstDay = (place: string): string => claims.filter((c) => c.place === place).map((c) => c.date).sort()[0]!;
    // A before that starts on or after an earlier claim of its place is overruled by that claim, so it fills no day.
    const filling = claims.filter((c) => c.before?.since !== undefined && c.before.since < firstDay(c.place));
    expect(filling.length).toBeGreaterThan(0);
    for (const claim of filling) {
      const match = citations.find((c) => c.claim === claim.id && c.basis === 'before' && c.quote === claim.before!.quote);
      expect(match, claim.id).toBeDefined();
    }
  });

  it('keep every mention, with its place, source, offsets, words and sentence', async () => {
    const analysis = await realAnalysis();
    const fc = JSON.parse(serialize(mentionsCollection(analysis))) as { features: { properties: Record<string, unknown> }[] };
    const exported = fc.features.map(({ properties: p }) => [p.place, p.source, p.start, p.end, p.surface, p.sentence]);
    const matcher = buildMatcher(analysis.dataset.places);
    const found = analysis.dataset.sources
      .flatMap((s) => findMentions(matcher, s.id, s.text))
      .map((m) => [m.place, m.source, m.start, m.end, m.surface, m.sentence.text]);
    expect(found.length).toBeGreaterThan(40);
    expect(exported).toEqual(found);
  });
});

import { describe, expect, test } from 'vitest';
import { folderReader } from '../../src/cli/files.ts';
import { newSourceId } from '../../src/core/addition.ts';
import { articleFromText } from '../../src/core/article.ts';
import { datasetWith, parseBundle, serializeBundle } from '../../src/core/bundle.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { libyaReference } from '../../src/core/reference.ts';
import { bundleOf, decide, editClaim, placedFeature, reviewRows, type ReviewedArticle } from '../../src/core/review.ts';
import { readSource } from '../../src/core/sources.ts';
import { buildSuggester, suggest } from '../../src/core/suggest/index.ts';
import type { Day, SourceMeta } from '../../src/core/types.ts';
import { readFileSync } from 'node:fs';

const TEXT = readFileSync('test/fixtures/articles/test-wire.txt', 'utf8');
const PUBLISHED = '2011-03-30' as Day;

async function reviewed(): Promise<{ article: ReviewedArticle; read: ReturnType<typeof folderReader> }> {
  const read = folderReader('geo');
  const { dataset } = await loadDataset(read);
  const file = articleFromText(TEXT, 'test-wire.txt');
  const id = newSourceId(new Set(dataset.sources.map((s) => s.id)), { outlet: 'Test Wire', headline: null, file: 'test-wire.txt', published: PUBLISHED });
  const suggestion = suggest({ id, text: file.text, published: PUBLISHED, outlet: 'Test Wire', headline: null }, buildSuggester(dataset.places, libyaReference()));
  const entry: SourceMeta = { id, file: `${id}.txt`, outlet: 'Test Wire', headline: null, byline: null, published: PUBLISHED, dateline: suggestion.dateline, notes: 'test' };
  const rows = reviewRows(suggestion.claims, id, new Set(dataset.claims.map((c) => c.id)));
  return { article: { file: 'test-wire.txt', kind: 'text', original: TEXT, sourceText: file.sourceText, entry, rows, places: [] }, read };
}

describe('reviewing an article', () => {
  test('every suggestion starts pending and unreviewed; accepting makes it a person’s claim', async () => {
    const { article } = await reviewed();
    expect(article.rows.length).toBeGreaterThanOrEqual(3);
    expect(article.rows.every((r) => r.decision === 'pending' && r.claim.reviewed === false)).toBe(true);
    const accepted = decide(article.rows[0]!, 'accepted');
    expect(accepted.claim.reviewed).toBe(true);
    expect(decide(accepted, 'pending').claim.reviewed).toBe(false);
  });

  test('only accepted claims go into the bundle, and the bundle loads with geo/ through the loaders', async () => {
    const { article, read } = await reviewed();
    article.rows = article.rows.map((r, i) => decide(r, i === 0 ? 'rejected' : i === 1 ? 'pending' : 'accepted'));
    const bundle = bundleOf([article]);
    expect(bundle.claims.map((c) => c.id)).toEqual(article.rows.slice(2).map((r) => r.claim.id));
    const parsed = parseBundle(serializeBundle(bundle), 'b.json');
    expect(parsed.problems).toEqual([]);
    const { dataset, problems } = await datasetWith(parsed.value!, read);
    expect(problems).toEqual([]);
    expect(dataset.sources.at(-1)!.id).toBe(article.entry.id);
    expect(dataset.claims.slice(-bundle.claims.length)).toEqual(bundle.claims);
  });

  test('an edit of the day finds the narrated day its words count from, keeps the quote, and is accepted', async () => {
    const { article, read } = await reviewed();
    const { dataset } = await loadDataset(read);
    const source = readSource(article.entry, article.sourceText);
    const ctx = { places: new Set(dataset.places.map((p) => p.id)), sources: new Map([[source.id, source]]) };
    const row = article.rows.find((r) => r.claim.resolvedFrom === 'on Tuesday')!;
    const edited = editClaim(row, { date: '2011-03-22' as Day, side: 'contested', event: 'contested' }, source, ctx);
    expect('row' in edited && edited.row).toMatchObject({
      decision: 'accepted',
      edited: true,
      claim: { date: '2011-03-22', side: 'contested', event: 'contested', quote: row.claim.quote, narrativeDay: '2011-03-23', reviewed: true },
    });
  });

  test('an edit the source’s words cannot support is refused with the loader’s reason', async () => {
    const { article, read } = await reviewed();
    const { dataset } = await loadDataset(read);
    const source = readSource(article.entry, article.sourceText);
    const ctx = { places: new Set(dataset.places.map((p) => p.id)), sources: new Map([[source.id, source]]) };
    const row = article.rows.find((r) => r.claim.resolvedFrom === 'on Tuesday')!;
    const range = editClaim(row, { precision: 'range', dateEnd: '2011-03-30' as Day }, source, ctx);
    expect('problems' in range && range.problems.map((p) => p.field)).toContain('date');
    const place = editClaim(row, { place: 'atlantis' }, source, ctx);
    expect('problems' in place && place.problems[0]).toMatchObject({ field: 'place', message: 'unknown place "atlantis"' });
  });

  test('a name placed on the map is a gazetteer feature marked approximate, with a fresh id', async () => {
    const { dataset } = await loadDataset(folderReader('geo'));
    const feature = placedFeature('Wadi Zamzam', [15.123456, 31.5], dataset.places, 'test-wire-2011-03-30');
    expect(feature).toMatchObject({
      properties: { id: 'wadi_zamzam', name: 'Wadi Zamzam', geonames: null, approximate: true },
      geometry: { coordinates: [15.12346, 31.5] },
    });
    expect(feature.properties.coordSource).toMatch(/placed on the map by a reader/);
  });

  test('a file that is not a bundle is refused, naming the field', () => {
    expect(parseBundle('{"format":"geojson"}', 'x.json').problems[0]).toMatchObject({ file: 'x.json', field: 'format' });
    expect(parseBundle('{"format":"frontline-articles","version":1,"sources":[{"entry":{"file":"a.txt"},"files":[]}],"claims":[],"places":[]}', 'x.json').problems[0])
      .toMatchObject({ item: 'source 0', field: 'files' });
  });
});

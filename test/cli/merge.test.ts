import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderReader } from '../../src/cli/files.ts';
import { newSourceId } from '../../src/core/addition.ts';
import { articleFromText } from '../../src/core/article.ts';
import { datasetWith, serializeBundle, type Bundle } from '../../src/core/bundle.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { libyaReference } from '../../src/core/reference.ts';
import { bundleOf, decide, reviewRows } from '../../src/core/review.ts';
import { buildSuggester, suggest } from '../../src/core/suggest/index.ts';
import type { Day } from '../../src/core/types.ts';
import { run } from './cli.ts';

async function copyOfGeo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frontline-merge-'));
  await cp('geo', join(dir, 'geo'), { recursive: true });
  return dir;
}

/** A bundle of the test article with every suggestion accepted, as "Download your articles" saves it. */
async function bundleFile(dir: string): Promise<{ path: string; bundle: Bundle }> {
  const text = await readFile('test/fixtures/articles/test-wire.txt', 'utf8');
  const { dataset } = await loadDataset(folderReader('geo'));
  const published = '2011-03-30' as Day;
  const id = newSourceId(new Set(), { outlet: 'Test Wire', headline: null, file: 'x.txt', published });
  const article = articleFromText(text, 'test-wire.txt');
  const suggestion = suggest({ id, text: article.text, published, outlet: 'Test Wire', headline: null }, buildSuggester(dataset.places, libyaReference()));
  const rows = reviewRows(suggestion.claims, id, new Set()).map((r) => decide(r, 'accepted'));
  const entry = { id, file: `${id}.txt`, outlet: 'Test Wire', headline: null, byline: null, published, dateline: null, notes: 'added in the viewer' };
  const bundle = bundleOf([{ file: 'test-wire.txt', kind: 'text', original: text, sourceText: text, entry, rows, places: [] }]);
  const path = join(dir, 'frontline-articles.json');
  await writeFile(path, serializeBundle(bundle));
  return { path, bundle };
}

describe('frontline merge', () => {
  test('merges a bundle into geo/: the folder then loads as the bundle over the old one did, and validates', async () => {
    const dir = await copyOfGeo();
    const geo = join(dir, 'geo');
    const { path, bundle } = await bundleFile(dir);
    const expected = await datasetWith(bundle, folderReader(geo));
    const { code, out, err } = await run('merge', path, '--geo', geo);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ sources: ['test-wire-2011-03-30'], written: expect.arrayContaining(['claims.json', 'sources/manifest.json']) });
    const merged = await loadDataset(folderReader(geo));
    expect(merged.problems).toEqual([]);
    expect(merged.dataset).toEqual(expected.dataset);
    expect((await run('validate', '--geo', geo)).code).toBe(0);
  });

  test('the same bundle twice is refused and changes nothing', async () => {
    const dir = await copyOfGeo();
    const geo = join(dir, 'geo');
    const { path } = await bundleFile(dir);
    expect((await run('merge', path, '--geo', geo)).code).toBe(0);
    const before = await readFile(join(geo, 'claims.json'), 'utf8');
    const again = await run('merge', path, '--geo', geo);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/a file of that name is in geo\/ already/);
    expect(again.err).toMatch(/not merged; .* nothing written/);
    expect(await readFile(join(geo, 'claims.json'), 'utf8')).toBe(before);
  });

  test('a bundle whose claim does not validate is refused, naming the claim and field, and nothing is written', async () => {
    const dir = await copyOfGeo();
    const geo = join(dir, 'geo');
    const { path, bundle } = await bundleFile(dir);
    bundle.claims[0]!.quote = 'words the article never says';
    await writeFile(path, serializeBundle(bundle));
    const files = await readdir(join(geo, 'sources'));
    const { code, err } = await run('merge', path, '--geo', geo);
    expect(code).toBe(1);
    expect(err).toContain(`claims.json: claim 32 (id "${bundle.claims[0]!.id}"): quote: not in the cleaned text`);
    expect(await readdir(join(geo, 'sources'))).toEqual(files);
  });

  test('a file that is not a bundle, or none at all, is one line naming it and exit 1', async () => {
    const dir = await copyOfGeo();
    await writeFile(join(dir, 'x.json'), '{"type":"FeatureCollection"}');
    const wrong = await run('merge', join(dir, 'x.json'), '--geo', join(dir, 'geo'));
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/x\.json: format: expected "frontline-articles"/);
    const missing = await run('merge', join(dir, 'nope.json'), '--geo', join(dir, 'geo'));
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/nope\.json: cannot read it/) });
  });
});

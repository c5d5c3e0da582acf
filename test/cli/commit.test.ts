import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commitChanges } from '../../src/cli/commit.ts';
import { snapshot } from './cli.ts';

async function copyOfGeo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frontline-commit-'));
  await cp('geo', dir, { recursive: true });
  return dir;
}

const manifestPlus = async (dir: string, file: string): Promise<string> => {
  const manifest = JSON.parse(await readFile(join(dir, 'sources/manifest.json'), 'utf8')) as { sources: unknown[] };
  manifest.sources.push({ id: 'extra-2011-04-02', file, outlet: null, headline: null, byline: null, published: '2011-04-02', dateline: null, notes: '' });
  return `${JSON.stringify(manifest, null, 2)}\n`;
};

describe('commitChanges', () => {
  test('writes every change once the result validates, and leaves no temporary file', async () => {
    const dir = await copyOfGeo();
    const manifest = await manifestPlus(dir, 'extra.txt');
    const { problems } = await commitChanges(dir, [
      { path: 'sources/extra.txt', content: new TextEncoder().encode('Rebels held Brega.') },
      { path: 'sources/manifest.json', content: manifest },
    ]);
    expect(problems).toEqual([]);
    expect(await readFile(join(dir, 'sources/extra.txt'), 'utf8')).toBe('Rebels held Brega.');
    expect(await readFile(join(dir, 'sources/manifest.json'), 'utf8')).toBe(manifest);
    expect((await readdir(join(dir, 'sources'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('validates the files as they would be and writes nothing where they would have a problem', async () => {
    const dir = await copyOfGeo();
    const before = await snapshot(dir);
    const { problems } = await commitChanges(dir, [{ path: 'sources/manifest.json', content: await manifestPlus(dir, 'absent.txt') }]);
    expect(problems).toEqual([{ file: 'sources/absent.txt', item: 'source "extra-2011-04-02"', field: '', message: 'file not found' }]);
    expect(await snapshot(dir)).toEqual(before);
  });

  test('undoes the files it had written when a later one cannot be, and throws', async () => {
    const dir = await copyOfGeo();
    // A folder with a file in it cannot be replaced by a rename: the second write fails after the first is done.
    await mkdir(join(dir, 'blocked'));
    await writeFile(join(dir, 'blocked', 'inside'), 'x');
    const before = await snapshot(dir);
    const manifest = await manifestPlus(dir, 'extra.txt');
    await expect(
      commitChanges(dir, [
        { path: 'sources/extra.txt', content: 'Rebels held Brega.' },
        { path: 'sources/manifest.json', content: manifest },
        { path: 'blocked', content: 'not a folder' },
      ]),
    ).rejects.toThrow();
    expect(await snapshot(dir)).toEqual(before);
  });
});

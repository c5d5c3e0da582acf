import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadDataset } from '../core/dataset.ts';
import { decodeUtf8 } from '../core/text.ts';
import type { Dataset, Problem } from '../core/types.ts';
import { folderReader } from './files.ts';

/** A file under `geo/` to create or replace, by its path there (`sources/x.txt`, `claims.json`). */
export interface Change {
  path: string;
  content: string | Uint8Array;
}

/**
 * Validates `geo/` as it would be with the changes, through the loaders (`loadDataset` over the folder with the
 * changed files in memory); writes nothing and returns the problems where there are any. Otherwise writes each
 * file atomically (a temporary file beside it, then a rename), in the order given, so that every state between two
 * renames is a dataset that loads: new sources first, the files that refer to them last. Where a write fails,
 * what was written is undone and the error is thrown. `add` and a later `merge` both end here.
 */
export async function commitChanges(dir: string, changes: readonly Change[]): Promise<{ dataset: Dataset; problems: Problem[] }> {
  const byPath = new Map(changes.map((c) => [c.path, c.content]));
  const disk = folderReader(dir);
  const { dataset, problems } = await loadDataset(async (path) => {
    const content = byPath.get(path);
    if (content === undefined) return disk(path);
    return typeof content === 'string' ? content : decodeUtf8(content);
  });
  if (problems.length > 0) return { dataset, problems };

  const originals = await Promise.all(changes.map((c) => readFile(join(dir, c.path)).catch(() => null)));
  const temps: string[] = [];
  const done: number[] = [];
  try {
    for (const change of changes) {
      const target = join(dir, change.path);
      await mkdir(dirname(target), { recursive: true });
      const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.frontline.tmp`);
      temps.push(temp);
      await writeFile(temp, change.content, { flag: 'wx' });
    }
    for (const [i, change] of changes.entries()) {
      await rename(temps[i]!, join(dir, change.path));
      done.push(i);
    }
  } catch (error) {
    await Promise.all(temps.filter((_, i) => !done.includes(i)).map((t) => unlink(t).catch(() => undefined)));
    for (const i of done.reverse()) await restore(join(dir, changes[i]!.path), originals[i] ?? null);
    throw error;
  }
  return { dataset, problems };
}

// Puts a file back as it was before a failed commit: its old bytes, atomically, or gone where it was new.
async function restore(path: string, original: Buffer | null): Promise<void> {
  if (original === null) {
    await unlink(path).catch(() => undefined);
    return;
  }
  const temp = `${path}.${randomBytes(6).toString('hex')}.restore.tmp`;
  await writeFile(temp, original).then(() => rename(temp, path)).catch(() => undefined);
}

import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadFile } from '../core/dataset.ts';
import { decodeUtf8 } from '../core/text.ts';

/** The repo's own `geo/`, wherever the CLI is run from. */
export const DEFAULT_GEO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../geo');

/**
 * A reader for `loadDataset` over a folder: each file byte for byte; one that is not valid UTF-8 is refused, not
 * mangled (`loadDataset` names the file in its problem).
 */
export function folderReader(dir: string): ReadFile {
  return async (path) => {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return decodeUtf8(bytes);
  };
}

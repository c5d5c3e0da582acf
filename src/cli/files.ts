import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadFile } from '../core/dataset.ts';

/** The repo's own `geo/`, wherever the CLI is run from. */
export const DEFAULT_GEO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../geo');

/** A reader for `loadDataset` over a folder; a file that is not valid UTF-8 is refused, not mangled. */
export function folderReader(dir: string): ReadFile {
  return async (path) => {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return decodeUtf8(bytes, path);
  };
}

/** Decodes UTF-8 strictly; the error names the file and the offset of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path}: not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)}); save the file as UTF-8`);
  }
}

// Streaming decodes tolerate a sequence cut off at the end, so the shortest failing prefix ends at the bad byte.
function firstBadByte(bytes: Uint8Array): number {
  let lo = 1;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo - 1;
}

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/** Compares `text` with the golden file at `path` byte for byte; writes it where missing or when UPDATE_GOLDEN=1. */
export async function expectGolden(path: string, text: string): Promise<void> {
  const golden = await readFile(path, 'utf8').catch(() => null);
  if (golden === null || process.env.UPDATE_GOLDEN === '1') {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    return;
  }
  expect(text).toBe(golden);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const UI = resolve(import.meta.dirname, '../../src/ui');

test('no file under src/ui writes markup from strings (innerHTML, outerHTML, insertAdjacentHTML)', () => {
  const files = readdirSync(UI).filter((name) => /\.(ts|js)$/.test(name));
  const offenders = files.filter((name) =>
    /\b(innerHTML|outerHTML|insertAdjacentHTML)\b/.test(readFileSync(join(UI, name), 'utf8')),
  );
  expect(files.length).toBeGreaterThan(0);
  expect(offenders).toEqual([]);
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = 'src/core';
// Every module, those in folders (suggest/) too.
const files = readdirSync(CORE, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));

// Code, without comments: a doc comment may well say "the viewer's document".
const code = (name: string): string =>
  readFileSync(join(CORE, name), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('src/core', () => {
  it('holds the core modules', () => {
    expect(files).toEqual(expect.arrayContaining(['mentions.ts', 'timeline.ts', 'frontline.ts', 'export.ts']));
  });

  it.each(files)('%s imports neither Leaflet, the DOM, Node built-ins nor the viewer', (name) => {
    const imports = [...code(name).matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of imports) {
      expect(spec, `${name} imports ${spec}`).not.toMatch(/^(leaflet|node:|fs$|path$)|\/ui\/|\/cli\//);
    }
  });

  it.each(files)('%s touches no browser or I/O global', (name) => {
    expect(code(name)).not.toMatch(/\b(document|window|navigator|localStorage|fetch|XMLHttpRequest|process)\b\s*[.(]/);
  });
});

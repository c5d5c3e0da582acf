import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../src/core/gazetteer.ts';
import { parseManifest, readSource } from '../../src/core/sources.ts';
import type { SourceMeta } from '../../src/core/types.ts';
import { jsonError } from './fixtures/json.ts';

const FILE = 'sources/manifest.json';
const SEEDS = '/work/shared/seeds';

function realManifest(): SourceMeta[] {
  const { value, problems } = parseManifest(readFileSync('geo/sources/manifest.json', 'utf8'), FILE);
  expect(problems).toEqual([]);
  return value;
}

/** A valid manifest entry; `fields` replace the defaults key by key (undefined deletes one). */
function entry(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const merged: Record<string, unknown> = {
    id: 'nyt-2011-03-30',
    file: '003_12d0a6ac5ab71e0b.txt',
    outlet: 'The New York Times',
    headline: null,
    byline: 'C. J. Chivers',
    published: '2011-03-30',
    dateline: 'brega',
    notes: '',
    ...fields,
  };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged;
}

function manifest(...entries: unknown[]): string {
  return JSON.stringify({ sources: entries });
}

describe('parseManifest on the real manifest', () => {
  it('parses geo/sources/manifest.json with no problems and the four fixed ids', () => {
    expect(realManifest().map((s) => s.id)).toEqual([
      'bt-2011-04-01',
      'mccabe-2011-03-31',
      'globalpost-2011-03-31',
      'nyt-2011-03-30',
    ]);
  });

  it('names files that exist in geo/sources', () => {
    for (const source of realManifest()) expect(existsSync(`geo/sources/${source.file}`), source.file).toBe(true);
  });

  it('names files byte-identical to the seeds they were copied from', ({ skip }) => {
    skip(!existsSync(SEEDS), `${SEEDS} is absent on this machine; nothing to compare the sources with`);
    for (const source of realManifest()) {
      const ours = readFileSync(`geo/sources/${source.file}`);
      expect(ours.equals(readFileSync(`${SEEDS}/${source.file}`)), source.file).toBe(true);
    }
  });

  it('gives datelines that are places in the gazetteer', () => {
    const gazetteer = parseGazetteer(readFileSync('geo/gazetteer.geojson', 'utf8'), 'gazetteer.geojson');
    const places = new Set(gazetteer.value.map((p) => p.id));
    const datelines = realManifest().flatMap((s) => (s.dateline === null ? [] : [s.dateline]));
    expect(datelines).toEqual(['benghazi', 'brega']);
    for (const dateline of datelines) expect(places.has(dateline), dateline).toBe(true);
  });
});

describe('readSource', () => {
  it('decodes the HTML entities of the New York Times piece and keeps its raw text as on disk', () => {
    const meta = realManifest().find((s) => s.id === 'nyt-2011-03-30');
    if (!meta) throw new Error('no nyt-2011-03-30 in the manifest');
    const raw = readFileSync(`geo/sources/${meta.file}`, 'utf8');
    const source = readSource(meta, raw);
    expect(source.raw).toBe(raw);
    expect(source.text).toContain('Libya’s foreign minister defected');
    expect(source.text).toContain('BREGA, Libya — ');
    expect(source.text).not.toMatch(/&rsquo;|&mdash;/);
  });

  it('carries every metadata field over unchanged', () => {
    const meta = parseManifest(manifest(entry()), FILE).value[0]!;
    expect(readSource(meta, 'a &amp; b')).toEqual({ ...meta, raw: 'a &amp; b', text: 'a & b' });
  });
});

describe('parseManifest on broken input', () => {
  it('reads a valid entry into SourceMeta', () => {
    expect(parseManifest(manifest(entry()), FILE)).toEqual({ value: [entry()], problems: [] });
  });

  it('reports text that is not JSON, quoting the JSON parser', () => {
    const text = '{ "sources": [ ';
    expect(parseManifest(text, FILE)).toEqual({
      value: [],
      problems: [{ file: FILE, item: '', field: '', message: `not valid JSON: ${jsonError(text)}` }],
    });
  });

  it('reports a manifest without a sources array', () => {
    expect(parseManifest('{ "source": [] }', FILE).problems).toEqual([
      { file: FILE, item: '', field: 'sources', message: 'expected { "sources": [...] }, an array of sources; got nothing' },
    ]);
  });

  it('reports an entry that is not an object', () => {
    expect(parseManifest(manifest('nyt'), FILE).problems).toEqual([
      { file: FILE, item: 'source 0', field: '', message: 'expected an object; got "nyt"' },
    ]);
  });

  it('reports a missing id and names the entry by its index alone', () => {
    expect(parseManifest(manifest(entry({ id: undefined })), FILE).problems).toEqual([
      { file: FILE, item: 'source 0', field: 'id', message: 'expected a lowercase slug like "nyt-2011-03-30"; got nothing' },
    ]);
  });

  it('reports an id that is not a lowercase slug', () => {
    expect(parseManifest(manifest(entry({ id: 'NYT 30 March' })), FILE).problems).toEqual([
      {
        file: FILE,
        item: 'source 0 (id "NYT 30 March")',
        field: 'id',
        message: 'expected a lowercase slug like "nyt-2011-03-30"; got "NYT 30 March"',
      },
    ]);
  });

  it('reports a duplicate id on the later entry and keeps the first', () => {
    const { value, problems } = parseManifest(manifest(entry(), entry({ file: 'other.txt' })), FILE);
    expect(value.map((s) => s.file)).toEqual(['003_12d0a6ac5ab71e0b.txt']);
    expect(problems).toEqual([
      {
        file: FILE,
        item: 'source 1 (id "nyt-2011-03-30")',
        field: 'id',
        message: 'duplicate id; source 0 (id "nyt-2011-03-30") has it too',
      },
    ]);
  });

  it('reports a file name with a path in it', () => {
    for (const file of ['sub/a.txt', '../a.txt', '..', '']) {
      expect(parseManifest(manifest(entry({ file })), FILE).problems, file).toEqual([
        {
          file: FILE,
          item: 'source 0 (id "nyt-2011-03-30")',
          field: 'file',
          message: `expected a file name inside geo/sources/, without "/" or ".."; got ${JSON.stringify(file)}`,
        },
      ]);
    }
  });

  it('reports a publication date that is not YYYY-MM-DD', () => {
    expect(parseManifest(manifest(entry({ published: '30 March 2011' })), FILE).problems).toEqual([
      {
        file: FILE,
        item: 'source 0 (id "nyt-2011-03-30")',
        field: 'published',
        message: 'expected a calendar day YYYY-MM-DD; got "30 March 2011"',
      },
    ]);
  });

  it('reports a publication date that is no day of the calendar', () => {
    for (const published of ['2011-02-29', '2011-03-32', '2011-13-01']) {
      expect(parseManifest(manifest(entry({ published })), FILE).problems.map((p) => p.message), published).toEqual([
        `expected a calendar day YYYY-MM-DD; got "${published}"`,
      ]);
    }
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseManifest(manifest(entry({ published: '2012-02-29' })), FILE).value[0]?.published).toBe('2012-02-29');
  });

  it('reports an outlet, headline, byline or dateline that is neither a non-empty string nor null', () => {
    const broken = entry({ outlet: '', headline: 3, byline: undefined, dateline: ['brega'] });
    const { problems } = parseManifest(manifest(broken), FILE);
    const expected = 'expected a non-empty string, or null where it is unknown; got';
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['outlet', `${expected} ""`],
      ['headline', `${expected} 3`],
      ['byline', `${expected} nothing`],
      ['dateline', `${expected} ["brega"]`],
    ]);
  });

  it('reports notes that are not a string', () => {
    expect(parseManifest(manifest(entry({ notes: null })), FILE).problems).toEqual([
      {
        file: FILE,
        item: 'source 0 (id "nyt-2011-03-30")',
        field: 'notes',
        message: 'expected a string saying what is known and how; got null',
      },
    ]);
  });

  it('keeps every valid entry beside invalid ones and lists a problem for each invalid one', () => {
    const text = manifest(
      entry(),
      entry({ id: 'b', published: '2011-02-30' }),
      entry({ id: 'c' }),
      entry({ id: 'd', file: '../x' }),
    );
    const { value, problems } = parseManifest(text, FILE);
    expect(value.map((s) => s.id)).toEqual(['nyt-2011-03-30', 'c']);
    expect(problems.map((p) => p.item)).toEqual(['source 1 (id "b")', 'source 3 (id "d")']);
  });
});

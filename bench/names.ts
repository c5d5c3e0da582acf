/**
 * Place names for generated gazetteers: one abstract name (prefix, article, syllables, ending) rendered into the
 * Latin spellings the press uses for Libyan places (Ajdabiya, Ajdabiyah, Ejdabia) and into Arabic script.
 */

/** A seeded PRNG (mulberry32): the same seed gives the same data on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** A sound with the ways the press writes it in Latin letters (first = the usual one) and its Arabic letters. */
type Sound = readonly [latin: readonly string[], arabic: string];

const CONSONANTS: readonly Sound[] = [
  [['b'], 'ب'], [['t'], 'ت'], [['th', 't'], 'ث'], [['j', 'dj', 'g'], 'ج'], [['h'], 'ح'], [['kh', 'ch'], 'خ'],
  [['d'], 'د'], [['dh', 'z'], 'ذ'], [['r'], 'ر'], [['z'], 'ز'], [['s'], 'س'], [['sh', 'ch'], 'ش'], [['s'], 'ص'],
  [['d', 'dh'], 'ض'], [['t'], 'ط'], [['gh', 'g'], 'غ'], [['f'], 'ف'], [['q', 'g', 'k'], 'ق'], [['k'], 'ك'],
  [['l'], 'ل'], [['m'], 'م'], [['n'], 'ن'], [['w', 'ou'], 'و'], [['y'], 'ي'],
];
// Short vowels are not written in Arabic; long ones are.
const VOWELS: readonly Sound[] = [
  [['a'], ''], [['a'], ''], [['a'], ''], [['i', 'e'], ''], [['i', 'e'], ''], [['u', 'o'], ''], [['a', 'aa'], 'ا'],
  [['i', 'ee'], 'ي'], [['u', 'ou'], 'و'],
];
const INITIAL_VOWEL: Sound = [['A', 'E', 'I'], 'أ'];
const ENDINGS: readonly Sound[] = [
  [[''], ''], [[''], ''], [['iya', 'iyah', 'ia', 'iyya'], 'ية'], [['a', 'ah'], 'ة'], [['at', 'et'], 'ات'],
];
const PREFIXES: readonly Sound[] = [
  [['Ras', 'Ra’s'], 'رأس '], [['Bir', 'Bi’r'], 'بئر '], [['Wadi', 'Oued'], 'وادي '], [['Qasr', 'Gasr', 'Kasr'], 'قصر '],
  [['Sidi', 'Sidy'], 'سيدي '], [['Bani', 'Beni'], 'بني '], [['Suq', 'Souk'], 'سوق '],
];
const ARTICLE_AFTER_PREFIX = ['al-', 'el-', 'al ', 'Al '];
const ARTICLE_FIRST = ['Al ', 'El ', 'Al-', 'El-'];

/** The abstract name: which prefix, whether it has the article, its syllables and ending, as indexes. */
interface Shape {
  prefix: Sound | null;
  article: boolean;
  initialVowel: boolean;
  syllables: { consonant: Sound; vowel: Sound; coda: Sound | null }[];
  ending: Sound;
}

function shape(rng: Rng): Shape {
  const roll = rng();
  return {
    prefix: roll < 0.4 ? pick(rng, PREFIXES) : null,
    article: roll < 0.4 ? rng() < 0.4 : roll < 0.6,
    initialVowel: rng() < 0.2,
    syllables: Array.from({ length: rng() < 0.7 ? 2 : 3 }, () => ({
      consonant: pick(rng, CONSONANTS),
      vowel: pick(rng, VOWELS),
      coda: rng() < 0.2 ? pick(rng, CONSONANTS) : null,
    })),
    ending: pick(rng, ENDINGS),
  };
}

/** One Latin spelling: every sound written its usual way, or (with `vary`) sometimes another way the press uses. */
function latin(s: Shape, rng: Rng, vary: number): string {
  const way = (sound: Sound): string => (rng() < vary ? pick(rng, sound[0]) : sound[0][0]!);
  let stem = s.initialVowel ? way(INITIAL_VOWEL).toLowerCase() : '';
  for (const { consonant, vowel, coda } of s.syllables) stem += way(consonant) + way(vowel) + (coda ? way(coda) : '');
  // An ending that starts with a vowel takes the place of the stem's last one: Ajdab-iya, not Ajdaba-iya.
  const ending = way(s.ending);
  stem = /^[aeiou]/.test(ending) ? stem.replace(/[aeiou]+$/, '') + ending : stem + ending;
  const word = stem.charAt(0).toUpperCase() + stem.slice(1);
  const prefix = s.prefix ? `${way(s.prefix)} ` : '';
  const article = !s.article ? '' : pick(rng, s.prefix ? ARTICLE_AFTER_PREFIX : ARTICLE_FIRST);
  const head = article.endsWith('-') || article.endsWith(' ') ? article : `${article} `;
  return `${prefix}${s.article ? head : ''}${word}`;
}

function arabic(s: Shape, hamza: boolean): string {
  let stem = s.initialVowel ? (hamza ? INITIAL_VOWEL[1] : 'ا') : '';
  for (const { consonant, vowel, coda } of s.syllables) stem += consonant[1] + vowel[1] + (coda ? coda[1] : '');
  return `${s.prefix ? s.prefix[1] : ''}${s.article ? 'ال' : ''}${stem}${s.ending[1]}`;
}

const ARTICLES = new Set(['al', 'el', 'ar', 'as', 'az', 'an', 'at', 'ad', 'ash', 'es', 'ez', 'er', 'en', 'ed']);

/**
 * A key at least as coarse as any the matcher could use: case, separators, apostrophes and article forms
 * ignored. Spellings with different keys can never be taken for one another, so each names one place only.
 */
export function spellingKey(spelling: string): string {
  const words = spelling.toLowerCase().replace(/['‘’ʼ]/g, '').split(/[\s\u2010\u2011-]+/).filter(Boolean);
  return words.map((w, i) => (i < words.length - 1 && ARTICLES.has(w) ? 'al' : w)).join('');
}

export interface GeneratedName {
  name: string;
  /** Other Latin spellings, then the Arabic ones. */
  aliases: string[];
}

/**
 * A new place name whose spellings (2–4 Latin, 1–2 Arabic) are all unused in `taken` (keys from `spellingKey`),
 * which it then extends.
 */
export function generateName(rng: Rng, taken: Set<string>): GeneratedName {
  for (;;) {
    const s = shape(rng);
    const name = latin(s, rng, 0);
    if (taken.has(spellingKey(name))) continue;
    // Within one place, spellings need only differ as the gazetteer sees them (case aside): "Ras X" and "Ra’s X".
    const spellings = new Map([[name.toLowerCase(), name]]);
    const add = (spelling: string): void => {
      if (!taken.has(spellingKey(spelling)) && !spellings.has(spelling.toLowerCase())) {
        spellings.set(spelling.toLowerCase(), spelling);
      }
    };
    const wanted = 2 + Math.floor(rng() * 3);
    for (let tries = 0; spellings.size < wanted && tries < 12; tries++) add(latin(s, rng, 0.5));
    for (const hamza of rng() < 0.3 && s.initialVowel ? [true, false] : [true]) add(arabic(s, hamza));
    for (const spelling of spellings.values()) taken.add(spellingKey(spelling));
    return { name, aliases: [...spellings.values()].slice(1) };
  }
}

/** A place id from its name, made unique with a number where it is already in `ids`. */
export function placeId(name: string, ids: Set<string>): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'place';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}_${n}`;
  ids.add(id);
  return id;
}

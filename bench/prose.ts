/** The words of generated articles: the real sources' sentences with place names worked in, and claim sentences. */
import type { ClaimEvent, Side } from '../src/core/types.ts';
import { pick, type Rng } from './names.ts';

/** The sentences of the real articles' cleaned texts that read as whole sentences on their own. */
export function sentencesOf(texts: readonly string[]): string[] {
  return texts
    .flatMap((text) => text.split(/\n+|(?<!\b(?:Col|Gen|Lt|Mr|Mrs|Dr|St|\p{Lu}))(?<=[.!?][”"’]?)\s+(?=[“"‘]?\p{Lu})/u))
    .map((s) => s.trim())
    .filter((s) => s.length >= 40 && s.length <= 320 && /[.!?][”"’]?$/u.test(s));
}

const LATIN_ADDITIONS = [
  (a: string) => ` near ${a}`,
  (a: string) => ` in ${a}`,
  (a: string, b: string) => `, from ${a} to ${b}`,
  (a: string) => `, witnesses in ${a} said`,
];
const LATIN_SENTENCES = [
  (a: string, b: string) => `Residents of ${a} and ${b} reported shelling overnight.`,
  (a: string) => `The road to ${a} was quiet.`,
  (a: string, b: string) => `Families fled ${a} for ${b}, a doctor said.`,
];

/** A real sentence with one or two place names worked in, or now and then a short sentence about two places. */
export function latinSentence(rng: Rng, sentences: readonly string[], name: () => string): string {
  if (rng() < 0.2) return pick(rng, LATIN_SENTENCES)(name(), name());
  const sentence = pick(rng, sentences);
  const end = /[.!?][”"’]?$/u.exec(sentence)!.index;
  if (/[”"’]$/u.test(sentence)) return `${sentence} The fighting moved${pick(rng, LATIN_ADDITIONS)(name(), name())}.`;
  return `${sentence.slice(0, end)}${pick(rng, LATIN_ADDITIONS)(name(), name())}${sentence.slice(end)}`;
}

/** News words in Arabic script, for the Arabic text the names are sprinkled in. */
export const ARABIC_WORDS = (
  'قالت القوات الحكومية الثوار سيطرت على مدينة بعد معارك عنيفة يوم الطريق الساحلي شرق غرب جنوب الميناء النفطي ' +
  'المعارضة كتائب القذافي انسحبت تقدمت مع أمس اليوم مصادر محلية وأفاد شهود عيان بأن قصف المدفعية الغارات الجوية ' +
  'حلف الناتو السكان نزحوا المدنيين المستشفى الجرحى القتلى الجبهة خط المواجهة المقاتلون المتمردون الصواريخ ' +
  'الدبابات البلدة القرية الحدود الصحراء المطار مراسل وكالة الأنباء ليلة صباح مساء الأحد الاثنين الثلاثاء ' +
  'الأربعاء الخميس الجمعة السبت آذار مارس أبريل نيسان استعادت هاجمت دخلت تراجعت عادت'
).split(' ');

interface Template {
  text: (places: string, date: string) => string;
  event: ClaimEvent;
  claimant: string;
}

const TEMPLATES: Record<Side, Template[]> = {
  rebel: [
    { text: (p, d) => `Rebel fighters held ${p} ${d}, a spokesman said.`, event: 'held', claimant: 'rebel spokesman' },
    { text: (p, d) => `Opposition forces entered ${p} ${d}.`, event: 'entered', claimant: 'reporter (Generated Wire)' },
    { text: (p, d) => `Rebels captured ${p} ${d} after a day of shelling.`, event: 'captured', claimant: 'reporter (Generated Wire)' },
  ],
  government: [
    { text: (p, d) => `Forces loyal to Colonel Qaddafi retook ${p} ${d}.`, event: 'retook', claimant: 'reporter (Generated Wire)' },
    { text: (p, d) => `Government troops held ${p} ${d}, residents said.`, event: 'held', claimant: 'residents' },
    { text: (p, d) => `The rebels withdrew from ${p} ${d}.`, event: 'withdrew', claimant: 'reporter (Generated Wire)' },
  ],
  contested: [
    { text: (p, d) => `Fighting raged for control of ${p} ${d}.`, event: 'contested', claimant: 'reporter (Generated Wire)' },
    { text: (p, d) => `Both sides claimed ${p} ${d}.`, event: 'contested', claimant: 'reporter (Generated Wire)' },
  ],
};

export interface ClaimWords {
  sentence: string;
  event: ClaimEvent;
  claimant: string;
  resolvedFrom: string;
}

/** A sentence saying `side` held `places` on the day `dateWords` names, and the claim fields it supports. */
export function claimSentence(rng: Rng, side: Side, places: readonly string[], dateWords: string): ClaimWords {
  const template = pick(rng, TEMPLATES[side]);
  const list = places.length === 1 ? places[0]! : `${places.slice(0, -1).join(', ')} and ${places.at(-1)!}`;
  return { sentence: template.text(list, dateWords), event: template.event, claimant: template.claimant, resolvedFrom: dateWords };
}

/**
 * Where a clause of a sentence begins and ends: at punctuation that closes a phrase, a conjunction, or a verb of
 * saying ("rebels said Gaddafi's forces retook Brega" has two). The actor, the modality and the date of an event
 * are looked for in its own clause first.
 */

import type { Span } from '../types.ts';
import { WHEN_SAID } from './actors.ts';

// A verb of saying with an infinitive after it opens no clause, nor with the day it was said between: "rebels are said to
// have taken", "claimed to control", "claimed on Wednesday to have retaken";
// "but" in "all but" (nearly) opens none: "Brega has all but fallen";
// "as" before an actor, or the arms of one, opens one: "Rebels regroup in Ajdabiya as Qaddafi forces hold Brega",
// "Rebels fled as tanks and artillery pounded Ajdabiya"; "which" always does, with or without its comma ("Ras Lanuf,
// a town which the rebels took"). A colon or a dash after a number opens none: a timeline's "March 13: Government
// forces retake Brega" is one clause with its day, as is a time ("1:45pm"). Nor does "reported" in the passive:
// "Brega, where fighting was reported on Tuesday".
// A quotation mark opens a clause, but not right after a side: 'the army "controls Brega completely"' quotes its verb.
// ", and" and ", then" open one before a subject of its own, perhaps after its day ("…without firing a shot, and by
// Monday they were in Bin Jawad", "…held Sirte throughout, and the rebels have never come close to taking it", whose
// subject is then the rebels); before anything else ", and" may join a list ("Brega, Ras Lanuf, and Bin Jawad").
const CLAUSE_START = new RegExp(String.raw`;|(?<!\d\s*)[:—–]|[()]|(?<![\uE002-\uE004]\uE001*\s)["“”]|,\s+(?:but|while|although|though|whereas|as|which|who|where|and then|only\s+to)\s|,\s+(?:and|then)\s(?=(?:(?:on|by|late|early|in|that|this|the\s+next)\s+[a-z]+\s+)?(?:the\s+)?[\uE002-\uE004])|\s(?:(?<!(?<![a-z\u00df-\u024f])all\s)but|while|whereas|although|though|because|when|after|unless|if|who|said|says|say|told|tells?|(?<!(?:was|were|been|being|is|are)\s)reported|claimed|insisted|insists?)(?:\s+that)?\s(?!${WHEN_SAID}to\s)|\sas\s(?=[\uE002-\uE004]|(?:[a-z\u00df-\u024f-]+\s+){0,3}?(?:tanks|artillery|shells|rockets|mortars|warplanes|jets|planes|snipers|gunmen|troops|soldiers|columns?|convoys?|trucks|pick-?ups|vehicles)\s)|\swhich\s`, 'g');

const FRONTED = /^(?:having|after|[a-z\u00df-\u024f]+ing)\s/;

/** Whether the sentence opens with a fronted clause ("Having abandoned Bin Jawwad on Tuesday, the rebels fled"),
 * which ends at its first comma and has its own subject after it and its own day. */
export function opensWithFrontedClause(masked: string): boolean {
  return FRONTED.test(masked);
}

/** The offset where the clause holding `at` begins (the conjunction or mark that opens it included). */
export function clauseStartBefore(masked: string, at: number): number {
  const comma = opensWithFrontedClause(masked) ? masked.indexOf(',') : -1;
  let start = comma >= 0 && comma < at ? comma : 0;
  // An aside closed before `at` ("Gaddafi's forces — backed by tanks — retook", "(and mercenaries, rebels said)")
  // is no clause of the words after it: they go on the clause it interrupted.
  const asides = asidesBefore(masked, at);
  for (const m of masked.slice(0, at).matchAll(CLAUSE_START)) {
    if (!asides.some((a) => m.index >= a.start && m.index < a.end)) start = Math.max(start, m.index);
  }
  return start;
}

/** The asides in dashes or brackets that open and close before `at`: "— backed by tanks —", "(and mercenaries)". */
export function asidesBefore(masked: string, at: number): Span[] {
  const asides: Span[] = [];
  let open: number | null = null;
  for (const m of masked.slice(0, at).matchAll(/[()\u2014\u2013]/g)) {
    if (open === null && m[0] !== ')') open = m.index;
    else if (open !== null && (m[0] === ')') === (masked[open] === '(')) {
      asides.push({ start: open, end: m.index + 1 });
      open = null;
    }
  }
  return asides;
}

/** The offset where the clause holding `at` ends: the next clause's start, or the sentence's end. */
export function clauseEndAfter(masked: string, at: number): number {
  const re = new RegExp(CLAUSE_START.source, 'g');
  re.lastIndex = at;
  const next = re.exec(masked);
  return next === null ? masked.length : next.index;
}

/**
 * A participle phrase after a comma (", reversing gains made over the weekend") tells an event of its own, whose
 * date words are its own: where the next one after `at` begins, or Infinity. Prepositions and nouns ending in -ing
 * ("during", "including", "morning") open none.
 */
export function participleAfter(masked: string, at: number): number {
  const found = PARTICIPLE.exec(masked.slice(at));
  return found === null ? Number.POSITIVE_INFINITY : at + found.index;
}

const PARTICIPLE = /,\s+(?!(?:during|according|including|following|regarding|concerning|excluding|pending|morning|evening|nothing|something|everything|anything|thing|king|spring|string|wing|ring)\s)[a-z\u00df-\u024f]+ing\s/;

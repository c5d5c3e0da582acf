/**
 * Whether a clause says that something happened. "Rebels vowed to retake Brega" did not retake it (but says the
 * other side holds it); "failed to capture" did not capture; a denial, a question or a rumour says nothing.
 */

/** `fact`: it happened; `intent`: wanted, tried, planned or conditional; `negated`: said not to; `unreal`: no claim. */
export type Modality = 'fact' | 'intent' | 'negated' | 'unreal';

const UNREAL = /(?<![a-z\u00df-\u024f])(?:(?:might|may|could|would|should|must)(?: not)? have|denied|deny|denies|denying|dismissed (?:reports|claims)|rejected (?:reports|claims)|rumou?rs?|rumou?red|unconfirmed|false reports?|whether|speculation|speculated|hypothetical|imagine)(?![a-z\u00df-\u024f])/;
const NEGATED = /(?<![a-z\u00df-\u024f])(?:not|n't|never|no longer|failed to|fail to|fails to|unable to|could not|couldn't|without|neither|nor|yet to|rather than|instead of|short of)(?![a-z\u00df-\u024f])|n't(?![a-z\u00df-\u024f])/;
const INTENT = /(?<![a-z\u00df-\u024f])(?:(?:vow|vowed|vows|vowing|pledg|plan|hop|want|tr(?:y|ies|ied|ying)|attempt|aim|threaten|expect|prepar|seek|sought|intend|promis|struggl|determined|poised|set|about|ready|order|urg|push(?:ed|ing)?|bid)[a-z\u00df-\u024f]*(?:\s+[a-z\u00df-\u024f'\uE000-\uE004]+){0,3}?\s+(?:to|for)|in an? (?:attempt|bid|effort|push) to|(?:offensive|counter-?offensive|operation|campaign|effort|mission|drive|assault|battle|fight)\s+(?:[a-z\u00df-\u024f'\uE000-\uE004]+\s+){0,2}?to|would|could|might|may|will|shall|should|must|can|going to|if|unless|in order to|call(?:s|ed)? (?:on|for))(?![a-z\u00df-\u024f])/;

/**
 * The modality of the words from the start of a clause to the verb of an event in it, in the context of the whole
 * sentence (a question mark or a denial anywhere in it takes the claim away).
 */
export function modalityOf(before: string, sentence: string): Modality {
  if (/\?\s*["'”’]?\s*$/.test(sentence) || UNREAL.test(before)) return 'unreal';
  if (NEGATED.test(before)) return 'negated';
  if (INTENT.test(before)) return 'intent';
  return 'fact';
}

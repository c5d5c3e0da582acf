/**
 * The machine's speed index: a fixed CPU-bound workload, the same on every machine and in every run, timed in the
 * benchmark's own process. A figure divided by it can be compared between machines and between days on one machine.
 *
 * Change nothing here without a reason: an index is only comparable with indexes of the same workload, and
 * `REFERENCE_CHECKSUM` says which one that is.
 */
import { median } from './measure.ts';
import { random } from './names.ts';

/** What the workload computes; a different answer means a different workload, and indexes no longer compare. */
export const REFERENCE_CHECKSUM = 2_086_589_067;

const SYLLABLES = ['al', 'ba', 'ra', 'ji', 'ya', 'dah', 'mis', 'sir', 'te', 'zu', 'wi', 'ga', 'qa', 'nu', 'fo', 'lib'];
const PATTERN_COUNT = 160;

/** About 560 KB of words from a seeded generator, in lines of 12 words. */
function referenceText(): string {
  const rng = random(20110317);
  const words: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    const length = 1 + Math.floor(rng() * 3);
    let word = '';
    for (let j = 0; j < length; j++) word += SYLLABLES[Math.floor(rng() * SYLLABLES.length)]!;
    words.push(i % 12 === 11 ? `${word}\n` : word);
  }
  return words.join(' ');
}

/** Word patterns of two syllables, some with alternatives, compiled afresh in each run. */
function referencePatterns(): string[] {
  const rng = random(1969);
  return Array.from({ length: PATTERN_COUNT }, (_, i) => {
    const a = SYLLABLES[Math.floor(rng() * SYLLABLES.length)]!;
    const b = SYLLABLES[Math.floor(rng() * SYLLABLES.length)]!;
    return i % 3 === 0 ? `\\b(?:${a}|${b})${b}\\w*` : `\\b${a}${b}\\b`;
  });
}

const TEXT = referenceText();
const PATTERNS = referencePatterns();
const NUMBERS = (() => {
  const rng = random(42);
  return Array.from({ length: 300_000 }, () => Math.floor(rng() * 1e9));
})();

function mix(hash: number, value: number): number {
  return Math.imul(hash ^ value, 0x01000193) >>> 0;
}

/** One run of the workload: regular expressions over the text, sorts of numbers and of words, a map of counts. */
export function referenceWorkload(): number {
  let hash = 0x811c9dc5;
  for (const source of PATTERNS) {
    const pattern = new RegExp(source, 'g');
    let count = 0;
    for (let m = pattern.exec(TEXT); m !== null; m = pattern.exec(TEXT)) count += m[0].length;
    hash = mix(hash, count);
  }
  const sorted = [...NUMBERS].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i += 997) hash = mix(hash, sorted[i]!);
  const words = TEXT.slice(0, 200_000).split(/\s+/u);
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [word, count] of ranked.slice(0, 50)) hash = mix(hash, count * 31 + word.length);
  return hash;
}

export interface SpeedIndex {
  /** Median milliseconds of one run of the workload on this machine, in this process. */
  ms: number;
  samples: number[];
  checksum: number;
  /** Whether the workload gave `REFERENCE_CHECKSUM`: if not, this index is not comparable with stored ones. */
  same: boolean;
}

/** Times `reps` runs of the reference workload after one untimed run that warms the engine. */
export function measureSpeedIndex(reps: number): SpeedIndex {
  let checksum = referenceWorkload();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    checksum = referenceWorkload();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), samples, checksum, same: checksum === REFERENCE_CHECKSUM };
}

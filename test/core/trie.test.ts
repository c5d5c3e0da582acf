import { describe, expect, it } from 'vitest';
import { foldName, trieSource } from '../../src/core/trie.ts';

/** Every whole match of the compiled spellings in `text`, as the mentions matcher anchors them. */
function matches(spellings: string[], text: string): string[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${trieSource(spellings)})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

describe('foldName', () => {
  it('lowercases and composes, keeping the length of the composed form', () => {
    expect(foldName('BRE\u0301GA')).toBe('bre\u0301ga'.normalize('NFC'));
    expect(foldName('BRE\u0301GA')).toHaveLength(5);
  });

  it('folds the forms a case-insensitive pattern equates', () => {
    expect(foldName('ſ µ ς Σ')).toBe(foldName('s μ σ σ'));
  });

  it('keeps ß and İ, whose case mappings change their length', () => {
    expect(foldName('ß İ')).toBe('ß İ');
  });

  it('writes every apostrophe as a straight one', () => {
    expect(foldName('Ra’s Raʼs Ra‘s')).toBe("ra's ra's ra's");
  });
});

describe('trieSource', () => {
  it('matches nothing for no spellings', () => {
    expect(matches([], 'Brega')).toEqual([]);
  });

  it('shares the beginning of two spellings and prefers the longer', () => {
    expect(trieSource(['Sirt', 'Sirte']).match(/sirt/gi)).toHaveLength(1);
    expect(matches(['Sirt', 'Sirte'], 'Sirte, Sirt')).toEqual(['Sirte', 'Sirt']);
  });

  it('splits a node with many branches behind lookaheads without losing any', () => {
    const spellings = [...'abcdefghijklmnopqrstuvwxyz'].map((c) => `${c}town`);
    expect(trieSource(spellings)).toContain('(?=[');
    expect(matches(spellings, spellings.join(' '))).toEqual(spellings);
  });

  it('matches a dotless ı as written as well as the i it folds to', () => {
    expect(matches(['Bıga'], 'Bıga Biga')).toEqual(['Bıga', 'Biga']);
  });

  it('treats the metacharacters of a spelling literally', () => {
    expect(matches(['a.b (c)+'], 'a.b (c)+ axb (c)+')).toEqual(['a.b (c)+']);
  });
});

import { describe, expect, it } from 'vitest';
import { foldName, isCommonWordUnit, mayStart, startFilter, trieSource } from '../../src/core/trie.ts';

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

describe('startFilter and mayStart', () => {
  const spellings = ['Ras Lanuf', 'Bi\'r Rartubadh', 'Bu', 'Sıdra', 'البريقة'];
  const filter = startFilter(spellings.map(foldName));

  it('let through the start of every spelling, however it is cased or its apostrophe written', () => {
    const text = 'RAS-Lanuf, bi’r Rartubadh, Bu. SIDRA البريقة';
    for (const at of [0, 11, 27, 31, 37]) expect(mayStart(filter, text, at)).toBe(true);
  });

  it('turn away a word no spelling starts with, and one that only shares a shorter first word', () => {
    const text = 'Rasp and Bus';
    expect(mayStart(filter, text, 0)).toBe(false);
    expect(mayStart(filter, text, 9)).toBe(false);
  });

  it('rest on folding: below 0x800, every character a case-insensitive pattern equates with another folds alike', () => {
    let bmp = '';
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) bmp += String.fromCharCode(c);
    const unlike: string[] = [];
    for (let c = 0; c < 0x800; c++) {
      const char = String.fromCharCode(c);
      const same = new RegExp(`[\\u{${c.toString(16)}}]`, 'giu');
      for (const [other] of bmp.matchAll(same)) if (foldName(other) !== foldName(char)) unlike.push(`${char} ${other}`);
    }
    expect(unlike).toEqual([]);
  });

  it('let through a character outside the folded table, which may stand for any letter', () => {
    expect(mayStart(filter, '\u212Aufra', 0)).toBe(true);
    expect(mayStart(startFilter([]), '中文', 0)).toBe(true);
  });
});

describe('isCommonWordUnit', () => {
  it('tells letters, marks and digits of the common blocks from other code units', () => {
    expect([...'aÉ\u0301٣ب'].map((c) => isCommonWordUnit(c.charCodeAt(0)))).toEqual([true, true, true, true, true]);
    expect([...' -’'].map((c) => isCommonWordUnit(c.charCodeAt(0)))).toEqual([false, false, false]);
    expect(isCommonWordUnit('中'.charCodeAt(0))).toBe(false);
  });
});

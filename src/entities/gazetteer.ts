/**
 * Gazetteers (data/gazetteer/*.json): countries, Belarusian and Chinese divisions and cities,
 * other cities, and the domain's organisations, facilities and people, each entry with one
 * canonical id shared by its Russian and English names. Russian names are matched by the
 * lemmas of their words (Az.js), so `Беларуси`, `Беларусью` and `Беларусь` all find
 * `loc:country:BY`; English names by lowercase words.
 */
import { readFileSync } from 'node:fs';
import { nerTokens, type NerToken } from './tagger/tokens.js';
import { lemmaOf, parseWord } from './morph.js';
import { startsWithUpper } from './token-index.js';
import type { EntityLang, EntityType } from './types.js';

/** One gazetteer entry. */
export interface GazetteerEntry {
  /** Canonical id (`loc:country:BY`, `org:bsu`, `fac:great-stone`). */
  id: string;
  /** Entity type. */
  type: EntityType;
  /** Location subtype (country/region/city) or another fine type. */
  subtype?: string;
  /** Russian names. */
  ru: string[];
  /** English names and transliterations. */
  en: string[];
}

interface GazetteerFile {
  source: string;
  licence: string;
  entries: GazetteerEntry[];
}

/** The gazetteer files shipped in `data/gazetteer/`. */
export const GAZETTEER_FILES = ['countries', 'belarus', 'china', 'world', 'domain'] as const;

/** A gazetteer match over tokens. */
export interface GazetteerMatch {
  /** First token index. */
  from: number;
  /** Token index after the last one. */
  to: number;
  /** The entry. */
  entry: GazetteerEntry;
}

interface Index {
  keys: Map<string, { entry: GazetteerEntry; exactCase: string | null }>;
  /** Every proper prefix of a key (word boundaries), to stop a lookup early. */
  prefixes: Set<string>;
  /**
   * First letters (lowercase) of every name's first word, a cheap filter before lemmatising:
   * four for words of five letters or more (their forms keep them), else three.
   */
  starts: Set<string>;
  maxLen: number;
}

let entries: GazetteerEntry[] | null = null;
const indexes = new Map<EntityLang, Index>();

function dataUrl(name: string): URL {
  return new URL(`../../data/gazetteer/${name}.json`, import.meta.url);
}

/** All gazetteer entries (loaded once). Missing files are skipped. */
export function gazetteerEntries(): readonly GazetteerEntry[] {
  if (entries) return entries;
  entries = [];
  for (const name of GAZETTEER_FILES) {
    try {
      const file = JSON.parse(readFileSync(dataUrl(name), 'utf8')) as GazetteerFile;
      entries.push(...file.entries);
    } catch {
      // a missing gazetteer file only loses its names
    }
  }
  return entries;
}

const CYR = /[\u0400-\u04ff]/;

/** `s` with `ё` as `е` (the regex replace runs only when there is one). */
const yoToYe = (s: string): string => (s.includes('ё') ? s.replace(/ё/g, 'е') : s);

/** Matching key of one token: lemma for Russian words, lowercase otherwise. */
export function tokenKey(text: string, lang: EntityLang, guess = true): string {
  if (lang === 'ru' && CYR.test(text) && text.length > 1) {
    const lemma = guess ? lemmaOf(text) : (parseWord(text)[0]?.lemma ?? text.toLowerCase());
    return yoToYe(lemma);
  }
  const lower = yoToYe(text.toLowerCase());
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function buildIndex(lang: EntityLang): Index {
  const keys = new Map<string, { entry: GazetteerEntry; exactCase: string | null }>();
  let maxLen = 1;
  for (const entry of gazetteerEntries()) {
    for (const name of lang === 'ru' ? [...entry.ru, ...entry.en.filter((n) => !CYR.test(n))] : entry.en) {
      const toks = nerTokens(name);
      if (toks.length === 0) continue;
      const key = toks.map((t) => tokenKey(t.text, lang)).join(' ');
      const isAbbr = toks.length === 1 && name.length <= 5 && name === name.toUpperCase();
      if (!keys.has(key)) keys.set(key, { entry, exactCase: isAbbr ? name : null });
      // Lowercase surface form too (indeclinable or unknown words).
      const surface = toks.map((t) => t.text.toLowerCase().replace(/ё/g, 'е')).join(' ');
      if (!keys.has(surface)) keys.set(surface, { entry, exactCase: isAbbr ? name : null });
      maxLen = Math.max(maxLen, toks.length);
    }
  }
  const prefixes = new Set<string>();
  for (const k of keys.keys()) {
    const words = k.split(' ');
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  const starts = new Set<string>();
  for (const k of keys.keys()) {
    const w = k.split(' ')[0]!;
    starts.add(w.slice(0, w.length >= 5 ? 4 : 3));
  }
  return { keys, prefixes, starts, maxLen };
}

/**
 * Longest gazetteer matches over tokens, left to right, starting at a capitalised token
 * (abbreviations must match their case exactly).
 */
export function matchGazetteer(tokens: readonly NerToken[], lang: EntityLang, keyCache?: (string | undefined)[]): GazetteerMatch[] {
  let index = indexes.get(lang);
  if (!index) {
    index = buildIndex(lang);
    indexes.set(lang, index);
  }
  const keyOf = (i: number): string => {
    if (keyCache) {
      const k = keyCache[i];
      if (k !== undefined) return k;
      const v = tokenKey(tokens[i]!.text, lang);
      keyCache[i] = v;
      return v;
    }
    return tokenKey(tokens[i]!.text, lang);
  };
  const out: GazetteerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!.text;
    if (!startsWithUpper(first)) continue;
    const low = yoToYe(first.slice(0, 4).toLowerCase());
    if (!index.starts.has(low.slice(0, 3)) && !index.starts.has(low)) continue;
    let found: GazetteerMatch | null = null;
    const limit = Math.min(index.maxLen, tokens.length - i);
    let key = '';
    let surface = '';
    for (let n = 1; n <= limit; n++) {
      const t = tokens[i + n - 1]!;
      const low = yoToYe(t.text.toLowerCase());
      key = n === 1 ? keyOf(i) : `${key} ${keyOf(i + n - 1)}`;
      surface = n === 1 ? low : `${surface} ${low}`;
      const hit = index.keys.get(key) ?? index.keys.get(surface);
      if (hit && (hit.exactCase === null || hit.exactCase === first)) found = { from: i, to: i + n, entry: hit.entry };
      if (!index.prefixes.has(key) && !index.prefixes.has(surface)) break;
    }
    if (found) {
      out.push(found);
      i = found.to - 1;
    }
  }
  return out;
}

/** Find an entry by exact canonical id. */
export function gazetteerEntry(id: string): GazetteerEntry | undefined {
  return gazetteerEntries().find((e) => e.id === id);
}

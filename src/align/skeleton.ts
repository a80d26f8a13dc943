/**
 * Transliteration skeletons for matching proper names and cognates across Cyrillic and
 * Latin script: Лукашенко ↔ Lukashenko, Гомель ↔ Gomel, Президент ↔ president, and Chinese
 * names through Palladius ↔ pinyin (Цзиньпин ↔ Jinping, Шэньси ↔ Shaanxi).
 *
 * A skeleton keeps consonant classes only (vowels dropped, similar letters merged, doubled
 * letters collapsed), so spelling conventions and most case endings do not matter.
 *
 * @packageDocumentation
 */
import { PALLADIUS_MAX_SYLLABLE, PALLADIUS_TO_PINYIN } from '../data/palladius.js';

const CYR_TO_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'i', є: 'e', ў: 'u', ґ: 'g',
};

/** Romanise a Cyrillic word letter by letter (Latin letters pass through). Lower-cases. */
export function romanize(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += CYR_TO_LAT[ch] ?? ch;
  return out;
}

/**
 * Consonant skeleton of a Latin-script word: `Lukashenko` → `lkSnk`.
 * Digraphs are folded to one class (sh/sch/shch → S, ch/tch → C, zh/j/dzh → J,
 * kh/h/g → G), x → ks, c → k, z → s, w → v, ph → f, th → t; vowels and y dropped;
 * doubled letters collapsed.
 */
export function latinSkeleton(word: string): string {
  let s = word.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  s = s
    .replace(/shch|sch|sh/g, 'S')
    .replace(/tch|ch/g, 'C')
    .replace(/dzh|zh|dj|j/g, 'J')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/kh|gh|h|g/g, 'G')
    .replace(/ts|tz/g, 's')
    .replace(/x/g, 'ks')
    .replace(/ck|q|c/g, 'k')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/[aeiouy]/g, '');
  let out = '';
  for (const ch of s) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/** Adjectival suffix + ending (негативн-ым, китайск-ой): the root is what a cognate shares. */
const RU_ADJECTIVE = /(?:ическ|ческ|ск|н)(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ей|ыми|ими)$/;

const RU_ENDING = /(?:ами|ями|ого|его|ому|ему|ыми|ими|ом|ем|ам|ям|ым|им|ов|ев|ах|ях|ых|их|ой|ей|ий|ый)$/;

/** Skeleton keys of a Cyrillic word (as written, and without its case ending). */
export function cyrillicSkeletons(word: string): string[] {
  const lower = word.toLowerCase();
  const keys = new Set<string>([latinSkeleton(romanize(lower))]);
  const stripped = lower.replace(RU_ENDING, '');
  if (stripped.length >= 3 && stripped !== lower) keys.add(latinSkeleton(romanize(stripped)));
  const root = lower.replace(RU_ADJECTIVE, '');
  if (root.length >= 4 && root !== lower) keys.add(latinSkeleton(romanize(root)));
  const pinyin = palladiusToPinyin(lower);
  if (pinyin !== undefined) keys.add(latinSkeleton(pinyin));
  return [...keys];
}

/** Skeleton keys of a Latin-script word (as written, and without a plural/possessive s). */
export function latinSkeletons(word: string): string[] {
  const keys = new Set<string>([latinSkeleton(word)]);
  const stripped = word.replace(/(?:'s|’s|s)$/i, '');
  if (stripped.length >= 3 && stripped !== word) keys.add(latinSkeleton(stripped));
  return [...keys];
}

/**
 * Read a Cyrillic word as a sequence of Palladius syllables and return the pinyin
 * (`цзиньпин` → `jinping`), or undefined when the word is not made of Palladius syllables.
 * Linear: dynamic programme over positions with syllables of bounded length.
 */
export function palladiusToPinyin(word: string): string | undefined {
  const w = word.toLowerCase();
  const n = w.length;
  if (n === 0 || n > 40) return undefined;
  const best: Array<string | undefined> = new Array(n + 1).fill(undefined);
  best[0] = '';
  for (let i = 0; i < n; i++) {
    const prefix = best[i];
    if (prefix === undefined) continue;
    for (let len = 1; len <= PALLADIUS_MAX_SYLLABLE && i + len <= n; len++) {
      const readings = PALLADIUS_TO_PINYIN.get(w.slice(i, i + len));
      if (readings === undefined) continue;
      const next = prefix + readings[0];
      const cur = best[i + len];
      // prefer fewer, longer syllables: keep the first reading found with the longest last syllable
      if (cur === undefined || next.length >= cur.length) best[i + len] = next;
    }
  }
  return best[n];
}

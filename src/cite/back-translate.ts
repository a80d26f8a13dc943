/**
 * Reconstruct a Russian headline from a BelTA slug (`belarus-i-kitaj-podpisali-…` →
 * `Беларусь и Китай подписали …`): every token is read back into Cyrillic along the
 * reverse transliteration steps (`src/translit/reverse.ts`), searching the OpenCorpora
 * word list shipped with Az.js (CC BY-SA; MIT code) so that only real word forms are
 * produced; proper names are capitalised from their dictionary tags. Loaded lazily on
 * the first call (~0.3 s); when the dictionaries are missing, returns `null`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { azDictionaryFolder, loadAz, type AzDawg, type AzModule } from '../morph/az.js';
import { stepsAt, reverseTransliterate, SOFT_SIGN_COST } from '../translit/reverse.js';
import { memoizeBounded } from '../text/memo.js';

const MISSING = -1;
let state: { dawg: AzDawg; az: AzModule } | null | undefined;

function load(): { dawg: AzDawg; az: AzModule } | null {
  if (state !== undefined) return state;
  try {
    const az = loadAz();
    if (!az) throw new Error('Az.js is not available');
    const buf = readFileSync(join(azDictionaryFolder(), 'words.dawg'));
    const dawg = az.DAWG.fromArrayBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength), 'words');
    state = { dawg, az };
  } catch {
    state = null;
  }
  return state;
}

/** True when the word list can be loaded (loads it). */
export function backTranslationAvailable(): boolean {
  return load() !== null;
}

/** Whether `word` (lowercase) is in the word list as it stands. */
function inWordList(word: string): boolean {
  const s = load();
  if (!s) return false;
  const i = s.dawg.followString(word);
  return i !== MISSING && isWord(s.dawg, i);
}

function isWord(dawg: AzDawg, index: number): boolean {
  return dawg.followByte(1, index) !== MISSING;
}

/** Dictionary readings of one Latin token, cheapest first (at most `limit`). */
export function readToken(token: string, limit = 5): Array<{ word: string; cost: number }> {
  const s = load();
  if (!s) return [];
  const { dawg } = s;
  const low = token.toLowerCase();
  const found = new Map<string, number>();
  let budget = 20_000; // node visits: a bound for pathological tokens
  const walk = (i: number, index: number, cyr: string, cost: number): void => {
    if (--budget < 0 || cost > 1.2) return;
    if (i === low.length) {
      if (isWord(dawg, index) && (found.get(cyr) ?? Infinity) > cost) found.set(cyr, cost);
      // An unwritten soft sign at the end (беларусь).
      if (/[бвгджзклмнпрстфхцчшщ]$/.test(cyr)) {
        const n = dawg.followString('ь', index);
        if (n !== MISSING && isWord(dawg, n)) {
          const c = cost + SOFT_SIGN_COST;
          if ((found.get(cyr + 'ь') ?? Infinity) > c) found.set(cyr + 'ь', c);
        }
      }
      return;
    }
    for (const step of stepsAt(low, i)) {
      const next = dawg.followString(step.cyr, index);
      if (next === MISSING) continue;
      const out = cyr + step.cyr;
      walk(i + step.latin.length, next, out, cost + step.cost);
      // An unwritten soft sign before a consonant (posolstvo → посольство).
      if (/[бвдзклмнпрстфц]$/.test(step.cyr) && i + step.latin.length < low.length) {
        const soft = dawg.followString('ь', next);
        if (soft !== MISSING) walk(i + step.latin.length, soft, out + 'ь', cost + step.cost + SOFT_SIGN_COST);
      }
    }
  };
  walk(0, 0, '', 0);
  return [...found.entries()].map(([word, cost]) => ({ word, cost })).sort((a, b) => a.cost - b.cost).slice(0, limit);
}

const PROPER = ['Geox', 'Name', 'Surn', 'Patr', 'Orgn', 'Trad'];
/** Abbreviations Russian writes in lowercase (units, numbers, «имени»): OpenCorpora tags them Abbr like БГУ. */
const LOWERCASE_ABBREVIATIONS = new Set(['млн', 'млрд', 'трлн', 'тыс', 'им', 'руб', 'долл', 'коп', 'км', 'кг', 'см', 'мм', 'га', 'гг', 'чел', 'шт', 'ул', 'обл', 'проц']);

/** A read word as a headline writes it: names capitalised, abbreviations of names in capitals (remembered per word: slugs of a corpus share their words). */
const capitalise = memoizeBounded((word: string): string => {
  const az = load()!.az;
  const parses = az.Morph(word, { ignoreCase: true });
  const tag = parses[0]?.tag;
  if (!tag) return word;
  // Abbreviations of names are written in capitals (кнр → КНР, бгу → БГУ); млн, тыс, им stay.
  const abbr = parses.some((p) => p.tag['Abbr']);
  const namedNoVowel = !/[аеёиоуыэюя]/.test(word) && parses.some((p) => p.tag['Geox'] || p.tag['Orgn']);
  if (word.length >= 2 && word.length <= 5 && ((abbr && !LOWERCASE_ABBREVIATIONS.has(word)) || namedNoVowel)) return word.toUpperCase();
  if (PROPER.some((g) => tag[g])) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}, 50_000);

/**
 * One slug token as the headline writes it, and what it adds to the confidence: a number
 * as it is (1), a dictionary reading capitalised (0.5–1 by its cost), or a plain reverse
 * transliteration (0; consonants only: an abbreviation in capitals). Remembered per
 * token: the slugs of a corpus share most of their words.
 */
const readSlugToken = memoizeBounded((t: string): { word: string; score: number } => {
  if (/^\d+$/.test(t)) return { word: t, score: 1 };
  const readings = readToken(t, 1);
  if (readings.length === 0) {
    const plain = reverseTransliterate(t);
    return { word: /^[бвгджзклмнпрстфхцчшщ]{2,5}$/.test(plain) ? plain.toUpperCase() : plain, score: 0 };
  }
  const best = readings[0]!;
  return { word: capitalise(best.word), score: Math.max(0.5, 1 - best.cost / 2) };
}, 50_000);

/**
 * Russian headline for a slug, with a confidence: the share of tokens read as
 * dictionary words (numbers count as read), lowered by the cost of the readings.
 * Returns `null` when the word list is not available or the slug is empty.
 */
export function backTranslateSlug(slug: string): BackTranslation | null {
  const s = load();
  if (!s) return null;
  const tokens = slug.toLowerCase().split('-').filter((t) => t.length > 0);
  if (tokens.length === 0) return null;
  let score = 0;
  const words = tokens.map((t) => {
    const read = readSlugToken(t);
    score += read.score;
    return read.word;
  });
  let text = '';
  words.forEach((w, i) => {
    if (i > 0) text += joinsWithHyphen(words[i - 1]!, w, s.az) ? '-' : ' ';
    text += w;
  });
  text = text.replace(/ё/g, 'е').replace(/Ё/g, 'Е'); // news headlines write е
  text = text[0]!.toUpperCase() + text.slice(1);
  return { text, confidence: Math.round((score / tokens.length) * 100) / 100 };
}

/**
 * Whether two read tokens were one hyphenated word (the slug keeps no trace of the
 * hyphen): the hyphenated form is in the dictionary (`научно-технического`,
 * `штаб-квартиру`), or the first part in -о is no word of its own but its stem makes an
 * adjective (`китайско` → китайский) and an adjective follows.
 */
function joinsWithHyphen(first: string, next: string, az: AzModule): boolean {
  if (/^[а-яё]{2,}$/i.test(first) && /^[а-яё]{2,}$/i.test(next) && inWordList(`${first}-${next}`.toLowerCase())) return true;
  // A first part that is no word of its own (китайско-, белорусско-, торгово-) before an adjective.
  if (!/^[а-яё]{4,}о$/.test(first) || inWordList(first)) return false;
  const nextTag = az.Morph(next.toLowerCase(), { ignoreCase: true })[0]?.tag;
  if (!nextTag || !(nextTag['ADJF'] || nextTag['PRTF'])) return false;
  const stem = first.slice(0, -1);
  return ['ый', 'ий', 'ой'].some((end) => {
    const t = az.Morph(stem + end, { ignoreCase: true, parsers: ['Dictionary'] })[0]?.tag;
    return Boolean(t && t['ADJF']);
  });
}

/** A Russian headline reconstructed from a transliterated slug. */
export interface BackTranslation {
  /** The reconstructed headline. */
  text: string;
  /** How sure the reconstruction is, 0..1. */
  confidence: number;
}

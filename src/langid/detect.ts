import { francAll } from 'franc';
import type { LanguageCode, LanguageGuess } from './types.js';

/** Below this many Cyrillic letters franc's trigram model is not trusted (toolchain.md). */
const FRANC_MIN_CYRILLIC = 150;
/** Below this many Latin letters franc is not trusted for English either. */
const FRANC_MIN_LATIN = 60;

const ENGLISH_STOPWORDS = new Set(
  'the of and to in a is that for on with as by was are be it at from this which an or has have were its their not but also will been more than other'.split(' '),
);

/** Letter counts that decide the script and the Cyrillic language. */
interface LetterStats {
  cyr: number;
  lat: number;
  /** ъ ё: Russian (ё also Belarusian, rarely written). */
  ruOnly: number;
  /** и щ ъ: absent in Belarusian. */
  notBe: number;
  /** ў: Belarusian only. */
  beOnly: number;
  /** ї є ґ: Ukrainian only. */
  ukOnly: number;
  /** і: Belarusian and Ukrainian. */
  i: number;
  /** ы э: Russian and Belarusian, not Ukrainian. */
  notUk: number;
}

/** Letter classes counted by {@link letterStats}, by code (below U+0500). */
const enum L {
  None = 0,
  Latin,
  /** Any other Cyrillic letter. */
  Cyr,
  /** ы э */
  YE,
  /** ъ */
  Hard,
  /** ё */
  Yo,
  /** и щ */
  IShch,
  /** ў */
  ShortU,
  /** ї є ґ */
  Uk,
  /** і */
  I,
}
const CLASS_END = 0x500;
const LETTER_CLASS = new Uint8Array(CLASS_END);
for (let c = 0x41; c <= 0x7a; c++) if (c <= 0x5a || c >= 0x61) LETTER_CLASS[c] = L.Latin;
for (let c = 0x400; c < CLASS_END; c++) {
  const lower = c >= 0x0410 && c <= 0x042f ? c + 0x20 : c >= 0x0400 && c <= 0x040f ? c + 0x50 : c;
  LETTER_CLASS[c] =
    lower === 0x044b || lower === 0x044d ? L.YE
    : lower === 0x044a ? L.Hard
    : lower === 0x0451 ? L.Yo
    : lower === 0x0438 || lower === 0x0449 ? L.IShch
    : lower === 0x045e ? L.ShortU
    : lower === 0x0457 || lower === 0x0454 || lower === 0x0491 ? L.Uk
    : lower === 0x0456 ? L.I
    : L.Cyr;
}

/** Count the letters that decide script and Cyrillic language: one table lookup per character. */
function letterStats(text: string): LetterStats {
  const counts = new Int32Array(10);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < CLASS_END) counts[LETTER_CLASS[c]!]!++;
  }
  const cyr = counts[L.Cyr]! + counts[L.YE]! + counts[L.Hard]! + counts[L.Yo]! + counts[L.IShch]! + counts[L.ShortU]! + counts[L.Uk]! + counts[L.I]!;
  return {
    cyr,
    lat: counts[L.Latin]!,
    ruOnly: counts[L.Hard]! + counts[L.Yo]!,
    notBe: counts[L.Hard]! + counts[L.IShch]!,
    beOnly: counts[L.ShortU]!,
    ukOnly: counts[L.Uk]!,
    i: counts[L.I]!,
    notUk: counts[L.YE]! + counts[L.Hard]! + counts[L.Yo]!,
  };
}

/**
 * {@link letterStats} of the text without its links and tags (what {@link stripNonProse}
 * removes, for text without `@`): the letters of each match are counted and taken away,
 * so no stripped copy of the text is made.
 */
function letterStatsOutsideLinks(text: string): LetterStats {
  const s = letterStats(text);
  if (text.indexOf('http') < 0 && text.indexOf('www.') < 0 && text.indexOf('<') < 0) return s;
  LINKS_AND_TAGS.lastIndex = 0;
  for (let m = LINKS_AND_TAGS.exec(text); m !== null; m = LINKS_AND_TAGS.exec(text)) {
    const t = letterStats(m[0]);
    s.cyr -= t.cyr;
    s.lat -= t.lat;
    s.ruOnly -= t.ruOnly;
    s.notBe -= t.notBe;
    s.beOnly -= t.beOnly;
    s.ukOnly -= t.ukOnly;
    s.i -= t.i;
    s.notUk -= t.notUk;
  }
  return s;
}

/** Pick among ru / be / uk from distinctive letters; returns a confidence too. */
function cyrillicLanguage(s: LetterStats): { lang: LanguageCode; confidence: number } {
  const n = Math.max(1, s.cyr);
  // Evidence per 100 letters.
  const be = (s.beOnly * 4 + s.i) / n - (s.notBe / n) * 0.5;
  const uk = (s.ukOnly * 4 + s.i) / n - (s.notUk / n) * 0.5;
  const ru = (s.notBe + s.notUk) / n * 0.5 - (s.i + s.beOnly + s.ukOnly) / n * 4;
  if (s.i + s.beOnly + s.ukOnly === 0) {
    // No і ў ї є ґ at all: Russian (or a Cyrillic language sverka does not model).
    return { lang: 'ru', confidence: Math.min(0.99, 0.6 + Math.min(n, 200) / 500) };
  }
  if (be > uk && be > ru) return { lang: 'be', confidence: Math.min(0.95, 0.5 + be * 5) };
  if (uk > be && uk > ru) return { lang: 'uk', confidence: Math.min(0.95, 0.5 + uk * 5) };
  return { lang: 'ru', confidence: 0.6 };
}

/** The longest English stop word: longer words are counted without being looked up. */
const STOPWORD_MAX = Math.max(...[...ENGLISH_STOPWORDS].map((w) => w.length));

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Share of English function words among the runs of ASCII letters (`[a-z]+`, any case), by
 * one scan: only runs short enough to be a stop word are sliced (and lowercased when they
 * hold a capital), with no lowercase copy of the whole text.
 */
function englishStopwordRatio(text: string): number {
  const n = text.length;
  let words = 0;
  let hits = 0;
  let i = 0;
  while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    let upper = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) continue;
      if (c >= 0x41 && c <= 0x5a) upper = true;
      else break;
    }
    words++;
    if (i - s <= STOPWORD_MAX) {
      const w = upper ? text.slice(s, i).toLowerCase() : text.slice(s, i);
      if (ENGLISH_STOPWORDS.has(w)) hits++;
    }
  }
  return words === 0 ? 0 : hits / words;
}

/**
 * Latin-script languages franc compares English against (ISO 639-3): the widely written
 * ones, enough to tell English from "another language". Comparing against all ~400
 * models franc has was the slowest step of segmenting English text.
 */
const LATIN_CANDIDATES = ['eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'pol', 'ces', 'slk', 'slv', 'hrv', 'bos', 'srp', 'ron', 'hun', 'fin', 'est', 'lav', 'lit', 'swe', 'dan', 'nob', 'isl', 'tur', 'aze', 'uzb', 'ind', 'vie', 'tgl', 'swh', 'lat', 'cat', 'glg', 'eus', 'gle', 'cym', 'mlt', 'sqi'];

const FRANC_TO_CODE: Record<string, LanguageCode> = { rus: 'ru', eng: 'en', bel: 'be', ukr: 'uk' };

/**
 * Guess the language of a short or long text (a paragraph, a sentence, a title).
 *
 * Script statistics decide first; among Cyrillic languages the distinctive letters
 * (і ў for Belarusian, ї є ґ for Ukrainian, ъ ё ы э for Russian) decide, with franc
 * consulted only on text long enough for its trigrams (franc alone answers tgk or
 * bul on short Russian). Latin text is English when English function words are
 * frequent, else franc (if long enough) or `other`.
 */
export function detectLanguage(input: string): LanguageGuess {
  // The letters outside links and tags decide; the text without them is made only when
  // franc or the stop-word count needs it (most Russian text never does).
  let stripped: string | undefined;
  const prose = (): string => (stripped ??= stripNonProse(input));
  const s = input.indexOf('@') < 0 ? letterStatsOutsideLinks(input) : letterStats(prose());
  const letters = s.cyr + s.lat;
  if (letters < 3) return { lang: 'und', confidence: 0, script: 'none' };
  const cyrShare = s.cyr / letters;
  const script: LanguageGuess['script'] = cyrShare > 0.8 ? 'Cyrl' : cyrShare < 0.2 ? 'Latn' : 'mixed';
  if (cyrShare >= 0.5) {
    const guess = cyrillicLanguage(s);
    // franc only where the letters leave ru/be/uk open (і ў ї є ґ present): it is
    // the slowest step, and without those letters the text is not be/uk.
    const ambiguous = s.i + s.beOnly + s.ukOnly > 0;
    if (ambiguous && s.cyr >= FRANC_MIN_CYRILLIC) {
      const ranked = francAll(prose(), { only: ['rus', 'bel', 'ukr'] });
      const top = ranked[0];
      if (top && FRANC_TO_CODE[top[0]] && FRANC_TO_CODE[top[0]] !== guess.lang && guess.confidence < 0.7) {
        return { lang: FRANC_TO_CODE[top[0]]!, confidence: 0.6, script };
      }
      if (top && FRANC_TO_CODE[top[0]] === guess.lang) guess.confidence = Math.min(0.99, guess.confidence + 0.1);
    }
    const scale = script === 'mixed' ? 0.8 : 1;
    return { lang: guess.lang, confidence: round(guess.confidence * scale), script };
  }
  const ratio = englishStopwordRatio(prose());
  if (ratio >= 0.12) return { lang: 'en', confidence: round(Math.min(0.99, 0.6 + ratio)), script };
  if (s.lat >= FRANC_MIN_LATIN) {
    const ranked = francAll(prose(), { only: LATIN_CANDIDATES });
    const top = ranked[0];
    if (top && top[0] === 'eng') return { lang: 'en', confidence: 0.7, script };
    // Bibliographic or name-heavy English: English close behind the top guess.
    const eng = ranked.find((r) => r[0] === 'eng');
    if (eng && eng[1] >= 0.9 && ratio > 0) return { lang: 'en', confidence: 0.5, script };
    if (top && top[0] !== 'und') return { lang: 'other', confidence: 0.6, script };
  }
  // Short Latin text with no English function words (a name, a heading): English is
  // the only Latin-script language sverka models, so it is the prior, with low confidence.
  return { lang: 'en', confidence: ratio > 0 ? 0.4 : 0.3, script };
}

/**
 * Aggregate per-unit guesses into a document language, weighting each unit by its
 * letter count and confidence, so that a Russian title inside an English text (or
 * a few Latin URLs in a Russian text) does not flip the document.
 */
export function aggregateLanguage(units: readonly { text: string; guess: LanguageGuess }[]): LanguageGuess {
  const weight = new Map<LanguageCode, number>();
  let total = 0;
  let cyr = 0;
  let lat = 0;
  for (const u of units) {
    if (u.guess.lang === 'und') continue;
    const letters = countLetters(u.text);
    const w = letters * u.guess.confidence;
    weight.set(u.guess.lang, (weight.get(u.guess.lang) ?? 0) + w);
    total += w;
    if (u.guess.script === 'Cyrl') cyr += letters;
    else if (u.guess.script === 'Latn') lat += letters;
  }
  if (total === 0) return { lang: 'und', confidence: 0, script: 'none' };
  let best: LanguageCode = 'und';
  let bestW = -1;
  for (const [lang, w] of weight) if (w > bestW) [best, bestW] = [lang, w];
  const script: LanguageGuess['script'] = cyr > 4 * lat ? 'Cyrl' : lat > 4 * cyr ? 'Latn' : 'mixed';
  return { lang: best, confidence: round(bestW / total), script };
}

function countLetters(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x0400 && c <= 0x04ff)) n++;
  }
  return n;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

// URLs, e-mail addresses, HTML tags and Markdown link targets carry no language
// evidence (a Russian note full of a transliterated URL is still Russian).
// Links and tags start with a literal (`http`, `www.`, `<`), so the engine skips ahead to
// those; addresses are looked for only in text with an `@` (their pattern starts with a
// class and is tried at every word). Repetitions are bounded: linear on long tokens.
const LINKS_AND_TAGS = /https?:\/\/[^\s<>()]+|www\.[^\s<>()]+|<\/?[a-z][^<>]{0,200}>/gi;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/gi;

function stripNonProse(text: string): string {
  let out = text;
  if (out.indexOf('http') >= 0 || out.indexOf('www.') >= 0 || out.indexOf('<') >= 0) out = out.replace(LINKS_AND_TAGS, ' ');
  if (out.indexOf('@') >= 0) out = out.replace(EMAIL, ' ');
  return out;
}

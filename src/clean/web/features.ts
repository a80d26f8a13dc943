import { ANY_STOPWORDS, STOPWORDS } from './stopwords.js';
import { CHROME_WORDS } from './chrome-words.js';

/** Measurements of one line of a scraped page (the jusText block features, plus a few for plain text). */
export interface LineFeatures {
  /** Trimmed length in characters. */
  length: number;
  /** Word tokens. */
  words: number;
  /** Share of words that are stop words. */
  stopDensity: number;
  /** Share of characters inside URLs, domains and e-mail addresses. */
  linkDensity: number;
  /** Share of tokens that are numbers, times or dates. */
  numberDensity: number;
  /** Ends like a sentence (`.`, `!`, `?`, `…`, `:`, `;`, or a closing quote after one). */
  sentenceEnd: boolean;
  /** Starts with a bullet (`•`, `·`, `▪`, `►`, `›`). */
  bullet: boolean;
  /** Contains interface vocabulary (login, share, subscribe…). */
  chromeWords: boolean;
  /** Contains a copyright sign or notice. */
  copyright: boolean;
  /** A Markdown ATX heading. */
  heading: boolean;
  /** Share of letters among non-space characters. */
  letterRatio: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:by|ru|com|net|org|gov|info|io|ua|kz|cn|eu|uk|de)\b\S*|[\w.+-]+@[\w-]+\.[\w.]+/gi;
const NUMBERISH = /^(?:\d[\d\s.,:/-]*|\d{1,2}:\d{2})$/;

/** Measure one (trimmed) line. `lang` picks the stop-word list. */
export function lineFeatures(line: string, lang: string): LineFeatures {
  const text = line.trim();
  const stop = STOPWORDS[lang] ?? ANY_STOPWORDS;
  let words = 0;
  let stops = 0;
  let numbers = 0;
  for (const m of text.matchAll(WORD)) {
    words++;
    const w = m[0].toLowerCase();
    if (stop.has(w)) stops++;
    if (NUMBERISH.test(m[0])) numbers++;
  }
  let linkChars = 0;
  for (const m of text.matchAll(LINK)) linkChars += m[0].length;
  let letters = 0;
  let nonSpace = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\t') continue;
    nonSpace++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  return {
    length: text.length,
    words,
    stopDensity: words === 0 ? 0 : stops / words,
    linkDensity: text.length === 0 ? 0 : linkChars / text.length,
    numberDensity: words === 0 ? 1 : numbers / words,
    sentenceEnd: /[.!?…:;](?:[»"”’)\]]|\[\^[^\]]{1,10}\])*$/.test(text),
    bullet: /^[•·▪►›■●◦]/.test(text),
    chromeWords: CHROME_WORDS.test(text),
    copyright: /©|&copy;|\(c\)\s*\d{4}|copyright/i.test(text),
    heading: /^#{1,6}\s/.test(text),
    letterRatio: nonSpace === 0 ? 0 : letters / nonSpace,
  };
}

import { ANY_STOPWORDS, STOPWORDS } from './stopwords.js';
import { CHROME_WORDS } from './chrome-words.js';
import { isUpperCode } from '../../text/lower-code.js';
import { LETTER, unitClass } from '../../text/char-class.js';

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
  /** Share of words that are numbers (times and dates count as several number words). */
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

/** URLs, bare domains (host names ending in a common TLD) and e-mail addresses; bounded repeats. */
const LINK = /\b(?:https?:\/\/|www\.)\S{1,2000}|(?<![\w.-])[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.(?:by|ru|com|net|org|gov|info|io|ua|kz|cn|eu|uk|de)\b\S{0,2000}|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,63}/gi;

/** Ends like a sentence: `.`, `!`, `?`, `…`, `:`, `;`, then only closing quotes, brackets or `[^N]` references (scanned from the end). */
function endsSentence(text: string): boolean {
  let i = text.length;
  for (;;) {
    if (i === 0) return false;
    const c = text[i - 1]!;
    if ('»"”’)]'.includes(c)) {
      if (c === ']') {
        const open = text.lastIndexOf('[^', i - 1);
        if (open >= 0 && i - 1 - open <= 12 && !text.slice(open + 2, i - 1).includes(']')) {
          i = open;
          continue;
        }
      }
      i--;
      continue;
    }
    return '.!?…:;'.includes(c);
  }
}

function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || isLetter(c);
}

/** Letters by code range (Latin, Latin-1/Extended, Greek, Cyrillic); other scripts from text/char-class's table. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f)) return true;
  return (unitClass(c) & LETTER) !== 0;
}

/** Measure one (trimmed) line. `lang` picks the stop-word list. */
export function lineFeatures(line: string, lang: string): LineFeatures {
  const text = line.trim();
  const stop = STOPWORDS[lang] ?? ANY_STOPWORDS;
  let words = 0;
  let stops = 0;
  let numbers = 0;
  // One scan: words (runs of letters and digits with inner ' ’ -), letters, non-space characters.
  const n = text.length;
  let letters = 0;
  let nonSpace = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (!isWordChar(c0)) {
      if (c0 !== 32 && c0 !== 9) nonSpace++;
      i++;
      continue;
    }
    const ws = i;
    let digitsOnly = true;
    let upper = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) {
        nonSpace++;
        i++;
      } else if (isLetter(c)) {
        digitsOnly = false;
        if (!upper && (isUpperCode(c) || c >= 0x530)) upper = true;
        letters++;
        nonSpace++;
        i++;
      } else if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        nonSpace++;
        i++;
      } else break;
    }
    words++;
    if (digitsOnly) numbers++;
    else if (i - ws <= 12 && stop.has(upper ? text.slice(ws, i).toLowerCase() : text.slice(ws, i))) stops++;
  }
  let linkChars = 0;
  // the link regex only where a link can be: `://`, `@`, or a dot followed by a letter
  if (text.includes('://') || text.includes('@') || /\.[a-z]/i.test(text)) {
    for (const m of text.matchAll(LINK)) linkChars += m[0].length;
  }
  return {
    length: text.length,
    words,
    stopDensity: words === 0 ? 0 : stops / words,
    linkDensity: text.length === 0 ? 0 : linkChars / text.length,
    numberDensity: words === 0 ? 1 : numbers / words,
    sentenceEnd: endsSentence(text),
    bullet: /^[•·▪►›■●◦]/.test(text),
    // interface words only matter on short lines (and title candidates): skip long prose
    chromeWords: text.length <= 200 && CHROME_WORDS.test(text),
    copyright: /©|&copy;|\(c\)\s*\d{4}|copyright/i.test(text),
    heading: /^#{1,6}\s/.test(text),
    letterRatio: nonSpace === 0 ? 0 : letters / nonSpace,
  };
}

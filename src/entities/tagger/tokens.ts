/** Tokenisation for the entity tagger: words (with inner hyphens), numbers, single symbols. */
import { codePointClass, DIGIT as DIGIT_CLASS, LETTER, LOWER, MARK, SPACE as SPACE_CLASS, unitClass } from '../../text/char-class.js';

/** A token with its span in the text. */
export interface NerToken {
  /** Token text. */
  text: string;
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** True when a sentence probably starts at this token. */
  sentStart: boolean;
}

/**
 * The token grammar as a pattern. {@link nerTokens} runs a hand-written scan with the same
 * matches (test/entities/tokens-scan.test.ts compares the two on real and random text).
 */
export const TOKEN_PATTERN = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\p{Nd}+|[^\s\p{L}\p{M}\p{Nd}]/gu;

/** Width (1 or 2 code units) of the code point at `i`; 2 only for a surrogate pair. */
function widthAt(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

// Kinds of the scan, the classes of TOKEN_PATTERN: a word character ([\p{L}\p{M}]), a digit,
// white space, anything else (lone surrogates included).
const WORD = 1;
const DIGIT = 2;
const SPACE = 3;
const OTHER = 4;

/** The scan's kind of a character with these classes. */
function kindOf(classes: number): number {
  return classes & (LETTER | MARK) ? WORD : classes & DIGIT_CLASS ? DIGIT : classes & SPACE_CLASS ? SPACE : OTHER;
}

/** Classes of the code point at `i` (code unit `c`, width `w`). */
function classesAt(text: string, i: number, c: number, w: number): number {
  return w === 1 ? unitClass(c) : codePointClass(text.codePointAt(i)!);
}

/** Split text into tokens, marking likely sentence starts (after `.!?…` or a blank line). */
export function nerTokens(text: string): NerToken[] {
  const out: NerToken[] = [];
  const n = text.length;
  let i = 0;
  // Newlines in the white space since the previous token (the gap between tokens is only
  // white space: every other code point starts a token), and whether that token was `.!?…`.
  let newlines = 0;
  let afterStop = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    const w = widthAt(text, i, c);
    const classes = classesAt(text, i, c, w);
    const base = kindOf(classes);
    if (base === SPACE) {
      if (c === 10) newlines++;
      i += w;
      continue;
    }
    const start = i;
    i += w;
    if (base === WORD) {
      for (;;) {
        if (i >= n) break;
        const c2 = text.charCodeAt(i);
        const w2 = widthAt(text, i, c2);
        const k2 = kindOf(classesAt(text, i, c2, w2));
        if (k2 === WORD) {
          i += w2;
          continue;
        }
        // An inner hyphen or apostrophe followed by a letter continues the word.
        if ((c2 === 45 || c2 === 39 || c2 === 0x2019) && i + 1 < n) {
          const c3 = text.charCodeAt(i + 1);
          const w3 = widthAt(text, i + 1, c3);
          if (kindOf(classesAt(text, i + 1, c3, w3)) === WORD) {
            i += 1 + w3;
            continue;
          }
        }
        break;
      }
    } else if (base === DIGIT) {
      while (i < n) {
        const c2 = text.charCodeAt(i);
        const w2 = widthAt(text, i, c2);
        if (kindOf(classesAt(text, i, c2, w2)) !== DIGIT) break;
        i += w2;
      }
    }
    const sentStart = afterStop || (newlines >= 2 && (classes & LOWER) === 0);
    const t: NerToken = { text: text.slice(start, i), start, end: i, sentStart };
    out.push(t);
    afterStop = i - start === 1 && (c === 46 || c === 33 || c === 63 || c === 0x2026);
    newlines = 0;
  }
  return out;
}

/** Tokenisation for the entity tagger: words (with inner hyphens), numbers, single symbols. */

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

// Character kinds of the scan (one code point): the classes of TOKEN_PATTERN, plus a bit for a
// lowercase letter (\p{Ll}), used by the sentence-start test.
const WORD = 1; // [\p{L}\p{M}]
const DIGIT = 2; // \p{Nd}
const SPACE = 3; // \s
const OTHER = 4; // anything else, lone surrogates included
const KIND = 7;
const LOWER = 8; // \p{Ll}

const WORD_RE = /^[\p{L}\p{M}]$/u;
const DIGIT_RE = /^\p{Nd}$/u;
const SPACE_RE = /^\s$/u;
const LL_RE = /^\p{Ll}$/u;

function classify(cp: string): number {
  const k = WORD_RE.test(cp) ? WORD : DIGIT_RE.test(cp) ? DIGIT : SPACE_RE.test(cp) ? SPACE : OTHER;
  return LL_RE.test(cp) ? k | LOWER : k;
}

/** Kinds of the UTF-16 code units (0 = not yet classified), filled as characters are met. */
const unitKinds = new Uint8Array(0x10000);
/** Kinds of astral code points met so far. */
const astralKinds = new Map<number, number>();

/** Width (1 or 2 code units) of the code point at `i`; 2 only for a surrogate pair. */
function widthAt(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Kind of the code point at `i` (code unit `c`, width `w`). */
function kindAt(text: string, i: number, c: number, w: number): number {
  if (w === 1) {
    let k = unitKinds[c]!;
    if (k === 0) unitKinds[c] = k = classify(String.fromCharCode(c));
    return k;
  }
  const cp = text.codePointAt(i)!;
  let k = astralKinds.get(cp);
  if (k === undefined) astralKinds.set(cp, (k = classify(text.slice(i, i + 2))));
  return k;
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
    const kind = kindAt(text, i, c, w);
    const base = kind & KIND;
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
        const k2 = kindAt(text, i, c2, w2) & KIND;
        if (k2 === WORD) {
          i += w2;
          continue;
        }
        // An inner hyphen or apostrophe followed by a letter continues the word.
        if ((c2 === 45 || c2 === 39 || c2 === 0x2019) && i + 1 < n) {
          const c3 = text.charCodeAt(i + 1);
          const w3 = widthAt(text, i + 1, c3);
          if ((kindAt(text, i + 1, c3, w3) & KIND) === WORD) {
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
        if ((kindAt(text, i, c2, w2) & KIND) !== DIGIT) break;
        i += w2;
      }
    }
    const sentStart = afterStop || (newlines >= 2 && (kind & LOWER) === 0);
    const t: NerToken = { text: text.slice(start, i), start, end: i, sentStart };
    out.push(t);
    afterStop = i - start === 1 && (c === 46 || c === 33 || c === 63 || c === 0x2026);
    newlines = 0;
  }
  return out;
}

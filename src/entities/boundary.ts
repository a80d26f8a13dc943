/**
 * Global-pattern matching with a hand-checked leading look-behind. A pattern that begins with
 * `(?<![\p{L}\p{Nd}])` is tried by the regex engine at every position of the text, look-behind
 * first. {@link wordStartMatcher} instead tries the pattern's body (sticky) only where a match
 * can begin: where the look-behind holds (the character before is no letter or digit) and the
 * character is not white space (none of the patterns starts with white space). After a match
 * the search goes on from its end, as a global search does. The matches are the same as those
 * of the look-behind pattern: at every skipped position that pattern fails too, and the tried
 * positions come in the same order (test/entities/boundary.test.ts compares the two).
 */
import { DIGIT, FOLDED_WORD, LETTER, SPACE, unitClass } from '../text/char-class.js';

/** The look-behinds the patterns drop, sticky: letter or digit without and with case folding; letter. */
const NOT_AFTER = /(?<![\p{L}\p{Nd}])/uy;
const NOT_AFTER_I = /(?<![\p{L}\p{Nd}])/iuy;
const NOT_AFTER_LETTER = /(?<![\p{L}])/uy;

/**
 * Whether `(?<![\p{L}\p{Nd}])` holds at `index` of `text` for a pattern with (or without, when
 * `ignoreCase` is false) the `i` flag; the pattern has the `u` flag.
 */
export function notAfterLetterOrDigit(text: string, index: number, ignoreCase: boolean): boolean {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  // ASCII: only letters and digits are \p{L} / \p{Nd}, and no other ASCII character folds to one.
  if (c < 128) return !((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122));
  const re = ignoreCase ? NOT_AFTER_I : NOT_AFTER;
  re.lastIndex = index;
  return re.test(text);
}

// Classes of the code unit before a position (text/char-class; surrogates are never looked up).
const WORD = LETTER | DIGIT;

/**
 * Positions where a match may begin in the last text seen, each as `position * 8 + flags`:
 * PLAIN_OK when `(?<![\p{L}\p{Nd}])` holds for a pattern without the `i` flag, FOLDED_OK with
 * it, LETTER_OK when `(?<![\p{L}])` holds (without `i`).
 */
interface Starts {
  text: string;
  at: Int32Array;
  count: number;
}
const PLAIN_OK = 1;
const FOLDED_OK = 2;
const LETTER_OK = 4;
let lastStarts: Starts | null = null;

/**
 * The positions of `text` where a match of a look-behind pattern may begin: not white space,
 * not the second half of a surrogate pair, and one of the look-behinds holds. One pass serves
 * every pattern run on the same text (dates, money, percent, quantities, the Russian rules);
 * memory grows with the number of such positions, not with the text.
 */
function startsOf(text: string): Starts {
  if (lastStarts !== null && lastStarts.text === text) return lastStarts;
  const n = text.length;
  let at = new Int32Array(Math.min(n, 4096));
  let count = 0;
  // Kind bits of the code unit before `p`, or -1 when it is a surrogate (then the
  // look-behinds are tested by regex).
  let prev = -1;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    let v = -1;
    if (c >= 0xd800 && c <= 0xdfff) {
      // The second half of a pair is no position of a unicode search.
      if (c >= 0xdc00 && p > 0) {
        const b = text.charCodeAt(p - 1);
        if (b >= 0xd800 && b <= 0xdbff) {
          prev = -1;
          continue;
        }
      }
    } else {
      v = unitClass(c);
      if (v & SPACE) {
        prev = v;
        continue;
      }
    }
    let flags = PLAIN_OK | FOLDED_OK | LETTER_OK;
    if (p > 0) {
      if (prev === -1) {
        NOT_AFTER_LETTER.lastIndex = p;
        flags =
          (notAfterLetterOrDigit(text, p, false) ? PLAIN_OK : 0) |
          (notAfterLetterOrDigit(text, p, true) ? FOLDED_OK : 0) |
          (NOT_AFTER_LETTER.test(text) ? LETTER_OK : 0);
      } else {
        flags = (prev & WORD ? 0 : PLAIN_OK) | (prev & FOLDED_WORD ? 0 : FOLDED_OK) | (prev & LETTER ? 0 : LETTER_OK);
      }
    }
    prev = v;
    if (flags === 0) continue;
    if (count === at.length) {
      const grown = new Int32Array(at.length * 2);
      grown.set(at);
      at = grown;
    }
    at[count++] = p * 8 + flags;
  }
  lastStarts = { text, at, count };
  return lastStarts;
}

/**
 * The look-behind a pattern dropped: `letter-digit` = `(?<![\p{L}\p{Nd}])`, `letter` =
 * `(?<![\p{L}])`, `letter-dot` = `(?<![\p{L}.])`.
 */
export type DroppedLookBehind = 'letter-digit' | 'letter' | 'letter-dot';

/**
 * A matcher for the dropped look-behind followed by `re`: all matches in text order, what
 * `text.matchAll` gives for that pattern. `re` has the `u` flag (and maybe `i`, only with
 * `letter-digit`), never matches the empty string and never starts with white space; its own
 * `lastIndex` is not used.
 */
export function wordStartMatcher(re: RegExp, dropped: DroppedLookBehind = 'letter-digit'): (text: string) => RegExpExecArray[] {
  if (!re.unicode || (dropped !== 'letter-digit' && re.ignoreCase)) throw new Error(`wordStartMatcher: unsupported flags ${re.flags} for ${dropped}`);
  const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
  const ignoreCase = re.ignoreCase;
  const notDot = dropped === 'letter-dot';
  return (text: string): RegExpExecArray[] => {
    const out: RegExpExecArray[] = [];
    const { at, count } = startsOf(text);
    const need = dropped !== 'letter-digit' ? LETTER_OK : ignoreCase ? FOLDED_OK : PLAIN_OK;
    // After a match the search goes on from its end.
    let from = 0;
    for (let k = 0; k < count; k++) {
      const v = at[k]!;
      if ((v & need) === 0) continue;
      const p = v >> 3;
      if (p < from || (notDot && p > 0 && text.charCodeAt(p - 1) === 46)) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m === null) continue;
      out.push(m);
      from = p + m[0].length;
    }
    return out;
  };
}

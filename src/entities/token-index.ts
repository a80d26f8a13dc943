/**
 * Small look-ups shared by the entity passes: the token at a start or end offset (binary
 * search over the tokens instead of a Map of every token per pass), and whether a string
 * starts with an uppercase letter (a table per UTF-16 code unit instead of a regex per token).
 */
import type { NerToken } from './tagger/tokens.js';
import { firstAtOrAfter } from '../text/sorted.js';

/**
 * Index of the token that starts at `offset`, or undefined. `tokens` are in text order and
 * do not overlap (as {@link nerTokens} gives them), so starts and ends both increase.
 */
export function tokenStartingAt(tokens: readonly NerToken[], offset: number): number | undefined {
  const i = firstAtOrAfter(tokens, offset);
  return i < tokens.length && tokens[i]!.start === offset ? i : undefined;
}

/** Index of the token that ends at `offset`, or undefined (same conditions as {@link tokenStartingAt}). */
export function tokenEndingAt(tokens: readonly NerToken[], offset: number): number | undefined {
  const i = firstAtOrAfter(tokens, offset, 'end');
  return i < tokens.length && tokens[i]!.end === offset ? i : undefined;
}

/**
 * `pattern.test(s)` for a pattern that looks at the first character only, answered from a
 * table per UTF-16 code unit filled as characters are met (surrogates go to the pattern).
 */
function firstCharTest(pattern: RegExp): (s: string) => boolean {
  /** Per code unit: 0 not yet known, 1 no, 2 yes. */
  const known = new Uint8Array(0x10000);
  return (s) => {
    if (s.length === 0) return false;
    const c = s.charCodeAt(0);
    if (c >= 0xd800 && c <= 0xdfff) return pattern.test(s);
    let v = known[c]!;
    if (v === 0) known[c] = v = pattern.test(String.fromCharCode(c)) ? 2 : 1;
    return v === 2;
  };
}

/** Same as `/^\p{Lu}/u.test(s)`. */
export const startsWithUpper: (s: string) => boolean = firstCharTest(/^\p{Lu}/u);

/** Same as `/^\p{Ll}/u.test(s)`. */
export const startsWithLower: (s: string) => boolean = firstCharTest(/^\p{Ll}/u);

/** Same as `/^[\p{L}]/u.test(s)`. */
export const startsWithLetter: (s: string) => boolean = firstCharTest(/^[\p{L}]/u);

/**
 * An array of `n` undefined slots, filled by push (a fast array of one elements kind; a value
 * assigned far past the end of an empty array would turn it into a slow dictionary instead).
 */
export function emptySlots<T>(n: number): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  for (let i = 0; i < n; i++) out.push(undefined);
  return out;
}

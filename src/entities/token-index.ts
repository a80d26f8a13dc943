/**
 * Small look-ups shared by the entity passes: the token at a start or end offset (binary
 * search over the tokens instead of a Map of every token per pass), and whether a string
 * starts with an uppercase letter, a lowercase letter or a letter (text/char-class's table
 * instead of a regex per token).
 */
import type { NerToken } from './tagger/tokens.js';
import { firstAtOrAfter } from '../text/sorted.js';
import { firstCharClass, LETTER, LOWER, UPPER } from '../text/char-class.js';

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

/** Same as `/^\p{Lu}/u.test(s)`. */
export function startsWithUpper(s: string): boolean {
  return (firstCharClass(s) & UPPER) !== 0;
}

/** Same as `/^\p{Ll}/u.test(s)`. */
export function startsWithLower(s: string): boolean {
  return (firstCharClass(s) & LOWER) !== 0;
}

/** Same as `/^[\p{L}]/u.test(s)`. */
export function startsWithLetter(s: string): boolean {
  return (firstCharClass(s) & LETTER) !== 0;
}

/**
 * An array of `n` undefined slots, filled by push (a fast array of one elements kind; a value
 * assigned far past the end of an empty array would turn it into a slow dictionary instead).
 */
export function emptySlots<T>(n: number): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  for (let i = 0; i < n; i++) out.push(undefined);
  return out;
}

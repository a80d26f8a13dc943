/**
 * Small look-ups shared by the entity passes: the token at a start or end offset (binary
 * search over the tokens instead of a Map of every token per pass), and whether a string
 * starts with an uppercase letter (a table per UTF-16 code unit instead of a regex per token).
 */
import type { NerToken } from './tagger/tokens.js';

/**
 * Index of the token that starts at `offset`, or undefined. `tokens` are in text order and
 * do not overlap (as {@link nerTokens} gives them), so starts and ends both increase.
 */
export function tokenStartingAt(tokens: readonly NerToken[], offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === offset ? lo : undefined;
}

/** Index of the token that ends at `offset`, or undefined (same conditions as {@link tokenStartingAt}). */
export function tokenEndingAt(tokens: readonly NerToken[], offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.end === offset ? lo : undefined;
}

const UPPER_START = /^\p{Lu}/u;
/** Per code unit: 0 not yet known, 1 not \p{Lu}, 2 \p{Lu}. */
const upperUnit = new Uint8Array(0x10000);

/** Same as `/^\p{Lu}/u.test(s)`. */
export function startsWithUpper(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return UPPER_START.test(s);
  let v = upperUnit[c]!;
  if (v === 0) upperUnit[c] = v = UPPER_START.test(String.fromCharCode(c)) ? 2 : 1;
  return v === 2;
}

const LOWER_START = /^\p{Ll}/u;
/** Per code unit: 0 not yet known, 1 not \p{Ll}, 2 \p{Ll}. */
const lowerUnit = new Uint8Array(0x10000);

/** Same as `/^\p{Ll}/u.test(s)`. */
export function startsWithLower(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return LOWER_START.test(s);
  let v = lowerUnit[c]!;
  if (v === 0) lowerUnit[c] = v = LOWER_START.test(String.fromCharCode(c)) ? 2 : 1;
  return v === 2;
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

const LETTER_START = /^[\p{L}]/u;
/** Per code unit: 0 not yet known, 1 not \p{L}, 2 \p{L}. */
const letterUnit = new Uint8Array(0x10000);

/** Same as `/^[\p{L}]/u.test(s)`. */
export function startsWithLetter(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return LETTER_START.test(s);
  let v = letterUnit[c]!;
  if (v === 0) letterUnit[c] = v = LETTER_START.test(String.fromCharCode(c)) ? 2 : 1;
  return v === 2;
}

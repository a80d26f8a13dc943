// Unicode character classes by code, for scanners that test a property per character
// (a regex per character costs far more than a table read). One table serves every stage.

/** `\p{L}`: a letter. */
export const LETTER = 1;
/** `\p{M}`: a combining mark. */
export const MARK = 2;
/** `\p{Nd}`: a decimal digit. */
export const DIGIT = 4;
/** `\s`: white space as JavaScript patterns see it. */
export const SPACE = 8;
/** `\p{Lu}`: an uppercase letter. */
export const UPPER = 16;
/** `\p{Ll}`: a lowercase letter. */
export const LOWER = 32;
/** `[\p{L}\p{Nd}]` under the `i` flag (a few more characters fold into it). */
export const FOLDED_WORD = 64;
const KNOWN = 128;

const TESTS: ReadonlyArray<readonly [number, RegExp]> = [
  [LETTER, /^\p{L}$/u],
  [MARK, /^\p{M}$/u],
  [DIGIT, /^\p{Nd}$/u],
  [SPACE, /^\s$/u],
  [UPPER, /^\p{Lu}$/u],
  [LOWER, /^\p{Ll}$/u],
  [FOLDED_WORD, /^[\p{L}\p{Nd}]$/iu],
];

function classify(ch: string): number {
  let flags = KNOWN;
  for (const [flag, re] of TESTS) if (re.test(ch)) flags |= flag;
  return flags;
}

/** Classes of each UTF-16 code unit, filled as codes are met (0: not yet classified). */
const units = new Uint8Array(0x10000);
/** Classes of the astral code points met so far. */
const astral = new Map<number, number>();

/**
 * The classes (a set of the flags above) of one UTF-16 code unit taken as a character; a
 * surrogate alone has none of them. O(1) after the first time a code is met.
 */
export function unitClass(code: number): number {
  let v = units[code]!;
  if (v === 0) units[code] = v = classify(String.fromCharCode(code));
  return v;
}

/** The classes of the code point `cp` (any plane). */
export function codePointClass(cp: number): number {
  if (cp < 0x10000) return unitClass(cp);
  let v = astral.get(cp);
  if (v === undefined) astral.set(cp, (v = classify(String.fromCodePoint(cp))));
  return v;
}

/** The classes of the first character (code point) of `s`; 0 for an empty string. */
export function firstCharClass(s: string): number {
  return s.length === 0 ? 0 : codePointClass(s.codePointAt(0)!);
}

// Lowercase by character code, for scanners that must not copy a whole text to lowercase
// (`String#toLowerCase` on a long Cyrillic text costs about 5 ns a character).

/** Codes below this have their lowercase in the table (Latin, Latin-1, Greek, Cyrillic). */
const END = 0x530;
const LOWER = new Uint16Array(END);
for (let c = 0; c < END; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  // a letter whose lowercase is not one code unit (İ → i̇) keeps its code here
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : c;
}

/**
 * The lowercase of a UTF-16 code unit for Latin, Greek and Cyrillic letters (as
 * `toLowerCase` gives it when that is one code unit); any other code is returned as it is.
 */
export function lowerCode(c: number): number {
  return c < END ? LOWER[c]! : c;
}

const folded = new Map<number, number>();

/**
 * The lowercase of any UTF-16 code unit, as `toLowerCase` gives it when that is one code
 * unit (other scripts than {@link lowerCode}'s are looked up once and remembered;
 * surrogates are returned as they are).
 */
export function foldCode(c: number): number {
  if (c < END) return LOWER[c]!;
  if (c >= 0xd800 && c <= 0xdfff) return c;
  let l = folded.get(c);
  if (l === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    folded.set(c, (l = s.length === 1 ? s.charCodeAt(0) : c));
  }
  return l;
}

/** Is the code unit an uppercase letter in the table's range (its lowercase differs)? */
export function isUpperCode(c: number): boolean {
  return c < END && LOWER[c] !== c;
}

/** FNV-1a offset basis (32 bits), for hashes built code by code alongside a scan. */
export const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a prime (32 bits). */
export const FNV_PRIME = 0x01000193;

/** FNV-1a hash of the lowercase code units of `text.slice(start, end)`. */
export function foldHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ foldCode(text.charCodeAt(k)), FNV_PRIME);
  return h;
}

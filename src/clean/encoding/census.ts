/**
 * One scan that tells the encoding rules whether they have anything to do: most texts
 * hold no Unicode space, invisible character, ligature or character that Unicode
 * normalisation could change, and four rules each scanning the whole text to find
 * nothing cost four passes. The census is remembered for the last text (the rules run
 * one after another on the same string until one of them changes it).
 */
import { memoizeLast } from '../../text/memo.js';

/** NBSP and the other Unicode spaces (`encoding-nbsp`). */
export const HAS_UNICODE_SPACE = 1;
/** Zero-width, format and control characters (`encoding-invisible`). */
export const HAS_INVISIBLE = 2;
/** Presentation-form ligatures ﬀ–ﬆ (`encoding-ligatures`). */
export const HAS_LIGATURE = 4;
/** A character outside the ranges known to be stable under NFC (`encoding-nfc` then checks for real). */
export const MAY_CHANGE_UNDER_NFC = 8;

/** Is the code a Unicode (non-ASCII) space? */
export function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * Zero-width, format and control characters that carry nothing in ru/en/be prose: what
 * `encoding-invisible` removes (before its context checks). One character; the rule
 * makes its global pattern from this one.
 */
export const INVISIBLE_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2060-\u2064\ufeff\ufffe]/;

/** Presentation-form ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), one character: what `encoding-ligatures` replaces. */
export const LIGATURE_CHAR = /[\ufb00-\ufb06]/;

/** Is the code one `encoding-invisible` removes (before its context checks)? */
export function isInvisible(c: number): boolean {
  return INVISIBLE_CHAR.test(String.fromCharCode(c));
}

/**
 * Characters that NFC leaves alone whatever surrounds them: starters with no canonical
 * decomposition that nothing composes with — ASCII, Latin-1 and Latin Extended
 * (below U+0300), Cyrillic (without its combining marks U+0483–U+0489), and the
 * punctuation, super- and subscripts, currency, number forms, arrows, mathematical
 * operators, box drawing and shapes (OCR's ■), signs of Russian and English text. Tested
 * against `String#normalize` character by character.
 */
export function isNfcStable(c: number): boolean {
  return (
    c < 0x300 ||
    (c >= 0x400 && c <= 0x482) ||
    (c >= 0x48a && c <= 0x52f) ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x2070 && c <= 0x209f) ||
    (c >= 0x20a0 && c <= 0x20bf) ||
    c === 0x2116 ||
    c === 0x2122 ||
    (c >= 0x2150 && c <= 0x218f) ||
    (c >= 0x2190 && c <= 0x22ff) ||
    (c >= 0x2500 && c <= 0x26ff)
  );
}

const END = 0x530;
/** The census flags of each code below {@link END}. */
const FLAGS = new Uint8Array(END);
for (let c = 0; c < END; c++) FLAGS[c] = flagsOf(c);

function flagsOf(c: number): number {
  return (isUnicodeSpace(c) ? HAS_UNICODE_SPACE : 0) | (isInvisible(c) ? HAS_INVISIBLE : 0) | (LIGATURE_CHAR.test(String.fromCharCode(c)) ? HAS_LIGATURE : 0) | (isNfcStable(c) ? 0 : MAY_CHANGE_UNDER_NFC);
}

/** Flags of codes above the table, remembered (a text in another script repeats them). */
const above = new Map<number, number>();
function flagsAbove(c: number): number {
  let f = above.get(c);
  if (f === undefined) above.set(c, (f = flagsOf(c)));
  return f;
}

/** The census of a text: the OR of the flags of its characters (one scan). */
export function encodingCensus(text: string): number {
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    flags |= c < END ? FLAGS[c]! : flagsAbove(c);
  }
  return flags;
}

/** {@link encodingCensus} of the last text asked about. */
export const censusOf: (text: string) => number = memoizeLast(encodingCensus);

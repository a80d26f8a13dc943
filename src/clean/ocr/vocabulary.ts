/**
 * The document's own vocabulary: how often each word form occurs (lowercased), counted in
 * one linear pass. Rules use it as evidence ("this joined form occurs elsewhere in the text").
 */
import { memoizeLast } from '../../text/memo.js';

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Letters and marks below U+0530 (Latin, Greek, Cyrillic), by table: the hot path. */
const TABLE_END = 0x530;
const WORD_TABLE = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) WORD_TABLE[c] = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 0;

/** Is the UTF-16 code unit a letter or a combining mark? */
function isWordCode(text: string, i: number, c: number): boolean {
  if (c < TABLE_END) return WORD_TABLE[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(i)!));
  if (c >= 0xdc00 && c <= 0xdfff) return isWordCode(text, i - 1, text.charCodeAt(i - 1));
  return LETTER_OR_MARK.test(text[i]!);
}

/**
 * Count lowercased word forms (hyphenated compounds count as one form and per part).
 * A word is a run of letters and marks, with single inner hyphens between runs (as the
 * pattern `[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*`); one scan of the lowercased text, no regex
 * per word.
 */
export function documentVocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(lower, i, lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let partStart = i;
    let parts: string[] | null = null; // the parts of a hyphenated compound
    for (;;) {
      while (i < n && isWordCode(lower, i, lower.charCodeAt(i))) i++;
      // an inner hyphen followed by a letter continues the word
      if (i + 1 < n && lower.charCodeAt(i) === 0x2d && isWordCode(lower, i + 1, lower.charCodeAt(i + 1))) {
        (parts ??= []).push(lower.slice(partStart, i));
        i++;
        partStart = i;
        continue;
      }
      break;
    }
    add(lower.slice(start, i));
    if (parts !== null) {
      parts.push(lower.slice(partStart, i));
      for (const p of parts) add(p);
    }
  }
  return counts;
}

/**
 * The vocabulary of a whole input (the draft's original), built once per document and
 * shared by the rules that ask for evidence: the original holds the same words as the
 * text a rule sees, and building it once keeps the profile linear and fast.
 */
export const vocabularyOf: (original: string) => Map<string, number> = memoizeLast(documentVocabulary);

/** Is the letter Cyrillic? */
export function isCyrillic(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x400 && c <= 0x4ff) || (c >= 0x500 && c <= 0x52f);
}

/** Is the letter a basic Latin letter? */
export function isLatin(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Is `word` known: a dictionary form, or a form the document holds more often than the
 * `suspect` occurrences being judged (a suspect form is no evidence for itself)?
 */
export function knownForm(
  word: string,
  vocab: ReadonlyMap<string, number>,
  isDictionary: (w: string) => boolean | undefined,
  suspect: ReadonlyMap<string, number> = new Map(),
): boolean {
  const w = word.toLowerCase();
  // The dictionary keeps the case of proper names (Китай, not китай).
  if (isDictionary(w) === true || (w !== word && isDictionary(word) === true)) return true;
  return (vocab.get(w) ?? 0) > (suspect.get(w) ?? 0);
}

/** Count lowercased forms (for {@link knownForm}'s `suspect`). */
export function countForms(words: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words) {
    const l = w.toLowerCase();
    out.set(l, (out.get(l) ?? 0) + 1);
  }
  return out;
}

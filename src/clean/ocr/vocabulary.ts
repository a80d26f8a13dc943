/**
 * The document's own vocabulary: how often each word form occurs (lowercased), counted in
 * one linear pass. Rules use it as evidence ("this joined form occurs elsewhere in the text").
 */
import { memoizeLast } from '../../text/memo.js';

const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

/** Count lowercased word forms (hyphenated compounds count as one form and per part). */
export function documentVocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
    if (w.includes('-')) for (const part of w.split('-')) counts.set(part, (counts.get(part) ?? 0) + 1);
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

/**
 * Russian word lookup for OCR repairs: Az.js (OpenCorpora dictionaries, CC BY-SA) in strict
 * dictionary mode (no prediction, no typo correction), loaded lazily and synchronously on
 * first use. A rule asks only "is this a real word form?"; when Az.js cannot be loaded every
 * answer is `undefined` and rules fall back to the document's own vocabulary.
 */
import { loadAz } from '../../morph/az.js';
import { memoizeBounded } from '../../text/memo.js';

const STRICT = { parsers: ['Dictionary'], typos: 0, stutter: 0 };

/**
 * The dictionary readings of a word as tag strings (`ADJF masc,sing,nomn`), empty when the
 * word is not in the dictionary, `undefined` when the dictionary is unavailable. Remembered
 * per word (bounded).
 */
export const dictionaryTags: (word: string) => readonly string[] | undefined = memoizeBounded((word: string) => {
  const mod = loadAz();
  if (!mod) return undefined;
  try {
    return mod.Morph(word, STRICT).map((p) => String(p.tag));
  } catch {
    return [];
  }
}, 100_000);

/** Is `word` a dictionary word form? `undefined` when the dictionary is unavailable. */
export function isDictionaryWord(word: string): boolean | undefined {
  const tags = dictionaryTags(word);
  return tags === undefined ? undefined : tags.length > 0;
}

/** Is `word` (as a dictionary form) an adjective or participle? */
export function isAdjectiveLike(word: string): boolean {
  const tags = dictionaryTags(word);
  return !!tags && tags.some((t) => /^(ADJF|ADJS|PRTF|PRTS)\b/.test(t));
}

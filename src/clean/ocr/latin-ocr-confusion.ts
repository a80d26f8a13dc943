import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { findUrls } from '../common/url-find.js';
import { insideAny } from '../../text/sorted.js';
import { ocrVariants } from '../common/ocr-variants.js';
import { memoizeLast } from '../../text/memo.js';

/** A Latin word ending in consonant + v: English has no such words; OCR reads final y as v. */
const FINAL_V = /^[A-Za-z]{3,}[bcdfghjklmnpqrstwxz]v$/;
/**
 * Runs of four or more Latin letters; a run counts as a word when no other letter or
 * digit touches it ({@link latinWords}). The same words as
 * `/(?<![\p{L}\d])[A-Za-z]{4,}(?![\p{L}\d])/gu`, without a look-behind tried at every
 * position of a Cyrillic text.
 */
const LATIN_RUN = /[A-Za-z]{4,}/g;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** The Latin words of a text (index and word). */
export function* latinWords(text: string): Generator<{ index: number; 0: string }> {
  for (const m of text.matchAll(LATIN_RUN)) {
    // the characters either side, whole code points (an astral letter is two code units)
    const b = m.index > 0 ? text.codePointAt(m.index - 1)! : -1;
    const before = b < 0 ? '' : b >= 0xdc00 && b <= 0xdfff && m.index > 1 ? String.fromCodePoint(text.codePointAt(m.index - 2)!) : String.fromCodePoint(b);
    const a = text.codePointAt(m.index + m[0].length);
    const after = a === undefined ? '' : String.fromCodePoint(a);
    if ((before && LETTER_OR_DIGIT.test(before)) || (after && LETTER_OR_DIGIT.test(after))) continue;
    yield m as { index: number; 0: string };
  }
}

/** Latin words of the whole input, lowercased, with counts (once per document). */
const latinWordsOf = memoizeLast((original: string): Map<string, number> => {
  const words = new Map<string, number>();
  for (const m of latinWords(original)) {
    const w = m[0].toLowerCase();
    words.set(w, (words.get(w) ?? 0) + 1);
  }
  return words;
});

/**
 * OCR letter confusions in Latin words outside URLs (URL words have their own rules):
 * - a word ending in a consonant and `v` gets `y` (`Machinerv` → `Machinery`): English has
 *   no such words, and Russian names in Latin end in a vowel and `v` (`Ivanov`, `Kiev`);
 * - a word of six letters or more seen once, whose one-confusion variant (v→y, c→e,
 *   m→rn, n→ll, rn→m) occurs elsewhere in the document, becomes that variant
 *   (`Tcchnologies` beside `Technologies`).
 */
export const ocrLatinConfusion: CleaningRule = {
  id: 'ocr-latin-confusion',
  description: 'repair an OCR letter confusion in a Latin word',
  scope: 'all',
  apply(text, ctx) {
    let urls: ReturnType<typeof findUrls> | undefined;
    let seen: Map<string, number> | undefined;
    const edits: Edit[] = [];
    for (const m of latinWords(text)) {
      const word = m[0];
      urls ??= findUrls(text);
      if (insideAny(urls, m.index)) continue;
      if (FINAL_V.test(word)) {
        edits.push({ start: m.index + word.length - 1, end: m.index + word.length, after: 'y', reason: 'no English word ends in a consonant and v' });
        continue;
      }
      if (word.length < 6) continue;
      seen ??= latinWordsOf(ctx.draft.original);
      const lower = word.toLowerCase();
      if ((seen.get(lower) ?? 0) > 1) continue;
      const fix = ocrVariants(lower).find((v) => (seen!.get(v) ?? 0) > 0);
      if (!fix) continue;
      const after = word === word.toUpperCase() ? fix.toUpperCase() : word[0] === word[0]!.toUpperCase() ? fix[0]!.toUpperCase() + fix.slice(1) : fix;
      edits.push({ start: m.index, end: m.index + word.length, after, reason: `"${fix}" occurs in the document` });
    }
    return edits;
  },
};

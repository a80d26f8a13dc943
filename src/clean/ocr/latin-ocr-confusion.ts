import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { findUrls, insideAny } from '../common/url-find.js';
import { ocrVariants } from '../common/ocr-variants.js';
import { memoizeLast } from '../../text/memo.js';

/** A Latin word ending in consonant + v: English has no such words; OCR reads final y as v. */
const FINAL_V = /^[A-Za-z]{3,}[bcdfghjklmnpqrstwxz]v$/;
const LATIN_WORD = /(?<![\p{L}\d])[A-Za-z]{4,}(?![\p{L}\d])/gu;

/** Latin words of the whole input, lowercased, with counts (once per document). */
const latinWordsOf = memoizeLast((original: string): Map<string, number> => {
  const words = new Map<string, number>();
  for (const m of original.matchAll(LATIN_WORD)) {
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
    for (const m of text.matchAll(LATIN_WORD)) {
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

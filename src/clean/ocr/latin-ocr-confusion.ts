import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { findUrls, insideAny } from '../common/url-find.js';

/** A Latin word ending in consonant + v: English has no such words; OCR reads final y as v. */
const FINAL_V = /(?<![\p{L}\d])([A-Za-z]{3,}[bcdfghjklmnpqrstwxz])v(?![\p{L}\d])/gu;

/**
 * OCR y→v in Latin words outside URLs (`Machinerv` → `Machinery`): a word ending in a
 * consonant and `v`. Russian names in Latin end in a vowel and `v` (`Ivanov`, `Kiev`) and
 * are left alone. URL words are repaired by the URL rules, against evidence.
 */
export const ocrLatinConfusion: CleaningRule = {
  id: 'ocr-latin-confusion',
  description: 'repair OCR y→v at the end of a Latin word',
  scope: 'all',
  apply(text) {
    const urls = findUrls(text);
    const edits: Edit[] = [];
    for (const m of text.matchAll(FINAL_V)) {
      if (insideAny(urls, m.index)) continue;
      const at = m.index + m[1]!.length;
      edits.push({ start: at, end: at + 1, after: 'y' });
    }
    return edits;
  },
};

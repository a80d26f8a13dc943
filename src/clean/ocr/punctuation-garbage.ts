import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** Two or more dots mixed with OCR specks (spaces, commas, more dots): `.. ,`. */
const GARBAGE = /(?<!\.)\.{2,}(?: ?[.,;])+|(?<![.\s])\.\.(?=[»”"])/g;

/**
 * Repair garbage punctuation (A21): dots run together with commas or spaces
 * (`стран.. ,»97` → `стран...»97`) become an ellipsis. A clean `...` or `<...>` is kept.
 */
export const ocrPunctuationGarbage: CleaningRule = {
  id: 'ocr-punctuation-garbage',
  description: 'repair garbage punctuation',
  scope: 'all',
  apply(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(GARBAGE)) {
      if (m[0] === '...') continue;
      edits.push({ start: m.index, end: m.index + m[0].length, after: '...' });
    }
    return edits;
  },
};

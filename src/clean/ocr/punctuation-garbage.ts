import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** Two or more dots mixed with OCR specks (spaces, commas, more dots): `.. ,`. */
const GARBAGE = /(?<!\.)\.{2,}(?: ?[.,;])*/g;

/**
 * Repair garbage punctuation (A21): dots run together with commas or spaces
 * (`стран.. ,»97` → `стран...»97`) become an ellipsis, as do two dots before a closing
 * quote. A clean run of dots (`...`, `<...>`, dot leaders) is kept.
 */
export const ocrPunctuationGarbage: CleaningRule = {
  id: 'ocr-punctuation-garbage',
  description: 'repair garbage punctuation',
  scope: 'all',
  apply(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(GARBAGE)) {
      const run = m[0];
      const closingQuote = /[»”"]/.test(text[m.index + run.length] ?? '');
      // A clean run of dots is an ellipsis or a dot leader (tables of contents): keep it,
      // except two dots before a closing quote, which is a damaged ellipsis.
      if (/^\.+$/.test(run) && !(run.length === 2 && closingQuote)) continue;
      edits.push({ start: m.index, end: m.index + run.length, after: '...' });
    }
    return edits;
  },
};

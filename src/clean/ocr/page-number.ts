import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { isBlank, splitLines } from './lines.js';

/**
 * Delete page numbers (A7): a line holding only a number of 1–4 digits, with a blank
 * line or the text edge on both sides. (A Roman numeral alone is as often a chapter
 * number as a page number, so it stays.)
 */
export const ocrPageNumber: CleaningRule = {
  id: 'ocr-page-number',
  description: 'delete a page number line',
  apply(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (!/^\s*\d{1,4}\s*$/.test(l.text)) continue;
      const prev = lines[i - 1];
      const next = lines[i + 1];
      if ((prev && !isBlank(prev)) || (next && !isBlank(next))) continue;
      edits.push({ start: l.start, end: l.next, after: '' });
    }
    return edits;
  },
};

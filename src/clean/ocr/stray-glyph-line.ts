import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** At most one letter with OCR junk (dash, quote, bar...), or junk alone. `.` is not junk: `I.` is a heading. */
const STRAY = /^[ \t]*(?:\p{L}[ \t]*[-–—'’‘`"|~_\\/■]{1,3}|[-–—'’‘`"|~_\\/■]{1,2}(?:[ \t]*\p{L})?)[ \t\r]*$/gmu;

/**
 * Delete stray glyph lines (A20): a line holding one letter and a dash or quote, or only
 * such junk (`О -`, `Л '`). Section breaks (`* * *`, Markdown `---`) and headings like
 * `I.` are kept.
 */
export const ocrStrayGlyphLine: CleaningRule = {
  id: 'ocr-stray-glyph-line',
  description: 'delete a stray glyph line',
  apply(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(STRAY)) {
      const end = m.index + m[0].length;
      edits.push({ start: m.index, end: Math.min(end + 1, text.length), after: '' });
    }
    return edits;
  },
};

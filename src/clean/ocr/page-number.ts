import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { notesOf } from './note-registry.js';

/** A line holding only a number of 1–4 digits (with spaces around it): what this rule deletes when the page allows. */
export const NUMBER_LINE = /^[ \t]*\d{1,4}[ \t\r]*$/;
const NUMBER_LINES = new RegExp(NUMBER_LINE.source, 'gm');

/**
 * Delete page numbers (A7): a line holding only a number of 1–4 digits, with a blank
 * line or the text edge on both sides, or right where a footnote block was taken out. (A Roman numeral alone is as often a chapter
 * number as a page number, so it stays.)
 */
export const ocrPageNumber: CleaningRule = {
  id: 'ocr-page-number',
  description: 'delete a page number line',
  apply(text, ctx) {
    const edits: Edit[] = [];
    const feet = notesOf(ctx.draft).blocks.map((b) => ctx.draft.toCurrent(b.end));
    // A digits-only line with a blank line (or the text edge) before and after it.
    for (const m of text.matchAll(NUMBER_LINES)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.lastIndexOf('\n', start - 2);
      const prevLine = start === 0 ? '' : text.slice(before + 1, start - 1);
      const nextEnd = text.indexOf('\n', end + 1);
      const nextLine = end >= text.length ? '' : text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd);
      // A page number stands between blank lines, or (single-spaced pages) right where a
      // note block was taken out: the page foot.
      const atFoot = feet.some((f) => f >= start - 1 && f <= end + 1);
      if ((prevLine.trim() !== '' || nextLine.trim() !== '') && !atFoot) continue;
      // (trim() also drops the CR of a CRLF line end)
      edits.push({ start, end: Math.min(end + 1, text.length), after: '' });
    }
    return edits;
  },
};

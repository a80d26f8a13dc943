import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/**
 * Join the wrapped lines of a footnote into one line: each line break with the spaces
 * around it becomes one space. Runs after URLs have been rejoined, so the breaks left are
 * between words.
 */
export const ocrNoteJoinLines: CleaningRule = {
  id: 'ocr-note-join-lines',
  description: 'join the wrapped lines of a footnote',
  scope: 'notes',
  apply(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(/[ \t\r]*\n[ \t\r\n]*/g)) {
      const atEdge = m.index === 0 || m.index + m[0].length === text.length;
      edits.push({ start: m.index, end: m.index + m[0].length, after: atEdge ? '' : ' ' });
    }
    // trailing spaces of the last line
    const t = /[ \t\r]+$/.exec(text);
    if (t && (edits.length === 0 || edits[edits.length - 1]!.end <= t.index)) edits.push({ start: t.index, end: text.length, after: '' });
    return edits;
  },
};

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
    const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r';
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      let s = nl;
      while (s > from && isSpace(text[s - 1])) s--;
      let e = nl + 1;
      while (e < text.length && (isSpace(text[e]) || text[e] === '\n')) e++;
      const atEdge = s === 0 || e === text.length;
      edits.push({ start: s, end: e, after: atEdge ? '' : ' ' });
      from = e;
    }
    // trailing spaces of the last line
    let t = text.length;
    while (t > from && isSpace(text[t - 1])) t--;
    if (t < text.length) edits.push({ start: t, end: text.length, after: '' });
    return edits;
  },
};

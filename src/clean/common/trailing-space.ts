import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** Remove spaces and tabs at the end of each line (the last line included). */
export const trailingSpace: CleaningRule = {
  id: 'trailing-space',
  description: 'remove whitespace at the end of a line',
  scope: 'all',
  apply(text) {
    const edits: Edit[] = [];
    let i = 0;
    const n = text.length;
    while (i <= n) {
      let eol = text.indexOf('\n', i);
      if (eol < 0) eol = n;
      let s = eol;
      while (s > i && (text[s - 1] === ' ' || text[s - 1] === '\t' || text[s - 1] === '\r')) s--;
      // keep a CR that belongs to a CRLF line ending
      let e = eol;
      if (e > s && text[e - 1] === '\r') e--;
      if (e > s) edits.push({ start: s, end: e, after: '' });
      i = eol + 1;
    }
    return edits;
  },
};

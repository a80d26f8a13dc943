import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/**
 * Tidy blank lines: whitespace-only lines become empty, runs of blank lines shrink
 * to one, and blank lines at the start and end of the text go (one final line break stays). Runs last, after rules that
 * take blocks out.
 */
export const markdownBlankLines: CleaningRule = {
  id: 'markdown-blank-lines',
  description: 'collapse runs of blank lines',
  apply(text) {
    const edits: Edit[] = [];
    // leading blank lines
    const lead = /^(?:[ \t\u00a0]*\r?\n)+/.exec(text);
    let from = 0;
    if (lead) {
      edits.push({ start: 0, end: lead[0].length, after: '', reason: 'blank lines before the text' });
      from = lead[0].length;
    }
    // trailing blank lines: one line break at most
    let tail = text.length;
    while (tail > from && /[ \t\u00a0\r\n]/.test(text[tail - 1]!)) tail--;
    const trailing = text.slice(tail);
    const RUN = /\n(?:[ \t\u00a0]*\r?\n){2,}|\n[ \t\u00a0]+(?=\r?\n)/g;
    RUN.lastIndex = from;
    for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
      if (m.index < from) continue;
      if (m.index >= tail) break;
      if (m[0].startsWith('\n') && m[0].includes('\n', 1)) {
        const crlf = m[0].includes('\r\n');
        const want = crlf ? '\n\r\n' : '\n\n';
        if (m[0] !== want) edits.push({ start: m.index, end: m.index + m[0].length, after: want });
      } else {
        edits.push({ start: m.index + 1, end: m.index + m[0].length, after: '' });
      }
    }
    if (trailing.includes('\n') && trailing !== '\n' && trailing !== '\r\n') {
      edits.push({ start: tail, end: text.length, after: trailing.includes('\r\n') ? '\r\n' : '\n', reason: 'blank lines after the text' });
    }
    return edits;
  },
};

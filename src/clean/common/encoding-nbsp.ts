import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** Runs of spaces containing at least one non-ASCII space (NBSP, narrow NBSP, figure, en/em, thin, ideographic). */
const SPACES = /[ \u00a0\u2000-\u200a\u202f\u205f\u3000]*[\u00a0\u2000-\u200a\u202f\u205f\u3000][ \u00a0\u2000-\u200a\u202f\u205f\u3000]*/g;

/**
 * Turn non-breaking and other Unicode spaces into one ordinary space (a run of
 * them with ASCII spaces becomes one space). At the end of a line they are dropped,
 * as trailing whitespace is.
 */
export const encodingNbsp: CleaningRule = {
  id: 'encoding-nbsp',
  description: 'replace non-breaking and other Unicode spaces with a plain space',
  scope: 'all',
  apply(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(SPACES)) {
      const end = m.index + m[0].length;
      const next = text.charCodeAt(end);
      const atEdge = end === text.length || next === 10 || next === 13 || m.index === 0 || text.charCodeAt(m.index - 1) === 10;
      edits.push({ start: m.index, end, after: atEdge ? '' : ' ' });
    }
    return edits;
  },
};

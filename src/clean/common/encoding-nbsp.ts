import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { censusOf, HAS_UNICODE_SPACE, isUnicodeSpace } from '../encoding/census.js';


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
    if ((censusOf(text) & HAS_UNICODE_SPACE) === 0) return [];
    const edits: Edit[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      // runs of spaces that contain at least one Unicode space, found by a scan
      const c = text.charCodeAt(i);
      if (c !== 32 && !isUnicodeSpace(c)) {
        i++;
        continue;
      }
      const start = i;
      let unicode = false;
      while (i < n && (text.charCodeAt(i) === 32 || isUnicodeSpace(text.charCodeAt(i)))) {
        if (text.charCodeAt(i) !== 32) unicode = true;
        i++;
      }
      if (!unicode) continue;
      const next = text.charCodeAt(i);
      const atEdge = i === n || next === 10 || next === 13 || start === 0 || text.charCodeAt(start - 1) === 10;
      edits.push({ start, end: i, after: atEdge ? '' : ' ' });
    }
    return edits;
  },
};

import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { censusOf, MAY_CHANGE_UNDER_NFC } from '../encoding/census.js';

/**
 * Normalise to Unicode NFC (`и` + combining breve → `й`, `e` + combining acute →
 * `é`). Only the stretches that change are edited, line by line.
 */
export const encodingNfc: CleaningRule = {
  id: 'encoding-nfc',
  description: 'normalise to Unicode NFC (composed characters)',
  scope: 'all',
  apply(text) {
    if ((censusOf(text) & MAY_CHANGE_UNDER_NFC) === 0 || text.normalize('NFC') === text) return [];
    const edits: Edit[] = [];
    let s = 0;
    while (s <= text.length) {
      let e = text.indexOf('\n', s);
      if (e < 0) e = text.length;
      const line = text.slice(s, e);
      const nfc = line.normalize('NFC');
      if (nfc !== line) {
        let p = 0;
        while (p < line.length && p < nfc.length && line[p] === nfc[p]) p++;
        // do not split a base letter from its combining marks
        while (p > 0 && /\p{M}/u.test(line[p]!)) p--;
        if (p > 0) p--;
        let q = 0;
        while (q < line.length - p && q < nfc.length - p && line[line.length - 1 - q] === nfc[nfc.length - 1 - q]) q++;
        edits.push({ start: s + p, end: s + line.length - q, after: nfc.slice(p, nfc.length - q) });
      }
      s = e + 1;
    }
    return edits;
  },
};

import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { censusOf, HAS_LIGATURE, LIGATURE_CHAR } from '../encoding/census.js';

const LIGATURES_G = new RegExp(LIGATURE_CHAR.source, 'g');

/** Latin typographic ligatures (Unicode Alphabetic Presentation Forms U+FB00–U+FB06) and their letters. */
const LIGATURES: Readonly<Record<string, string>> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** Split typographic ligatures from PDF text (`ﬁ` → `fi`, `ﬄ` → `ffl`). */
export const encodingLigatures: CleaningRule = {
  id: 'encoding-ligatures',
  description: 'replace typographic ligatures with their letters',
  scope: 'all',
  apply(text) {
    if ((censusOf(text) & HAS_LIGATURE) === 0) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(LIGATURES_G)) edits.push({ start: m.index, end: m.index + 1, after: LIGATURES[m[0]]! });
    return edits;
  },
};

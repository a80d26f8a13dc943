import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { censusOf, HAS_INVISIBLE, INVISIBLE_CHAR } from '../encoding/census.js';

/** Zero-width, format and control characters that carry nothing in ru/en/be prose (one character: runs are merged in code). */
const INVISIBLE = new RegExp(INVISIBLE_CHAR.source, 'g');
/** Letters next to which a zero-width (non-)joiner is noise. */
const LATIN_OR_CYRILLIC = /[A-Za-z\u00c0-\u024f\u0400-\u052f]/;


const NAMES: Record<number, string> = {
  0xad: 'soft hyphen',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2060: 'word joiner',
  0xfeff: 'byte-order mark / zero-width no-break space',
};

/**
 * Remove invisible characters: zero-width spaces and joiners (joiners only next to
 * Latin or Cyrillic letters, so emoji sequences survive), soft hyphens, direction
 * marks, byte-order marks, and C0/C1 control characters other than tab, line feed
 * and carriage return.
 */
export const encodingInvisible: CleaningRule = {
  id: 'encoding-invisible',
  description: 'remove zero-width, format and control characters',
  scope: 'all',
  apply(text) {
    if ((censusOf(text) & HAS_INVISIBLE) === 0) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(INVISIBLE)) {
      const c = m[0].charCodeAt(0);
      if (c === 0x200c || c === 0x200d) {
        // joiners only next to Latin or Cyrillic letters (emoji sequences keep theirs)
        let s = m.index;
        while (s > 0 && (text.charCodeAt(s - 1) === 0x200c || text.charCodeAt(s - 1) === 0x200d)) s--;
        let e = m.index + 1;
        while (e < text.length && (text.charCodeAt(e) === 0x200c || text.charCodeAt(e) === 0x200d)) e++;
        if (!LATIN_OR_CYRILLIC.test(text[s - 1] ?? '') && !LATIN_OR_CYRILLIC.test(text[e] ?? '')) continue;
      }
      const name = NAMES[c] ?? `control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      const last = edits[edits.length - 1];
      if (last && last.end === m.index) last.end = m.index + 1; // one edit per run
      else edits.push({ start: m.index, end: m.index + 1, after: '', reason: `remove ${name}` });
    }
    return edits;
  },
};

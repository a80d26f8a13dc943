import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** Zero-width, format and control characters that carry nothing in ru/en/be prose. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u200e\u200f\u2060\u2061-\u2064\ufeff\ufffe]+|(?<=[A-Za-z\u00c0-\u024f\u0400-\u052f])[\u200c\u200d]+|[\u200c\u200d]+(?=[A-Za-z\u00c0-\u024f\u0400-\u052f])/g;

/** Quick check: any candidate character at all (one character class, no look-around). */
const ANY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2060-\u2064\ufeff\ufffe]/;

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
    if (!ANY.test(text)) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(INVISIBLE)) {
      const c = m[0].charCodeAt(0);
      const name = NAMES[c] ?? `control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      edits.push({ start: m.index, end: m.index + m[0].length, after: '', reason: `remove ${name}` });
    }
    return edits;
  },
};

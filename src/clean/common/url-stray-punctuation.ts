import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { findUrls } from './url-find.js';

/**
 * Remove stray punctuation inside a URL path (A13): a comma or semicolon next to a hyphen
 * or slash (`…-utverdili-20-,sovmestnyh…`), which no slug or path holds.
 */
export const urlStrayPunctuation: CleaningRule = {
  id: 'url-stray-punctuation',
  description: 'remove stray punctuation inside a URL',
  scope: 'all',
  apply(text) {
    const edits: Edit[] = [];
    for (const u of findUrls(text)) {
      const pathStart = u.url.indexOf('/', u.url.indexOf('//') + 2);
      if (pathStart < 0) continue;
      for (let i = pathStart; i < u.url.length; i++) {
        const ch = u.url[i]!;
        if (ch !== ',' && ch !== ';') continue;
        const prev = u.url[i - 1] ?? '';
        const next = u.url[i + 1] ?? '';
        if (/[-/]/.test(prev) || /[-/]/.test(next)) edits.push({ start: u.start + i, end: u.start + i + 1, after: '' });
      }
    }
    return edits;
  },
};

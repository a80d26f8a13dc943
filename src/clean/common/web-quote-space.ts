import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** Sentence end, closing quote, then a capital letter with no space: `projects.’For`. */
const GLUED = /[.!?…][’”»"](?=\p{Lu})/gu;

/** Put the missing space after a closing quote that ends a sentence (`…for 41 projects.’For example` → `.’ For`). */
export const webQuoteSpace: CleaningRule = {
  id: 'web-quote-space',
  description: 'add the missing space after a closing quote that ends a sentence',
  scope: 'all',
  apply(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(GLUED)) {
      const at = m.index + m[0].length;
      edits.push({ start: at, end: at, after: ' ' });
    }
    return edits;
  },
};

import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { typographyOn } from './typography-scope.js';

/**
 * Two or more spaces (or tabs, NBSP) before a non-space; that a non-space comes before
 * them is checked in code (a leading look-behind would be tried at every position).
 */
const RUN = /[ \t\u00a0]{2,}(?=\S)/g;
const SPACE = /\s/;

/** No double spaces inside a line (indentation at a line start is kept: it may be Markdown code). */
export const typographySpaces: CleaningRule = {
  id: 'typography-spaces',
  description: 'collapse runs of spaces',
  scope: 'all',
  apply(text, ctx) {
    if (!typographyOn(ctx)) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(RUN)) {
      const before = text[m.index - 1];
      if (before === undefined || SPACE.test(before)) continue;
      const after = m[0].includes('\u00a0') && !m[0].includes(' ') ? '\u00a0' : ' ';
      edits.push({ start: m.index, end: m.index + m[0].length, after });
    }
    return edits;
  },
};

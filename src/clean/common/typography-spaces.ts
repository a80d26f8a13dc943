import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { typographyOn } from './typography-scope.js';

/**
 * A non-space, then two or more spaces (or tabs, NBSP) before a non-space. The first
 * non-space is part of the match (a look-behind would be tried at every position): each
 * run of spaces is tried once, so the scan stays linear.
 */
const RUN = /\S[ \t\u00a0]{2,}(?=\S)/g;

/** No double spaces inside a line (indentation at a line start is kept: it may be Markdown code). */
export const typographySpaces: CleaningRule = {
  id: 'typography-spaces',
  description: 'collapse runs of spaces',
  scope: 'all',
  apply(text, ctx) {
    if (!typographyOn(ctx)) return [];
    const edits: Edit[] = [];
    for (const found of text.matchAll(RUN)) {
      const m = { index: found.index + 1, 0: found[0].slice(1) };
      const after = m[0].includes('\u00a0') && !m[0].includes(' ') ? '\u00a0' : ' ';
      edits.push({ start: m.index, end: m.index + m[0].length, after });
    }
    return edits;
  },
};

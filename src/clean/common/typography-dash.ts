import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { insideAny } from './url-find.js';
import { protectedSpans, typographyOn } from './typography-scope.js';

/** A hyphen or en dash standing between spaces (`-  `, ` – `), or at a line end after a space. */
const SPACED = /(?<=\S)[ \t]+[-–][ \t]+(?=\S)|(?<=\S)[ \t]+[-–][ \t]*$/gm;

/**
 * A spaced hyphen used as a dash (` -  ` → ` — `, A4). Not inside URLs or code; a hyphen
 * between two numbers (`2024 - 2026`) is a range and is left alone, as are `2024-2026`
 * and compounds, which have no spaces.
 */
export const typographyDash: CleaningRule = {
  id: 'typography-dash',
  description: 'spaced hyphen to em dash',
  scope: 'all',
  apply(text, ctx) {
    if (!typographyOn(ctx)) return [];
    const spans = protectedSpans(text);
    const edits: Edit[] = [];
    for (const m of text.matchAll(SPACED)) {
      if (insideAny(spans, m.index)) continue;
      const before = text[m.index - 1] ?? '';
      const afterCh = text[m.index + m[0].length] ?? '';
      if (/\d/.test(before) && /\d/.test(afterCh)) continue;
      const atEnd = m.index + m[0].length === text.length || text[m.index + m[0].length] === '\n';
      edits.push({ start: m.index, end: m.index + m[0].length, after: atEnd ? ' —' : ' — ' });
    }
    return edits;
  },
};

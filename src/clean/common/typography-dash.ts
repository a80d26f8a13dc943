import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { insideAny } from './url-find.js';
import { protectedSpans, typographyOn } from './typography-scope.js';

/**
 * A hyphen or en dash after spaces, standing before spaces and a non-space (`-  `, ` – `),
 * or at a line end. That the spaces follow a non-space is checked in code: a pattern that
 * starts with a look-behind is tried at every position, this one only at spaces.
 */
const SPACED = /[ \t]+[-–](?=[ \t]+\S)|[ \t]+[-–][ \t\r]*$/gm;
const SPACE = /\s/;

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
    let spans: { start: number; end: number }[] | undefined;
    const edits: Edit[] = [];
    for (const m of text.matchAll(SPACED)) {
      const before = text[m.index - 1];
      if (before === undefined || SPACE.test(before)) continue;
      spans ??= protectedSpans(text);
      if (insideAny(spans, m.index)) continue;
      const rest = /^[ \t]*/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16))![0];
      const afterCh = text[m.index + m[0].length + rest.length] ?? '';
      if (/\d/.test(before) && /\d/.test(afterCh)) continue;
      // The spaces after the dash become one, unless another spaced dash follows: a match
      // never eats the space that dash needs, so one pass is enough (idempotent).
      const tail = m[0].endsWith('\r') ? '\r' : '';
      const eat = rest.length > 0 && !/[-–]/.test(afterCh);
      const end = m.index + m[0].length + (eat ? rest.length : 0);
      edits.push({ start: m.index, end, after: ' —' + (eat ? ' ' : '') + tail });
    }
    return edits;
  },
};

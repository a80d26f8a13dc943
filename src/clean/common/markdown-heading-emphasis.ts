import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** An ATX heading whose whole text is wrapped in one emphasis: `# **Title**`. */
const WRAPPED = /^( {0,3}#{1,6}[ \t]+)(\*\*|__|\*|_)(?=\S)([^\n]*?\S)\2[ \t]*$/gm;

/**
 * Drop emphasis that wraps a whole heading (`# **Belarus - China**` → `# Belarus -
 * China`): a heading is already emphasised, and the markers get in the way of
 * comparing and linking headings.
 */
export const markdownHeadingEmphasis: CleaningRule = {
  id: 'markdown-heading-emphasis',
  description: 'remove emphasis wrapping a whole heading',
  apply(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(WRAPPED)) {
      const inner = m[3]!;
      if (inner.includes(m[2]!)) continue; // `# **a** and **b**`: not one wrapper
      const open = m.index + m[1]!.length;
      const close = open + m[2]!.length + inner.length;
      edits.push({ start: open, end: open + m[2]!.length, after: '' });
      edits.push({ start: close, end: close + m[2]!.length, after: '' });
    }
    return edits;
  },
};

import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { blockRemovalEnd, scanBlocks } from '../markdown/blocks.js';

/** A table-of-contents line: a title, a dot leader (or tab) and a page number. */
const LEADER = /(?:\.{3,}|…+|\t)[ \t.]*\d{1,4}[ \t]*$/;
const TOC_HEADING = /^(?:table of )?contents$|^оглавление$|^содержание$|^змест$/i;

/**
 * Remove a printed table of contents (lines ending in dot leaders and page numbers,
 * which mean nothing in clean text) and the heading right above it.
 */
export const mtToc: CleaningRule = {
  id: 'mt-toc',
  description: 'remove a printed table of contents with page numbers',
  apply(text) {
    const blocks = scanBlocks(text);
    const edits: Edit[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.kind !== 'paragraph' || b.lines < 3) continue;
      const lines = text.slice(b.start, b.end).split('\n');
      const leaders = lines.filter((l) => LEADER.test(l)).length;
      if (leaders < 3 || leaders < lines.length * 0.6) continue;
      const prev = blocks[i - 1];
      if (prev && prev.kind === 'heading' && TOC_HEADING.test(text.slice(prev.start, prev.end).replace(/^[# *_]+|[ *_]+$/g, ''))) {
        edits.push({ start: prev.start, end: blockRemovalEnd(text, prev), after: '', reason: 'table-of-contents heading' });
      }
      edits.push({ start: b.start, end: blockRemovalEnd(text, b), after: '', reason: `table of contents (${leaders} lines with page numbers)` });
    }
    return edits;
  },
};

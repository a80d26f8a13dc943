import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { blockRemovalEnd, scanBlocks } from '../markdown/blocks.js';
import { trimChars } from '../markdown/trim.js';

/**
 * A table-of-contents line: a title, a dot leader (three dots, `…` or a tab) and a
 * page number at the end. Read from the end by a scan, not a `…$` regex.
 */
function isLeaderLine(line: string): boolean {
  let i = line.length;
  while (i > 0 && (line[i - 1] === ' ' || line[i - 1] === '\t')) i--;
  let digits = 0;
  while (i > 0 && line[i - 1]! >= '0' && line[i - 1]! <= '9') {
    i--;
    digits++;
  }
  if (digits === 0 || digits > 4) return false;
  let dots = 0;
  let leader = false;
  while (i > 0 && (line[i - 1] === ' ' || line[i - 1] === '\t' || line[i - 1] === '.' || line[i - 1] === '…')) {
    const c = line[i - 1];
    if (c === '.') dots++;
    else dots = 0;
    if (c === '\t' || c === '…' || dots >= 3) leader = true;
    i--;
  }
  return leader;
}
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
      const leaders = lines.filter(isLeaderLine).length;
      if (leaders < 3 || leaders < lines.length * 0.6) continue;
      const prev = blocks[i - 1];
      if (prev && prev.kind === 'heading' && TOC_HEADING.test(trimChars(trimChars(text.slice(prev.start, prev.end), '# *_', 'start'), ' *_'))) {
        edits.push({ start: prev.start, end: blockRemovalEnd(text, prev), after: '', reason: 'table-of-contents heading' });
      }
      edits.push({ start: b.start, end: blockRemovalEnd(text, b), after: '', reason: `table of contents (${leaders} lines with page numbers)` });
    }
    return edits;
  },
};

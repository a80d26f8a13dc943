import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { scanBlocks, blockRemovalEnd } from '../markdown/blocks.js';

/** A note paragraph: starts with `<sup>N</sup>` (or `<sup>[N]</sup>`). */
const NOTE_START = /^ {0,3}<sup>\s*\[?(\d{1,4}|[*†‡a-z])\]?\s*<\/sup>[ \t]*/i;

/**
 * Take footnotes out of the body: every paragraph that starts with `<sup>N</sup>` is
 * a note. It is deleted from the body (with the blank lines after it) and recorded
 * with `ctx.addNote`, so its text becomes its own stream. A thematic break (`---`)
 * directly before a group of notes is the page-foot rule of a converted page and
 * goes too. Notes whose number repeats are reported.
 */
export const markdownSupNotes: CleaningRule = {
  id: 'markdown-sup-notes',
  description: 'take <sup>N</sup> note paragraphs out of the body',
  apply(text, ctx) {
    const blocks = scanBlocks(text);
    const edits: Edit[] = [];
    const seen = new Map<string, number>();
    let pendingRule: { start: number; end: number } | null = null;
    for (const b of blocks) {
      const m = b.kind === 'paragraph' ? NOTE_START.exec(text.slice(b.start, Math.min(b.end, b.start + 40))) : null;
      if (b.kind === 'thematic-break') {
        pendingRule = { start: b.start, end: blockRemovalEnd(text, b) };
        continue;
      }
      if (!m) {
        pendingRule = null;
        continue;
      }
      if (pendingRule) {
        edits.push({ start: pendingRule.start, end: pendingRule.end, after: '', reason: 'page-foot rule above notes' });
        pendingRule = null;
      }
      const id = m[1]!;
      const end = blockRemovalEnd(text, b);
      edits.push({ start: b.start, end, after: '', reason: `note ${id} moved out of the body` });
      ctx.addNote({ id, start: b.start, end: b.end, textStart: b.start + m[0].length });
      const at = ctx.draft.spanToOriginal(b.start, b.end);
      if (seen.has(id)) {
        ctx.report({ rule: 'markdown-sup-notes', severity: 'warning', message: `note ${id} appears more than once`, start: at.start, end: at.end });
      }
      seen.set(id, at.start);
    }
    return edits;
  },
};

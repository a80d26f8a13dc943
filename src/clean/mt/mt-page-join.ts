import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { scanBlocks } from '../markdown/blocks.js';

/** A paragraph that ends mid-sentence: no closing punctuation (a footnote reference may follow). */
const ENDS_OPEN = /[\p{L}\p{N},\-–(]$/u;
const STARTS_PARA = /^(?:[-*+]\s|\d{1,3}[.)]\s|#|>|<sup>|\[\^)/;

/**
 * Join a paragraph that a page break split in two: when material was taken out
 * between two paragraphs (page-foot notes, a watermark), and the first one stops
 * mid-sentence, the gap becomes one space (`…of the Belarusian-Chinese` +
 * `Intergovernmental Committee…`).
 */
export const mtPageJoin: CleaningRule = {
  id: 'mt-page-join',
  description: 'join a paragraph split by a page break',
  apply(text, ctx) {
    const blocks = scanBlocks(text);
    // material taken out: a deletion of something visible (a trailing space going is no page break)
    const removals = ctx.draft.changes.filter((c) => c.after === '' && c.end - c.start > 0 && c.scope === ctx.draft.scope && /\S/.test(c.before));
    if (removals.length === 0) return [];
    const edits: Edit[] = [];
    let r = 0;
    for (let i = 0; i + 1 < blocks.length; i++) {
      const a = blocks[i]!;
      const b = blocks[i + 1]!;
      if (a.kind !== 'paragraph' || b.kind !== 'paragraph') continue;
      const aText = stripTrailingMarkers(text.slice(a.start, a.end));
      if (!ENDS_OPEN.test(aText) || STARTS_PARA.test(text.slice(b.start, b.start + 8))) continue;
      // was something taken out between them?
      const from = ctx.draft.toOriginal(a.end, 'end');
      const to = ctx.draft.toOriginal(b.start, 'start');
      while (r < removals.length && removals[r]!.end < from) r++;
      let removed = false;
      for (let k = r; k < removals.length && removals[k]!.start <= to; k++) {
        if (removals[k]!.start >= from && removals[k]!.end <= to) {
          removed = true;
          break;
        }
      }
      if (!removed) continue;
      // a compound split at its hyphen (`Belarusian-` + `Chinese`) joins without a space
      const glue = /\p{L}-$/u.test(aText) && /^\p{L}/u.test(text.slice(b.start, b.start + 1)) ? '' : ' ';
      edits.push({ start: a.end, end: b.start, after: glue, reason: 'paragraph continued after a page break' });
    }
    return edits;
  },
};

const MARKER_AT_END = /(?:\[\^[^\]\s]{1,10}\]|<sup>\d{1,4}<\/sup>)$/;

/**
 * Remove footnote markers (`[^12]`, `<sup>12</sup>`) at the end of a paragraph, one at
 * a time from the end: each test looks at the last 16 characters only, so this stays
 * linear (a `(…)+$` pattern would rescan from every marker).
 */
function stripTrailingMarkers(paragraph: string): string {
  let s = paragraph.trimEnd();
  for (;;) {
    const tail = s.slice(-16);
    const m = MARKER_AT_END.exec(tail);
    if (m === null) return s;
    s = s.slice(0, s.length - m[0].length).trimEnd();
  }
}

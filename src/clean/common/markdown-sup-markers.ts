import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** An in-text marker: `<sup>12</sup>`, optionally `<sup>[12]</sup>`. */
const MARKER = /<sup>\s*\[?(\d{1,4}|[*†‡])\]?\s*<\/sup>/gi;

/** Opening quotes and the closing quote each one pairs with. */
const QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»', '„': '“' };

/**
 * Turn in-text `<sup>N</sup>` markers into Markdown footnote references `[^N]` and
 * record them (`ctx.addMarker`, at the printed marker). A marker printed before the
 * quotation it belongs to (`there are <sup>18</sup>"more than…"`) moves after the
 * closing quote, within the same paragraph. Markers with no note, and notes with no
 * marker, are reported. Runs after the note paragraphs are taken out.
 */
export const markdownSupMarkers: CleaningRule = {
  id: 'markdown-sup-markers',
  description: 'turn <sup>N</sup> markers into [^N] references',
  apply(text, ctx) {
    const edits: Edit[] = [];
    const used = new Set<string>();
    for (const m of text.matchAll(MARKER)) {
      const id = m[1]!;
      const start = m.index;
      const end = start + m[0].length;
      used.add(id);
      ctx.addMarker({ id, start, end });
      const ref = `[^${id}]`;
      const open = text[end];
      const close = open !== undefined ? QUOTES[open] : undefined;
      if (close !== undefined) {
        const paraEnd = nextParagraphBreak(text, end);
        const q = text.indexOf(close, end + 1);
        if (q > end && q < paraEnd) {
          edits.push({ start, end, after: '', reason: `marker ${id} moves after the quotation it belongs to` });
          edits.push({ start: q + 1, end: q + 1, after: ref, reason: `marker ${id} placed after the closing quote` });
          continue;
        }
      }
      edits.push({ start, end, after: ref });
    }
    edits.sort((a, b) => a.start - b.start || a.end - b.end);
    // Notes taken out so far (their ids are in the deletions the note rule recorded).
    const noteIds = new Set<string>();
    const notes: { id: string; start: number; end: number }[] = [];
    for (const c of ctx.draft.changes) {
      const rules = [c.rule, ...(c.merged ?? [])];
      if (!rules.includes('markdown-sup-notes')) continue;
      for (const n of c.before.matchAll(/(?:^|\n) {0,3}<sup>\s*\[?(\d{1,4}|[*†‡a-z])\]?\s*<\/sup>/gi)) {
        noteIds.add(n[1]!);
        notes.push({ id: n[1]!, start: c.start + n.index, end: c.start + n.index + n[0].length });
      }
    }
    for (const mk of ctx.markers) {
      if (!noteIds.has(mk.id)) ctx.report({ rule: 'markdown-sup-markers', severity: 'warning', message: `marker ${mk.id} has no note`, start: mk.start, end: mk.end });
    }
    for (const f of notes) {
      if (!used.has(f.id)) ctx.report({ rule: 'markdown-sup-markers', severity: 'info', message: `note ${f.id} has no marker in the text`, start: f.start, end: f.end });
    }
    return edits;
  },
};

function nextParagraphBreak(text: string, from: number): number {
  const i = text.indexOf('\n\n', from);
  return i < 0 ? text.length : i;
}

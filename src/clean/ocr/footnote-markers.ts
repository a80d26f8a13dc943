import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { notesOf } from './note-registry.js';

/** A number glued after a closing quote, bracket, period or letter, ending at punctuation or space (checked in code). */
const NUMBER = /\d+/g;
const GLUE_BEFORE = /[\p{L}»”"’)\].…!?]/u;
const END_AFTER = /[\s.,;:!?)\]»]/;

/**
 * Link in-text footnote markers glued to a word, quote or bracket (`ИКТ»82.`,
 * `Орше»84.`, A5) to the notes found on the page feet: the number must be the id of a
 * found note; it becomes `[^82]` and is recorded with `ctx.addMarker`. Numbers that are
 * no note id (`5G`, `COVID19` without such a note) are left alone.
 */
export const ocrFootnoteMarkers: CleaningRule = {
  id: 'ocr-footnote-markers',
  description: 'link an in-text footnote marker to its note',
  apply(text, ctx) {
    const ids = notesOf(ctx.draft).ids;
    if (ids.size === 0) return [];
    const edits: Edit[] = [];
    const linked = new Set<string>();
    for (const m of text.matchAll(NUMBER)) {
      const id = m[0];
      if (!ids.has(id)) continue;
      const prev = text[m.index - 1] ?? '';
      const next = text[m.index + id.length];
      if (!GLUE_BEFORE.test(prev) || (next !== undefined && !END_AFTER.test(next))) continue;
      // After a letter, only a word that is not itself alphanumeric-coded (`5G`, `B2B`).
      if (/\p{L}/u.test(prev) && /\d/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      ctx.addMarker({ id, start: m.index, end: m.index + id.length });
      edits.push({ start: m.index, end: m.index + id.length, after: `[^${id}]` });
      linked.add(id);
    }
    for (const id of ids) {
      if (!linked.has(id)) ctx.report({ rule: 'ocr-footnote-markers', message: `note ${id} has no marker in the text (lost in OCR?); it is kept with the notes` });
    }
    return edits;
  },
};

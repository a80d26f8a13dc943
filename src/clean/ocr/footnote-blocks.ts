import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { isBlank, splitLines } from './lines.js';
import { notesOf } from './note-registry.js';

/** A note starts at the line start: its number, a space, then a capital, a quote or a digit. */
const NOTE_START = /^(\d{1,4})[ \t]+(?=[\p{Lu}«“"„(\d])/u;
/** Bibliographic evidence that a block is a note and not body text starting with a number. */
const BIBLIO = /\[(?:Электронный ресурс|Electronic resource|Электронный|Electronic)|URL:|https?:\s*\/\/|www\.|\s\/\/\s|\s\/\s\p{Lu}|[-–—]\s+\d{4}\.|\d{4}\.\s+[-–—]\s|(?<!\p{L})[СCсcPp]{1,2}\.\s*\d/u;

/** Elements that continue a bibliographic record on its next line. */
const NEXT_BIBLIO = /^(?:URL:|Режим доступа|\(дата обращения|\[(?:Электрон|Electron)|[СCсcPp]{1,2}\.\s*\d|[-–—]\s|https?:|www\.|\d{4}\.)/u;
/** A line that is one URL piece (a wrapped URL's tail). */
const URL_PIECE = /^(?=[^ \t]*[a-z-])[a-z0-9][a-z0-9\-._~%/]*[ \t]*$/;

/** Does a note line end its record: a final period, or a URL ending in `/` or a digit? */
function completes(line: string): boolean {
  if (line.endsWith('.')) return true;
  const token = line.slice(line.lastIndexOf(' ') + 1);
  return token.includes('/') && /[/\d]$/.test(token);
}

/**
 * Find footnote blocks at page feet (A6): a line starting with the note number, with the
 * lines that wrap it, holding bibliographic evidence (`[Электронный ресурс]`, `URL:`, a
 * URL, ` / Author`, `— 2024.`, `С. 43`). Each block is deleted from the body and handed
 * to the runner as a note (`ctx.addNote`), whose text note-scope rules clean. A block ends
 * at a blank line, at the next note, or at a line that starts with a space (the body of
 * the next page going on, A3).
 */
export const ocrFootnoteBlocks: CleaningRule = {
  id: 'ocr-footnote-blocks',
  description: 'take a footnote block out of the body',
  apply(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const record = notesOf(ctx.draft);
    let i = 0;
    while (i < lines.length) {
      const line = lines[i]!;
      const m = NOTE_START.exec(line.text);
      if (!m) {
        i++;
        continue;
      }
      // Gather the block: following lines up to a blank line, a new note, or an indented line.
      let j = i + 1;
      while (j < lines.length) {
        const l = lines[j]!;
        if (isBlank(l) || NOTE_START.test(l.text) || /^[ \t]/.test(l.text)) break;
        // Single-spaced pages: after a note that is complete (its URL or its final period
        // written), a line that is neither a bibliographic element nor a URL piece is body.
        const prev = lines[j - 1]!.text.trimEnd();
        if (completes(prev) && BIBLIO.test(text.slice(line.start, lines[j - 1]!.end)) && !NEXT_BIBLIO.test(l.text) && !URL_PIECE.test(l.text)) break;
        j++;
      }
      const last = lines[j - 1]!;
      const blockText = text.slice(line.start, last.end);
      if (!BIBLIO.test(blockText) || blockText.length < 20) {
        i++;
        continue;
      }
      const id = m[1]!;
      const textStart = line.start + m[0].length;
      if (record.ids.has(id)) {
        const at = ctx.draft.spanToOriginal(line.start, line.end);
        ctx.report({ rule: 'ocr-footnote-blocks', message: `note ${id} occurs twice (numbering restarts?); markers [^${id}] are ambiguous`, start: at.start, end: at.end });
      }
      ctx.addNote({ id, start: line.start, end: last.end, textStart });
      record.ids.add(id);
      const delEnd = last.next;
      record.blocks.push(ctx.draft.spanToOriginal(line.start, delEnd));
      edits.push({ start: line.start, end: delEnd, after: '', reason: `footnote ${id} moved to the notes` });
      i = j;
    }
    return edits;
  },
};

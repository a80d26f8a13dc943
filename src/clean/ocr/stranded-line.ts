import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { isBlank, splitLines, type Line } from './lines.js';
import { notesOf } from './note-registry.js';

const WORD = /[\p{L}\d]+/gu;
const SENTENCE_END = /[.!?…:;][»”"')\]]*\d{0,3}\s*$/u;

function words(s: string): string[] {
  return [...s.matchAll(WORD)].map((m) => m[0].toLowerCase());
}
function stem(w: string): string {
  return w.length > 5 ? w.slice(0, 5) : w;
}

/** Word-pair evidence from inside lines (pairs across line breaks are what is being judged). */
class Continuity {
  readonly exact = new Set<string>();
  readonly stems = new Set<string>();
  constructor(lines: readonly Line[]) {
    for (const l of lines) {
      const ws = words(l.text);
      for (let k = 1; k < ws.length; k++) {
        this.exact.add(ws[k - 1] + ' ' + ws[k]);
        this.stems.add(stem(ws[k - 1]!) + ' ' + stem(ws[k]!));
      }
    }
  }
  /** 2 for a word pair seen in the document, 1 for a pair of the same stems, else 0. */
  score(a: Line, b: Line): number {
    const wa = words(a.text);
    const wb = words(b.text);
    const x = wa[wa.length - 1];
    const y = wb[0];
    if (!x || !y) return 0;
    if (this.exact.has(x + ' ' + y)) return 2;
    if (x.length >= 4 && y.length >= 4 && this.stems.has(stem(x) + ' ' + stem(y))) return 1;
    return 0;
  }
}

/**
 * Put back a body line stranded after a footnote block (A9). The line right after a
 * removed note block that starts a lowercase word with no indent is a candidate; it is
 * moved to the mid-sentence line break where both of its ends read on (word pairs, or
 * pairs of stems, seen elsewhere in the document) when it reads on at neither end where
 * it stands and the best place is clear. Otherwise it stays and a warning is reported.
 * The move is a deletion plus an insertion, both recorded.
 */
export const ocrStrandedLine: CleaningRule = {
  id: 'ocr-stranded-line',
  description: 'move a body line stranded after the footnotes back where it reads on',
  apply(text, ctx) {
    const record = notesOf(ctx.draft);
    if (record.blocks.length === 0) return [];
    const lines = splitLines(text);
    const content = lines.filter((l) => !isBlank(l));
    const cont = new Continuity(content);
    const edits: Edit[] = [];
    const used = new Set<number>();
    for (const block of record.blocks) {
      const p = ctx.draft.toCurrent(block.end);
      const k = content.findIndex((l) => l.start >= p);
      if (k <= 0 || k + 1 >= content.length || used.has(k)) continue;
      used.add(k);
      const line = content[k]!;
      const prev = content[k - 1]!;
      const next = content[k + 1]!;
      if (!/^\p{Ll}/u.test(line.text) || SENTENCE_END.test(prev.text)) continue;
      const inPlace = cont.score(prev, line) + cont.score(line, next);
      if (inPlace > 0) continue;
      let best = -1;
      let bestScore = 0;
      let second = 0;
      for (let g = 0; g + 1 < content.length; g++) {
        if (g === k || g === k - 1 || g + 1 === k) continue;
        const a = content[g]!;
        const b = content[g + 1]!;
        if (SENTENCE_END.test(a.text) || !/^\s*\p{Ll}/u.test(b.text)) continue;
        const left = cont.score(a, line);
        const right = cont.score(line, b);
        if (left === 0 || right === 0) continue;
        const s = left + right;
        if (s > bestScore) {
          second = bestScore;
          bestScore = s;
          best = g;
        } else if (s > second) second = s;
      }
      const span = ctx.draft.spanToOriginal(line.start, line.end);
      if (best < 0 || bestScore < 3 || second === bestScore) {
        ctx.report({
          rule: 'ocr-stranded-line',
          message: `the line after a footnote block does not read on from the line before it, and no place where it reads on is clear; left in place (a page-break loss or a line out of order?): "${line.text.trim().slice(0, 60)}"`,
          start: span.start,
          end: span.end,
        });
        continue;
      }
      const a = content[best]!;
      edits.push({ start: a.end, end: a.end, after: '\n\n' + line.text.trim(), reason: 'stranded line moved back where it reads on' });
      edits.push({ start: line.start, end: line.next, after: '', reason: 'stranded line moved back where it reads on' });
    }
    return edits.sort((x, y) => x.start - y.start || x.end - y.end);
  },
};

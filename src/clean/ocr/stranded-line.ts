import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { isBlank, splitLines, type Line } from './lines.js';
import { notesOf } from './note-registry.js';

const WORD = /[\p{L}\d]+/gu;
const SENTENCE_END = /[.!?…:;][»”"')\]]*\d{0,3}\s*$/u;

const WINDOW = 150;

/** Index of the first line starting at or after `p` (binary search). */
function firstAtOrAfter(lines: readonly Line[], p: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start < p) lo = mid + 1;
    else hi = mid;
  }
  return lo < lines.length ? lo : -1;
}

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
  readonly first: (string | undefined)[];
  readonly last: (string | undefined)[];
  constructor(lines: readonly Line[]) {
    this.first = new Array(lines.length);
    this.last = new Array(lines.length);
    lines.forEach((l, k) => {
      const ws = words(l.text);
      this.first[k] = ws[0];
      this.last[k] = ws[ws.length - 1];
      for (let i = 1; i < ws.length; i++) {
        this.exact.add(ws[i - 1] + ' ' + ws[i]);
        this.stems.add(stem(ws[i - 1]!) + ' ' + stem(ws[i]!));
      }
    });
  }
  /** 2 for a word pair seen in the document, 1 for a pair of the same stems, else 0. */
  score(a: number, b: number): number {
    const x = this.last[a];
    const y = this.first[b];
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
    let cont: Continuity | undefined;
    const edits: Edit[] = [];
    const used = new Set<number>();
    for (const block of record.blocks) {
      const p = ctx.draft.toCurrent(block.end);
      const k = firstAtOrAfter(content, p);
      if (k <= 0 || k + 1 >= content.length || used.has(k)) continue;
      used.add(k);
      const line = content[k]!;
      const prev = content[k - 1]!;
      if (!/^\p{Ll}/u.test(line.text) || SENTENCE_END.test(prev.text)) continue;
      cont ??= new Continuity(content); // built only when a candidate exists
      const inPlace = cont.score(k - 1, k) + cont.score(k, k + 1);
      if (inPlace > 0) continue;
      let best = -1;
      let bestScore = 0;
      let second = 0;
      // A page holds some 30–60 lines: look on this page and the two before it.
      const from = Math.max(0, k - WINDOW);
      const to = Math.min(content.length - 1, k + WINDOW);
      for (let g = from; g < to; g++) {
        if (g === k || g === k - 1 || g + 1 === k) continue;
        const a = content[g]!;
        const b = content[g + 1]!;
        if (SENTENCE_END.test(a.text) || !/^\s*\p{Ll}/u.test(b.text)) continue;
        const left = cont.score(g, k);
        const right = cont.score(k, g + 1);
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

import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { insideAny } from './url-find.js';
import { protectedSpans, typographyOn } from './typography-scope.js';

const SPACE = /\s/;

const isBlankCode = (c: number): boolean => c === 32 || c === 9;

/**
 * Spaced hyphens and en dashes: spaces after a non-space, then `-` or `–`, then spaces and
 * a non-space (`a -  b`, ` – `) or spaces to the line end. The same matches as
 * `/(?<=\S)[ \t]+[-–](?=[ \t]+\S)|(?<=\S)[ \t]+[-–][ \t\r]*$/gm`, found by one scan over
 * the runs of spaces (a leading look-behind is tried at every position; a pattern starting
 * with the spaces is tried at every space of a long run).
 */
export function* spacedDashes(text: string): Generator<{ index: number; 0: string }> {
  const n = text.length;
  let i = text.indexOf(' ');
  const tab = text.indexOf('\t');
  if (i < 0 || (tab >= 0 && tab < i)) i = tab;
  if (i < 0) return;
  while (i < n) {
    if (!isBlankCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && isBlankCode(text.charCodeAt(i))) i++;
    const dash = text.charCodeAt(i);
    if (s === 0 || SPACE.test(text[s - 1]!) || i >= n || (dash !== 0x2d && dash !== 0x2013)) continue;
    let j = i + 1;
    while (j < n && isBlankCode(text.charCodeAt(j))) j++;
    if (j > i + 1 && j < n && !SPACE.test(text[j]!)) {
      yield { index: s, 0: text.slice(s, i + 1) }; // spaces on both sides: up to the dash
      i++;
      continue;
    }
    // at a line end: spaces and a carriage return up to the line break or the text end
    let k = i + 1;
    while (k < n && (isBlankCode(text.charCodeAt(k)) || text.charCodeAt(k) === 13)) k++;
    // (as the pattern's `[ \t\r]*$` backtracks: the line may also end at a carriage return)
    while (k > i + 1 && !(k >= n || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 0x2028 || text.charCodeAt(k) === 0x2029)) k--;
    if (k >= n || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 0x2028 || text.charCodeAt(k) === 0x2029) {
      yield { index: s, 0: text.slice(s, k) };
      i = k;
      continue;
    }
    i++;
  }
}

/**
 * A spaced hyphen used as a dash (` -  ` → ` — `, A4). Not inside URLs or code; a hyphen
 * between two numbers (`2024 - 2026`) is a range and is left alone, as are `2024-2026`
 * and compounds, which have no spaces.
 */
export const typographyDash: CleaningRule = {
  id: 'typography-dash',
  description: 'spaced hyphen to em dash',
  scope: 'all',
  apply(text, ctx) {
    if (!typographyOn(ctx)) return [];
    let spans: { start: number; end: number }[] | undefined;
    const edits: Edit[] = [];
    for (const m of spacedDashes(text)) {
      const before = text[m.index - 1]!;
      spans ??= protectedSpans(text);
      if (insideAny(spans, m.index)) continue;
      const rest = /^[ \t]*/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16))![0];
      const afterCh = text[m.index + m[0].length + rest.length] ?? '';
      if (/\d/.test(before) && /\d/.test(afterCh)) continue;
      // The spaces after the dash become one, unless another spaced dash follows: a match
      // never eats the space that dash needs, so one pass is enough (idempotent).
      const tail = m[0].endsWith('\r') ? '\r' : '';
      const eat = rest.length > 0 && !/[-–]/.test(afterCh);
      const end = m.index + m[0].length + (eat ? rest.length : 0);
      edits.push({ start: m.index, end, after: ' —' + (eat ? ' ' : '') + tail });
    }
    return edits;
  },
};

import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { insideAny } from '../../text/sorted.js';
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
  const dashes = /[-–]/g; // jump from dash to dash; the spaces are checked around each
  let lastEnd = 0; // matches do not overlap
  for (let m = dashes.exec(text); m !== null; m = dashes.exec(text)) {
    const d = m.index;
    let s = d;
    while (s > lastEnd && isBlankCode(text.charCodeAt(s - 1))) s--;
    if (s === d || s === 0 || SPACE.test(text[s - 1]!)) continue;
    let j = d + 1;
    while (j < n && isBlankCode(text.charCodeAt(j))) j++;
    if (j > d + 1 && j < n && !SPACE.test(text[j]!)) {
      lastEnd = d + 1;
      yield { index: s, 0: text.slice(s, d + 1) }; // spaces on both sides: up to the dash
      continue;
    }
    // at a line end: spaces and carriage returns up to the line break or the text end (as
    // the pattern's `[ \t\r]*$` backtracks, the line may also end at a carriage return)
    let k = d + 1;
    while (k < n && (isBlankCode(text.charCodeAt(k)) || text.charCodeAt(k) === 13)) k++;
    while (k > d + 1 && !lineEndsAt(text, k)) k--;
    if (lineEndsAt(text, k)) {
      lastEnd = k;
      if (dashes.lastIndex < k) dashes.lastIndex = k;
      yield { index: s, 0: text.slice(s, k) };
    }
  }
}

/** Does a line end at `k` (the text end, or before a line terminator as `$` with the m flag)? */
function lineEndsAt(text: string, k: number): boolean {
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
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
    let spans: readonly { start: number; end: number }[] | undefined;
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

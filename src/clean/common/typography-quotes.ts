import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { insideAny } from '../../text/sorted.js';
import { protectedSpans, typographyOn } from './typography-scope.js';

const QUOTES = /["“”„«»]/g;

/**
 * Russian quotation marks (A22): `"…"`, `“…”`, mixed `"…”` become `«…»`, and quotes inside
 * quotes `„…“`. Opening or closing is read from the neighbours (after a space or bracket:
 * opening; after a letter or punctuation: closing; `„` and `«` always open), depth from
 * the pairs so far; depth starts again at each paragraph (blank line). Existing `«»` are
 * kept as they are (a source that leaves a quote unclosed would otherwise re-nest the rest
 * of the paragraph). Not in URLs or code.
 */
export const typographyQuotes: CleaningRule = {
  id: 'typography-quotes',
  description: 'quotation marks to «» with nested „“',
  scope: 'all',
  apply(text, ctx) {
    if (!typographyOn(ctx)) return [];
    let spans: readonly { start: number; end: number }[] | undefined;
    const edits: Edit[] = [];
    let depth = 0;
    const breaks = [...text.matchAll(/\n[ \t\r]*\n/g)].map((b) => b.index);
    let nextBreak = 0;
    for (const m of text.matchAll(QUOTES)) {
      const i = m.index;
      while (nextBreak < breaks.length && breaks[nextBreak]! < i) {
        depth = 0;
        nextBreak++;
      }
      spans ??= protectedSpans(text);
      if (insideAny(spans, i)) continue;
      const q = m[0];
      const prev = text[i - 1] ?? ' ';
      const next = text[i + 1] ?? ' ';
      let open: boolean;
      if (q === '«' || q === '„') open = true;
      else if (q === '»') open = false;
      else if (/[\s([{—–\-\/]/.test(prev) || i === 0) open = !/\s/.test(next) || depth === 0;
      else if (/[\s.,;:!?)\]…]/.test(next) || i + 1 === text.length) open = false;
      else open = depth === 0;
      if (!open && depth === 0) continue; // a stray closing quote: leave it
      let want: string;
      if (open) {
        want = depth === 0 ? '«' : '„';
        depth++;
      } else {
        depth--;
        want = depth === 0 ? '»' : '“';
      }
      // «» are already Russian quotes: never re-nest them (the source may leave a quote unclosed).
      if (q !== want && q !== '«' && q !== '»') edits.push({ start: i, end: i + 1, after: want });
    }
    return edits;
  },
};

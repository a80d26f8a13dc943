import type { CleaningRule } from '../types.js';

/** Language notes a translation appends to titles: `(in Russian)`, `(in Belarusian)`, `(in Chinese)`. */
const NOTE = /\((?:in|In) (?:Russian|Belarusian|Chinese|Ukrainian)\)/g;

/**
 * Record `(in Russian)`-style notes appended to translated titles as diagnostics;
 * the text is kept (it tells the reader the source is not in English).
 */
export const mtInRussian: CleaningRule = {
  id: 'mt-in-russian',
  description: 'report "(in Russian)" notes on translated titles (kept)',
  scope: 'all',
  apply(text, ctx) {
    for (const m of text.matchAll(NOTE)) {
      const at = ctx.draft.spanToOriginal(m.index, m.index + m[0].length);
      ctx.report({ rule: 'mt-in-russian', severity: 'info', message: `translated title marked ${m[0]} (kept)`, start: at.start, end: at.end });
    }
    return [];
  },
};

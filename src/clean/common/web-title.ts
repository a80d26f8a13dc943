import type { CleaningRule } from '../types.js';

/**
 * Make the page title (found by `web-chrome`, `meta.title`) the document's first-level
 * heading when it is a plain line, so the Markdown output keeps its meaning.
 */
export const webTitle: CleaningRule = {
  id: 'web-title',
  description: 'mark the page title as a heading',
  apply(text, ctx) {
    const title = ctx.meta['title'];
    if (title === undefined) return [];
    let s = 0;
    while (s <= text.length) {
      let e = text.indexOf('\n', s);
      if (e < 0) e = text.length;
      const line = text.slice(s, e);
      if (line.trim().length > 0) {
        if (/^\s{0,3}#{1,6}\s/.test(line)) return [];
        if (line.trim() === title) {
          const lead = line.length - line.trimStart().length;
          return [{ start: s, end: s + lead, after: '# ', reason: 'page title as heading' }];
        }
      }
      s = e + 1;
    }
    return [];
  },
};

import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { authorOf, findDate, isDateLine, sourceOf } from '../web/meta.js';

/**
 * Keep a scraped page's date, author and source as metadata (`ctx.meta`): source
 * and author lines (`Source: Zvyazda`, `**Source URL:** <…>`, `Автор: …`) leave the
 * body for `meta.source` / `meta.author`; the date comes from a labelled header
 * line (`date 2025-08-19`), else from the first lines of the page (ISO form). The
 * title is set by `web-chrome`.
 */
export const webMeta: CleaningRule = {
  id: 'web-meta',
  description: 'move source and author lines to page metadata; find the date',
  apply(text, ctx) {
    const edits: Edit[] = [];
    let s = 0;
    let lineNo = 0;
    let firstDate: string | null = null;
    while (s <= text.length) {
      let e = text.indexOf('\n', s);
      if (e < 0) e = text.length;
      const line = text.slice(s, e);
      if (line.trim().length > 0) {
        lineNo++;
        const source = line.length < 400 ? sourceOf(line) : null;
        const author = line.length < 120 ? authorOf(line) : null;
        if (source !== null && ctx.meta['source'] === undefined) {
          ctx.meta['source'] = source;
          edits.push({ start: s, end: Math.min(e + 1, text.length), after: '', reason: 'source line moved to meta.source' });
        } else if (author !== null && ctx.meta['author'] === undefined) {
          ctx.meta['author'] = author;
          edits.push({ start: s, end: Math.min(e + 1, text.length), after: '', reason: 'author line moved to meta.author' });
        } else if (ctx.meta['date'] === undefined && isDateLine(line)) {
          ctx.meta['date'] = findDate(line)!;
        } else if (firstDate === null && lineNo <= 12) {
          firstDate = findDate(line.slice(0, 200));
        }
      }
      s = e + 1;
    }
    if (ctx.meta['date'] === undefined && firstDate !== null) ctx.meta['date'] = firstDate;
    return edits;
  },
};

import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { classifyLines } from '../web/classify.js';

/**
 * Remove site chrome from a scraped page: every line the jusText-style classifier
 * (`classifyLines`) calls bad — navigation, login, counters, captions and credits,
 * rights and tag blocks, subscribe calls, lists of unrelated headlines — and repeats
 * of the page title. The title itself is kept and recorded as `meta.title`.
 */
export const webChrome: CleaningRule = {
  id: 'web-chrome',
  description: 'remove site chrome (navigation, counters, captions, rights, subscribe calls, headline lists)',
  apply(text, ctx) {
    const lines = classifyLines(text, ctx.lang === 'und' || ctx.lang === 'other' ? 'any' : ctx.lang);
    const edits: Edit[] = [];
    for (const l of lines) {
      if (l.cls === 'title') {
        ctx.meta['title'] ??= text.slice(l.start, l.end).replace(/^#{1,6}\s+|[*_]{1,3}/g, '').trim();
        continue;
      }
      if (l.cls === 'good') continue;
      // take the line with its line break
      let end = l.end;
      if (text[end] === '\r') end++;
      if (text[end] === '\n') end++;
      const f = l.features;
      const why =
        l.cls === 'title-repeat'
          ? 'repeated page title'
          : f.copyright
            ? 'rights notice'
            : f.linkDensity > 0.2
              ? 'link line'
              : f.chromeWords
                ? 'interface text'
                : f.words > 0 && f.numberDensity >= 0.5
                  ? 'counter or time stamp'
                  : l.initial === 'neargood'
                    ? 'text among chrome (headline list)'
                    : 'short line among chrome';
      edits.push({ start: l.start, end, after: '', reason: why });
    }
    return edits;
  },
};

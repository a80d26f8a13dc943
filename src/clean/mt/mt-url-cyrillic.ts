import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { transliterate } from '../../translit/transliterate.js';

/** A Latin URL (scheme or www.) with its path. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]\["]{1,2000}/g;
const CYR = /[\u0400-\u04ff]+/g;
/** A URL path segment (between `/`, `?`, `#`, `&`, `=`). */
const SEGMENT = /[^/?#&=]+/g;

/**
 * Transliterate Cyrillic letters that a translator left inside Latin URLs
 * (`…na-bespretседentno-…` → `…na-bespretsedentno-…`), with the BelTA j-scheme
 * slugs use; they are letters of the slug the translator did not convert, not
 * look-alike glyphs, so they are transliterated rather than mapped to homoglyphs.
 * Only path segments that mix Latin and Cyrillic letters are touched: a Cyrillic
 * domain or a wholly Cyrillic segment (a wiki title) is left alone.
 */
export const mtUrlCyrillic: CleaningRule = {
  id: 'mt-url-cyrillic',
  description: 'transliterate Cyrillic letters inside Latin URLs',
  scope: 'all',
  apply(text) {
    const edits: Edit[] = [];
    for (const u of text.matchAll(URL)) {
      const url = u[0];
      const host = /^(?:https?:\/\/)?([^/]*)/.exec(url)![1]!;
      if (/[\u0400-\u04ff]/.test(host)) continue; // a Cyrillic domain (.бел, .рф)
      // only path segments that mix scripts: a wholly Cyrillic segment (`wiki/Беларусь`) is real
      for (const seg of url.matchAll(SEGMENT)) {
        if (!/[a-z]/i.test(seg[0]) || !/[\u0400-\u04ff]/.test(seg[0])) continue;
        for (const c of seg[0].matchAll(CYR)) {
          const start = u.index + seg.index + c.index;
          edits.push({ start, end: start + c[0].length, after: transliterate(c[0], 'beltaJ').toLowerCase(), reason: 'Cyrillic letters inside a Latin URL' });
        }
      }
    }
    return edits;
  },
};

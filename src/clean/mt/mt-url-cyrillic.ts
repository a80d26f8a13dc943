import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { transliterate } from '../../translit/transliterate.js';

/** A Latin URL (scheme or www.) with its path. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]\["]{1,2000}/g;
const CYR = /[\u0400-\u04ff]+/g;

/**
 * Transliterate Cyrillic letters that a translator left inside Latin URLs
 * (`…na-bespretседentno-…` → `…na-bespretsedentno-…`), with the BelTA j-scheme
 * slugs use; they are letters of the slug the translator did not convert, not
 * look-alike glyphs, so they are transliterated rather than mapped to homoglyphs.
 * URLs that are Cyrillic as a whole (a Cyrillic domain or a wiki title) are left
 * alone.
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
      const latin = (url.match(/[a-z]/gi) ?? []).length;
      const cyr = (url.match(/[\u0400-\u04ff]/g) ?? []).length;
      if (cyr === 0 || cyr * 2 > latin) continue; // mostly Cyrillic: a real Cyrillic path
      for (const c of url.matchAll(CYR)) {
        const start = u.index + c.index;
        edits.push({ start, end: start + c[0].length, after: transliterate(c[0], 'beltaJ').toLowerCase(), reason: 'Cyrillic letters inside a Latin URL' });
      }
    }
    return edits;
  },
};

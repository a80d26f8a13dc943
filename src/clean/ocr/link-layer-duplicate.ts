import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { isBlank, splitLines } from './lines.js';

// `https: //` (a space after the colon, A12) is still a URL: the comparison ignores it, so
// copies are found before the URL rules repair them (else a second pass would find them).
const URL_ONLY = /^[ \t]*((?:https?: ?\/\/|www\.)\S+)[ \t]*$/;
const URL_TOKEN = /(?:https?: ?\/\/|www\.)\S+/g;

/** The comparison key of a URL: without the stray space after the scheme. */
function urlKey(url: string): string {
  return url.replace(': //', '://');
}

/**
 * Delete URL fragments a PDF's hyperlink layer duplicated on lines of their own (A10): a
 * line holding only a URL (or a URL piece) that also occurs elsewhere in the document, and
 * that does not continue the line before it (that line is blank or a page number, not a
 * note line ending in `URL:` or in a wrapped URL).
 */
export const ocrLinkLayerDuplicate: CleaningRule = {
  id: 'ocr-link-layer-duplicate',
  description: 'delete a URL fragment duplicated by the PDF link layer',
  apply(text) {
    if (!text.includes('http') && !text.includes('www.')) return [];
    const counts = new Map<string, number>();
    const firstAt = new Map<string, number>();
    for (const m of text.matchAll(URL_TOKEN)) {
      const key = urlKey(m[0]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!firstAt.has(key)) firstAt.set(key, m.index);
    }
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (let i = 0; i < lines.length; i++) {
      const m = URL_ONLY.exec(lines[i]!.text);
      if (!m) continue;
      const key = urlKey(m[1]!);
      if ((counts.get(key) ?? 0) < 2) continue;
      const prev = lines[i - 1];
      const standalone = !prev || isBlank(prev) || /^\s*\d{1,4}\s*$/.test(prev.text) || URL_ONLY.test(prev.text);
      if (!standalone) continue;
      // The first copy may be the note's own wrapped URL line; only later copies go.
      const first = firstAt.get(key) ?? lines[i]!.start;
      if (first >= lines[i]!.start) continue;
      edits.push({ start: lines[i]!.start, end: lines[i]!.next, after: '' });
    }
    return edits;
  },
};

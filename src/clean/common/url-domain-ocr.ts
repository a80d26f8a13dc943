import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { findUrls } from './url-find.js';
import { LATIN_OCR_CONFUSIONS, ocrVariants } from './ocr-variants.js';
import { memoizeLast } from '../../text/memo.js';

/**
 * Top-level domains OCR produces from real ones, with the real one. `.bv` (Bouvet Island)
 * is delegated but closed to registration (IANA root zone database; Norid policy), so a
 * `.bv` host is `.by` read with y→v.
 */
export const TLD_OCR: Readonly<Record<string, string>> = { bv: 'by' };

/** Path segments of belta.by (shared/docs/belta.md §2, URL grammar). */
export const BELTA_SECTIONS: readonly string[] = [
  'society', 'economics', 'regions', 'politics', 'world', 'president', 'culture', 'tech', 'newscompany', 'special', 'interview', 'opinions', 'view', 'amp', 'printv',
];

/** URL words are damaged one way only: the printed letter for the meant one (not `rn` for `m`). */
const URL_CONFUSIONS = LATIN_OCR_CONFUSIONS.filter(([printed]) => printed !== 'rn');

/** Words of all URLs in a document (one pass per document, not per note). */
const urlWordsOf = memoizeLast((corpus: string): Map<string, number> => {
  const seen = new Map<string, number>();
  for (const u of findUrls(corpus)) {
    for (const w of u.url.toLowerCase().split(/[^a-z0-9]+/)) if (w) seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  for (const s of BELTA_SECTIONS) seen.set(s, (seen.get(s) ?? 0) + 1);
  return seen;
});

/**
 * Repair OCR damage in URL hosts and path words (A14): a `.bv` TLD becomes `.by`; a host
 * label or one-word path segment whose one-letter OCR variant (v→y, m→rn, c→e, n→ll)
 * occurs in the document's URLs or is a belta.by section (`govemment` → `government`,
 * `societv` → `society`) is replaced; OCR damages in one direction only, so the variant
 * seen is the real form.
 */
export const urlDomainOcr: CleaningRule = {
  id: 'url-domain-ocr',
  description: 'repair OCR damage in a URL host or path word',
  scope: 'all',
  apply(text, ctx) {
    // Words of the document's URLs (the whole original: other notes are other streams).
    // OCR turns y into v, not the reverse: a variant seen in the document is the real form.
    const seen = urlWordsOf(ctx.draft.original);
    const edits: Edit[] = [];
    for (const u of findUrls(text)) {
      const hostStart = u.url.indexOf('//') + 2;
      let hostEnd = u.url.indexOf('/', hostStart);
      if (hostEnd < 0) hostEnd = u.url.length;
      // host labels
      let pos = hostStart;
      const labels = u.url.slice(hostStart, hostEnd).split('.');
      labels.forEach((label, k) => {
        const lower = label.toLowerCase();
        let fix: string | undefined;
        if (k === labels.length - 1 && TLD_OCR[lower]) fix = TLD_OCR[lower];
        else if (lower.length > 3) fix = ocrVariants(lower, URL_CONFUSIONS).find((v) => (seen.get(v) ?? 0) > 0);
        if (fix && fix !== lower) edits.push({ start: u.start + pos, end: u.start + pos + label.length, after: fix, reason: `OCR-damaged host label "${label}"` });
        pos += label.length + 1;
      });
      // path segments made of one word (not slugs)
      let segStart = hostEnd + 1;
      while (segStart < u.url.length) {
        let segEnd = u.url.indexOf('/', segStart);
        if (segEnd < 0) segEnd = u.url.length;
        const seg = u.url.slice(segStart, segEnd);
        if (/^[a-z]{3,}$/.test(seg) && !BELTA_SECTIONS.includes(seg)) {
          const fix = ocrVariants(seg, URL_CONFUSIONS).find((v) => (seen.get(v) ?? 0) > 0);
          if (fix) edits.push({ start: u.start + segStart, end: u.start + segEnd, after: fix, reason: `OCR-damaged path word "${seg}"` });
        }
        segStart = segEnd + 1;
      }
    }
    return edits;
  },
};

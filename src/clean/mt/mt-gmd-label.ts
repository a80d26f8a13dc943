import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** Calqued forms of GOST's «[Электронный ресурс]» (general material designation). */
const GMD = /\[(?:Electron(?:ic)?|Elektronnyj|Электронный)[ \t]+(?:resource|Resource|RESOURCE|mode|Mode|ресурс)\]/g;
/** Calqued forms of «Режим доступа:» and «Дата обращения:». */
const ACCESS_MODE = /\b(?:Access mode|Mode of access|Access regime|Access method)[ \t]*:/g;
const ACCESS_DATE = /\b(?:Access date|Date of access|Date of treatment|Date of circulation|Accessed on)[ \t]*:/g;

/**
 * Normalise calqued reference labels to one form each: the material designation
 * (`[Electron resource]`, `[Electronic Resource]`, `[Electronic mode]` →
 * `[Electronic resource]`), the access label (`Access mode:` → the form the document
 * uses most, `URL:` when it uses that) and the access date (`Access date:` →
 * `Date of access:`).
 */
export const mtGmdLabel: CleaningRule = {
  id: 'mt-gmd-label',
  description: 'normalise calqued reference labels ([Electronic resource], URL:, Date of access:)',
  scope: 'all',
  apply(text, ctx) {
    const edits: Edit[] = [];
    const preferred = '[Electronic resource]';
    for (const m of text.matchAll(GMD)) {
      if (m[0] !== preferred && !/[а-я]/i.test(m[0])) edits.push({ start: m.index, end: m.index + m[0].length, after: preferred });
    }
    const access = accessLabel(ctx.draft.original);
    for (const m of text.matchAll(ACCESS_MODE)) {
      if (m[0] !== access) edits.push({ start: m.index, end: m.index + m[0].length, after: access });
    }
    for (const m of text.matchAll(ACCESS_DATE)) {
      if (m[0] !== 'Date of access:') edits.push({ start: m.index, end: m.index + m[0].length, after: 'Date of access:' });
    }
    edits.sort((a, b) => a.start - b.start);
    return edits;
  },
};

let cached: { original: string; label: string } | null = null;

/**
 * `URL:` when the document labels most addresses that way, else `Mode of access:`.
 * Counted once per document (every note stream asks again), so the pass stays linear.
 */
function accessLabel(original: string): string {
  if (cached !== null && cached.original === original) return cached.label;
  const label = countLabels(original);
  cached = { original, label };
  return label;
}

function countLabels(original: string): string {
  let url = 0;
  let mode = 0;
  for (const _ of original.matchAll(/\bURL:/g)) url++;
  for (const _ of original.matchAll(ACCESS_MODE)) mode++;
  return url >= mode ? 'URL:' : 'Mode of access:';
}

import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { findUrls, insideAny } from '../common/url-find.js';

/** A Latin word ending in consonant + v: English has no such words; OCR reads final y as v. */
const FINAL_V = /^[A-Za-z]{3,}[bcdfghjklmnpqrstwxz]v$/;
const LATIN_WORD = /(?<![\p{L}\d])[A-Za-z]{4,}(?![\p{L}\d])/gu;

/** OCR confusions in Latin letters: read → real. */
const CONFUSIONS: readonly [string, string][] = [
  ['v', 'y'],
  ['c', 'e'],
  ['m', 'rn'],
  ['n', 'll'],
  ['rn', 'm'],
];

function variants(word: string): string[] {
  const out: string[] = [];
  for (const [from, to] of CONFUSIONS) {
    for (let i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) out.push(word.slice(0, i) + to + word.slice(i + from.length));
  }
  return out;
}

let cachedFor: string | null = null;
let cachedWords = new Map<string, number>();

/** Latin words of the whole input, lowercased, with counts (once per document). */
function latinWordsOf(original: string): Map<string, number> {
  if (cachedFor !== original) {
    cachedWords = new Map();
    for (const m of original.matchAll(LATIN_WORD)) {
      const w = m[0].toLowerCase();
      cachedWords.set(w, (cachedWords.get(w) ?? 0) + 1);
    }
    cachedFor = original;
  }
  return cachedWords;
}

/**
 * OCR letter confusions in Latin words outside URLs (URL words have their own rules):
 * - a word ending in a consonant and `v` gets `y` (`Machinerv` → `Machinery`): English has
 *   no such words, and Russian names in Latin end in a vowel and `v` (`Ivanov`, `Kiev`);
 * - a word of six letters or more seen once, whose one-confusion variant (v→y, c→e,
 *   m→rn, n→ll, rn→m) occurs elsewhere in the document, becomes that variant
 *   (`Tcchnologies` beside `Technologies`).
 */
export const ocrLatinConfusion: CleaningRule = {
  id: 'ocr-latin-confusion',
  description: 'repair an OCR letter confusion in a Latin word',
  scope: 'all',
  apply(text, ctx) {
    let urls: ReturnType<typeof findUrls> | undefined;
    let seen: Map<string, number> | undefined;
    const edits: Edit[] = [];
    for (const m of text.matchAll(LATIN_WORD)) {
      const word = m[0];
      urls ??= findUrls(text);
      if (insideAny(urls, m.index)) continue;
      if (FINAL_V.test(word)) {
        edits.push({ start: m.index + word.length - 1, end: m.index + word.length, after: 'y', reason: 'no English word ends in a consonant and v' });
        continue;
      }
      if (word.length < 6) continue;
      seen ??= latinWordsOf(ctx.draft.original);
      const lower = word.toLowerCase();
      if ((seen.get(lower) ?? 0) > 1) continue;
      const fix = variants(lower).find((v) => (seen!.get(v) ?? 0) > 0);
      if (!fix) continue;
      const after = word === word.toUpperCase() ? fix.toUpperCase() : word[0] === word[0]!.toUpperCase() ? fix[0]!.toUpperCase() + fix.slice(1) : fix;
      edits.push({ start: m.index, end: m.index + word.length, after, reason: `"${fix}" occurs in the document` });
    }
    return edits;
  },
};

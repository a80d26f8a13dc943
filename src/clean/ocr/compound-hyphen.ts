import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { dictionaryTags, isAdjectiveLike, isDictionaryWord } from './lexicon.js';
import { vocabularyOf, type Vocabulary } from './vocabulary.js';

/**
 * A line that ends in the first part of a compound (a stem in -о/-е: `информационно`,
 * `научно`, `практико`) and a next line (after blank lines) that starts a lowercase word.
 * Tried only at line ends ending in о/е (sticky regex at that point).
 */
const GAP = /(?<![\p{L}-])(\p{Ll}{3,}[ое])[ \t\r]*\n(?:[ \t\r]*\n)*[ \t]*(\p{Ll}{3,})(?=[^\p{L}-]|$)/uy;

/** Start of the word that ends at `end` (letters only), or -1 when the line does not end in о/е/и. */
function wordBefore(text: string, nl: number): number {
  let e = nl;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\r')) e--;
  const last = text[e - 1];
  if (last !== 'о' && last !== 'е') return -1;
  let s = e - 1;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (!((c >= 0x430 && c <= 0x44f) || c === 0x451)) break;
    s--;
  }
  return s;
}

/**
 * Restore a compound hyphen lost at a line end (`информационно` + `коммуникационных` →
 * `информационно-коммуникационных`). Evidence, any of: the hyphenated form is a dictionary
 * word; it occurs hyphenated elsewhere in the document; the first part is no word on its
 * own (`практико`) and the second is an adjective or participle. An adverb before an
 * adjective (`достаточно высокий`) is left alone.
 */
export const ocrCompoundHyphen: CleaningRule = {
  id: 'ocr-compound-hyphen',
  description: 'restore a compound hyphen lost at a line end',
  apply(text, ctx) {
    const edits: Edit[] = [];
    let vocab: Vocabulary | undefined;
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
      if (nl < from) continue;
      const s = wordBefore(text, nl);
      if (s < 0) continue;
      GAP.lastIndex = s;
      const m = GAP.exec(text);
      if (!m) continue;
      from = m.index + m[0].length;
      vocab ??= vocabularyOf(ctx.draft.original);
      const first = m[1]!;
      const second = m[2]!;
      const compound = `${first}-${second}`.toLowerCase();
      let evidence = '';
      if (vocab.has(compound)) evidence = 'the hyphenated form occurs in the document';
      else if (dictionaryTags(compound)?.length) evidence = 'the hyphenated form is a dictionary word';
      else if (isDictionaryWord(first) === false && isAdjectiveLike(second)) evidence = `"${first}" is a compound stem, not a word`;
      if (!evidence) continue;
      const start = m.index + first.length;
      const end = m.index + m[0].length - second.length;
      edits.push({ start, end, after: '-', reason: `compound hyphen restored: ${evidence}` });
    }
    return edits;
  },
};

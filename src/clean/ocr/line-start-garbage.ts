import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { isDictionaryWord } from './lexicon.js';
import { countForms, knownForm, vocabularyOf } from './vocabulary.js';

/** Junk glyphs (`/`, `\`, `|`) glued to the first word of a line. */
const START = /^([ \t]*)([/\\|_~^]+)(\p{L}+)/gmu;

/**
 * Delete garbage at a line start (`/огеографией` → `географией`): junk glyphs glued to the
 * first word go; when the word is no known form but is one after dropping one or two
 * stray letters, those letters go too (dictionary or the document's vocabulary decides;
 * the damaged word is no evidence for itself).
 */
export const ocrLineStartGarbage: CleaningRule = {
  id: 'ocr-line-start-garbage',
  description: 'delete garbage glyphs at a line start',
  apply(text, ctx) {
    const matches = [...text.matchAll(START)];
    if (matches.length === 0) return [];
    const vocab = vocabularyOf(ctx.draft.original);
    const suspects = countForms(matches.map((m) => m[3]!));
    const edits: Edit[] = [];
    for (const m of matches) {
      const start = m.index + m[1]!.length;
      const word = m[3]!;
      let drop = 0;
      if (!knownForm(word, vocab, isDictionaryWord, suspects)) {
        for (let d = 1; d <= 2 && word.length - d >= 4; d++) {
          if (knownForm(word.slice(d), vocab, isDictionaryWord)) {
            drop = d;
            break;
          }
        }
        if (drop === 0) continue; // no evidence what the word is: leave it
      }
      edits.push({ start, end: start + m[2]!.length + drop, after: '' });
    }
    return edits;
  },
};

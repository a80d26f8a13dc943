import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { isDictionaryWord } from './lexicon.js';
import { countForms, knownForm, vocabularyOf } from './vocabulary.js';

/** A word with a descender letter glued at its end, then an OCR gap (two spaces) and a lowercase word. */
const GLUED = /(?<![\p{L}])(\p{L}{3,})([рдуз])( {2,})(?=\p{Ll})/gu;

/**
 * Repair a comma OCR read as a letter (`Китайр  продолжая` → `Китай, продолжая`): the
 * word without its last letter is known (dictionary or the document), the word with it is
 * not, and a wide gap follows where the comma and its space stood.
 */
export const ocrCommaMisread: CleaningRule = {
  id: 'ocr-comma-misread',
  description: 'repair a comma OCR read as a letter',
  apply(text, ctx) {
    if (!text.includes('  ')) return [];
    const matches = [...text.matchAll(GLUED)];
    if (matches.length === 0) return [];
    const vocab = vocabularyOf(ctx.draft.original);
    const suspects = countForms(matches.map((m) => m[1]! + m[2]!));
    const edits: Edit[] = [];
    for (const m of matches) {
      const word = m[1]!;
      const glyph = m[2]!;
      if (knownForm(word + glyph, vocab, isDictionaryWord, suspects) || !knownForm(word, vocab, isDictionaryWord)) continue;
      const start = m.index + word.length;
      edits.push({ start, end: start + 1 + m[3]!.length, after: ', ', reason: `"${word + glyph}" is no word, "${word}" is` });
    }
    return edits;
  },
};

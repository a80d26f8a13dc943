import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { isDictionaryWord } from './lexicon.js';
import { countForms, knownForm, vocabularyOf } from './vocabulary.js';

/** A word with a descender letter glued at its end, then an OCR gap (two spaces) and a lowercase word; tried at each double space. */
const GLUED = /(?<![\p{L}])(\p{L}{3,})([рдуз])( {2,})(?=\p{Ll})/uy;

function isCyrLetter(c: number): boolean {
  return (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451;
}

function* candidates(text: string): Generator<RegExpExecArray> {
  for (let i = text.indexOf('  '); i >= 0; i = text.indexOf('  ', i + 2)) {
    if (!'рдуз'.includes(text[i - 1] ?? '')) continue;
    let s = i - 1;
    while (s > 0 && isCyrLetter(text.charCodeAt(s - 1))) s--;
    GLUED.lastIndex = s;
    const m = GLUED.exec(text);
    if (m) yield m;
  }
}

/**
 * Repair a comma OCR read as a letter (`Китайр  продолжая` → `Китай, продолжая`): the
 * word without its last letter is known (dictionary or the document), the word with it is
 * not, and a wide gap follows where the comma and its space stood.
 */
export const ocrCommaMisread: CleaningRule = {
  id: 'ocr-comma-misread',
  description: 'repair a comma OCR read as a letter',
  scope: 'all',
  apply(text, ctx) {
    const matches = [...candidates(text)];
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

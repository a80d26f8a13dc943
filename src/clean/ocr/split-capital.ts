import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { isDictionaryWord } from './lexicon.js';
import { countForms, knownForm, vocabularyOf } from './vocabulary.js';

/** A Cyrillic capital, a space, a lowercase rest (boundaries checked in code: a fast literal-class scan). */
const SPLIT = /([А-ЯЁ]) ([а-яё]{2,})/g;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Join a capital split from its word (`Г осударственный` → `Государственный`) when the
 * joined form is a known word (dictionary, or the document's vocabulary) and the rest alone
 * is not, so that `В ходе`, `С учетом`, `А также` stay as they are. The split pieces seen
 * in the candidates are no evidence for themselves.
 */
export const ocrSplitCapital: CleaningRule = {
  id: 'ocr-split-capital',
  description: 'join a capital letter split from its word',
  scope: 'all',
  apply(text, ctx) {
    const matches = [...text.matchAll(SPLIT)].filter((m) => !isWordChar(text[m.index - 1]) && !isWordChar(text[m.index + m[0].length]));
    if (matches.length === 0) return [];
    const vocab = vocabularyOf(ctx.draft.original);
    const suspects = countForms(matches.map((m) => m[2]!));
    const edits: Edit[] = [];
    for (const m of matches) {
      const joined = m[1]! + m[2]!;
      if (knownForm(m[2]!, vocab, isDictionaryWord, suspects) || !knownForm(joined, vocab, isDictionaryWord)) continue;
      const at = m.index + 1;
      edits.push({ start: at, end: at + 1, after: '', reason: `"${joined}" is a word, "${m[2]}" is not` });
    }
    return edits;
  },
};

import type { Span } from '../model/span.js';

/** A word or number token with its span in the input. */
export interface Token extends Span {
  /** `word` for letters (with inner hyphens and apostrophes), `number` for digits. */
  kind: 'word' | 'number';
  /** The token text. */
  text: string;
}

// Letters with inner hyphen/apostrophe joins, or digits with inner separators. Each
// repetition must consume a separator, so matching is linear (no nested ambiguity).
const TOKEN = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\p{Nd}+(?:[.,]\p{Nd}+)*/gu;

/**
 * Tokenise text into words and numbers with offsets (Cyrillic, Latin and any other
 * script; `ё`, `і`, `ў` are kept, unlike natural's WordTokenizer).
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const s = m[0];
    const c = s.charCodeAt(0);
    out.push({ start: m.index, end: m.index + s.length, text: s, kind: c >= 0x30 && c <= 0x39 ? 'number' : /\p{Nd}/u.test(s[0]!) ? 'number' : 'word' });
  }
  return out;
}

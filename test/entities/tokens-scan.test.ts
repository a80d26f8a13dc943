import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nerTokens, TOKEN_PATTERN, type NerToken } from '../../src/entities/tagger/tokens.js';

// The former regex tokeniser, kept here as the reference the scan must match exactly.
function byPattern(text: string): NerToken[] {
  const out: NerToken[] = [];
  let prevEnd = 0;
  let prev: NerToken | undefined;
  for (const m of text.matchAll(new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags))) {
    const gap = text.slice(prevEnd, m.index);
    const sentStart =
      prev === undefined || /^[.!?…]$/.test(prev.text) || (/\n\s*\n/.test(gap) && !/^[\p{Ll}]/u.test(m[0])) || prev.text === '\n';
    const t: NerToken = { text: m[0], start: m.index, end: m.index + m[0].length, sentStart };
    out.push(t);
    prev = t;
    prevEnd = t.end;
  }
  return out;
}

const root = join(import.meta.dirname, '..', '..');
const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));

// Pieces that exercise every branch: letters of several scripts, combining marks, inner
// hyphens and apostrophes, digits (also non-ASCII and astral), astral letters, lone
// surrogates, all kinds of white space, sentence-final signs and U+0345 (a mark that folds to a letter).
const PIECES = [
  'Минск', 'ёлка', 'Ли', 'O', "O'Neil", 'd’Artagnan', 'северо-запад', 'a-', '-b', "'", '’', '-', 'é', 'e\u0301', '\u0301',
  '2024', '١٢', '\u{1D7CE}\u{1D7CF}', '\u{1D400}\u{1D41A}', '\u{1F600}', '\ud800', '\udc00', 'x\ud83d', '.', '!', '?', '…', '«', '»', '"',
  ' ', '\n', '\n\n', '\n \n', '\r\n\r\n', '\t', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u3000', '\u0345', 'ß', 'İ', 'ǅ', 'Σ',
  'в', 'Б', 'the', 'The', '1,5', '10%', '$', '₽',
];

describe('nerTokens scan = the token pattern', () => {
  it('fixtures', () => {
    for (const text of fixtures) expect(nerTokens(text)).toEqual(byPattern(text));
  });

  it('random texts from tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(nerTokens(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('random strings (any code units, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(nerTokens(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(nerTokens(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('every BMP code unit between letters and after a blank line', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const text = `a${ch}b\n\n${ch}x ${ch}`;
      expect(nerTokens(text)).toEqual(byPattern(text));
    }
  });
});

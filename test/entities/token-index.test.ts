import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nerTokens } from '../../src/entities/tagger/tokens.js';
import { startsWithLetter, startsWithLower, startsWithUpper, tokenEndingAt, tokenStartingAt } from '../../src/entities/token-index.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));

// The look-ups replace Maps of every token's start and end: they must give the same index.
function byMap(text: string): [Map<number, number>, Map<number, number>] {
  const at = new Map<number, number>();
  const end = new Map<number, number>();
  nerTokens(text).forEach((t, i) => {
    at.set(t.start, i);
    end.set(t.end, i);
  });
  return [at, end];
}

describe('token look-ups', () => {
  it('token at every offset of the fixtures = the Map of starts and ends', () => {
    for (const text of fixtures) {
      const tokens = nerTokens(text);
      const [at, end] = byMap(text);
      for (let o = -1; o <= text.length + 1; o++) {
        expect(tokenStartingAt(tokens, o)).toBe(at.get(o));
        expect(tokenEndingAt(tokens, o)).toBe(end.get(o));
      }
    }
  });

  it('on random texts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const tokens = nerTokens(text);
        const [at, end] = byMap(text);
        for (let o = 0; o <= text.length; o++) {
          expect(tokenStartingAt(tokens, o)).toBe(at.get(o));
          expect(tokenEndingAt(tokens, o)).toBe(end.get(o));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('startsWithUpper = /^\\p{Lu}/u for every BMP code unit, astral letters and lone surrogates', () => {
    const re = /^\p{Lu}/u;
    const samples = ['', '\u{1D400}', '\u{1D41A}', '\u{10400}', '\u{10428}', '\ud835', '\udc00x', 'Ёлка', 'ёлка', 'Ǆ', 'ǅ'];
    for (let c = 0; c < 0x10000; c++) samples.push(String.fromCharCode(c) + 'a');
    for (const s of samples) expect(startsWithUpper(s), JSON.stringify(s)).toBe(re.test(s));
  });

  it('startsWithLower = /^\\p{Ll}/u likewise', () => {
    const re = /^\p{Ll}/u;
    const samples = ['', '\u{1D400}', '\u{1D41A}', '\u{10400}', '\u{10428}', '\ud835', '\udc00x', 'Ёлка', 'ёлка', 'ǅ', 'ß'];
    for (let c = 0; c < 0x10000; c++) samples.push(String.fromCharCode(c) + 'A');
    for (const s of samples) expect(startsWithLower(s), JSON.stringify(s)).toBe(re.test(s));
  });

  it('startsWithLetter = /^[\\p{L}]/u likewise', () => {
    const re = /^[\p{L}]/u;
    const samples = ['', '\u{1D400}', '\u{1D7CE}', '\u{10400}', '\u{1F600}', '\ud835', '\udc00x', 'Ёлка', '5', '\u0301a'];
    for (let c = 0; c < 0x10000; c++) samples.push(String.fromCharCode(c) + 'A');
    for (const s of samples) expect(startsWithLetter(s), JSON.stringify(s)).toBe(re.test(s));
  });
});

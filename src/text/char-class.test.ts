import { describe, expect, it } from 'vitest';
import { codePointClass, DIGIT, firstCharClass, FOLDED_WORD, LETTER, LOWER, MARK, SPACE, unitClass, UPPER } from './char-class.js';

const PATTERNS: Array<[string, number, RegExp]> = [
  ['letter', LETTER, /^\p{L}$/u],
  ['mark', MARK, /^\p{M}$/u],
  ['digit', DIGIT, /^\p{Nd}$/u],
  ['space', SPACE, /^\s$/u],
  ['upper', UPPER, /^\p{Lu}$/u],
  ['lower', LOWER, /^\p{Ll}$/u],
  ['word under i', FOLDED_WORD, /^[\p{L}\p{Nd}]$/iu],
];

describe('character classes by table', () => {
  it.each(PATTERNS)('%s: every UTF-16 code unit as the pattern says', (_name, flag, re) => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (((unitClass(c) & flag) !== 0) !== re.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['𝐀', LETTER | UPPER | FOLDED_WORD],
    ['𝑎', LETTER | LOWER | FOLDED_WORD],
    ['𝟘', DIGIT | FOLDED_WORD],
    ['😀', 0],
  ])('astral %s', (ch, flags) => {
    expect(codePointClass(ch.codePointAt(0)!) & 127).toBe(flags);
  });

  it.each([
    ['', 0],
    ['Минск', LETTER | UPPER | FOLDED_WORD],
    ['\ud800x', 0], // a lone surrogate is no character of any class
    ['𝐀bc', LETTER | UPPER | FOLDED_WORD],
  ])('first character of %j', (s, flags) => {
    expect(firstCharClass(s) & 127).toBe(flags);
  });
});

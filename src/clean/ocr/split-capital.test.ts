import { describe, expect, it } from 'vitest';
import { ocrSplitCapital } from './split-capital.js';
import { applyRule, pairs } from '../../../test/clean-ocr/run-rule.js';

describe('ocr-split-capital', () => {
  const cases: [string, string, [string, string][]][] = [
    ['fixture 000 line 330', 'деятельности белорусский Г осударственный комитет по науке', [[' ', '']]],
    ['fixture 000 line 399', 'между НАН Беларуси и Г осударственным управлением КНР', [[' ', '']]],
    ['made up: another word', 'В ыставка открылась в Минске', [[' ', '']]],
    ['negative: a preposition at a sentence start', 'В августе 2024 года. С белорусской стороны. К числу наиболее. А также. О том.', []],
    ['negative: both pieces are words', 'С ода до года', []],
    ['negative: an initial before a surname', 'А. Лукашенко и Б. Залесский', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pairs(applyRule(ocrSplitCapital, input).changes)).toEqual(expected);
  });
});

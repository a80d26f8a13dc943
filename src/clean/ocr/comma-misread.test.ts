import { describe, expect, it } from 'vitest';
import { ocrCommaMisread } from './comma-misread.js';
import { applyRule, pairs } from '../../../test/clean-ocr/run-rule.js';

describe('ocr-comma-misread', () => {
  const cases: [string, string, [string, string][]][] = [
    ['fixture 000 line 503', 'Так что Беларусь и Китайр  продолжая строить взаимовыгодное', [['р  ', ', ']]],
    ['made up: another word', 'Министерство сообщилод  что работы завершены', [['д  ', ', ']]],
    ['negative: a real word ending in р before a wide gap', 'новый сектор  экономики и товар  дня', []],
    ['negative: a single space', 'Китайр продолжая', []],
    ['negative: the shorter form is no word either', 'ыыыыр  дальше', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pairs(applyRule(ocrCommaMisread, input).changes)).toEqual(expected);
  });
});

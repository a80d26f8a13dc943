import { describe, expect, it } from 'vitest';
import { ocrSplitDigits } from './split-digits.js';
import { applyRule, pairs } from '../../../test/clean-ocr/run-rule.js';

describe('ocr-split-digits', () => {
  const cases: [string, string, [string, string][]][] = [
    ['fixture 000 line 29', 'задействованы 140 организаций -  5 9  белорусских и 81 китайских', [['5 9', '59']]],
    ['made up: three digits, gap before', 'всего  1 2 5 компаний', [['1 2 5', '125']]],
    ['negative: grouped thousands', 'на сумму 1 000 000 рублей и 15 000  человек', []],
    ['negative: single spaces only', 'варианты 5 9 и 11', []],
    ['negative: a list', 'пункты 1, 2, 3  и 4', []],
    ['negative: a year range', '2024-2025 годы', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pairs(applyRule(ocrSplitDigits, input).changes)).toEqual(expected);
  });
});

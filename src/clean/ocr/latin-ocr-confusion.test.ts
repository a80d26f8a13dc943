import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { latinWords, ocrLatinConfusion } from './latin-ocr-confusion.js';
import { applyRule, pairs } from '../../../test/clean-ocr/run-rule.js';

describe('ocr-latin-confusion', () => {
  const cases: [string, string, [string, string][]][] = [
    ['fixture 000 line 187', 'компанией Guangxi Yuchai Machinerv Group Co., Ltd', [['v', 'y']]],
    ['made up: another -ry word', 'Ministrv of Industrv', [['v', 'y'], ['v', 'y']]],
    ['negative: Russian names in Latin end in a vowel and v', 'Lavrov, Ivanov, Gorbachev, Kiev, Tel Aviv', []],
    ['negative: inside a URL', 'https://belta.bv/societv/view/x-godv-1-2024/', []],
    ['made up: e→c with the real word elsewhere in the document', 'Huawei Tcchnologies и Huawei Technologies', [['Tcchnologies', 'Technologies']]],
    ['negative: a word seen twice is no OCR error', 'Huawei Tcchnologies, Tcchnologies, Technologies', []],
    ['negative: short words (cast/east)', 'cast east', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pairs(applyRule(ocrLatinConfusion, input).changes)).toEqual(expected);
  });
});

describe('Latin words (the scan that replaced a look-behind pattern)', () => {
  const PATTERN = /(?<![\p{L}\d])[A-Za-z]{4,}(?![\p{L}\d])/gu;
  it('finds the words the pattern finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('abcd', 'Xy', 'e', 'я', '1', ' ', '-', '𝒜', 'é', '.'), { maxLength: 20 }), (parts) => {
        const t = parts.join('');
        const viaPattern = [...t.matchAll(PATTERN)].map((m) => [m.index, m[0]]);
        expect([...latinWords(t)].map((m) => [m.index, m[0]])).toEqual(viaPattern);
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });
});

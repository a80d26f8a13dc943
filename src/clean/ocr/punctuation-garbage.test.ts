import { describe, expect, it } from 'vitest';
import { ocrPunctuationGarbage } from './punctuation-garbage.js';
import { applyRule, pairs } from '../../../test/clean-ocr/run-rule.js';

describe('ocr-punctuation-garbage', () => {
  const cases: [string, string, [string, string][]][] = [
    ['fixture 000 line 477', 'ведомствами двух стран.. ,»97.', [['.. ,', '...']]],
    ['made up: two dots before a quote', 'сказал он..» и ушел', [['..', '...']]],
    ['made up: dots and a semicolon', 'и так далее..; потом', [['..;', '...']]],
    ['negative: an ellipsis and a cut in a quote (fixture 000 line 434)', 'политики <...> наполнят... и т.д.', []],
    ['negative: dot leaders in a table of contents', 'Введение ..... 5\nГлава 1 ........ 37', []],
    ['negative: a decimal and an abbreviation', '1,5 млрд. руб., т.е. много', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pairs(applyRule(ocrPunctuationGarbage, input).changes)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { ocrLineStartGarbage } from './line-start-garbage.js';
import { applyRule } from '../../../test/clean-ocr/run-rule.js';

describe('ocr-line-start-garbage', () => {
  const cases: [string, string, string][] = [
    ['junk and a stray letter (fixture 000 line 204)', 'в Поднебесной с мировой\n/огеографией поставок.', 'в Поднебесной с мировой\nгеографией поставок.'],
    ['made up: a bar glued to a known word', 'текст\n|совместно с партнерами', 'текст\nсовместно с партнерами'],
    ['negative: a path', 'каталог\n/usr/local/bin', 'каталог\n/usr/local/bin'],
    ['negative: junk before an unknown word is left (no evidence)', 'строка\n/ыыыыы текст', 'строка\n/ыыыыы текст'],
    ['negative: a slash inside a line', 'км/ч и т/год', 'км/ч и т/год'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(applyRule(ocrLineStartGarbage, input).text).toBe(expected);
  });
});

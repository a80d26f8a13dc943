import { describe, expect, it } from 'vitest';
import { ocrStrayGlyphLine } from './stray-glyph-line.js';
import { applyRule } from '../../../test/clean-ocr/run-rule.js';

describe('ocr-stray-glyph-line', () => {
  const cases: [string, string, string][] = [
    ['a letter and a dash (fixture 000 line 443)', 'перевооружению.\nО -\n\nВозвращаясь', 'перевооружению.\n\nВозвращаясь'],
    ['a letter and an apostrophe (fixture 000 line 504)', 'взаимовыгодное\nЛ \'\n\nсотрудничество', 'взаимовыгодное\n\nсотрудничество'],
    ['made up: a lone bar', 'текст\n|\nтекст', 'текст\nтекст'],
    ['negative: a section break', 'текст\n* * *\nтекст', 'текст\n* * *\nтекст'],
    ['negative: a Markdown rule', 'текст\n\n---\n\nтекст', 'текст\n\n---\n\nтекст'],
    ['negative: a Roman heading and a lone letter', 'I.\nА\nтекст', 'I.\nА\nтекст'],
    ['negative: a dash line of prose', '— Да, — сказал он.', '— Да, — сказал он.'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(applyRule(ocrStrayGlyphLine, input).text).toBe(expected);
  });
});

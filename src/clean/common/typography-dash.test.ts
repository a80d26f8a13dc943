import { describe, expect, it } from 'vitest';
import { typographyDash } from './typography-dash.js';
import { applyRule } from '../../../test/clean-ocr/run-rule.js';

describe('typography-dash', () => {
  const cases: [string, string, string][] = [
    ['OCR hyphen and two spaces (fixture 000 line 29)', 'задействованы 140 организаций -  59 белорусских', 'задействованы 140 организаций — 59 белорусских'],
    ['a GOST separator (fixture 000 notes)', '[Электронный ресурс]. -  2024. -  URL: https://belta.by/a-b -c/', '[Электронный ресурс]. — 2024. — URL: https://belta.by/a-b -c/'],
    ['an en dash between words (fixture 003)', 'китайскую делегацию – развитие', 'китайскую делегацию — развитие'],
    ['negative: ranges and compounds', '2024-2026 годы, 2024 - 2026 годы, научно-технических, В-третьих', '2024-2026 годы, 2024 - 2026 годы, научно-технических, В-третьих'],
    ['negative: a list item hyphen at a line start', '- развитие проектов', '- развитие проектов'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(applyRule(typographyDash, input).text).toBe(expected);
  });

  it('is off with typography: false and for English by default', () => {
    expect(applyRule(typographyDash, 'Это -  текст', { typography: false }).changes).toEqual([]);
    expect(applyRule(typographyDash, 'This -  text', { lang: 'en' }).changes).toEqual([]);
  });
});

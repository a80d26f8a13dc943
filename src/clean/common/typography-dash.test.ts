import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spacedDashes, typographyDash } from './typography-dash.js';
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

describe('spacedDashes (the scan that replaced a look-behind pattern)', () => {
  // The pattern the scan implements; a leading look-behind is linear in V8 but slow.
  const PATTERN = /(?<=\S)[ \t]+[-–](?=[ \t]+\S)|(?<=\S)[ \t]+[-–][ \t\r]*$/gm;
  const byPattern = (t: string) => [...t.matchAll(PATTERN)].map((m) => [m.index, m[0]]);
  const byScan = (t: string) => [...spacedDashes(t)].map((m) => [m.index, m[0]]);

  it.each([
    'a - - b',
    'a -\r\nb',
    'a - \rX',
    'a -  \t',
    '\t - x',
    ' - x',
    'x –\u2028y',
    'x -\n - y',
    'x - \r \r\ny',
  ])('finds what the pattern finds in %j', (t) => {
    expect(byScan(t)).toEqual(byPattern(t));
  });

  it('finds what the pattern finds in random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'я', ' ', '\t', '-', '–', '\r', '\n', '\u2028', '1', '.'), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        expect(byScan(t)).toEqual(byPattern(t));
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { typographySpaces } from './typography-spaces.js';
import { applyRule } from '../../../test/clean-ocr/run-rule.js';

describe('typography-spaces', () => {
  const cases: [string, string, string][] = [
    ['double spaces inside a line (fixture 000 line 29)', 'организаций -  59  белорусских', 'организаций - 59 белорусских'],
    ['negative: indentation (Markdown code) is kept', '    код  блока', '    код блока'],
    ['negative: single spaces', 'один два три', 'один два три'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(applyRule(typographySpaces, input).text).toBe(expected);
  });
});

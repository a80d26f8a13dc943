import { describe, expect, it } from 'vitest';
import { urlStrayPunctuation } from './url-stray-punctuation.js';
import { applyRule, pairs } from '../../../test/clean-ocr/run-rule.js';

describe('url-stray-punctuation', () => {
  const cases: [string, string, [string, string][]][] = [
    ['a comma after a slug hyphen (fixture 000 note 93)', 'URL: https://belta.by/society/view/belarus-i-kitai-utverdili-20-,sovmestnyh-656073-2024/', [[',', '']]],
    ['made up: a semicolon after a slash', 'https://a.by/news/;view/x', [[';', '']]],
    ['negative: a comma in a query', 'https://a.by/search?q=1,2&x=3', []],
    ['negative: a comma after a URL (sentence punctuation)', 'см. https://a.by/x-1-2024/, а также', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pairs(applyRule(urlStrayPunctuation, input).changes)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { urlDomainOcr } from './url-domain-ocr.js';
import { applyRule, pairs } from '../../../test/clean-ocr/run-rule.js';

describe('url-domain-ocr', () => {
  const cases: [string, string, [string, string][]][] = [
    ['y→v in the TLD and a section (fixture 000 note 84)', 'URL: https://belta.bv/societv/view/stanki-671355-2024/', [['bv', 'by'], ['societv', 'society']]],
    [
      'rn→m in a host label, evidence from another URL of the document (fixture 000 notes 91, 96)',
      'URL: http://pda.government.gov.bv/ru/content/10994 и http://www.govemment.bv/ru/content/10993',
      [['bv', 'by'], ['govemment', 'government'], ['bv', 'by']],
    ],
    ['negative: a correct BelTA URL', 'https://belta.by/society/view/filial-nan-belarusi-656108-2024/', []],
    ['negative: other domains and words', 'https://example.com/view/news and https://www.gov.uk/government/', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pairs(applyRule(urlDomainOcr, input).changes)).toEqual(expected);
  });
});

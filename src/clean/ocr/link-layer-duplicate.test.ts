import { describe, expect, it } from 'vitest';
import { ocrLinkLayerDuplicate } from './link-layer-duplicate.js';
import { applyRule, pairs } from '../../../test/clean-ocr/run-rule.js';

// fixture 000, lines 226–238: note 87's URL on its own line (kept), the page number, then
// the link layer's copies of two URLs (deleted).
const REAL = [
  '87 МТЗ закупит более 30 единиц оборудования из Китая [Электронный ресурс]. -  2024. -  URL: ',
  'https://belta.bv/economics/view/mtz-zakupit-bolee-30-edinits-oborudovaniia-iz-kitaia-662946-2024/',
  '88 Наумович: белорусские предприятия [Электронный ресурс]. -  2024. -  URL: https://belta.bv/economics/view/naumovich- ',
  'belorusskie-predpriiatiia-665797-2024/',
  '',
  '52',
  '',
  'https://belta.bv/economics/view/mtz-zakupit-bolee-30-edinits-oborudovaniia-iz-kitaia-662946-2024/',
  'https://belta.bv/economics/view/naumovich-',
  '',
  'ходимости цельнометаллокордных',
].join('\n');

describe('ocr-link-layer-duplicate', () => {
  const cases: { name: string; input: string; changes: [string, string][] }[] = [
    {
      name: 'URL copies after the page number go, the note URL line stays (fixture 000)',
      input: REAL,
      changes: [
        ['https://belta.bv/economics/view/mtz-zakupit-bolee-30-edinits-oborudovaniia-iz-kitaia-662946-2024/\n', ''],
        ['https://belta.bv/economics/view/naumovich-\n', ''],
      ],
    },
    { name: 'negative: a URL alone on a line, seen once, stays', input: 'Подробнее:\n\nhttps://belta.by/society/view/x-1-2024/\n\nДалее текст.', changes: [] },
    { name: 'negative: the first copy stays even when standalone', input: 'https://a.by/x\n\nтекст https://a.by/x', changes: [] },
  ];
  it.each(cases)('$name', ({ input, changes }) => {
    expect(pairs(applyRule(ocrLinkLayerDuplicate, input).changes)).toEqual(changes);
  });
});

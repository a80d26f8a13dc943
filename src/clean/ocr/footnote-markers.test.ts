import { describe, expect, it } from 'vitest';
import { ocrFootnoteBlocks } from './footnote-blocks.js';
import { ocrFootnoteMarkers } from './footnote-markers.js';
import { runSome } from '../../../test/clean-ocr/run-rule.js';

const NOTES = '\n\n82 Беларусь и Китай подписали меморандум [Электронный ресурс]. -  2024. -  URL: https://belta.by/a-656109-2024/\n' +
  '84 Станки, целлюлоза, автомобиль [Электронный ресурс]. -  2024. -  URL: https://belta.by/b-671355-2024/\n' +
  '6 Запись [Электронный ресурс]. -  2024. -  URL: https://belta.by/c-1-2024/\n';

describe('ocr-footnote-markers', () => {
  const cases: { name: string; body: string; expected: string; ids: string[] }[] = [
    { name: 'after a closing quote and before a period (fixture 000)', body: 'подготовки кадров в области ИКТ»82. Планируется также', expected: 'подготовки кадров в области ИКТ»[^82]. Планируется также', ids: ['82'] },
    { name: 'after a curly closing quote and a guillemet (fixture 000)', body: 'до “Красного борца” в Орше»84. Также принятые', expected: 'до “Красного борца” в Орше»[^84]. Также принятые', ids: ['84'] },
    { name: 'made up: glued to a word before a comma', body: 'по данным министерства84, объем вырос', expected: 'по данным министерства[^84], объем вырос', ids: ['84'] },
    { name: 'negative: a number that is no note id', body: 'в области ИКТ»12. Планируется', expected: 'в области ИКТ»12. Планируется', ids: [] },
    { name: 'negative: 5G/6G with a note 6 present', body: 'применения технологий 5G/6G. С белорусской', expected: 'применения технологий 5G/6G. С белорусской', ids: [] },
    { name: 'negative: a year range and a spaced number', body: 'объявить 2024-2025 годы, задействованы 82 организации', expected: 'объявить 2024-2025 годы, задействованы 82 организации', ids: [] },
  ];
  it.each(cases)('$name', ({ body, expected, ids }) => {
    const input = body + NOTES;
    const run = runSome([ocrFootnoteBlocks, ocrFootnoteMarkers], input);
    expect(run.body.text.trimEnd()).toBe(expected);
    expect(run.markers.map((m) => m.id)).toEqual(ids);
    for (const m of run.markers) expect(input.slice(m.start, m.end)).toBe(m.id);
  });

  it('warns about a note no marker links to', () => {
    const run = runSome([ocrFootnoteBlocks, ocrFootnoteMarkers], 'текст без ссылок' + NOTES);
    expect(run.diagnostics.map((d) => d.message).join('\n')).toMatch(/note 82 has no marker/);
  });
});

import { describe, expect, it } from 'vitest';
import { ocrMixedScript } from './mixed-script.js';
import { applyRule, pairs } from '../../../test/clean-ocr/run-rule.js';

describe('ocr-mixed-script', () => {
  const cases: [string, string, [string, string][]][] = [
    ['page abbreviation in a Russian reference (fixture 000 line 521)', 'LAP LAMBERT Academic Publishing, 2024. - \nC. 43.', [['C', 'С']]],
    ['Cyrillic п inside a Latin URL slug (fixture 000 line 292)', 'https://belta.by/x/s-h»tu-ukrcпliact-пartncrstvo-s-komпaniiami-627709-2024/', [['ukrcпliact', 'ukrcpliact'], ['пartncrstvo', 'partncrstvo'], ['komпaniiami', 'kompaniiami']]],
    ['Cyrillic letters in a slug read as transliteration (fixture 001, B9)', 'https://www.belta.by/society/view/belarus-i-kitaj-vyshli-na-bespretседentno-vysokij-1-2018/', [['bespretседentno', 'bespretsedentno']]],
    ['made up: Latin o inside a Russian word', 'крупные кoмпании Китая', [['кoмпании', 'компании']]],
    ['made up: a Latin preposition between Russian words', 'встреча c партнерами', [['c', 'с']]],
    ['made up: a capital at a sentence start', 'Работа идет. C белорусской стороны участвуют', [['C', 'С']]],
    ['negative: Latin names in Russian text (fixture 000)', 'корпорациями Huawei Technologies, ZTE и PhotonSpeak, технологий 5G/6G', []],
    ['negative: vitamin C and Plan B', 'витамин C и план B в тексте', []],
    ['negative: an English reference', 'Academic Publishing, 2024. P. 43. See C. Smith.', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pairs(applyRule(ocrMixedScript, input).changes)).toEqual(expected);
  });

  it('negative: no lone-letter change in an English text', () => {
    expect(applyRule(ocrMixedScript, 'a c o y text', { lang: 'en' }).changes).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ocrNoteJoinLines } from './note-join-lines.js';
import { applyRule } from '../../../test/clean-ocr/run-rule.js';

describe('ocr-note-join-lines', () => {
  const cases: [string, string, string][] = [
    ['fixture 000 note 86 (its URL already joined)', 'МТЗ заинтересован в создании совместных производств в Китае [Электронный ресурс]. -  2024. -\nURL: https://belta.by/x-662915-2024/', 'МТЗ заинтересован в создании совместных производств в Китае [Электронный ресурс]. -  2024. - URL: https://belta.by/x-662915-2024/'],
    ['fixture 000 note 84: trailing spaces on wrapped lines', 'Станки, целлюлоза, автомобиль. Какие знаковые проекты реализуют Беларусь и Китай \n[Электронный ресурс]. ', 'Станки, целлюлоза, автомобиль. Какие знаковые проекты реализуют Беларусь и Китай [Электронный ресурс].'],
    ['negative: one line', 'Залесский, Б. Динамика. — С. 43.', 'Залесский, Б. Динамика. — С. 43.'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(applyRule(ocrNoteJoinLines, input).text).toBe(expected);
  });
});

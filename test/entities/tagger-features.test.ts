import { describe, expect, it } from 'vitest';
import { localFeatures, neighbourFeatures, tokenContext } from '../../src/entities/tagger/features.js';
import { nerTokens } from '../../src/entities/tagger/tokens.js';

// Word classes the tagger sees for a word and as a neighbour: `org` for words that introduce an
// organisation's name, `per` for titles. Words from FactRuEval sentences (training part).
const CASES: [sentence: string, word: string, cls: string][] = [
  ['Как сообщает газета «Ведомости», фонд продолжает скупать акции.', 'газета', 'org'],
  ['капитан клуба Тоттенхэм Хотспур Ледли Кинг', 'клуба', 'org'],
  ['Об этом заявил министр финансов Новой Зеландии Майкл Каллен.', 'министр', 'per'],
  ['Представитель Министерства сельского хозяйства Германии сообщил', 'Министерства', 'org'],
  ['Президент ФИФА Зепп Блаттер заявил в Цюрихе', 'Президент', 'per'],
  ['сотрудники Росприроднадзора и Рыбохраны накануне провели проверку', 'накануне', ''],
  ['Большой театр превратится в балаган?', 'превратится', ''],
];

describe('tagger word classes', () => {
  it.each(CASES)('%s: %s', (sentence, word, cls) => {
    const tokens = nerTokens(sentence);
    const ctx = tokenContext(tokens, 'ru', []);
    const i = tokens.findIndex((t) => t.text === word);
    expect(i).toBeGreaterThanOrEqual(0);
    const x = ctx.info[i]!;
    expect(x.cls).toBe(cls);
    const local = localFeatures(x);
    const near = neighbourFeatures(x, '-1', '<s>');
    if (cls) {
      expect(local).toContain(`cls=${cls}`);
      expect(near).toContain(`-1cls=${cls}`);
    } else {
      expect(local.some((f) => f.startsWith('cls='))).toBe(false);
    }
  });
});

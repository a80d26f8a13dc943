import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ocrJoinLines } from './join-lines.js';
import { applyRule } from '../../../test/clean-ocr/run-rule.js';

const fixture = readFileSync(new URL('../../../fixtures/000_1141d4d96c08d6f0.txt', import.meta.url), 'utf8').split('\n');
const lines = (from: number, to: number): string => fixture.slice(from - 1, to).join('\n');

describe('ocr-join-lines', () => {
  it('rebuilds the heading and the first paragraphs (fixture 000, lines 1–33)', () => {
    const out = applyRule(ocrJoinLines, lines(1, 33)).text;
    const paras = out.split('\n\n');
    expect(paras[0]).toBe('Сотрудничество в области науки, технологий и инноваций выходит на новый уровень');
    expect(paras[1]).toMatch(/^В августе 2024 года .* Годами сотрудничества Беларуси и Китая .* дополнительным стимулом для инновационного развития\.$/);
    expect(paras[2]!.trimEnd()).toMatch(/^Данный план содержит 89 мероприятий, .* китайских\. Это - ведущие научные центры .* крупные технологические корпорации\. В$/);
    expect(out).not.toMatch(/ \n\n|\n\n /);
  });

  it('joins an indented continuation line (fixture 000, lines 57–61)', () => {
    const text = lines(57, 64);
    expect(applyRule(ocrJoinLines, text).text).toContain('«предусматривается содействие сотрудничеству в цифровой');
  });

  it('closes a paragraph after the last line of a paragraph, which has no trailing space (fixture 000, lines 114–137)', () => {
    const out = applyRule(ocrJoinLines, lines(114, 137)).text;
    expect(out).toContain('промышленности страны.\n\nВ целом «в активной');
    expect(out).toContain('на сумму до трех миллиардов долларов»85. К числу');
  });

  // Made up, wrapped at ~60 characters and double-spaced like fixture 000.
  const wrap = (...ls: string[]): string => ls.join(' \n\n');
  const cases: [string, string, string][] = [
    [
      'a soft hyphen at a line end goes (only the joined word is a word)',
      wrap('Министерство опубликовало сегодня важную для всех инфор-', 'мацию о ходе работ по строительству нового завода в городе', 'и о сроках запуска первой очереди производства на нем. Работы', 'идут по графику.'),
      'Министерство опубликовало сегодня важную для всех информацию о ходе работ по строительству нового завода в городе и о сроках запуска первой очереди производства на нем. Работы идут по графику.',
    ],
    [
      'a compound keeps its hyphen',
      wrap('Стороны подписали соглашение и проведут совместный научно-', 'технический совет по вопросам развития новых производств', 'и подготовки кадров для предприятий обеих стран в 2025 году', 'и позже.'),
      'Стороны подписали соглашение и проведут совместный научно-технический совет по вопросам развития новых производств и подготовки кадров для предприятий обеих стран в 2025 году и позже.',
    ],
    [
      'a spaced dash at a line end is not a hyphen (fixture 000 line 29)',
      wrap('задействованы 140 организаций -  59 белорусских и 81 китайских. Это -', 'ведущие научные центры двух стран, отраслевые ведомства и их', 'подведомственные организации, крупные технологические корпорации', 'страны.'),
      'задействованы 140 организаций -  59 белорусских и 81 китайских. Это - ведущие научные центры двух стран, отраслевые ведомства и их подведомственные организации, крупные технологические корпорации страны.',
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(applyRule(ocrJoinLines, input).text.trimEnd()).toBe(expected);
  });

  const negatives: [string, string][] = [
    ['paragraphs already on one line each', 'Первый абзац текста, который уже собран в одну длинную строку и заканчивается точкой, как положено в нормальном тексте без переносов строк и без двойных интервалов между ними.\n\nВторой абзац тоже длинный и тоже заканчивается точкой, так что склеивать здесь нечего и правило ничего не должно менять в этом тексте вообще никак.\n\nТретий абзац.\n\nЧетвертый абзац, короткий.'],
    ['a list of short lines (site chrome)', 'Главная\nНовости\nСтатьи\nКонтакты\nПоиск\nВойти'],
  ];
  it.each(negatives)('negative: %s', (_name, input) => {
    expect(applyRule(ocrJoinLines, input).changes).toEqual([]);
  });
});

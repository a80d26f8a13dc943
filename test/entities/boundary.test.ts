import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notAfterLetterOrDigit, wordStartMatcher, type DroppedLookBehind } from '../../src/entities/boundary.js';
import { EN_DATE, RU_DATE } from '../../src/entities/dates.js';
import { EN_MONEY, EN_PERCENT, EN_QTY, RU_MONEY, RU_PERCENT, RU_QTY } from '../../src/entities/amounts.js';
import { INITIALS_AFTER, INITIALS_BEFORE, LEGAL, REPORTED } from '../../src/entities/rules-ru.js';

// The patterns used to begin with these look-behinds; the scan checks them by hand.
const LB = '(?<![\\p{L}\\p{Nd}])';
const LOOK_BEHIND: Record<DroppedLookBehind, string> = { 'letter-digit': LB, letter: '(?<![\\p{L}])', 'letter-dot': '(?<![\\p{L}.])' };
const PATTERNS: Record<string, [RegExp, DroppedLookBehind]> = {
  RU_DATE: [RU_DATE, 'letter-digit'],
  EN_DATE: [EN_DATE, 'letter-digit'],
  RU_MONEY: [RU_MONEY, 'letter-digit'],
  EN_MONEY: [EN_MONEY, 'letter-digit'],
  RU_PERCENT: [RU_PERCENT, 'letter-digit'],
  EN_PERCENT: [EN_PERCENT, 'letter-digit'],
  RU_QTY: [RU_QTY, 'letter-digit'],
  EN_QTY: [EN_QTY, 'letter-digit'],
  INITIALS_BEFORE: [INITIALS_BEFORE, 'letter-dot'],
  INITIALS_AFTER: [INITIALS_AFTER, 'letter'],
  LEGAL: [LEGAL, 'letter'],
  REPORTED: [REPORTED, 'letter'],
};
const oldForm = ([re, dropped]: [RegExp, DroppedLookBehind]): RegExp => new RegExp(LOOK_BEHIND[dropped] + re.source, re.flags);

const withLookBehind = (p: [RegExp, DroppedLookBehind], text: string): string[][] =>
  [...text.matchAll(oldForm(p))].map((m) => [String(m.index), ...m.map((g) => g ?? '<none>')]);
const byScan = ([re, dropped]: [RegExp, DroppedLookBehind], text: string): string[][] =>
  wordStartMatcher(re, dropped)(text).map((m) => [String(m.index), ...m.map((g) => g ?? '<none>')]);

const root = join(import.meta.dirname, '..', '..');
const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));

// Pieces of dates and amounts, glued to letters, digits and other characters in random order.
const PIECES = [
  'в', 'во', 'с', 'по', 'до', 'от', 'на', 'за', 'около', 'более', 'почти', 'свыше', 'from', 'to', 'about', 'over', 'the', 'early', 'mid', '-',
  '2024', '1999', '2018-2019', '15', '3', '1,5', '1 500', '1,500', '27.5', '10', '12.05.2021', '2021-05-12', "'90", '1990s', '2000-х',
  'года', 'году', 'г.', 'гг.', 'лет', 'месяцев', 'дней', 'назад', 'years', 'days', 'ago', 'мая', 'августе', 'март', 'May', 'august', 'Sept.',
  'млн', 'млрд.', 'тыс.', 'million', 'bn', 'm', 'k', 'рублей', 'долларов США', 'евро', 'USD', 'EUR', '$', '€', '₽', 'US$', 'Br', 'dollars', 'yuan',
  '%', 'процентов', 'percent', 'per cent', 'п. п.', 'тонн', 'км', 'га', 'tons', 'km', 'people', 'человек',
  'пять', 'двух', 'several', 'three', 'сегодня', 'вчера', 'today', 'last year', 'прошлом году', 'весной', 'Monday', 'понедельник',
  ' ', ' ', '\n', ', ', '.', '—', '–', 'a', 'Б', 'z', 'ё', '7', '٣', '\u0345', '\u0301', '\u{1D400}', '\u{1D7CE}', '\ud800', '«', '"', ')',
  '\t', '\u00a0', '\u2028', '\ufeff', '\u3000', "'", '’', '\ud83d\ude00', '\udc00',
  'А.', 'Б.', 'В. ', 'Иванов', 'Петрова-Водкина', 'ОАО', 'банка', 'Газета', '«Белтелеком»', '«', '»', 'сообщает', 'Интерфакс', 'по данным',
];

describe('hand-checked look-behind = the look-behind in the pattern', () => {
  it('the character test agrees with the look-behind for every BMP character and some astral ones', () => {
    const chars = [...Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)), '\u{1D400}', '\u{1D7CE}', '\u{10400}', '\u{1F600}'];
    for (const ignoreCase of [false, true]) {
      const re = new RegExp(`${LB}x`, ignoreCase ? 'iuy' : 'uy');
      for (const ch of chars) {
        const text = `${ch}x`;
        re.lastIndex = ch.length;
        expect(notAfterLetterOrDigit(text, ch.length, ignoreCase), `U+${ch.codePointAt(0)!.toString(16)} i=${ignoreCase}`).toBe(re.test(text));
      }
    }
  });

  it('every BMP code unit before, at and after a match', () => {
    const matchers = Object.values(PATTERNS).map((p) => [p[0], oldForm(p), wordStartMatcher(p[0], p[1])] as const);
    // Four code units per text, each in every slot once over the four rotations.
    for (let c = 0; c < 0x10000; c += 4) {
      const [a, b, d, e] = [c, c + 1, c + 2, c + 3].map((x) => String.fromCharCode(x)) as [string, string, string, string];
      const text =
        `${a}2024 году${b}5 мая ${d}May 5, 2020${e}$5 ${a}10%${b}3 km ${d}5 тонн${e}${b}2024 году${d}5 мая ${e}May 5, 2020${a}$5 ${d}10%${e}3 km ${a}5 тонн${b}` +
        `${a}А. Иванов ${b}Петров А.${d}ОАО «Нафтан»${e}сообщает «ТАСС»${b}А.Б. Сидоров${d}Козлов В.${e}банк «Альфа»${a}пишет «Время»`;
      for (const [, old, scan] of matchers) {
        const want = [...text.matchAll(old)].map((m) => `${m.index}:${m[0]}`).join('|');
        const got = scan(text).map((m) => `${m.index}:${m[0]}`).join('|');
        if (got !== want) expect(`U+${c.toString(16)}.. ${got}`).toBe(`U+${c.toString(16)}.. ${want}`);
      }
    }
  });

  it.each(Object.keys(PATTERNS))('%s on the fixtures', (name) => {
    const p = PATTERNS[name]!;
    for (const text of fixtures) expect(byScan(p, text)).toEqual(withLookBehind(p, text));
  });

  it.each(Object.keys(PATTERNS))('%s on random texts', (name) => {
    const p = PATTERNS[name]!;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 30 }), (parts, gaps) => {
        const text = parts.map((piece, i) => piece + (gaps[i] ?? ' ')).join('');
        expect(byScan(p, text)).toEqual(withLookBehind(p, text));
      }),
      { numRuns: 1500 },
    );
  });

  it('stays linear where the bare pattern is polynomial (a long run of letters repeating a report word)', () => {
    for (const input of ['скорреспондентл'.repeat(20_000), `${'корреспондент'.repeat(10_000)} x`]) {
      const t0 = performance.now();
      wordStartMatcher(REPORTED, 'letter')(input);
      expect(performance.now() - t0).toBeLessThan(2_000); // ~11 ms here; the bare pattern takes ~55 s
    }
  });
});


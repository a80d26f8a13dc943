import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { annotateEntities } from '../../src/entities/annotate.js';
import { findDates } from '../../src/entities/dates.js';
import { findMoney, findPercents, findQuantities, parseNumber } from '../../src/entities/amounts.js';

const RU = readFileSync('fixtures/000_1141d4d96c08d6f0.txt', 'utf8');
const EN = readFileSync('fixtures/001_65d5a4cb3953e82a.txt', 'utf8');
const EN_NEWS = readFileSync('fixtures/004_5069994c9aedaf13.txt', 'utf8');

/** A real stretch of a fixture around `needle` (as it stands, line breaks included). */
function around(text: string, needle: string, radius = 120): string {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in fixture: ${needle}`);
  return text.slice(Math.max(0, i - radius), i + needle.length + radius);
}

describe('money on real lines', () => {
  const cases: [string, 'ru' | 'en', string, string, string][] = [
    ['fixture 000', 'ru', around(RU, '840 миллионов'), '840 миллионов \n\nбелорусских рублей', '840000000 BYN'],
    ['fixture 000', 'ru', around(RU, 'на $3 млрд'), '$3 млрд', '3000000000 USD'],
    ['fixture 000', 'ru', around(RU, 'инвестиций в $1,5 млрд'), '$1,5 млрд', '1500000000 USD'],
    ['fixture 001', 'en', around(EN, 'at least \\$20 million'), '$20 million', '20000000 USD'],
    ['fixture 004', 'en', around(EN_NEWS, 'almost 14 billion USD'), 'almost 14 billion USD', '14000000000 USD'],
    ['fixture 001', 'en', around(EN, 'over \\$800 thousand'), '$800 thousand', '800000 USD'],
    ['issue', 'ru', 'привлечь более 45 тысяч рублей', 'более 45 тысяч рублей', '45000 RUB'],
    ['issue', 'ru', 'на сумму 100 млн гонконгских долларов', '100 млн гонконгских долларов', '100000000 HKD'],
    ['issue', 'en', 'a loan of 840 million Belarusian rubles', '840 million Belarusian rubles', '840000000 BYN'],
  ];
  it.each(cases)('%s (%s): %j', (_, lang, text, span, normalized) => {
    const found = findMoney(text, lang);
    const hit = found.find((e) => e.text === span);
    expect(hit, JSON.stringify(found.map((e) => e.text))).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe(span);
    expect(hit!.normalized).toBe(normalized);
  });

  it('does not take adjectives or plain counts for money', () => {
    const text = around(RU, '140 организаций');
    expect(findMoney(text, 'ru')).toEqual([]);
    expect(findMoney('в нескольких европейских странах', 'ru')).toEqual([]);
  });
});

describe('percent and quantity', () => {
  it.each([
    ['fixture 004', 'en', around(EN_NEWS, 'increased by 30%'), '30%', '30'],
    ['fixture 004', 'en', around(EN_NEWS, 'which is 20% higher'), '20%', '20'],
    ['ru', 'ru', 'экспорт вырос более чем на 40 % за год', 'более чем на 40 %', '40'],
    ['ru', 'ru', 'доля составила 12,5 процента', '12,5 процента', '12.5'],
  ] as const)('%s: %j', (_, lang, text, span, normalized) => {
    const hit = findPercents(text, lang).find((e) => e.text === span);
    expect(hit).toBeDefined();
    expect(hit!.normalized).toBe(normalized);
  });

  it.each([
    ['ru', 'поставлено 10 тыс. тонн молока', '10 тыс. тонн', '10000 тонн'],
    ['en', 'shipped 10,000 tons of milk', '10,000 tons', '10000 tons'],
  ] as const)('%s quantity %j', (lang, text, span, normalized) => {
    const hit = findQuantities(text, lang).find((e) => e.text === span);
    expect(hit?.normalized).toBe(normalized);
  });

  it.each([
    ['1 500', 'ru', 1500],
    ['1,5', 'ru', 1.5],
    ['27.5', 'ru', 27.5],
    ['1,500', 'en', 1500],
    ['пять', 'ru', 5],
  ] as const)('parses %j (%s)', (raw, lang, value) => {
    expect(parseNumber(raw, lang)).toBe(value);
  });
});

describe('dates', () => {
  const ru: [string, string, string | undefined, string?][] = [
    [around(RU, 'В августе 2024 года во время'), 'В августе 2024 года', '2024-08'],
    [around(RU, '2024-2025 годы'), '2024-2025 годы', '2024/2025', 'range'],
    [around(RU, 'в марте 2023 года Беларусь'), 'в марте 2023 года', '2023-03'],
    ['акция пройдёт с 16 апреля по 19 мая 2019 года', 'с 16 апреля по 19 мая 2019 года', '2019-04-16/2019-05-19', 'range'],
    ['Встреча состоялась 27-28 сентября 2014 года в Минске', '27-28 сентября 2014 года', '2014-09-27/2014-09-28', 'range'],
    ['В воскресенье, 11 июня 2017 года, прошёл форум', 'В воскресенье, 11 июня 2017 года', '2017-06-11'],
    ['соглашение подписано 12.03.2011 г. в Пекине', '12.03.2011 г.', '2011-03-12'],
    ['В начале 2000-х годов связи окрепли', 'В начале 2000-х годов', '200X', 'decade'],
    ['Он руководил заводом в течение десятилетий', 'в течение десятилетий', undefined, 'duration'],
    ['Это случилось несколько дней назад', 'несколько дней назад', undefined, 'relative'],
  ];
  it.each(ru)('ru %#: %j', (text, span, normalized, subtype) => {
    const hit = findDates(text, 'ru').find((e) => e.text === span);
    expect(hit, JSON.stringify(findDates(text, 'ru').map((e) => e.text))).toBeDefined();
    expect(hit!.normalized).toBe(normalized);
    if (subtype) expect(hit!.subtype).toBe(subtype);
  });

  it('resolves relative dates against the document date', () => {
    const text = 'Планируется, что в июле текущего года, а также в прошлом году';
    const found = findDates(text, 'ru', '2025-03-01');
    expect(found.map((e) => [e.text, e.normalized])).toEqual([
      ['в июле текущего года', '2025-07'],
      ['в прошлом году', '2024'],
    ]);
    expect(findDates(text, 'ru').find((e) => e.text === 'в июле текущего года')!.normalized).toBeUndefined();
  });

  it('an age is not a date', () => {
    expect(findDates('Он умер в возрасте 64 лет в Москве', 'ru').map((e) => e.text)).toEqual([]);
  });

  const en: [string, string, string | undefined][] = [
    [around(EN, 'In November 2018, the third meeting'), 'November 2018', '2018-11'],
    [around(EN, 'In May 2015, President Xi Jinping'), 'May 2015', '2015-05'],
    ['signed on 15 May 2019 and on May 16, 2020', '15 May 2019', '2019-05-15'],
    ['signed on 15 May 2019 and on May 16, 2020', 'May 16, 2020', '2020-05-16'],
    ['during the 1990s', 'the 1990s', '199X'],
  ];
  it.each(en)('en %#: %j', (text, span, normalized) => {
    const hit = findDates(text, 'en').find((e) => e.text === span);
    expect(hit, JSON.stringify(findDates(text, 'en').map((e) => e.text))).toBeDefined();
    expect(hit!.normalized).toBe(normalized);
  });

  it('an ISBN is not a year', () => {
    expect(findDates(around(EN, '978-620-0-78203-8', 10), 'en')).toEqual([]);
  });
});

describe('offsets are into the given text', () => {
  it('every entity text equals its slice, on a whole fixture', () => {
    for (const [text, lang] of [[RU, 'ru'], [EN.slice(0, 30_000), 'en']] as const) {
      const { entities } = annotateEntities(text, { lang });
      expect(entities.length).toBeGreaterThan(20);
      for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

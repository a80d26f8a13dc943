import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractAnchors, type Anchor } from '../../src/align/anchors.js';
import { findNumbers } from '../../src/align/numbers.js';
import { cyrillicSkeletons, latinSkeletons, palladiusToPinyin } from '../../src/align/skeleton.js';

const shared = (ru: string, en: string): Anchor[] => {
  const enKeys = new Set(extractAnchors(en, 'en').map((a) => a.key));
  return extractAnchors(ru, 'ru').filter((a) => enKeys.has(a.key));
};
const sharedKeys = (ru: string, en: string): string[] => [...new Set(shared(ru, en).map((a) => a.key))];

describe('numbers normalised across conventions', () => {
  it.each([
    ['1 500,5', '1,500.5', 'n:1500.5'],
    ['$1,5 млрд', '$1.5 billion', 'n:1500000000'],
    ['2,3 млн человек', '2.3 million people', 'n:2300000'],
    ['20 000 учеников', '20,000 pupils', 'n:20000'],
    ['около 12 тыс.', 'about 12 thousand', 'n:12000'],
    ['12 марта 2024 года', 'March 12, 2024', 'd:2024-03-12'],
    ['12 марта 2024 года', '12 March 2024', 'd:2024-03-12'],
    ['12.03.2024', 'March 12th, 2024', 'd:2024-03-12'],
  ])('%s ↔ %s share %s', (ru, en, key) => {
    expect(findNumbers(ru, 'ru').map((n) => n.key)).toContain(key);
    expect(findNumbers(en, 'en').map((n) => n.key)).toContain(key);
  });

  it('keeps different numbers apart and reports spans in the input', () => {
    const text = 'В 2019 и 2020 годах: 1,5%';
    const found = findNumbers(text, 'ru');
    expect(found.map((n) => n.key)).toEqual(['n:2019', 'n:2020', 'n:1.5']);
    for (const n of found) expect(text.slice(n.start, n.end)).toMatch(/^[\d ,.]+$/);
  });

  it('reads English thousands and decimals, not Russian ones', () => {
    expect(findNumbers('1,500', 'en').map((n) => n.key)).toEqual(['n:1500']);
    expect(findNumbers('1,5', 'ru').map((n) => n.key)).toEqual(['n:1.5']);
  });
});

describe('transliteration skeletons of names', () => {
  it.each([
    ['Лукашенко', 'Lukashenko'],
    ['Гомель', 'Gomel'],
    ['Гомеля', 'Gomel'],
    ['Пелоси', 'Pelosi'],
    ['Кавано', 'Kavanaugh'],
    ['Македонии', 'Macedonia'],
    ['Бристоля', 'Bristol'],
    ['Цзиньпин', 'Jinping'],
    ['Шэньси', 'Shaanxi'],
    ['Цяна', 'Qiang'],
  ])('%s ↔ %s', (ru, en) => {
    const r = cyrillicSkeletons(ru);
    const e = latinSkeletons(en);
    expect(r.some((k) => e.includes(k))).toBe(true);
  });

  it.each([
    ['Минск', 'Moscow'],
    ['Гомель', 'Grodno'],
    ['Пекин', 'Paris'],
  ])('%s and %s stay apart', (ru, en) => {
    const e = latinSkeletons(en);
    expect(cyrillicSkeletons(ru).some((k) => e.includes(k))).toBe(false);
  });

  it.each([
    ['цзиньпин', 'jinping'],
    ['шэньси', 'shenxi'],
    ['си', 'xi'],
    ['чжэцзян', 'zhejiang'],
    ['гуандун', 'guangdong'],
  ])('Palladius %s reads as pinyin %s', (cyr, pinyin) => {
    expect(palladiusToPinyin(cyr)).toBe(pinyin);
  });

  it('does not read ordinary Russian words as Palladius', () => {
    expect(palladiusToPinyin('президент')).toBeUndefined();
  });
});

describe('anchors shared by a sentence and its translation', () => {
  it('Xi Jinping through Palladius ↔ pinyin', () => {
    expect(sharedKeys('Председатель КНР Си Цзиньпин прибыл в Минск.', 'Chinese President Xi Jinping arrived in Minsk.')).toEqual(
      expect.arrayContaining(['s:JnpnG', 's:mnsk']),
    );
  });

  it.each([
    ['ШОС', 'SCO', 'x:sco'],
    ['ЕАЭС', 'EAEU', 'x:eaeu'],
    ['КНР', 'PRC', 'x:prc'],
    ['ООН', 'UN', 'x:un'],
  ])('acronym %s ↔ %s', (ru, en, key) => {
    expect(sharedKeys(`Саммит ${ru} прошёл успешно.`, `The ${en} summit went well.`)).toContain(key);
  });

  it.each([
    ['США', 'U.S.', 'x:usa'],
    ['Великобритании', 'U.K.', 'x:uk'],
    ['ООН', 'U.N.', 'x:un'],
  ])('dotted acronym: %s ↔ %s', (ru, en, key) => {
    expect(sharedKeys(`Позиция ${ru} не изменилась.`, `The ${en} position has not changed.`)).toContain(key);
  });

  it('capitals with periods that are not an acronym of the lexicon add nothing', () => {
    expect(extractAnchors('Signed by A.B. Smith and J.R.R. Tolkien.', 'en').filter((a) => a.kind === 'lexicon')).toEqual([]);
  });

  it('footnote markers, URLs and BelTA ids', () => {
    const keys = sharedKeys(
      'Источник: https://www.belta.by/economics/view/belarus-i-kitaj-656109-2024/ [12]',
      'Source: https://www.belta.by/economics/view/belarus-i-kitaj-656109-2024/¹²',
    );
    expect(keys).toEqual(expect.arrayContaining(['u:belta.by/economics/view/belarus-i-kitaj-656109-2024/', 'b:656109-2024', 'f:12']));
  });

  it('cognates and the glossary on a real NTREX pair', () => {
    // NTREX-128 (CC BY-SA 4.0, Microsoft), bbc.381694
    const ru = 'Трио хип-хопперов собирается бороться с негативным отношением к этому жанру, наполняя свою музыку позитивным содержанием.';
    const en = 'A hip hop trio wants to challenge the negative view of the genre by filling their music with positive messages.';
    const kinds = new Set(shared(ru, en).map((a) => a.kind));
    expect(kinds).toContain('cognate');
    expect(kinds).toContain('gloss');
  });

  it('a real line of fixture 000 shares PRC and Li Qiang with its English rendering', () => {
    const fixture = readFileSync(new URL('../../fixtures/000_1141d4d96c08d6f0.txt', import.meta.url), 'utf8');
    const line = fixture.split('\n').find((l) => l.includes('(КНР) Ли Цяна'))!;
    expect(sharedKeys(line, "Premier of the State Council of the People's Republic of China (PRC) Li Qiang")).toEqual(
      expect.arrayContaining(['x:prc', 's:knG', 'x:china']),
    );
  });

  it('month names and question marks', () => {
    expect(sharedKeys('Что случилось в марте?', 'What happened in March?')).toEqual(expect.arrayContaining(['m:3', 'p:?']));
  });
});

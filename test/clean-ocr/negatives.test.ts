import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { findUrls } from '../../src/clean/common/url-find.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const TYPO = new Set(['typography-dash', 'typography-quotes', 'typography-spaces', 'trailing-space']);

/**
 * Text that looks broken to an OCR cleaner but is right (ftfy-style negatives): the ocr
 * profile must leave it as it is (typography off), apart from trailing spaces.
 */
const LOOKS_BROKEN_BUT_IS_RIGHT: [string, string][] = [
  ['one-letter words at sentence starts', 'В августе было решено. С белорусской стороны участвуют. К числу наиболее важных относятся. А также. О том и речь. У нас есть. И все.'],
  ['initials and page abbreviations', 'А. С. Пушкин и Б. Залесский (с. 43; С. 12–15).'],
  ['grouped thousands and number lists', 'На сумму 1 000 000 рублей, 15 000 человек, пункты 1, 2, 3 и 5 9-этажных домов.'],
  ['ranges, compounds and a spaced dash in prose', 'В 2024-2026 годах научно-техническое сотрудничество — в том числе по-новому и в-третьих.'],
  ['Latin names, vitamin C, plan B, 5G/6G', 'Компании Huawei Technologies, ZTE и PhotonSpeak, витамин C и план B, сети 5G/6G, Lavrov и Ivanov.'],
  ['URLs in prose', 'Подробнее: https://belta.by/society/view/filial-nan-belarusi-sozdadut-v-kitae-656108-2024/, а также www.gov.by.'],
  ['an ellipsis, a cut and a glued bracket', 'Понятно, что… «реализация <...> наполнит» (см. выше).'],
  ['a number starting a sentence on its own line', 'Итоги года\n\n2024 год стал рекордным: 15 новых проектов.'],
  ['Markdown structure', '# Заголовок\n\n- пункт первый\n- пункт второй\n\n---\n\n* * *\n\nТекст.'],
  ['an adverb before an adjective across a line break', 'Уровень был достаточно\nвысокий для работы.'],
  ['a number list', '1. Первый этап.\n2. Второй этап.\n3. Третий этап.'],
];

describe('negatives: the ocr profile leaves right text alone', () => {
  it.each(LOOKS_BROKEN_BUT_IS_RIGHT)('%s', (_name, text) => {
    const r = clean(text, { profile: 'ocr', lang: 'ru', typography: false });
    expect(r.changes.filter((c) => c.rule !== 'trailing-space')).toEqual([]);
    expect(r.footnotes).toEqual([]);
  });

  it('clean Russian news prose (fixtures/002) gets only typography', () => {
    const text = fixture('002_b51bf4fae41c79d9.txt');
    const r = clean(text, { profile: 'ocr' });
    expect(r.changes.filter((c) => !TYPO.has(c.rule))).toEqual([]);
    expect(clean(text, { profile: 'ocr', typography: false }).changes.filter((c) => c.rule !== 'trailing-space')).toEqual([]);
  });

  it('the English book (fixtures/001) prose gets no change; only Cyrillic letters inside its URLs are repaired (B9)', () => {
    const text = fixture('001_65d5a4cb3953e82a.txt');
    const r = clean(text, { profile: 'ocr' });
    const urls = findUrls(text);
    const inUrl = (i: number): boolean => urls.some((u) => i >= u.start && i < u.end);
    const other = r.changes.filter((c) => c.rule !== 'trailing-space' && c.rule !== 'ocr-running-head' && !inUrl(c.start));
    expect(other).toEqual([]);
    // the publisher's watermark on every page (B4) goes as a running head, nothing else does
    expect(new Set(r.changes.filter((c) => c.rule === 'ocr-running-head').map((c) => c.before.trim()))).toEqual(new Set(['FOR AUTHOR USE ONLY']));
    expect(r.changes.filter((c) => c.rule === 'ocr-mixed-script').map((c) => c.after)).toEqual(['bespretsedentno', 'belorussko']);
  });

  it('the scraped pages (fixtures/003, 004) get no structural change but a title repeated 3× kept once', () => {
    for (const name of ['003_abd422b7a431f1ba.txt', '004_5069994c9aedaf13.txt']) {
      const text = fixture(name);
      const r = clean(text, { profile: 'ocr' });
      const heads = r.changes.filter((c) => c.rule === 'ocr-running-head');
      // encoding repairs (NBSP inside prose in 004) are right on any profile
      expect(r.changes.filter((c) => !TYPO.has(c.rule) && c.rule !== 'ocr-running-head' && !c.rule.startsWith('encoding-'))).toEqual([]);
      for (const h of heads) expect(r.text).toContain(h.before.trim());
    }
  });
});

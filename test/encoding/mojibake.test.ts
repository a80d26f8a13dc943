import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { findMojibake, fixMojibake, misdecode, type SingleByteCodec } from '../../src/clean/encoding/index.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const RU_FILES = ['000_1141d4d96c08d6f0.txt', '002_b51bf4fae41c79d9.txt', '003_abd422b7a431f1ba.txt'];

/** Every paragraph of the Russian fixtures that has Cyrillic in it. */
const paragraphs = RU_FILES.flatMap((f) =>
  readFileSync(new URL(f, FIXTURES), 'utf8')
    .split(/\n[ \t]*\n/)
    .filter((p) => /[а-яё]/i.test(p)),
);

const CODECS: SingleByteCodec[] = ['windows-1251', 'koi8-r', 'windows-1252', 'latin1'];

describe('mojibake repair on every Russian fixture paragraph', () => {
  it('has paragraphs to test', () => {
    expect(paragraphs.length).toBeGreaterThan(100);
  });
  for (const outer of CODECS) {
    it(`restores UTF-8 read once as ${outer}`, () => {
      const failures = paragraphs.filter((p) => fixMojibake(misdecode(p, outer)) !== p);
      expect(failures).toEqual([]);
    });
    for (const inner of CODECS) {
      it(`restores UTF-8 read as ${inner}, re-encoded and read again as ${outer}`, () => {
        const failures = paragraphs.filter((p) => fixMojibake(misdecode(misdecode(p, inner), outer)) !== p);
        expect(failures).toEqual([]);
      });
    }
  }
  // iconv-lite turns windows-1251's one undefined byte (0x98, the second byte of «И») into U+FFFD.
  for (const codec of ['cp1251', 'koi8-r']) {
    it(`restores text mis-decoded by iconv-lite as ${codec}`, () => {
      const failures = paragraphs.filter((p) => fixMojibake(iconv.decode(Buffer.from(p, 'utf8'), codec)) !== p);
      expect(failures).toEqual([]);
    });
  }
});

describe('mojibake examples', () => {
  it.each([
    ['Р‘РµР»Р°СЂСѓСЃСЊ', 'Беларусь'],
    ['Ð‘ÐµÐ»', 'Бел'],
    ['cafÃ©', 'café'],
    ['Â© 2020', '© 2020'],
    ['Р’ Р°РІРіСѓСЃС‚Рµ', 'В августе'],
    ['«Р‘РµР»Р°СЂСѓСЃСЊ»', '«Беларусь»'],
  ])('%s → %s', (broken, fixed) => {
    expect(fixMojibake(broken)).toBe(fixed);
  });
});

describe('correct text stays unchanged', () => {
  const english = readFileSync(new URL('001_65d5a4cb3953e82a.txt', FIXTURES), 'utf8');
  const web = readFileSync(new URL('004_5069994c9aedaf13.txt', FIXTURES), 'utf8');
  it.each([
    ['every Russian fixture paragraph', paragraphs.join('\n\n')],
    ['the English book', english],
    ['the English web page', web],
    ['Belarusian', 'Беларусь — краіна ў цэнтры Еўропы. Мінск, Гомель, Магілёў; «Звязда» піша пра навуку і тэхналогіі. Ў, Ё, Іі.'],
    ['Ukrainian', 'Рік тому п’ять компаній підписали угоду; Київ, Їжак, Ґанок, пір’я.'],
    ['symbols', '±0,5 °C, 5 ‰, № 12, § 3, © 2024 ®, ™, €100, £5, ¥7, x², ½, 1–2, — «ёлка» „Zitat“ ‘quote’ • … µm ß Æ Ø'],
    ['Latin-1 words', 'naïve café in München, Zürich and São Paulo; Ørsted, Ærø, Ðakovo, Ñandú, Â'],
    ['URLs', 'https://belta.by/society/view/belarus-i-kitaj-206324-2016/ http://president.gov.by/ru/news_ru/view/?a=1&b=%D0%91 https://ru.wikipedia.org/wiki/Беларусь'],
    ['all caps Russian', 'КНР» СССР… «ТАСС» ОАО «ВНИИ» РФ, США; В «Китае». Г. Минск'],
    ['emoji and CJK', '一带一路 白俄罗斯 👍🏽 👨‍👩‍👧 Ω≈√∑ ←→'],
  ])('%s', (_name, text) => {
    expect(findMojibake(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { backTranslateSlug, backTranslationAvailable, readToken } from '../../src/cite/back-translate.js';
import { reverseTransliterate } from '../../src/translit/reverse.js';
import { slugify } from '../../src/translit/slugify.js';

// Verified BelTA headlines (shared/docs/belta.md §1, public copies of the pages).
const VERIFIED: string[] = [
  'Соглашение о зоне свободной торговли между Вьетнамом и ЕАЭС способствует развитию сотрудничества с Беларусью',
  'Китайско-белорусский центр изучения "Одного пояса и одного пути" открылся в Пекине',
  'Беларусь и Китай в сентябре утвердят программу научно-технического сотрудничества до 2020 года',
  'Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ',
  'Посольство КНР: совместно с Беларусью в 2024 году было завершено 35 научно-исследовательских проектов',
  'ФОТОФАКТ: В Островце прошел трофи-рейд "Рыжий лес - 2021"',
  'ФОТОФАКТ: В Гомеле открыт первый "Магазин 101"',
  'Чижик: Национальная академия наук Беларуси активно сотрудничает с 11 провинциями Китая',
  'Логотип Года белорусской женщины определен. Выбрали единогласно из более чем 100 вариантов',
  'Для каждого она открывается по-своему. Что изучают в Антарктиде белорусские ученые',
];

function words(s: string): string[] {
  return s.toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

describe.runIf(backTranslationAvailable())('backTranslateSlug (Az.js word list)', () => {
  it('reads most words of real BelTA slugs back into the Russian headline', () => {
    let right = 0;
    let total = 0;
    for (const title of VERIFIED) {
      const slug = slugify(title); // the real slugs (test/translit checks slugify reproduces them)
      const got = backTranslateSlug(slug)!;
      const want = words(title).slice(0, words(got.text).length);
      const have = words(got.text);
      total += want.length;
      want.forEach((w, i) => {
        if (have[i] === w) right++;
      });
      expect(got.confidence).toBeGreaterThan(0.5);
      expect(got.confidence).toBeLessThanOrEqual(1);
    }
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['belarus-i-kitaj-podpisali-memorandum-o-vzaimoponimanii-v-oblasti-ikt', 'Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ'],
    ['minsk-rasschityvaet-na-pomosch-shanhaja-v-modernizatsii-gorodskoj-infrastruktury', 'Минск рассчитывает на помощь Шанхая в модернизации городской инфраструктуры'],
  ])('%s', (slug, title) => {
    // Case of abbreviations the dictionary lists as common nouns (икт) is not recoverable.
    expect(backTranslateSlug(slug)!.text.toLowerCase()).toBe(title.toLowerCase());
    expect(backTranslateSlug(slug)!.text.slice(0, 16)).toBe(title.slice(0, 16));
  });

  it('reads the j-scheme soft sign and щ/сч', () => {
    expect(readToken('belarusjju')[0]!.word).toBe('беларусью');
    expect(readToken('rasschitany')[0]!.word).toBe('рассчитаны');
    expect(readToken('pomosch')[0]!.word).toBe('помощь');
  });

  it('gives lower confidence to a slug of unknown words', () => {
    expect(backTranslateSlug('tsuj-tsimin-zzqx')!.confidence).toBeLessThan(0.8);
  });
});

describe('reverseTransliterate (no dictionary)', () => {
  it.each([
    ['kitaj', 'китай'],
    ['zhenschiny', 'женщины'],
    ['tsentr', 'центр'],
    ['2024', '2024'],
  ])('%s → %s', (lat, cyr) => {
    expect(reverseTransliterate(lat)).toBe(cyr);
  });
});

import { describe, expect, it } from 'vitest';
import { slugify, transliterate } from '../../src/translit/index.js';

// Real belta.by headlines with their real slugs (shared/docs/belta.md §1, verified titles).
const BELTA_SLUGS: [title: string, slug: string][] = [
  [
    'Соглашение о зоне свободной торговли между Вьетнамом и ЕАЭС способствует развитию сотрудничества с Беларусью',
    'soglashenie-o-zone-svobodnoj-torgovli-mezhdu-vjetnamom-i-eaes-sposobstvuet-razvitiju-sotrudnichestva-s',
  ],
  [
    'Китайско-белорусский центр изучения "Одного пояса и одного пути" открылся в Пекине',
    'kitajsko-belorusskij-tsentr-izuchenija-odnogo-pojasa-i-odnogo-puti-otkrylsja-v-pekine',
  ],
  [
    'Беларусь и Китай в сентябре утвердят программу научно-технического сотрудничества до 2020 года',
    'belarus-i-kitaj-v-sentjabre-utverdjat-programmu-nauchno-tehnicheskogo-sotrudnichestva-do-2020-goda',
  ],
  [
    'Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ',
    'belarus-i-kitaj-podpisali-memorandum-o-vzaimoponimanii-v-oblasti-ikt',
  ],
  [
    'Посольство КНР: совместно с Беларусью в 2024 году было завершено 35 научно-исследовательских проектов',
    'posolstvo-knr-sovmestno-s-belarusjju-v-2024-godu-bylo-zaversheno-35-nauchno-issledovatelskih-proektov',
  ],
  ['ФОТОФАКТ: В Островце прошел трофи-рейд "Рыжий лес - 2021"', 'fotofakt-v-ostrovtse-proshel-trofi-rejd-ryzhij-les-2021'],
  ['ФОТОФАКТ: В Гомеле открыт первый "Магазин 101"', 'fotofakt-v-gomele-otkryt-pervyj-magazin-101'],
  [
    'Чижик: Национальная академия наук Беларуси активно сотрудничает с 11 провинциями Китая',
    'chizhik-natsionalnaja-akademija-nauk-belarusi-aktivno-sotrudnichaet-s-11-provintsijami-kitaja',
  ],
  [
    'Для каждого она открывается по-своему. Что изучают в Антарктиде белорусские ученые',
    'dlja-kazhdogo-ona-otkryvaetsja-po-svoemu-chto-izuchajut-v-antarktide-belorusskie-uchenye',
  ],
];

describe('slugify (BelTA j-scheme)', () => {
  it.each(BELTA_SLUGS)('%s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('deletes punctuation without inserting a hyphen', () => {
    expect(slugify('им.Янки')).toBe('imjanki');
    expect(slugify('им. Ф.Скорины')).toBe('im-fskoriny');
  });

  it('cuts at a hyphen boundary so that slug and id-year tail stay within 115 characters', () => {
    const slug = slugify(BELTA_SLUGS[0]![0]);
    expect((slug + '-281448-2017').length).toBeLessThanOrEqual(115);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugify(BELTA_SLUGS[0]![0], { maxLength: 0 }).endsWith('-s-belarusjju')).toBe(true);
  });
});

describe('slugify (the 2024 book i-scheme)', () => {
  // Slugs as the book prints them (OCR damage undone), fixtures/000 notes 82 and 83.
  it.each([
    ['Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ', 'belarus-i-kitai-podpisali-memorandum-o-vzaimoponimanii-v-oblasti-ikt'],
    [
      'Минпромы Беларуси и Китая: план по сотрудничеству может быть актуализирован, детализирован и расширен',
      'minpromy-belarusi-i-kitaia-plan-po-sotrudnichestvu-mozhet-byt-aktualizirovan-detalizirovan-i-rasshiren',
    ],
  ])('%s', (title, slug) => {
    expect(slugify(title, { scheme: 'book2024' })).toBe(slug);
  });
});

describe('transliterate', () => {
  it('keeps case and passes non-Cyrillic through', () => {
    expect(transliterate('Жодино, 2024 (Minsk)')).toBe('Zhodino, 2024 (Minsk)');
    expect(transliterate('Щучин', 'icao')).toBe('Shchuchin');
    expect(transliterate('Хатынь', 'icao')).toBe('Khatyn');
  });
  it('writes ь and ъ before a vowel as the scheme says', () => {
    expect(transliterate('объем', 'beltaJ')).toBe('objem');
    expect(transliterate('Вьетнам', 'book2024')).toBe('Vetnam');
  });
});

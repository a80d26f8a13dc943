import { describe, expect, it } from 'vitest';
import { noteTitle, slugTokenDistance, urlSlugRepair } from './url-slug-repair.js';
import { applyRule } from '../../../test/clean-ocr/run-rule.js';

const URL_OF = (s: string): string => /https?:\/\/\S+/.exec(s)![0];

describe('url-slug-repair', () => {
  const cases: [string, string, string][] = [
    [
      'y→v and ll→n against the title, book i-scheme (fixture 000 note 84)',
      'Станки, целлюлоза, автомобиль. Какие знаковые проекты реализуют Беларусь и Китай [Электронный ресурс]. -  2024. - URL: https://belta.by/society/view/stanki-tseniuloza-avtomobil-kakie-znakovve-proektv-realizuiut-belarus-i-kitai-671355-2024/',
      'https://belta.by/society/view/stanki-tselliuloza-avtomobil-kakie-znakovye-proekty-realizuiut-belarus-i-kitai-671355-2024/',
    ],
    [
      'garbled tokens, e→c and an unknown glyph (fixture 000 note 89, п already made Latin)',
      '“Белшина” совместно с БГТУ укрепляет партнерство с ведущими китайскими шинными компаниями [Электронный ресурс]. -  2024. - URL: https://belta.by/economics/view/belshina-sovmestno-s-h»tu-ukrcpliact-partncrstvo-s-vcdusc■himi-kitaiskimi-shinnvmi-kompaniiami-627709-2024/',
      'https://belta.by/economics/view/belshina-sovmestno-s-bgtu-ukrepliaet-partnerstvo-s-vedushchimi-kitaiskimi-shinnymi-kompaniiami-627709-2024/',
    ],
    [
      'a slug mixing schemes keeps both (fixture 000 note 97: kitaj and velikii)',
      'БНБК и “Великий камень”: Беларусь и Китай договорились о новых крупных инвестпроектах [Электронный ресурс]. -  2024. - URL: https://belta.by/economics/view/bnbk-i-velikii-kamen-belarus-i-kitaj-dogovorilis-o-novyh-krupnyh-investproektah-656105-2024/',
      'https://belta.by/economics/view/bnbk-i-velikii-kamen-belarus-i-kitaj-dogovorilis-o-novyh-krupnyh-investproektah-656105-2024/',
    ],
    [
      'BelTA j-scheme slug (belta.md verified pair 705398-2025), one OCR error',
      'Посольство КНР: совместно с Беларусью в 2024 году было завершено 35 научно-исследовательских проектов [Электронный ресурс]. URL: https://belta.by/society/view/posolstvo-knr-sovmestno-s-belarusjju-v-2024-godu-bvlo-zaversheno-35-nauchno-issledovatelskih-proektov-705398-2025/',
      'https://belta.by/society/view/posolstvo-knr-sovmestno-s-belarusjju-v-2024-godu-bylo-zaversheno-35-nauchno-issledovatelskih-proektov-705398-2025/',
    ],
    [
      'negative: an English title over a Russian slug (fixture 001 style) changes nothing',
      'Belarus and China signed a memorandum on ICT [Electronic resource]. - 2024. - URL: https://belta.by/society/view/belarus-i-kitaj-podpisali-memorandum-656109-2024/',
      'https://belta.by/society/view/belarus-i-kitaj-podpisali-memorandum-656109-2024/',
    ],
    [
      'negative: a slug cut short by BelTA is not padded',
      'Соглашение о зоне свободной торговли между Вьетнамом и ЕАЭС способствует развитию сотрудничества с Беларусью [Электронный ресурс]. URL: https://belta.by/economics/view/soglashenie-o-zone-svobodnoj-torgovli-mezhdu-vjetnamom-i-eaes-sposobstvuet-razvitiju-sotrudnichestva-s-281448-2017/',
      'https://belta.by/economics/view/soglashenie-o-zone-svobodnoj-torgovli-mezhdu-vjetnamom-i-eaes-sposobstvuet-razvitiju-sotrudnichestva-s-281448-2017/',
    ],
  ];
  it.each(cases)('%s', (_name, note, url) => {
    const out = applyRule(urlSlugRepair, note).text;
    expect(URL_OF(out)).toBe(url);
    expect(() => new URL(URL_OF(out))).not.toThrow();
  });

  it('reads the title before the GMD', () => {
    expect(noteTitle('Филиал НАН Беларуси создадут в Китае [Электронный ресурс]. -  2024.')).toBe('Филиал НАН Беларуси создадут в Китае');
  });

  it('weights OCR confusions lower than other edits', () => {
    expect(slugTokenDistance('godv', 'gody')).toBeLessThan(slugTokenDistance('godx', 'gody'));
    expect(slugTokenDistance('kitai', 'kitai')).toBe(0);
  });
});

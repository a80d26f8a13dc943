import { describe, expect, it } from 'vitest';
import { repairSlugAgainstTitle, slugTokens } from '../../src/belta/repair-slug.js';
import { repairUrl } from '../../src/cite/repair-url.js';
import { ocrDistance } from '../../src/cite/ocr-distance.js';

// Printed (OCR-damaged) slugs of fixtures/000 with their titles, and the slug as the book printed it.
const CASES: Array<[string, string, string]> = [
  ['belshina-sovmestno- s-h»tu-ukrcпliact-пartncrstvo-s-vcdusc■himi-kitaiskimi-shinnvmi-komпaniiami',
    '“Белшина” совместно с БГТУ укрепляет партнерство с ведущими китайскими шинными компаниями',
    'belshina-sovmestno-s-bgtu-ukrepliaet-partnerstvo-s-vedushchimi-kitaiskimi-shinnymi-kompaniiami'],
  ['bnbk-i-velikii-kamen-belarus-i- kitaj -do govorilis -o-novyh-krupnyh-investproektah',
    'БНБК и “Великий камень”: Беларусь и Китай договорились о новых крупных инвестпроектах',
    'bnbk-i-velikii-kamen-belarus-i-kitaj-dogovorilis-o-novyh-krupnyh-investproektah'],
  ['stanki-tseniuloza-avtomobil-kakie- znakovve-proektv-realizuiut-belarus-i-kitai',
    'Станки, целлюлоза, автомобиль. Какие знаковые проекты реализуют Беларусь и Китай',
    'stanki-tselliuloza-avtomobil-kakie-znakovye-proekty-realizuiut-belarus-i-kitai'],
  ['belarus-i-kitai-utverdili-20-, sovmestnvh-nauchno-tehnicheskih-proektov-na-2024-2026-godv',
    'Беларусь и Китай утвердили 20 совместных научно-технических проектов на 2024-2026 годы',
    'belarus-i-kitai-utverdili-20-sovmestnyh-nauchno-tehnicheskih-proektov-na-2024-2026-gody'],
  ['naumovich- belorusskie-predpriiatiia-mashinostroeniia-otkrvtv-k-kooperatsii-s-kitaiskimi-kompaniiami',
    'Наумович: белорусские предприятия машиностроения открыты к кооперации с китайскими компаниями',
    'naumovich-belorusskie-predpriiatiia-mashinostroeniia-otkryty-k-kooperatsii-s-kitaiskimi-kompaniiami'],
  // BelTA's own j-scheme slug, truncated (belta.md §1, 281448-2017): kept as it is.
  ['soglashenie-o-zone-svobodnoj-torgovli-mezhdu-vjetnamom-i-eaes-sposobstvuet-razvitiju-sotrudnichestva-s',
    'Соглашение о зоне свободной торговли между Вьетнамом и ЕАЭС способствует развитию сотрудничества с Беларусью',
    'soglashenie-o-zone-svobodnoj-torgovli-mezhdu-vjetnamom-i-eaes-sposobstvuet-razvitiju-sotrudnichestva-s'],
];

describe('repairSlugAgainstTitle', () => {
  it.each(CASES)('%s', (printed, title, expected) => {
    const r = repairSlugAgainstTitle(printed, title);
    expect(r.slug).toBe(expected);
    expect(r.coverage).toBe(1);
  });

  it('reports low coverage when the slug belongs to another headline', () => {
    const r = repairSlugAgainstTitle('filial-nan-belarusi-sozdadut-v-kitae', 'МТЗ закупит более 30 единиц оборудования из Китая');
    expect(r.coverage).toBeLessThan(0.6);
  });

  it('slugTokens drops spaces and stray punctuation, keeps unreadable glyphs', () => {
    expect(slugTokens('utverdili-20-, sovmestnvh')).toEqual(['utverdili', '20', 'sovmestnvh']);
    expect(slugTokens('vcdusc■himi')).toEqual(['vcdusc■himi']);
  });
});

describe('ocrDistance', () => {
  it.each([
    ['sovmestnvh', 'sovmestnyh', 0.2],
    ['tseniuloza', 'tselliuloza', 0.4],
    ['govemment', 'government', 0.4],
    ['kitai', 'kitai', 0],
  ])('%s → %s costs %d', (a, b, cost) => {
    expect(ocrDistance(a, b)).toBeCloseTo(cost, 5);
  });
  it('a plain edit costs 1', () => {
    expect(ocrDistance('abc', 'abd')).toBe(1);
  });
});

describe('repairUrl', () => {
  it.each([
    ['https: //belta.bv/societv/view/x-656073-2024/', 'https://belta.by/society/view/x-656073-2024/', ['scheme-space', 'tld', 'section']],
    ['http://www.govemment.bv/ru/content/10993', 'http://www.government.by/ru/content/10993', ['tld', 'host']],
    ['http://president.gov.by/ru/news\\\\_ru/view/poseschenie-pekinskogo-universiteta-14540/', 'http://president.gov.by/ru/news_ru/view/poseschenie-pekinskogo-universiteta-14540/', ['markdown-escape']],
    ["https://www.belta.by/society/view/belorusско-kitajskij-issledovatel'skij-tsentr-340523-2019/", 'https://www.belta.by/society/view/belorussko-kitajskij-issledovatelskij-tsentr-340523-2019/', ['cyrillic', 'punctuation']],
    ['https://export.by/china', 'https://export.by/china', []],
  ])('%s', (printed, url, kinds) => {
    const r = repairUrl(printed);
    expect(r.url).toBe(url);
    expect(r.fixes.map((f) => f.kind)).toEqual(kinds);
  });

  it('flags an unreadable glyph it cannot repair without a title', () => {
    const r = repairUrl('https://belta.by/economics/view/s-vcdusc■himi-627709-2024/');
    expect(r.problems.length).toBe(1);
  });
});

describe('repairUrl on other editions', () => {
  it('does not align an English-edition slug with a Russian title', () => {
    const r = repairUrl('https://eng.belta.by/society/view/belarus-academy-of-sciences-cooperates-with-11-provinces-of-china-159182-2023/', { titleRu: 'Чижик: Национальная академия наук Беларуси активно сотрудничает с 11 провинциями Китая' });
    expect(r.url).toBe('https://eng.belta.by/society/view/belarus-academy-of-sciences-cooperates-with-11-provinces-of-china-159182-2023/');
    expect(r.slugRepair).toBeNull();
  });
});

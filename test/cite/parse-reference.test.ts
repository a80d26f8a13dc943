import { describe, expect, it } from 'vitest';
import { parseReference } from '../../src/cite/parse-reference.js';
import { extractUrl } from '../../src/cite/extract-url.js';

// Real notes (fixtures/000 OCR, fixtures/001 MT), number removed, line breaks as printed.
describe('parseReference on real notes', () => {
  it('Russian news item with an OCR-wrapped URL', () => {
    const r = parseReference('Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ [Электронный\nресурс]. -  2024. -  URL: https://belta.by/society/view/belarus-i-kitai -podpisali-memorandum-o-\nvzaimoponimanii-v-oblasti-ikt-656109-2024/');
    expect(r).toMatchObject({
      title: 'Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ',
      medium: 'Электронный ресурс', year: 2024, type: 'electronic', authors: [],
      urlSource: 'https://belta.by/society/view/belarus-i-kitai -podpisali-memorandum-o-vzaimoponimanii-v-oblasti-ikt-656109-2024/',
    });
    expect(r.warnings).toEqual([]);
  });

  it('government page without the URL label', () => {
    const r = parseReference('Роман Головченко: Товарооборот Беларуси и Китая за 30 лет вырос в 140 раз [Электронный \nресурс]. -  2024. -  http://www.govemment.bv/ru/content/10993');
    expect(r.urlSource).toBe('http://www.govemment.bv/ru/content/10993');
    expect(r.title).toBe('Роман Головченко: Товарооборот Беларуси и Китая за 30 лет вырос в 140 раз');
  });

  it('book with author, responsibility, publisher and Latin C. for pages', () => {
    const r = parseReference('Залесский, Б. Динамика успешного партнерства. Внутренние и внешние резервы поступательного \nдвижения белорусской экономики / Борис Залесский. -  LAP LAMBERT Academic Publishing, 2024. -  \nC. 43.');
    expect(r).toMatchObject({
      authors: [{ family: 'Залесский', given: 'Б.' }], responsibility: 'Борис Залесский',
      publisher: 'LAP LAMBERT Academic Publishing', year: 2024, pages: '43', type: 'book', urlSource: null,
    });
    expect(r.title).toBe('Динамика успешного партнерства. Внутренние и внешние резервы поступательного движения белорусской экономики');
  });

  it('MT note with author, // and an autolink', () => {
    const r = parseReference('Karuna, O. Chinese-Belarusian Centre for Commercialization of Innovation opened in Minsk / O. Karuna // [Electronic resource]. - - 2016. - URL: <http://www.belta.by/society/view/kitajsko-belorusskij-tsentr-kommertsializatsii-innovatsij-otkryt-v-minske-225839-2016/>');
    expect(r).toMatchObject({
      authors: [{ family: 'Karuna', given: 'O.' }], title: 'Chinese-Belarusian Centre for Commercialization of Innovation opened in Minsk',
      responsibility: 'O. Karuna', medium: 'Electronic resource', year: 2016,
    });
  });

  it('(in Russian), Yu. initials, calqued GMD', () => {
    const r = parseReference('Lysenko, Y. Gomel University. F. Skorina expands cooperation with Chinese universities (in Russian) / Yu. Lysenko // [Electron resource]. - - 2017. - URL: <http://www.belta.by/regions/view/gomelskij-universitet-im-fskoriny-rasshirjaet-sotrudnichestvo-s-vuzami-kitaja-234443-2017/>');
    expect(r).toMatchObject({ language: 'ru', medium: 'Electron resource', title: 'Gomel University. F. Skorina expands cooperation with Chinese universities' });
  });

  it('access mode and access date', () => {
    const r = parseReference('The scientific and technical cooperation between China and Belarus is continuously developing - Luo Zhanghai [Electronic Resource]. - - 2017. - Access mode: <http://www.belta.by/society/view/nauchno-tehnicheskoe-sotrudnichestvo-kitaja-i-belarusi-nepreryvno-razvivaetsja-lo-chzhanhoj-248817-2017/>. - Access date: 23.05.2017.');
    expect(r.accessed).toBe('2017-05-23');
    expect(r.title).toBe('The scientific and technical cooperation between China and Belarus is continuously developing - Luo Zhanghai');
    expect(r.urlSource).toMatch(/-248817-2017\/$/);
  });

  it('GMD displaced into the title, comma kept', () => {
    const r = parseReference("Meeting with Zhang Dejiang [Electronic Resource], Chairman of the Standing Committee of the National People's Congress. - - 2017. - URL: [http://president.gov.by/ru/news\\\\_ru/view/x-16055/](http://president.gov.by/ru/news_ru/view/x-16055/)");
    expect(r.title).toBe("Meeting with Zhang Dejiang, Chairman of the Standing Committee of the National People's Congress");
    expect(r.warnings.map((w) => w.code)).toEqual(['gmd-displaced']);
    expect(r.urlSource).toBe('http://president.gov.by/ru/news\\\\_ru/view/x-16055/');
  });

  it('URL lost: fields that are there, plus a warning', () => {
    const r = parseReference('Kulyagin, S. Mogilev region and Chinese province Hunan intend to accelerate development of mutual tourism (in Russian) / S. Kulyagin // [Electronic resource]. - - 2018. - URL:');
    expect(r).toMatchObject({ urlSource: null, year: 2018, authors: [{ family: 'Kulyagin', given: 'S.' }] });
    expect(r.warnings.map((w) => w.code)).toEqual(['url-missing']);
  });

  it('separator variants (B7): "-- 2016", "- – 2016", "2017 - URL"', () => {
    expect(parseReference('Title [Electronic resource]. -- 2016. - URL: <http://x.by/a>').year).toBe(2016);
    expect(parseReference('Title [Electronic Resource]. - – 2016. - URL: <http://x.by/a>').year).toBe(2016);
    expect(parseReference('Title / S. Vechorko // [Electron resource]. - 2017 - URL: <http://x.by/a>').year).toBe(2017);
  });

  it('book with publisher : place and page range', () => {
    const r = parseReference('Zalesky, B. International Relations and Media. View from Belarus / B. Zalesky. - Palmarium Academic Publishing : Saarbrücken, Deutschland / Germany, 2014. - - C. 399-400.');
    expect(r).toMatchObject({ publisher: 'Palmarium Academic Publishing', place: 'Saarbrücken, Deutschland / Germany', year: 2014, pages: '399-400', type: 'book' });
  });

  it('a note that is no reference gives what it can and never throws', () => {
    for (const s of ['', '   ', 'См. там же.', '[', ']. - -', 'URL:', 'https://', '<http://']) {
      expect(() => parseReference(s)).not.toThrow();
    }
    expect(parseReference('См. там же.').title).toBe('См. там же');
  });
});

describe('extractUrl', () => {
  it.each([
    ['URL: https: //belta.bv/economics/view/chebotar-velikii- \nkamen-odin-649217-2024/', 'https: //belta.bv/economics/view/chebotar-velikii-kamen-odin-649217-2024/'],
    ['URL: https://belta.by/economics/view/bnbk-i-belarus-i- \nkitaj -do govorilis -o-novyh-656105-2024/', 'https://belta.by/economics/view/bnbk-i-belarus-i-kitaj -do govorilis -o-novyh-656105-2024/'],
    ['URL: https://belta.bv/societv/view/belarus-i-kitai-utverdili-20-, \nsovmestnvh-godv-656073-2024/', 'https://belta.bv/societv/view/belarus-i-kitai-utverdili-20-,sovmestnvh-godv-656073-2024/'],
    ['URL: <http://www.belta.by/regions/view/x-chzhan-2568-2015>', 'http://www.belta.by/regions/view/x-chzhan-2568-2015'],
    ['URL: http://export.by/china then more words', 'http://export.by/china'],
    ['Режим доступа: https://belta.by/a/view/x-1-2024/ (дата обращения: 01.02.2024).', 'https://belta.by/a/view/x-1-2024/'],
  ])('%s', (note, source) => {
    expect(extractUrl(note)?.source).toBe(source);
  });

  it('returns null when there is no URL', () => {
    expect(extractUrl('Залесский, Б. Динамика. - 2024. - C. 43.')).toBeNull();
  });
});

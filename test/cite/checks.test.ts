import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cite, nonstandardTokens, slugOfUrl } from '../../src/cite/cite.js';

/** A small OCR-style document: body with glued markers, then numbered notes. */
function doc(notes: string[], first = 1): string {
  const body = notes.map((_, i) => `Текст абзаца «цитата»${first + i}.`).join('\n');
  return `${body}\n\n${notes.map((n, i) => `${first + i} ${n}`).join('\n')}\n`;
}

const codes = (r: ReturnType<typeof cite>, id: string): string[] => r.citations.find((c) => c.id === id)!.warnings.map((w) => w.code);

describe('cite checks', () => {
  it('id outside the range seen for the URL year', () => {
    const r = cite(doc(['Беларусь и Китай подписали меморандум [Электронный ресурс]. - 2016. - URL: https://belta.by/society/view/belarus-i-kitaj-podpisali-memorandum-656109-2016/']), { backTranslate: false });
    expect(codes(r, '1')).toContain('id-year-range');
    expect(codes(r, '1')).not.toContain('year-mismatch');
  });

  it('year only in the URL', () => {
    const r = cite(doc(['Беларусь и Китай подписали меморандум [Электронный ресурс]. - URL: https://belta.by/society/view/belarus-i-kitaj-podpisali-memorandum-656109-2024/']), { backTranslate: false });
    expect(r.citations[0]!.year).toBe(2024);
    expect(codes(r, '1')).toContain('year-from-url');
  });

  it('slug that belongs to another headline', () => {
    const r = cite(doc(['Филиал НАН Беларуси создадут в Китае [Электронный ресурс]. - 2024. - URL: https://belta.by/economics/view/mtz-zakupit-bolee-30-edinits-oborudovaniia-iz-kitaia-662946-2024/']), { backTranslate: false });
    expect(codes(r, '1')).toContain('slug-title-mismatch');
  });

  it('one item under two titles, one id with two slugs', () => {
    const r = cite(doc([
      'Филиал НАН Беларуси создадут в Китае [Электронный ресурс]. - 2024. - URL: https://belta.by/society/view/filial-nan-belarusi-sozdadut-v-kitae-656108-2024/',
      'МТЗ закупит более 30 единиц оборудования из Китая [Электронный ресурс]. - 2024. - URL: https://belta.by/society/view/filial-nan-belarusi-sozdadut-v-kitae-656108-2024/',
      'Филиал НАН Беларуси создадут в Китае [Электронный ресурс]. - 2024. - URL: https://belta.by/society/view/filial-nan-belarusi-sozdadut-v-kitae-656108-2024/',
    ]), { backTranslate: false });
    expect(codes(r, '1')).toContain('duplicate-url');
    expect(codes(r, '2')).toContain('duplicate-url');
    expect(r.citations[2]!.warnings.filter((w) => w.code === 'duplicate-url')).toHaveLength(1); // only against note 2
    const s = cite(doc([
      'Friendship [Electronic resource]. - - 2018. - URL: <https://www.belta.by/politics/view/druzhiba-belarusi-331056-2018/>',
      'Friendship [Electronic resource]. - - 2018. - URL: <https://www.belta.by/politics/view/druzhba-belarusi-331056-2018/>',
    ]), { backTranslate: false });
    expect(codes(s, '1')).toContain('same-id-different-slug');
  });

  it('markers without notes and notes without markers are reported', () => {
    const text = 'Первое «цитата»1. Второе «цитата»7.\n\n1 Заголовок [Электронный ресурс]. - 2024. - URL: https://belta.by/society/view/zagolovok-656108-2024/\n2 Другой заголовок [Электронный ресурс]. - 2024.\n';
    const r = cite(text, { backTranslate: false });
    expect(r.notesWithoutMarkers).toEqual(['2']);
    expect(r.citations[1]!.warnings.map((w) => w.code)).toContain('url-missing');
  });

  it('nonstandardTokens flags kh and ya/yu (belta.md §4)', () => {
    expect(nonstandardTokens('nauchno-tehnicheskikh-predpriyatija-soglashenie-sovmestnye')).toEqual(['tehnicheskikh', 'predpriyatija']);
  });
});

describe('cite never throws and keeps offsets inside the input', () => {
  const pieces = fc.constantFrom(
    '82 ', '<sup>3</sup> ', '[Электронный ресурс]. - ', '2024. ', 'URL: ', 'https: //belta.bv/societv/view/', 'belarus-i-kitai -', '656109-2024/',
    '\n', '\n\n', '»84.', ' / ', ' // ', 'Karuna, O. ', 'C. 43.', '■', '<', '>', '](', 'Текст ', 'text ',
  );
  it('on random note-like text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const r = cite(text, { backTranslate: false });
        for (const c of r.citations) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          for (const ref of c.refs) expect(text.slice(ref.start, ref.end)).toContain(c.id);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('note forms the finder reads without the cleaner', () => {
  const note = 'Беларусь и Китай подписали меморандум [Электронный ресурс]. - 2024. - URL: https://belta.by/society/view/belarus-i-kitaj-podpisali-memorandum-656109-2024/';
  const run = (text: string) => cite({ original: text, text, lang: 'ru', profile: { name: 'plain', reason: 'test' }, footnotes: [], markers: [], changes: [], meta: {}, diagnostics: [], draft: null as never }, { backTranslate: false });

  it('Markdown footnotes: [^1] and [^1]: definitions', () => {
    const text = `Текст со ссылкой[^1] и ещё одной[^1].\n\n[^1]: ${note}\n`;
    const r = run(text);
    expect(r.citations.map((c) => c.id)).toEqual(['1']);
    expect(r.citations[0]!.refs.map((x) => text.slice(x.start, x.end))).toEqual(['[^1]', '[^1]']);
    expect(r.citations[0]!.belta).toMatchObject({ id: 656109 });
  });

  it('superscript digit markers', () => {
    const text = `Текст со ссылкой¹².\n\n12 ${note}\n`;
    const r = run(text);
    expect(r.citations[0]!.refs.map((x) => text.slice(x.start, x.end))).toEqual(['¹²']);
  });
});

describe('slugOfUrl', () => {
  it.each([
    ['http://president.gov.by/ru/news_ru/view/vstrecha-s-predstaviteljami-kitajskix-smi-16136/', 'vstrecha-s-predstaviteljami-kitajskix-smi'],
    ['http://www.zviazda.by/ru/news/20180112/1515764769-centr-kitayskoy-mediciny-sozdan-na-baze-minskoy-oblastnoy-bolnicy', 'centr-kitayskoy-mediciny-sozdan-na-baze-minskoy-oblastnoy-bolnicy'],
    ['http://mfa.gov.by/press/smi/ace33f437fd634f6.html', null],
    ['https://export.by/china', null],
  ])('%s', (url, slug) => {
    expect(slugOfUrl(url)).toBe(slug);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/cite/cite.js';
import { clean } from '../../src/clean/clean.js';

const text = readFileSync(new URL('../../fixtures/000_1141d4d96c08d6f0.txt', import.meta.url), 'utf8');

// Gold: every note of fixtures/000 read by hand, its URL with the OCR damage undone and
// in the form the book printed it (i-scheme slugs; note 97 keeps BelTA's `kitaj`).
const GOLD: Array<[string, string | null, string | null, number | null, string]> = [
  ['82', 'society', 'https://belta.by/society/view/belarus-i-kitai-podpisali-memorandum-o-vzaimoponimanii-v-oblasti-ikt-656109-2024/', 656109, 'news'],
  ['83', 'economics', 'https://belta.by/economics/view/minpromy-belarusi-i-kitaia-plan-po-sotrudnichestvu-mozhet-byt-aktualizirovan-detalizirovan-i-rasshiren-644949-2024/', 644949, 'news'],
  ['84', 'society', 'https://belta.by/society/view/stanki-tselliuloza-avtomobil-kakie-znakovye-proekty-realizuiut-belarus-i-kitai-671355-2024/', 671355, 'news'],
  ['85', 'economics', 'https://belta.by/economics/view/snopkov-strategicheskie-proekty-s-kitaem-na-3-mlrd-rasschitany-na-srednesrochnuiu-perspektivu-655954-2024/', 655954, 'news'],
  ['86', 'economics', 'https://belta.by/economics/view/mtz-zainteresovan-v-sozdanii-sovmestnyh-proizvodstv-v-kitae-662915-2024/', 662915, 'news'],
  ['87', 'economics', 'https://belta.by/economics/view/mtz-zakupit-bolee-30-edinits-oborudovaniia-iz-kitaia-662946-2024/', 662946, 'news'],
  ['88', 'economics', 'https://belta.by/economics/view/naumovich-belorusskie-predpriiatiia-mashinostroeniia-otkryty-k-kooperatsii-s-kitaiskimi-kompaniiami-665797-2024/', 665797, 'news'],
  ['89', 'economics', 'https://belta.by/economics/view/belshina-sovmestno-s-bgtu-ukrepliaet-partnerstvo-s-vedushchimi-kitaiskimi-shinnymi-kompaniiami-627709-2024/', 627709, 'news'],
  ['90', 'society', 'https://belta.by/society/view/dan-start-godam-sotrudnichestva-belarusi-i-knr-v-oblasti-nauki-tehnologii-i-innovatsii-656188-2024/', 656188, 'news'],
  ['91', null, 'http://pda.government.gov.by/ru/content/10994', null, 'government'],
  ['92', 'economics', 'https://belta.by/economics/view/chebotar-velikii-kamen-odin-iz-kliuchevyh-prioritetov-razvitiia-belorussko-kitaiskogo-sotrudnichestva-649217-2024/', 649217, 'news'],
  ['93', 'society', 'https://belta.by/society/view/belarus-i-kitai-utverdili-20-sovmestnyh-nauchno-tehnicheskih-proektov-na-2024-2026-gody-656073-2024/', 656073, 'news'],
  ['94', 'society', 'https://belta.by/society/view/belarus-i-kitai-budut-sozdavat-iurlitsa-dlia-proizvodstva-produktsii-na-osnove-sovmestnyh-razrabotok-656197-2024/', 656197, 'news'],
  ['95', 'society', 'https://belta.by/society/view/filial-nan-belarusi-sozdadut-v-kitae-656108-2024/', 656108, 'news'],
  ['96', null, 'http://www.government.by/ru/content/10993', null, 'government'],
  ['97', 'economics', 'https://belta.by/economics/view/bnbk-i-velikii-kamen-belarus-i-kitaj-dogovorilis-o-novyh-krupnyh-investproektah-656105-2024/', 656105, 'news'],
  ['98', null, null, null, 'book'],
];

describe.each([
  ['raw text (cite calls clean)', () => cite(text, { backTranslate: false })],
  ['a CleanResult', () => cite(clean(text), { backTranslate: false })],
  ['a CleanResult without notes (cite finds them itself)', () => cite({ ...clean(text), footnotes: [], markers: [] }, { backTranslate: false })],
  ['a CleanResult that lost some notes and markers (cite fills them in)', () => {
    const r = clean(text);
    return cite({ ...r, footnotes: r.footnotes.filter((_, i) => i % 3 !== 0), markers: r.markers.filter((_, i) => i % 2 === 0) }, { backTranslate: false });
  }],
])('fixtures/000 (Russian OCR chapter) from %s', (_label, run) => {
  const result = run();
  const byId = new Map(result.citations.map((c) => [c.id, c]));

  it('parses all 17 notes, 82–98', () => {
    expect(result.citations.map((c) => c.id)).toEqual(GOLD.map((g) => g[0]));
  });

  it.each(GOLD)('note %s: section %s, URL repaired to the printed form, id, year, type', (id, section, url, beltaId, type) => {
    const c = byId.get(id)!;
    expect(c.type).toBe(type);
    expect(c.url).toBe(url);
    expect(c.belta?.section ?? null).toBe(section);
    expect(c.belta?.id ?? null).toBe(beltaId);
    if (beltaId !== null) expect(c.belta!.year).toBe(2024);
    expect(c.year).toBe(2024);
  });

  it('keeps the URL as printed next to the repaired one', () => {
    expect(byId.get('84')!.urlSource).toContain('belta.bv/societv/');
    expect(byId.get('92')!.urlSource).toMatch(/^https: \/\//);
    expect(byId.get('89')!.urlSource).toContain('vcdusc■himi');
  });

  it('gives BelTA canonical URLs (j-scheme) from the Russian titles', () => {
    expect(byId.get('82')!.canonicalUrl).toBe('https://www.belta.by/society/view/belarus-i-kitaj-podpisali-memorandum-o-vzaimoponimanii-v-oblasti-ikt-656109-2024/');
    expect(byId.get('91')!.canonicalUrl).toBeUndefined();
  });

  it('parses the book reference (author, title, responsibility, publisher, pages)', () => {
    const c = byId.get('98')!;
    expect(c.authors).toEqual([{ family: 'Залесский', given: 'Б.' }]);
    expect(c.title).toMatch(/^Динамика успешного партнерства\. .*белорусской экономики$/);
    expect(c.publisher).toBe('LAP LAMBERT Academic Publishing');
    expect(c.pages).toBe('43');
  });

  it('links markers to notes and reports the note without one (83)', () => {
    expect(result.notesWithoutMarkers).toEqual(['83']);
    for (const c of result.citations) {
      for (const r of c.refs) expect(text.slice(r.start, r.end)).toBe(c.id);
    }
    expect(byId.get('84')!.refs).toHaveLength(1);
    expect(text.slice(byId.get('84')!.refs[0]!.start - 5, byId.get('84')!.refs[0]!.end)).toBe('Орше»84');
  });

  it('note spans point at the notes in the original', () => {
    for (const c of result.citations) expect(text.slice(c.start, c.end)).toMatch(new RegExp(`^${c.id}\\s`));
  });

  it('raises no year or id warnings on a consistent book', () => {
    const codes = result.citations.flatMap((c) => c.warnings.map((w) => w.code));
    expect(codes.filter((c) => c === 'year-mismatch' || c === 'id-year-range' || c === 'slug-title-mismatch')).toEqual([]);
  });
});

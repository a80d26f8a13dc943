import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectLanguage } from '../../src/langid/detect.js';
import { segment } from '../../src/segment/segment.js';

const FIXTURES: [file: string, lang: string][] = [
  ['000_1141d4d96c08d6f0.txt', 'ru'],
  ['001_65d5a4cb3953e82a.txt', 'en'],
  ['002_b51bf4fae41c79d9.txt', 'ru'],
  ['003_abd422b7a431f1ba.txt', 'ru'],
  ['004_5069994c9aedaf13.txt', 'en'],
];

describe('language of every fixture, per document and per paragraph', () => {
  it.each(FIXTURES)('%s is %s', (file, lang) => {
    const text = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8');
    const seg = segment(text);
    expect(seg.lang.lang).toBe(lang);
    expect(seg.lang.confidence).toBeGreaterThan(0.9);
    const prose = (t: string) => t.replace(/<?https?:\/\/\S+|\(http\S+\)/g, '');
    const substantive = seg.paragraphs.filter((p) => (prose(p.text).match(/\p{L}/gu) ?? []).length >= 20);
    const right = substantive.filter((p) => p.lang.lang === lang).length;
    // Paragraphs that are only a URL or a site name may be undecidable; prose must not be.
    expect(right / substantive.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('detectLanguage on short and mixed text', () => {
  it.each([
    // short Russian on which franc answers tgk/bul/mkd (toolchain.md)
    ['Беларусь и Китай', 'ru'],
    ['Встреча прошла в конструктивной атмосфере.', 'ru'],
    ['Справочно.', 'ru'],
    ['ЦАМТО', 'ru'],
    // Belarusian: і, ў
    ['Беларусь і Кітай падпісалі пагадненне аб супрацоўніцтве ў галіне навукі.', 'be'],
    ['Рыжы лес у Астраўцы', 'be'],
    // Ukrainian: ї, є, і
    ['Україна та Китай підписали угоду про співпрацю в галузі науки.', 'uk'],
    ['Київ є столицею', 'uk'],
    // English, short and bibliographic
    ['Back to Top', 'en'],
    ['Belarus and China have agreed on the joint fund.', 'en'],
    // a Russian title inside an English sentence does not flip it
    ['The memorandum «О взаимопонимании» was signed by the ministers of both countries in Minsk in August.', 'en'],
    // a Russian note whose letters are mostly a transliterated URL is still Russian
    ['Беларусь и Китай подписали меморандум [Электронный ресурс]. - 2024. - URL: https://belta.by/society/view/belarus-i-kitai-podpisali-memorandum-o-vzaimoponimanii-v-oblasti-ikt-656109-2024/', 'ru'],
    // another Latin-script language
    ['Die Zusammenarbeit zwischen Belarus und China wird in den kommenden Jahren weiter ausgebaut und vertieft werden.', 'other'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('answers und for text without letters', () => {
    expect(detectLanguage('').lang).toBe('und');
    expect(detectLanguage('2024 — 15 %, 3/4').lang).toBe('und');
  });

  it('reports the script', () => {
    expect(detectLanguage('Беларусь и Китай').script).toBe('Cyrl');
    expect(detectLanguage('Belarus and China').script).toBe('Latn');
  });
});

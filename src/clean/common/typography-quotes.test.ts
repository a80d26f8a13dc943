import { describe, expect, it } from 'vitest';
import { typographyQuotes } from './typography-quotes.js';
import { applyRule } from '../../../test/clean-ocr/run-rule.js';

describe('typography-quotes', () => {
  const cases: [string, string, string][] = [
    ['three styles in one line (fixture 000 line 49)', 'индустриальный парк "Великий камень”, предприятия "Белтелеком" и "Промсвязь".', 'индустриальный парк «Великий камень», предприятия «Белтелеком» и «Промсвязь».'],
    ['nested quotes (fixture 000 lines 100–114)', '«в реализации проектов до “Красного борца” в Орше»84.', '«в реализации проектов до „Красного борца“ в Орше»84.'],
    ['a note title (fixture 000 note 89)', '“Белшина” совместно с БГТУ', '«Белшина» совместно с БГТУ'],
    ['already Russian, nested', '«Компания „Белшина“ растет»', '«Компания „Белшина“ растет»'],
    ['an unclosed « keeps the following «» as they are (fixture 000 lines 84–114)', '«в марте подписали. В частности, «в реализации до “Красного борца” в Орше»84.', '«в марте подписали. В частности, «в реализации до „Красного борца“ в Орше»84.'],
    ['negative: inch marks and a quote inside a URL', 'экран 15" и https://a.by/?q="x"', 'экран 15" и https://a.by/?q="x"'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(applyRule(typographyQuotes, input).text).toBe(expected);
  });

  it('is off with typography: false', () => {
    expect(applyRule(typographyQuotes, 'парк "Великий камень”', { typography: false }).changes).toEqual([]);
  });
});

describe('protected spans (typography)', () => {
  it('a URL inside a fenced code block leaves the whole block protected', () => {
    // nested spans broke the binary search: a quote after the URL, still in the code block, was converted
    const text = 'Текст "в кавычках".\n```\nhttps://belta.by/a https://belta.by/b "код" дальше\n```\nИ "ещё".';
    const out = applyRule(typographyQuotes, text).text;
    expect(out).toContain('https://belta.by/a https://belta.by/b "код" дальше');
    expect(out).toContain('Текст «в кавычках»');
    expect(out).toContain('И «ещё»');
  });
});

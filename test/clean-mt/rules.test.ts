import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/clean/run-rules.js';
import type { CleaningRule } from '../../src/clean/types.js';
import { applyChanges } from '../../src/model/draft.js';
import { markdownEscapes } from '../../src/clean/common/markdown-escapes.js';
import { markdownHeadingEmphasis } from '../../src/clean/common/markdown-heading-emphasis.js';
import { markdownBlankLines } from '../../src/clean/common/markdown-blank-lines.js';
import { markdownSupNotes } from '../../src/clean/common/markdown-sup-notes.js';
import { markdownSupMarkers } from '../../src/clean/common/markdown-sup-markers.js';
import { mtGostSeparator } from '../../src/clean/mt/mt-gost-separator.js';
import { mtGmdLabel } from '../../src/clean/mt/mt-gmd-label.js';
import { mtUrlCyrillic } from '../../src/clean/mt/mt-url-cyrillic.js';
import { mtWatermark } from '../../src/clean/mt/mt-watermark.js';
import { mtToc } from '../../src/clean/mt/mt-toc.js';
import { mtPageJoin } from '../../src/clean/mt/mt-page-join.js';
import { mtPublisherPages } from '../../src/clean/mt/mt-publisher-pages.js';
import { glossaryTerms } from '../../src/clean/common/glossary-terms.js';

function run(rules: CleaningRule[], text: string, options = {}) {
  const r = runRules(text, rules, { lang: 'en', profile: 'mt', options });
  expect(applyChanges(text, r.changes.filter((c) => c.scope === 'body'))).toBe(r.body.text);
  return r;
}

// Inputs are real lines from fixtures/001 (shortened where noted) and their expected output.
const table: [CleaningRule, string, string][] = [
  [markdownEscapes, 'with an initial volume of \\$20 million', 'with an initial volume of $20 million'],
  [markdownEscapes, '[http://president.gov.by/ru/news\\\\_ru/view/x/](http://president.gov.by/ru/news\\\\_ru/view/x/)', '[http://president.gov.by/ru/news_ru/view/x/](http://president.gov.by/ru/news_ru/view/x/)'],
  [markdownEscapes, 'keep \\*this\\* and \\# and \\\\$', 'keep \\*this\\* and \\# and \\\\$'],
  [markdownHeadingEmphasis, '# **Belarus - China: a vector of trust**', '# Belarus - China: a vector of trust'],
  [markdownHeadingEmphasis, '## **Imprint**', '## Imprint'],
  [markdownHeadingEmphasis, '## **a** and **b**', '## **a** and **b**'],
  [markdownBlankLines, '\n\n\nText\n\n\n\n \nMore\n  \nEnd', 'Text\n\nMore\n\nEnd'],
  [mtGostSeparator, '[Electronic resource]. - - 2016. - URL: <http://x.by/>', '[Electronic resource]. - 2016. - URL: <http://x.by/>'],
  [mtGostSeparator, '[Electronic Resource]. -- 2018. - URL:', '[Electronic Resource]. - 2018. - URL:'],
  [mtGostSeparator, '[Electronic resource]. - -- 2019. - URL:', '[Electronic resource]. - 2019. - URL:'],
  [mtGostSeparator, '[Electronic resource]. - – 2016. - URL:', '[Electronic resource]. - 2016. - URL:'],
  [mtGostSeparator, 'Minsk. - 2017. - P. 5.', 'Minsk. - 2017. - P. 5.'],
  [mtGmdLabel, 'in Harbin [Electron resource]. - 2016. - URL:', 'in Harbin [Electronic resource]. - 2016. - URL:'],
  [mtGmdLabel, 'fund [Electronic Resource]. and [Electronic mode]. URL:', 'fund [Electronic resource]. and [Electronic resource]. URL:'],
  [mtGmdLabel, '- Access mode: <http://x.by/> - Access date: 23.05.2017. URL: URL:', '- URL: <http://x.by/> - Date of access: 23.05.2017. URL: URL:'],
  [mtUrlCyrillic, '<http://www.belta.by/politics/view/belarus-i-kitaj-vyshli-na-bespretседentno-vysokij-uroven-2016/>', '<http://www.belta.by/politics/view/belarus-i-kitaj-vyshli-na-bespretsedentno-vysokij-uroven-2016/>'],
  [mtUrlCyrillic, 'https://ru.wikipedia.org/wiki/Беларусь and http://минск.бел/новости', 'https://ru.wikipedia.org/wiki/Беларусь and http://минск.бел/новости'],
];

describe('mt and markdown rules', () => {
  it.each(table.map(([rule, input, output]) => [rule.id, input, output, rule] as const))('%s: %j', (_id, input, output, rule) => {
    expect(run([rule], input).body.text).toBe(output);
  });
});

describe('notes and markers', () => {
  const text = [
    'Body text "with a quote"<sup>1</sup>. There are <sup>2</sup>"more than 120 agreements" between them, and the',
    '',
    '---',
    '',
    '<sup>1</sup> First note [Electronic resource]. - - 2017. - URL: <http://x.by/a-2017/>',
    '',
    '<sup>2</sup> Second note.',
    '',
    'parties agreed.',
  ].join('\n');
  const r = run([markdownSupNotes, mtPageJoin, markdownSupMarkers, mtGostSeparator], text);

  it('takes note paragraphs and the page-foot rule out of the body', () => {
    expect(r.footnotes.map((f) => [f.id, f.text])).toEqual([
      ['1', 'First note [Electronic resource]. - 2017. - URL: <http://x.by/a-2017/>'],
      ['2', 'Second note.'],
    ]);
  });
  it('joins the paragraph the page foot split, links markers, moves the one before a quote', () => {
    expect(r.body.text).toBe('Body text "with a quote"[^1]. There are "more than 120 agreements"[^2] between them, and the parties agreed.');
    expect(r.markers.map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['1', '<sup>1</sup>'],
      ['2', '<sup>2</sup>'],
    ]);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
  it('reports a marker with no note and a note with no marker', () => {
    const r2 = run([markdownSupNotes, markdownSupMarkers], 'Text<sup>3</sup>.\n\n<sup>4</sup> Note.');
    expect(r2.diagnostics.map((d) => d.message)).toEqual(['marker 3 has no note', 'note 4 has no marker in the text']);
  });
});

describe('watermarks, publisher pages, table of contents', () => {
  const prose = (n: number) => `Paragraph ${n} of the book body, long enough to be prose. `.repeat(10).trim();
  const book = [
    'Boris Zalessky',
    '## A Book Title',
    '978-620-0-78203-8',
    'FOR AUTHOR USE ONLY',
    '**Boris Zalessky**',
    '# **A Book Title**',
    'FOR AUTHOR USE ONLY',
    '## **Imprint**',
    'Publisher: Some Academic Publishing, a trademark of Book Market Ltd.',
    'Copyright © 2020 Book Market Ltd.',
    'FOR AUTHOR USE ONLY',
    '## Table of contents',
    'Chapter one .....\t4\nChapter two .....\t16\nChapter three .....\t26',
    'FOR AUTHOR USE ONLY',
    '## Chapter one',
    prose(1),
    prose(2),
    'FOR AUTHOR USE ONLY',
    prose(3),
    'FOR AUTHOR USE ONLY',
    '**More Books!**',
    'Buy your books online at www.morebooks.shop',
    'Telefax: +371 686 20455',
    'FOR AUTHOR USE ONLY',
  ].join('\n\n');
  const r = run([mtPublisherPages, mtToc, mtWatermark, markdownBlankLines], book);

  it('keeps the first title page lines and the body, drops everything else', () => {
    expect(r.body.text.trimEnd().split('\n\n')).toEqual(['Boris Zalessky', '## A Book Title', '## Chapter one', prose(1), prose(2), prose(3)]);
  });
  it('does not call a title repeated on the front pages a watermark', () => {
    const only = run([mtWatermark], book);
    expect(only.body.text).toContain('**Boris Zalessky**');
    expect(only.body.text).not.toContain('FOR AUTHOR USE ONLY');
  });
});

describe('glossary', () => {
  it('reports, and replaces only when asked', () => {
    const text = 'the park "Great stone" and Velikiy Kamen; <http://x.by/great-stone-velikiy-kamen/> One Belt and One Way';
    const report = run([glossaryTerms], text);
    expect(report.body.text).toBe(text);
    expect(report.diagnostics.map((d) => d.message.split(';')[0])).toEqual(['term variant "Great stone" ×1', 'term variant "Velikiy Kamen" ×1', 'term variant "One Belt and One Way" ×1']);
    const fixed = run([glossaryTerms], text, { normalizeTerms: true });
    expect(fixed.body.text).toBe('the park "Great Stone" and Great Stone; <http://x.by/great-stone-velikiy-kamen/> Belt and Road');
  });
  it('merges a user glossary and reports bad entries without failing', () => {
    const glossary = { terms: [{ id: 'mtz', preferred: { en: 'Minsk Tractor Works' }, variants: { en: ['Minsk Tractor Plant'] } }, { id: 'bad' }] };
    const r = run([glossaryTerms], 'Minsk Tractor Plant and Great stone', { normalizeTerms: true, glossary });
    expect(r.body.text).toBe('Minsk Tractor Works and Great Stone');
    expect(r.diagnostics.some((d) => d.severity === 'warning' && /term #2/.test(d.message))).toBe(true);
  });
});

describe('note checks', () => {
  it('reports notes sharing a URL and a reference year that differs from the URL year', async () => {
    const { mtNoteChecks } = await import('../../src/clean/mt/mt-note-checks.js');
    const text = [
      'Body.',
      '<sup>43</sup> Cooperation with Mogilev region [Electronic resource]. - - 2015. - URL: <http://www.belta.by/regions/view/sotrudnichestvo-2568-2015>',
      '<sup>45</sup> Another title [Electronic resource]. - - 2015. - URL: <http://www.belta.by/regions/view/sotrudnichestvo-2568-2015/>',
      '<sup>103</sup> Title [Electronic resource]. - -- 2019. - URL: <https://www.belta.by/society/view/x-285359-2018/>',
    ].join('\n\n');
    const r = run([markdownSupNotes, mtNoteChecks], text);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "note 103: reference year 2019 differs from the URL's year 2018",
      'notes 43, 45 cite the same URL (belta.by/regions/view/sotrudnichestvo-2568-2015): duplicated or mismatched note?',
    ]);
    expect(r.body.text).toBe('Body.\n\n');
  });
});

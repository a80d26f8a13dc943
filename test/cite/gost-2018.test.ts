import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parseReference } from '../../src/cite/parse-reference.js';
import { cite } from '../../src/cite/cite.js';
import { formatCitations } from '../../src/cite/export/index.js';

// GOST 7.0.100-2018 dropped "[Электронный ресурс]" for "Текст : электронный" and the
// host document after "//"; GOST 7.0.5 journal articles name the journal after "//".
const ARTICLE = 'Иванов, И. И. Белорусско-китайское сотрудничество / И. И. Иванов // Беларуская думка. – 2020. – № 3. – С. 10–15.';
const ONLINE = 'Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ. – Текст : электронный // БЕЛТА : [сайт]. – 2024. – URL: https://belta.by/society/view/belarus-i-kitaj-podpisali-memorandum-o-vzaimoponimanii-v-oblasti-ikt-656109-2024/ (дата обращения: 01.06.2024).';

describe('GOST 7.0.100-2018 and journal articles', () => {
  it('journal article: container, issue, pages', () => {
    expect(parseReference(ARTICLE)).toMatchObject({
      authors: [{ family: 'Иванов', given: 'И.И.' }], title: 'Белорусско-китайское сотрудничество',
      container: 'Беларуская думка', issue: '3', year: 2020, pages: '10-15', type: 'article',
    });
  });

  it('online item with "Текст : электронный", site and access date', () => {
    expect(parseReference(ONLINE)).toMatchObject({
      title: 'Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ',
      medium: 'Текст : электронный', container: 'БЕЛТА', year: 2024, accessed: '2024-06-01', type: 'electronic',
      urlSource: 'https://belta.by/society/view/belarus-i-kitaj-podpisali-memorandum-o-vzaimoponimanii-v-oblasti-ikt-656109-2024/',
    });
  });

  it('exports the journal and the issue', () => {
    const text = `Текст «цитата»1 и «цитата»2.\n\n1 ${ARTICLE}\n2 ${ONLINE}\n`;
    const { citations } = cite(text, { backTranslate: false });
    expect(citations.map((c) => c.type)).toEqual(['article', 'news']);
    const bib = new Cite(formatCitations(citations, 'bibtex'), { forceType: '@biblatex/text' }).data as Array<Record<string, unknown>>;
    expect(bib[0]).toMatchObject({ type: 'article-journal', 'container-title': 'Беларуская думка', issue: '3', page: '10-15' });
    const ris = new Cite(formatCitations(citations, 'ris'), { forceType: '@ris/file' }).data as Array<Record<string, unknown>>;
    expect(ris[0]).toMatchObject({ type: 'article-journal', 'container-title': 'Беларуская думка', issue: '3' });
    expect(citations[1]!.belta).toMatchObject({ id: 656109, year: 2024, section: 'society' });
  });
});

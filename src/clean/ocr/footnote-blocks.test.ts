import { describe, expect, it } from 'vitest';
import { ocrFootnoteBlocks } from './footnote-blocks.js';
import { runSome } from '../../../test/clean-ocr/run-rule.js';

// Real lines from fixtures/000 (a body line, two note blocks at the page foot, the next page's text).
const PAGE_FOOT = [
  'отечественных станкостроительных предприятий -  от Гомельского',
  '',
  '82 Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ [Электронный',
  'ресурс]. -  2024. -  URL: https://belta.by/society/view/belarus-i-kitai -podpisali-memorandum-o-',
  'vzaimoponimanii-v-oblasti-ikt-656109-2024/',
  '86 МТЗ заинтересован в создании совместных производств в Китае [Электронный ресурс]. -  2024. -',
  'URL: https://belta.bv/economics/view/mtz-zainteresovan-v-sozdanii-sovmestnvh-proizvodstv-v-kitae-',
  '662915-2024/',
  ' обрабатывающих центра с ЧПУ. За последние полтора года на предприятие ',
].join('\n');

describe('ocr-footnote-blocks', () => {
  const cases: { name: string; input: string; body: string; notes: [string, string][] }[] = [
    {
      name: 'two note blocks at a page foot (fixture 000), body goes on after them',
      input: PAGE_FOOT,
      body: 'отечественных станкостроительных предприятий -  от Гомельского\n\n обрабатывающих центра с ЧПУ. За последние полтора года на предприятие ',
      notes: [
        ['82', 'Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ [Электронный\nресурс]. -  2024. -  URL: https://belta.by/society/view/belarus-i-kitai -podpisali-memorandum-o-\nvzaimoponimanii-v-oblasti-ikt-656109-2024/'],
        ['86', 'МТЗ заинтересован в создании совместных производств в Китае [Электронный ресурс]. -  2024. -\nURL: https://belta.bv/economics/view/mtz-zainteresovan-v-sozdanii-sovmestnvh-proizvodstv-v-kitae-\n662915-2024/'],
      ],
    },
    {
      name: 'a book reference with a page (fixture 000, note 98) at the end of the text',
      input: 'глобальной экономике.\n\n98 Залесский, Б. Динамика успешного партнерства / Борис Залесский. -  LAP LAMBERT Academic Publishing, 2024. - \nC. 43.\n',
      body: 'глобальной экономике.\n\n',
      notes: [['98', 'Залесский, Б. Динамика успешного партнерства / Борис Залесский. -  LAP LAMBERT Academic Publishing, 2024. - \nC. 43.']],
    },
    {
      name: 'made up: a GOST book reference without URL',
      input: 'Текст страницы.\n\n1 Иванов И. И. История Минска. — М.: Наука, 2001. — С. 5.\n',
      body: 'Текст страницы.\n\n',
      notes: [['1', 'Иванов И. И. История Минска. — М.: Наука, 2001. — С. 5.']],
    },
    {
      name: 'single-spaced page: the note ends at its complete URL, the body line after it stays (fixture 000 lines 109–113, blank lines removed)',
      input: '83 Минпромы Беларуси и Китая: план по сотрудничеству может быть актуализирован, детализирован\nи расширен [Электронный ресурс]. -  2024. -  URL: https://belta.by/economics/view/minpromy-belarusi-i-\nkitaia-plan-po-sotrudnichestvu-mozhet-byt-aktualizirovan-detalizirovan-i-rasshiren-644949-2024/\nпромышленной политики чтобы развивать производственную\n',
      body: 'промышленной политики чтобы развивать производственную\n',
      notes: [['83', 'Минпромы Беларуси и Китая: план по сотрудничеству может быть актуализирован, детализирован\nи расширен [Электронный ресурс]. -  2024. -  URL: https://belta.by/economics/view/minpromy-belarusi-i-\nkitaia-plan-po-sotrudnichestvu-mozhet-byt-aktualizirovan-detalizirovan-i-rasshiren-644949-2024/']],
    },
    {
      name: 'negative: a body line starting with a number (fixture 000 line 27 style) stays',
      input: 'Данный план содержит\n\n89 мероприятий, для выполнения которых будут задействованы 140 организаций.\n',
      body: 'Данный план содержит\n\n89 мероприятий, для выполнения которых будут задействованы 140 организаций.\n',
      notes: [],
    },
    {
      name: 'negative: a numbered list item without bibliographic evidence stays',
      input: '1 Первый этап проекта завершен в 2024 году\n2 Второй этап начнется позже\n',
      body: '1 Первый этап проекта завершен в 2024 году\n2 Второй этап начнется позже\n',
      notes: [],
    },
  ];
  it.each(cases)('$name', ({ input, body, notes }) => {
    const run = runSome([ocrFootnoteBlocks], input);
    expect(run.body.text).toBe(body);
    expect(run.notes.map((n) => [n.id, n.draft.text])).toEqual(notes);
    for (const n of run.footnotes) expect(input.slice(n.start, n.end).startsWith(n.id + ' ')).toBe(true);
    expect(run.changes.every((c) => c.rule === 'ocr-footnote-blocks' && c.after === '')).toBe(true);
  });

  it('warns when a note number occurs twice (numbering restarted)', () => {
    const note = '1 Иванов И. И. История Минска. — М.: Наука, 2001. — С. 5.\n';
    const run = runSome([ocrFootnoteBlocks], `Текст.\n\n${note}\nДругая глава.\n\n${note}`);
    expect(run.footnotes.map((f) => f.id)).toEqual(['1', '1']);
    expect(run.diagnostics.map((d) => d.message)).toEqual(['note 1 occurs twice (numbering restarts?); markers [^1] are ambiguous']);
  });
});

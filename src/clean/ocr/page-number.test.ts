import { describe, expect, it } from 'vitest';
import { ocrPageNumber } from './page-number.js';
import { applyRule, runSome } from '../../../test/clean-ocr/run-rule.js';
import { ocrFootnoteBlocks } from './footnote-blocks.js';

describe('ocr-page-number', () => {
  const cases: [string, string, string][] = [
    ['page number between blank lines (fixture 000)', 'компаниями [Электронный ресурс].\n\n52\n\nhttps://x.by', 'компаниями [Электронный ресурс].\n\n\nhttps://x.by'],
    ['made up: at the very end', 'конец главы.\n\n117\n', 'конец главы.\n\n'],
    ['negative: a number inside a paragraph line', 'будут задействованы\n140\nорганизаций', 'будут задействованы\n140\nорганизаций'],
    ['negative: a number starting a text line', 'было\n\n15 новых компаний\n\n', 'было\n\n15 новых компаний\n\n'],
    ['negative: a Roman chapter number', 'Глава\n\nIV\n\nТекст', 'Глава\n\nIV\n\nТекст'],
    ['negative: five digits (a year range or code, not a page)', 'x\n\n10994\n\ny', 'x\n\n10994\n\ny'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(applyRule(ocrPageNumber, input).text).toBe(expected);
  });

  it('single-spaced page: a number right where a note block was taken out (fixture 000 lines 224–232, blank lines removed)', () => {
    const input = 'планируют выполнять совместные проекты, связанные «с повышением\n87 МТЗ закупит более 30 единиц оборудования из Китая [Электронный ресурс]. -  2024. -  URL: \nhttps://belta.bv/economics/view/mtz-zakupit-bolee-30-edinits-oborudovaniia-iz-kitaia-662946-2024/\n52\nходимости цельнометаллокордных';
    const run = runSome([ocrFootnoteBlocks, ocrPageNumber], input);
    expect(run.body.text).toBe('планируют выполнять совместные проекты, связанные «с повышением\nходимости цельнометаллокордных');
  });
});

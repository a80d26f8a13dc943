import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean, toMarkdown } from '../../src/clean/index.js';
import { applyChanges } from '../../src/model/draft.js';

/** Pieces OCR text is made of, artefacts included, to build random documents from. */
const PIECES = [
  'Беларусь', 'и', 'Китай', 'информационно', 'коммуникационных', 'Г', 'осударственный', 'технологий', '5', '9', '2024-2026',
  '-', ' - ', '  ', '\n', '\n\n', '\r\n', '»82.', '«', '»', '"', '“', '”', '„', '.. ,', '...', 'C.', '43', 'Machinerv',
  '82 Беларусь [Электронный ресурс]. -  2024. -  URL: https://belta.bv/societv/view/belarus-i-kitai -podpisali-',
  'vzaimoponimanii-656109-2024/', 'https: //belta.by/x-', 'komпaniiami', 'О -', "Л '", '52', '/огеографией', 'Китайр', '■', '[^82]',
];

const doc = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((xs) => xs.join(' '));

describe('robustness: random OCR-like documents', () => {
  it('never crashes a rule, and every change is recorded against the original', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const r = clean(text, { profile: 'ocr', lang: 'ru' });
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        for (const c of r.changes) expect(text.slice(c.start, c.end)).toBe(c.before);
        expect(applyChanges(text, r.changes.filter((c) => c.scope === 'body'))).toBe(r.text);
        for (const m of r.markers) expect(r.footnotes.some((f) => f.id === m.id)).toBe(true);
        toMarkdown(r);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('is idempotent: cleaning the Markdown output again changes nothing', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const md = toMarkdown(clean(text, { profile: 'ocr', lang: 'ru' }));
        const again = clean(md, { profile: 'ocr', lang: 'ru' });
        expect(again.changes.map((c) => [c.rule, c.before, c.after])).toEqual([]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, toMarkdown } from '../../src/clean/clean.js';
import { applyChanges } from '../../src/model/draft.js';

const original = readFileSync(new URL('../../fixtures/001_65d5a4cb3953e82a.txt', import.meta.url), 'utf8');
const result = clean(original);
const md = toMarkdown(result);

describe('the English MT book (001) comes out as clean Markdown', () => {
  it('runs the mt profile', () => {
    expect(result.profile.name).toBe('mt');
  });

  it('has all 122 notes as [^N] definitions, in order', () => {
    const ids = [...original.matchAll(/^<sup>(\d+)<\/sup>/gm)].map((m) => m[1]);
    expect(ids).toHaveLength(122);
    expect(result.footnotes.map((f) => f.id)).toEqual(ids);
    const defs = [...md.matchAll(/^\[\^(\d+)\]: \S/gm)].map((m) => m[1]);
    expect(defs).toEqual(ids);
  });

  it('links every in-text <sup> marker to a note', () => {
    const inText = [...original.matchAll(/<sup>(\d+)<\/sup>/g)].filter((m) => !(m.index === 0 || original[m.index - 1] === '\n'));
    expect(inText.length).toBe(241 - 122);
    expect(result.markers).toHaveLength(inText.length);
    const noteIds = new Set(result.footnotes.map((f) => f.id));
    for (const m of result.markers) {
      expect(noteIds.has(m.id)).toBe(true);
      expect(original.slice(m.start, m.end)).toBe(`<sup>${m.id}</sup>`);
    }
    const refs = [...result.text.matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]);
    expect(refs).toEqual(result.markers.map((m) => m.id));
    expect(result.diagnostics.filter((d) => /has no note/.test(d.message))).toEqual([]);
  });

  it('moves a marker printed before its quotation after it', () => {
    expect(original).toContain('there are <sup>18</sup>"more than 120 direct cooperation agreements"');
    expect(result.text).toContain('there are "more than 120 direct cooperation agreements"[^18]');
  });

  it.each([
    ['watermark', /FOR AUTHOR USE ONLY/],
    ['<sup> tags', /<\/?sup>/],
    ['escaped $', /\\\$/],
    ['escaped _', /\\_/],
    ['ISBN', /978-6\d{2}-\d/],
    ['imprint page', /Imprint|OmniScriptum|trademark/],
    ['advert page', /morebooks|Buy your books|Telefax/],
    ['reader letter', /Dear reader/],
    ['table of contents', /\.{4,}\s*\d+$/m],
    ['doubled GOST separators', /\.\s+-\s*-|\. --|\. - –/],
    ['calqued labels', /\[Electron resource\]|\[Electronic Resource\]|\[Electronic mode\]|Access mode:/],
    ['Cyrillic letters in URLs', /https?:\/\/\S*[\u0400-\u04ff]/],
  ])('has no %s left (body or notes)', (_what, re) => {
    expect(md).not.toMatch(re);
  });

  it('keeps the title, the chapters and the body text', () => {
    expect(md).toMatch(/^## Belarus - China: a vector of trust$/m);
    for (const h of ['Towards shared innovation', 'New formats for regional interaction', 'Connections between regions are expanding']) {
      expect(md).toMatch(new RegExp(`^## ${h}$`, 'm'));
    }
    expect(md).toContain('In November 2018, the third meeting of the Belarusian-Chinese Intergovernmental Committee');
    expect(md).toContain('has become a basic component of further progressive development');
  });

  it('joins paragraphs split by a page foot', () => {
    expect(result.text).toContain('the Commission on Scientific and Technical Cooperation of the Belarusian-Chinese Intergovernmental Committee on Cooperation, which was held in June 2016');
  });

  it('transliterates Cyrillic inside URLs (not homoglyph mapping)', () => {
    expect(original).toMatch(/bespretседentno/);
    expect(md).toContain('bespretsedentno');
  });

  it('keeps "(in Russian)" and reports each one', () => {
    const n = [...original.matchAll(/\(in Russian\)/g)].length;
    expect([...md.matchAll(/\(in Russian\)/g)]).toHaveLength(n);
    expect(result.diagnostics.filter((d) => d.rule === 'mt-in-russian')).toHaveLength(n);
  });

  it('records every change in original coordinates (body and each note)', () => {
    expect(applyChanges(original, result.changes.filter((c) => c.scope === 'body'))).toBe(result.text);
    for (const c of result.changes) expect(original.slice(c.start, c.end)).toBe(c.before);
    const note = result.footnotes.find((f) => f.id === '1')!;
    expect(original.slice(note.start, note.end).startsWith('<sup>1</sup>')).toBe(true);
  });

  it('is idempotent: cleaning the cleaned Markdown changes nothing', () => {
    const again = clean(md, { profile: 'mt' });
    expect(again.changes).toEqual([]);
    expect(toMarkdown(again)).toBe(md);
  });
});

describe('glossary on the book', () => {
  it('reports variants without changing them by default', () => {
    const variants = result.diagnostics.filter((d) => d.rule === 'glossary-terms').map((d) => d.message);
    expect(variants.some((m) => m.includes('"Great stone"'))).toBe(true);
    expect(variants.some((m) => m.includes('"Velikiy Kamen"'))).toBe(true);
    expect(variants.some((m) => m.includes('"One Belt and One Way"'))).toBe(true);
    expect(md).toContain('One Belt and One Way');
  });

  it('replaces them with normalizeTerms, as recorded changes, never inside URLs', () => {
    const r = clean(original, { normalizeTerms: true });
    const out = toMarkdown(r);
    expect(out).not.toMatch(/Great stone|Velikiy Kamen|One Belt and One Way/);
    expect(out).toContain('under the Belt and Road Initiative');
    const changes = r.changes.filter((c) => c.rule === 'glossary-terms');
    expect(changes.length).toBeGreaterThan(3);
    for (const c of changes) expect(c.before).not.toMatch(/\//);
    expect(out).toContain('velikom-kamne'); // slugs untouched
  });
});

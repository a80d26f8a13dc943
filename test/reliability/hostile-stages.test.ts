import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { clean } from '../../src/clean/clean.js';
import { cite } from '../../src/cite/cite.js';
import { annotateEntities } from '../../src/entities/annotate.js';
import { alignTexts } from '../../src/align/align-text.js';

// Issue 9 for the stages after cleaning: odd input gets a result (never a crash), every
// span they report lies inside the input, and time stays linear. Generous time bounds
// only catch quadratic blow-ups; throughput lives in `npm run bench`.

const ODD: [string, string][] = [
  ['empty', ''],
  ['whitespace only', ' \n\t\n   '],
  ['lone surrogates', 'Минск\ud800 и \udc00Пекин \ud83d'],
  ['right-to-left text', 'مرحبا بالعالم. هذا نص عربي. שלום עולם.'],
  ['emoji', '👍🏽 Беларусь 🇧🇾 и Китай 🇨🇳 подписали соглашение 12 марта 2024 года. 👨‍👩‍👧‍👦'],
  ['all-Latin text to Russian stages', 'The quick brown fox jumps over the lazy dog in Minsk on 12 March 2024. '.repeat(40)],
  ['digits only', '1234567890 '.repeat(500)],
  ['a note-like storm', '82 [Электронный ресурс]. - URL: https: //belta.bv/ '.repeat(300)],
  ['markers without notes', 'текст»82. '.repeat(500)],
];

function inside(spans: { start: number; end: number }[], length: number): void {
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  }
}

describe('citations on odd input', () => {
  it.each(ODD)('%s', (_name, text) => {
    const r = cite(text);
    for (const c of r.citations) inside([c, ...c.refs], text.length);
  });
});

describe('entities on odd input', () => {
  it.each(ODD)('%s (ru)', (_name, text) => {
    const r = annotateEntities(text, { lang: 'ru' });
    inside(r.entities, text.length);
    for (const e of r.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
  it.each(ODD)('%s (en)', (_name, text) => {
    const r = annotateEntities(text, { lang: 'en' });
    inside(r.entities, text.length);
  });
});

describe('alignment on odd and pathological pairs', () => {
  it.each(ODD)('%s against a real paragraph', (_name, text) => {
    const en = 'Belarus and China signed a memorandum of understanding in the field of ICT.';
    const a = alignTexts(text, en);
    inside(a.source.units, text.length);
    const covered = new Set(a.beads.flatMap((b) => b.source));
    expect(covered.size).toBe(a.source.units.length);
  });

  it('two documents of very different lengths (one sentence against a book) finish', () => {
    const book = readFileSync(new URL('../../fixtures/001_65d5a4cb3953e82a.txt', import.meta.url), 'utf8');
    const t0 = performance.now();
    const a = alignTexts('Беларусь и Китай подписали меморандум.', book);
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(a.parallel.verdict).not.toBe('parallel');
    expect(new Set(a.beads.flatMap((b) => b.target)).size).toBe(a.target.units.length);
  });
});

describe('pathological repetition in the later stages stays linear', () => {
  it.each([['-'], ['.'], ['«'], ['7'], ['а '], ['Минск ']])('256 KB of %j', (unit) => {
    const text = unit.repeat(Math.ceil(262_144 / unit.length));
    const t0 = performance.now();
    const r = clean(text);
    cite(r);
    annotateEntities(r.text, { lang: 'ru' });
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

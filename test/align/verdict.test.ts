import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { alignTexts } from '../../src/align/align-text.js';
import { comparePassages } from '../../src/align/comparable.js';
import { NTREX_CASES, NTREX_DOCS } from './fixtures/ntrex-cases.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const RU_CHAPTER = fixture('000_1141d4d96c08d6f0.txt');
const EN_BOOK = fixture('001_65d5a4cb3953e82a.txt');

describe('parallel or not', () => {
  it('the Russian chapter and the English book are not translations of each other', () => {
    const a = alignTexts(RU_CHAPTER, EN_BOOK);
    expect(a.parallel.verdict).not.toBe('parallel');
    expect(a.parallel.score).toBeLessThan(0.6);
    expect(a.parallel.reasons.length).toBeGreaterThan(0);
  });

  it('a forced alignment of texts that are not translations does not claim confident beads', () => {
    const a = alignTexts(RU_CHAPTER, EN_BOOK.slice(0, RU_CHAPTER.length));
    expect(a.parallel.verdict).not.toBe('parallel');
    for (const b of a.beads) expect(b.score).toBeLessThanOrEqual(a.parallel.score + 1e-9);
    expect(a.warnings.join(' ')).toMatch(/do not look like translations/);
  });

  it('beads of a real translation keep their own scores', () => {
    const d = Object.values(NTREX_DOCS)[0]!;
    const a = alignTexts(d.ru.join('\n'), d.en.join('\n'), { units: 'lines' });
    expect(a.parallel.verdict).toBe('parallel');
    // discounted beads could never score above the verdict; undiscounted ones do
    expect(a.beads.some((b) => b.score > a.parallel.score)).toBe(true);
    expect(a.warnings.join(' ')).not.toMatch(/do not look like translations/);
  });

  it.each([0, 30_000, 60_000, 90_000])('nor is the chapter parallel to a same-sized slice of the book at %i', (offset) => {
    const a = alignTexts(RU_CHAPTER, EN_BOOK.slice(offset, offset + RU_CHAPTER.length));
    expect(a.parallel.verdict).not.toBe('parallel');
  });

  const docs = [...Object.values(NTREX_DOCS), ...Object.values(NTREX_CASES)];
  it.each(docs.map((d, k) => [d.doc, k] as const))('NTREX %s with its translation is parallel', (_doc, k) => {
    const d = docs[k]!;
    const a = alignTexts(d.ru.join('\n'), d.en.join('\n'), { units: 'lines' });
    expect(a.parallel.verdict).toBe('parallel');
  });

  it.each(docs.map((d, k) => [d.doc, k] as const))('NTREX %s against another document is not', (_doc, k) => {
    const d = docs[k]!;
    const other = Object.values(NTREX_DOCS).find((o) => o.doc !== d.doc && !o.en.some((l) => d.en.includes(l)))!;
    const a = alignTexts(d.ru.join('\n'), other.en.join('\n'), { units: 'lines' });
    expect(a.parallel.verdict).not.toBe('parallel');
  });
});

describe('comparable passages', () => {
  it('finds the passages of the chapter and the book that cite the same work', () => {
    const r = comparePassages(RU_CHAPTER, EN_BOOK);
    expect(r.pairs.length).toBeGreaterThan(0);
    const top = r.pairs[0]!;
    expect(top.evidence.map((e) => e.target)).toEqual(expect.arrayContaining(['Zalessky']));
    // spans point into the original inputs
    const s = r.source[top.source]!;
    const t = r.target[top.target]!;
    expect(RU_CHAPTER.slice(s.start, s.end)).toBe(s.text);
    expect(EN_BOOK.slice(t.start, t.end)).toBe(t.text);
    expect(s.text).toContain('Залесский');
  });

  it('ranks the translation of a news passage first', () => {
    const d = NTREX_DOCS['1-0']!;
    const other = NTREX_DOCS['0-1']!;
    const r = comparePassages(d.ru.join('\n\n'), [...other.en, ...d.en].join('\n\n'), { minPassage: 1 });
    const top = r.pairs[0]!;
    expect(d.en).toContain(r.target[top.target]!.text);
  });
});

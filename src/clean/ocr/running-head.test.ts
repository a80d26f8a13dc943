import { describe, expect, it } from 'vitest';
import { ocrRunningHead } from './running-head.js';
import { applyRule } from '../../../test/clean-ocr/run-rule.js';

const page = (n: number, head: string, body: string): string => `${head.replace('#', String(n))}\n\n${body}\n\n`;

describe('ocr-running-head', () => {
  it('deletes a head that recurs on every page, page number included (made up)', () => {
    const intro = 'Введение. '.repeat(45) + '\n\n';
    const text = intro + [1, 2, 3].map((n) => page(n, 'Глава 3. Беларусь и Китай #', `текст страницы ${n} продолжается`)).join('');
    const out = applyRule(ocrRunningHead, text).text;
    expect(out).not.toContain('Глава 3');
    expect(out).toContain('текст страницы 2 продолжается');
  });

  it('keeps the first copy at the top of the text (a title repeated by a scraper, C12)', () => {
    const text = 'Image of a High-Tech Country\n\nImage of a High-Tech Country\n\nBack to Top\n\nImage of a High-Tech Country\n\nText.';
    expect(applyRule(ocrRunningHead, text).text).toBe('Image of a High-Tech Country\n\n\nBack to Top\n\n\nText.');
  });

  it('negative: a line seen twice stays', () => {
    const text = 'Беларусь и Китай\n\nтекст\n\nБеларусь и Китай\n\nтекст';
    expect(applyRule(ocrRunningHead, text).changes).toEqual([]);
  });

  it('negative: repeated sentences and short labels stay', () => {
    const text = 'Итого\nИтого\nИтого\nЭто было важно.\nЭто было важно.\nЭто было важно.\n';
    expect(applyRule(ocrRunningHead, text).changes).toEqual([]);
  });

  it('negative: fixture 000 has no running head', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../fixtures/000_1141d4d96c08d6f0.txt', import.meta.url), 'utf8');
    expect(applyRule(ocrRunningHead, text).changes).toEqual([]);
  });
});

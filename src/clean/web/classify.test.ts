import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify.js';
import type { LineFeatures } from './features.js';

const texts = [
  ...['003_abd422b7a431f1ba.txt', '004_5069994c9aedaf13.txt'].map((f) => readFileSync(new URL(`../../../fixtures/${f}`, import.meta.url), 'utf8')),
  ...readdirSync(new URL('../../../test/clean-web/pages/', import.meta.url)).map((f) => readFileSync(new URL(`../../../test/clean-web/pages/${f}`, import.meta.url), 'utf8')),
];

describe('classifyLines with features measured before', () => {
  it.each(texts.map((t, i) => [i, t] as const))('page %i: the same classes and features as measuring afresh, in each language', (_i, text) => {
    const measured = new Map<string, LineFeatures>();
    for (const lang of ['ru', 'en', 'any']) {
      const fresh = classifyLines(text, lang);
      expect(classifyLines(text, lang, measured)).toEqual(fresh);
      const size = measured.size;
      // a second call over the same lines measures nothing new and still agrees
      expect(classifyLines(text, lang, measured)).toEqual(fresh);
      expect(measured.size).toBe(size);
    }
    // a line measured in one language is not taken for another
    const lines = new Set(text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim().length > 0));
    expect(measured.size).toBe(lines.size * 3);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { documentVocabulary } from './vocabulary.js';

/** The definition the scanner implements, as a regex (slow but plain). */
function byRegex(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
    if (w.includes('-')) for (const part of w.split('-')) counts.set(part, (counts.get(part) ?? 0) + 1);
  }
  return counts;
}

describe('documentVocabulary', () => {
  it.each([
    ['информационно-коммуникационных технологий', { 'информационно-коммуникационных': 1, информационно: 1, коммуникационных: 1, технологий: 1 }],
    ['Китай, Китая и КИТАЙ', { китай: 2, китая: 1, и: 1 }],
    ['belta.by/society/view/kitai-podpisali-123', { belta: 1, by: 1, society: 1, view: 1, 'kitai-podpisali': 1, kitai: 1, podpisali: 1 }],
    ['слово- и -дефис -- a-', { слово: 1, и: 1, дефис: 1, a: 1 }],
    ['Ёлка ёлка Ї і ў', { ёлка: 2, ї: 1, і: 1, ў: 1 }],
    ['café naïve 𝒜bc 12 345', { café: 1, naïve: 1, '𝒜bc': 1 }],
  ])('%s', (text, expected) => {
    const vocab = documentVocabulary(text);
    expect(Object.fromEntries(vocab)).toEqual(expected);
    // looked up in any case
    for (const [w, n] of Object.entries(expected)) {
      expect(vocab.get(w)).toBe(n);
      expect(vocab.get(w.toUpperCase())).toBe(n);
      expect(vocab.has(w)).toBe(true);
    }
    expect(vocab.get('нет-такого')).toBeUndefined();
    expect(vocab.has('')).toBe(false);
  });

  it('counts the same forms as the regex definition on the fixtures', () => {
    const dir = new URL('../../../fixtures/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      const vocab = documentVocabulary(text);
      const expected = byRegex(text);
      expect(new Map(vocab)).toEqual(expected);
      for (const [w, n] of expected) expect(vocab.get(w)).toBe(n);
    }
  });
});

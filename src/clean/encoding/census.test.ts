import { describe, expect, it } from 'vitest';
import { encodingCensus, HAS_INVISIBLE, HAS_LIGATURE, HAS_UNICODE_SPACE, isNfcStable, MAY_CHANGE_UNDER_NFC } from './census.js';

const stable: number[] = [];
for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) if (isNfcStable(c)) stable.push(c);

describe('encoding census', () => {
  it('every character called NFC-stable is unchanged by NFC, alone and next to any other stable character', () => {
    expect(stable.length).toBeGreaterThan(1000);
    for (const c of stable) {
      const ch = String.fromCharCode(c);
      expect(ch.normalize('NFC')).toBe(ch);
    }
    // pairs: a sample across the whole set, with a fixed stride
    for (let i = 0; i < stable.length; i += 7) {
      for (let j = 0; j < stable.length; j += 97) {
        const pair = String.fromCharCode(stable[i]!, stable[j]!);
        expect(pair.normalize('NFC')).toBe(pair);
      }
    }
  });

  it.each([
    ['Обычный русский текст — «кавычки», №5, 2024–2026… ₽', 0],
    ['plain ASCII text', 0],
    ['нераз\u00a0рывный пробел', HAS_UNICODE_SPACE],
    ['мягкий\u00adперенос', HAS_INVISIBLE],
    ['zero\u200bwidth', HAS_INVISIBLE | MAY_CHANGE_UNDER_NFC],
    ['o\ufb03ce', HAS_LIGATURE | MAY_CHANGE_UNDER_NFC],
    ['и\u0306 (decomposed й)', MAY_CHANGE_UNDER_NFC],
    ['\u212b angstrom sign', MAY_CHANGE_UNDER_NFC],
  ])('%j', (text, flags) => {
    expect(encodingCensus(text)).toBe(flags);
  });

  it('a text the census passes is NFC already (decomposed and singleton forms are caught)', () => {
    for (const t of ['й', 'и\u0306', 'Å', '\u212b', 'e\u0301', '\u2126']) {
      if ((encodingCensus(t) & MAY_CHANGE_UNDER_NFC) === 0) expect(t.normalize('NFC')).toBe(t);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/clean.js';
import { segment } from '../../src/segment/segment.js';
import { decodeInput } from '../../src/io/decode.js';
import { detectLanguage } from '../../src/langid/detect.js';
import { applyChanges } from '../../src/model/draft.js';
import { EncodingError, InputError, InputTooLargeError, MAX_DOCUMENT_LENGTH, SverkaError } from '../../src/errors.js';
import type { ProfileName } from '../../src/clean/types.js';

const PROFILES: ProfileName[] = ['ocr', 'mt', 'web', 'plain'];
const MB = 1024 * 1024;

/** Clean with every profile and segment; check the change log still rebuilds the text. */
function survives(text: string): void {
  for (const profile of PROFILES) {
    const r = clean(text, { profile });
    expect(applyChanges(text, r.changes.filter((c) => c.scope === 'body'))).toBe(r.text);
    const seg = segment(r.text, { toOriginal: (s, e) => r.draft.spanToOriginal(s, e) });
    for (const p of seg.paragraphs) expect(p.end).toBeLessThanOrEqual(text.length);
  }
}

describe('odd text gets a result, never a crash', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t\n   \r\n'],
    ['lone surrogates', 'a\ud800b\udc00c \ud83d'],
    ['right-to-left text', 'مرحبا بالعالم. هذا نص عربي. שלום עולם.'],
    ['emoji', '👍🏽 Беларусь 🇧🇾 и Китай 🇨🇳 — друзья! 👨‍👩‍👧‍👦 '.repeat(50)],
    ['control characters', 'a\u0000b\u0007c\u001bd\u200be\ufeff'],
    ['all-Latin input to Russian stages', 'The quick brown fox jumps over the lazy dog. '.repeat(100)],
    ['deeply nested Markdown', '>'.repeat(5000) + ' deep\n' + '- '.repeat(3000) + 'item\n' + '['.repeat(5000) + ']'.repeat(5000)],
    ['deeply nested HTML', '<div>'.repeat(5000) + '<sup>1</sup>text' + '</div>'.repeat(5000)],
    ['a note marker storm', '<sup>1</sup>'.repeat(20000)],
  ])('%s', (_name, text) => {
    survives(text);
  });
});

describe('an empty input is cleaned, with a warning', () => {
  it.each([[''], [' \n\t\n   \r\n'], ['\u00a0\u2003']])('%j', (text) => {
    for (const profile of [...PROFILES, 'auto' as const]) {
      const r = clean(text, { profile });
      expect(r.diagnostics.filter((d) => d.rule === 'input-empty')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/empty/) })]);
    }
  });

  it('text with one visible character is not empty', () => {
    expect(clean(' .\n').diagnostics.some((d) => d.rule === 'input-empty')).toBe(false);
  });
});

describe('pathological repetition stays linear', () => {
  // 1 MB of one character: each stage must finish; time is checked in `npm run bench`
  // and here only loosely (10 s for 1 MB would mean something is quadratic).
  it.each([['-'], ['.'], ['«'], ['7'], [' '], ['\n'], ['а']])('1 MB of %j', (ch) => {
    const text = ch.repeat(MB);
    const t0 = performance.now();
    survives(text);
    detectLanguage(text);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('a 10 MB single line', () => {
    const line = 'Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ, ';
    const text = line.repeat(Math.ceil((10 * MB) / line.length));
    const t0 = performance.now();
    const r = clean(text, { profile: 'plain' });
    expect(r.text.length).toBeGreaterThan(0);
    segment(r.text);
    expect(performance.now() - t0).toBeLessThan(30_000);
  });
});

describe('bytes that are not text, or too much of it', () => {
  it('binary input is refused with EncodingError', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeInput(png)).toThrow(EncodingError);
    expect(() => decodeInput(png)).toThrow(/binary/);
  });

  it('truncated UTF-8 keeps the text and says so', () => {
    const bytes = Buffer.from('Беларусь', 'utf8');
    const d = decodeInput(bytes.subarray(0, bytes.length - 1));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Беларус\ufffd');
    expect(d.reason).toMatch(/truncated/);
  });

  it('an input beyond the maximum size is refused with a clear error', () => {
    const huge = { length: MAX_DOCUMENT_LENGTH * 2 + 1 } as unknown as Uint8Array;
    expect(() => decodeInput(huge)).toThrow(InputTooLargeError);
    expect(() => decodeInput(huge)).toThrow(/split it/);
  });

  it('a 50 MB file decodes and cleans', () => {
    const para = 'Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ.\n\n';
    const bytes = Buffer.from(para.repeat(Math.ceil((50 * MB) / Buffer.byteLength(para))), 'utf8');
    const d = decodeInput(bytes);
    expect(d.encoding).toBe('utf-8');
    const r = clean(d.text, { profile: 'plain' });
    expect(r.text.length).toBe(d.text.length);
  });

  it('malformed options are InputErrors, not crashes', () => {
    expect(() => clean('text', { profile: 'magic' as never })).toThrow(InputError);
    expect(() => clean(42 as never)).toThrow(InputError);
    expect(new InputError('x')).toBeInstanceOf(SverkaError);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ocrDistance } from '../../src/cite/ocr-distance.js';

describe('ocrDistance', () => {
  it.each([
    ['belta', 'belta', 0],
    ['bclta', 'belta', 0.3], // c read for e
    ['sovmestnvh', 'sovmestnyh', 0.2], // v read for y
    ['tseniuloza', 'tselliuloza', 0.4], // n read for ll
    ['kitai', 'kitaj', 1],
    ['be■ta', 'belta', 0.3], // an unreadable glyph
  ])('%s → %s costs %d', (seen, meant, cost) => {
    expect(ocrDistance(seen, meant)).toBeCloseTo(cost, 10);
  });

  it('with a limit: the same distance when within it, Infinity (or the distance) above it', () => {
    const piece = fc.constantFrom('a', 'e', 'c', 'v', 'y', 'l', 'i', 'n', 'll', 'rn', 'm', '■', 'о', '1', '0', 'h', 'b', '-', 'x', 'd', 's', 't', 'o', 'k', 'р');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(piece, { maxLength: 12 }), fc.double({ min: 0, max: 6, noNaN: true }), (x, y, limit) => {
        const [seen, meant] = [x.join(''), y.join('')];
        const exact = ocrDistance(seen, meant);
        const limited = ocrDistance(seen, meant, undefined, limit);
        if (exact <= limit) expect(limited).toBe(exact);
        else expect(limited === Infinity || limited === exact).toBe(true);
      }),
      { numRuns: 5000, seed: 20261122 },
    );
  });

  it('with a limit, on near misses (a word and a few edits of it): exact within the limit', () => {
    // Random pairs are mostly far apart; these sit around the limit, where the lower
    // bounds (length difference, letters no confusion reads) decide.
    const piece = fc.constantFrom('a', 'e', 'c', 'v', 'y', 'l', 'i', 'n', 'll', 'rn', 'm', '■', '1', 'h', 'd', 's', 't', 'o', 'k', 'p', 'u', 'z');
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'replace', 'misread', 'misread'), piece });
    const misread: Record<string, string> = { ll: 'n', m: 'rn', rn: 'm', y: 'v', e: 'c', b: 'h', i: 'l' };
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.array(edit, { maxLength: 4 }), fc.integer({ min: -6, max: 6 }), (word, edits, step) => {
        const pieces: string[] = [...word];
        for (const e of edits) {
          const at = e.at % (pieces.length + 1);
          if (e.kind === 'insert') pieces.splice(at, 0, e.piece);
          else if (e.kind === 'misread') {
            const k = pieces.findIndex((p, i) => i >= at % pieces.length && p in misread);
            if (k >= 0) pieces[k] = misread[pieces[k]!]!;
          } else if (at < pieces.length) pieces.splice(at, 1, ...(e.kind === 'replace' ? [e.piece] : []));
        }
        const [seen, meant] = [pieces.join(''), word.join('')];
        const exact = ocrDistance(seen, meant);
        const limit = Math.max(0, exact + step / 20); // around the distance, where it matters
        const limited = ocrDistance(seen, meant, undefined, limit);
        if (exact <= limit) expect(limited).toBe(exact);
        else expect(limited === Infinity || limited === exact).toBe(true);
      }),
      { numRuns: 20000, seed: 20261123 },
    );
  });
});

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
    const piece = fc.constantFrom('a', 'e', 'c', 'v', 'y', 'l', 'i', 'n', 'll', 'rn', 'm', '■', 'о', '1', '0', 'h', 'b', '-', 'x');
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
});

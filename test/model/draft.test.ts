import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Draft, applyChanges } from '../../src/model/draft.js';
import type { Edit } from '../../src/model/change.js';
import { PositionMap } from '../../src/model/position-map.js';

/** Random non-overlapping sorted edits over a text of length n, from raw random numbers. */
function editsFrom(n: number, raw: [number, number, string][]): Edit[] {
  const points = raw
    .map(([a, b, after]) => {
      const s = n === 0 ? 0 : a % (n + 1);
      const e = Math.min(n, s + (b % 4));
      return { start: s, end: e, after };
    })
    .sort((x, y) => x.start - y.start || x.end - y.end);
  const out: Edit[] = [];
  let prev = -1;
  let prevEmptyAt = -1;
  for (const p of points) {
    if (p.start < prev) continue;
    if (p.start === p.end && p.start === prevEmptyAt) continue; // one insertion per point
    out.push(p);
    prev = p.end;
    if (p.start === p.end) prevEmptyAt = p.start;
  }
  return out;
}

const passArb = fc.array(fc.tuple(fc.nat(200), fc.nat(10), fc.string({ maxLength: 3 })), { maxLength: 8 });

describe('Draft', () => {
  it('records a replacement in original coordinates', () => {
    const d = new Draft('a  b\n');
    d.apply('space', [{ start: 1, end: 3, after: ' ' }]);
    expect(d.text).toBe('a b\n');
    expect(d.changes).toMatchObject([{ rule: 'space', start: 1, end: 3, before: '  ', after: ' ', scope: 'body' }]);
  });

  it('merges an edit that overlaps an earlier change into one change over the original', () => {
    const d = new Draft('информационно\nкоммуникационных');
    d.apply('join', [{ start: 13, end: 14, after: ' ' }]);
    d.apply('hyphen', [{ start: 13, end: 14, after: '-' }]);
    expect(d.text).toBe('информационно-коммуникационных');
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({ rule: 'hyphen', before: '\n', after: '-', merged: ['join'] });
  });

  it('drops a change that a later edit undoes', () => {
    const d = new Draft('abc');
    d.apply('x', [{ start: 1, end: 2, after: 'X' }]);
    d.apply('y', [{ start: 1, end: 2, after: 'b' }]);
    expect(d.text).toBe('abc');
    expect(d.changes).toHaveLength(0);
  });

  it('keeps offsets of a sub-stream (a footnote) in whole-original coordinates', () => {
    const original = 'Body text.\n82 Note  text\n';
    const d = new Draft(original, { base: 14, limit: 24, scope: 'note:82' });
    expect(d.text).toBe('Note  text');
    d.apply('space', [{ start: 4, end: 6, after: ' ' }]);
    expect(d.changes[0]).toMatchObject({ start: 18, end: 20, before: '  ', scope: 'note:82' });
    expect(original.slice(18, 20)).toBe('  ');
    expect(d.spanToOriginal(0, 4)).toEqual({ start: 14, end: 18 });
  });

  it('rejects overlapping or out-of-range edits from a rule', () => {
    const d = new Draft('abcdef');
    expect(() => d.apply('bad', [{ start: 0, end: 3, after: '' }, { start: 2, end: 4, after: '' }])).toThrow(/overlap/);
    expect(() => d.apply('bad', [{ start: 5, end: 9, after: '' }])).toThrow(/outside/);
  });

  it('holds its invariants over random passes of random edits (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(passArb, { maxLength: 6 }), (original, passes) => {
        const d = new Draft(original);
        passes.forEach((raw, k) => {
          const edits = editsFrom(d.text.length, raw);
          const expected = applyChanges(d.text, edits);
          d.apply(`r${k}`, edits);
          // 0. the draft's text is exactly the rule's edits applied to the previous text
          expect(d.text).toBe(expected);
        });
        const changes = d.changes;
        // 1. applying the change log to the original gives the current text
        expect(applyChanges(original, changes)).toBe(d.text);
        // 2. changes are sorted, non-overlapping, and `before` is the original slice
        let prev = 0;
        for (const c of changes) {
          expect(c.start).toBeGreaterThanOrEqual(prev);
          expect(original.slice(c.start, c.end)).toBe(c.before);
          expect(c.before).not.toBe(c.after);
          prev = c.end;
        }
        // 3. every cleaned offset maps inside the original; unchanged characters map exactly
        const map = d.map;
        const text = d.text;
        const inside = new Uint8Array(text.length + 1);
        for (let i = 0; i < changes.length; i++) {
          for (let k = map.cleanedStartOf(i); k < map.cleanedEndOf(i); k++) inside[k] = 1;
        }
        for (let c = 0; c <= text.length; c++) {
          const o = map.toOriginal(c);
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThanOrEqual(original.length);
          if (c < text.length && !inside[c]) {
            expect(original[o]).toBe(text[c]);
            expect(map.toCleaned(o)).toBe(c);
          }
        }
        // 4. a span maps to an original span that contains what produced it
        for (let c = 0; c < text.length; c++) {
          const span = map.spanToOriginal(c, c + 1);
          expect(span.start).toBeLessThanOrEqual(span.end);
          if (!inside[c]) expect(original.slice(span.start, span.end)).toBe(text[c]);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('PositionMap', () => {
  // 'ab[XYZ→Q]cd' plus a deletion and an insertion
  const original = 'abXYZcd--ef';
  const changes = [
    { start: 2, end: 5, after: 'Q' },
    { start: 7, end: 9, after: '' },
    { start: 10, end: 10, after: '++' },
  ];
  const cleaned = applyChanges(original, changes);
  const map = new PositionMap(changes, original.length);

  it('derives the cleaned length', () => {
    expect(cleaned).toBe('abQcde++f');
    expect(map.cleanedLength).toBe(cleaned.length);
  });

  it('maps offsets inside a replaced span to its bounds', () => {
    expect(map.toOriginal(2, 'start')).toBe(2);
    expect(map.toOriginal(3, 'end')).toBe(5);
    expect(map.spanToOriginal(2, 3)).toEqual({ start: 2, end: 5 });
    expect(map.spanToCleaned(3, 4)).toEqual({ start: 2, end: 3 });
  });

  it('does not pull deleted text into a span that ends before a deletion', () => {
    // cleaned 'cd' = [3,5) → original [5,7), not [5,9)
    expect(map.spanToOriginal(3, 5)).toEqual({ start: 5, end: 7 });
    // cleaned 'e' starts after the deletion
    expect(map.spanToOriginal(5, 6)).toEqual({ start: 9, end: 10 });
  });

  it('maps an insertion to an empty original span', () => {
    expect(map.spanToOriginal(6, 8)).toEqual({ start: 10, end: 10 });
    expect(map.toOriginal(8)).toBe(10);
    expect(original[map.toOriginal(8)]).toBe('f');
  });
});

import { describe, expect, it } from 'vitest';
import { firstAtOrAfter } from './sorted.js';

describe('firstAtOrAfter', () => {
  const spans = [
    { start: 0, end: 3 },
    { start: 5, end: 9 },
    { start: 5, end: 12 },
    { start: 20, end: 21 },
  ];
  it.each([
    [-1, 0],
    [0, 0],
    [1, 1],
    [5, 1],
    [6, 3],
    [20, 3],
    [21, 4],
  ])('by start, at %i → %i', (pos, index) => {
    expect(firstAtOrAfter(spans, pos)).toBe(index);
  });
  it('by end, and on an empty list', () => {
    expect(firstAtOrAfter(spans, 9, 'end')).toBe(1);
    expect(firstAtOrAfter(spans, 10, 'end')).toBe(2);
    expect(firstAtOrAfter([], 5)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { firstAtOrAfter, insideAny } from './sorted.js';

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

describe('insideAny', () => {
  const spans = [
    { start: 2, end: 5 },
    { start: 9, end: 9 },
    { start: 10, end: 14 },
  ];
  it.each([
    [1, undefined, false],
    [2, undefined, true],
    [4, undefined, true],
    [5, undefined, false],
    [9, undefined, false], // an empty span holds nothing
    [13, undefined, true],
    [14, undefined, false],
    [0, 3, true], // a range overlapping the first span
    [5, 9, false],
    [5, 11, true],
  ])('[%i, %s)', (start, end, inside) => {
    expect(insideAny(spans, start, end)).toBe(inside);
  });
});

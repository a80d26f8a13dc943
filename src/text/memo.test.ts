import { describe, expect, it } from 'vitest';
import { memoizeBounded, memoizeLast } from './memo.js';

describe('memoizeLast', () => {
  it('computes again only when the input changes', () => {
    const seen: string[] = [];
    const length = memoizeLast((s: string) => (seen.push(s), s.length));
    expect([length('abc'), length('abc'), length('de'), length('abc')]).toEqual([3, 3, 2, 3]);
    expect(seen).toEqual(['abc', 'de', 'abc']);
  });
});

describe('memoizeBounded', () => {
  it('computes each key once, remembers undefined results too', () => {
    const seen: string[] = [];
    const lookup = memoizeBounded((k: string) => (seen.push(k), k === 'x' ? undefined : k.toUpperCase()), 10);
    expect(['a', 'x', 'a', 'x', 'b'].map(lookup)).toEqual(['A', undefined, 'A', undefined, 'B']);
    expect(seen).toEqual(['a', 'x', 'b']);
  });

  it('never holds more than its bound: when full it forgets and starts again', () => {
    const seen: string[] = [];
    const lookup = memoizeBounded((k: string) => (seen.push(k), k), 2);
    for (const k of ['a', 'b', 'c', 'a', 'c', 'b', 'c']) lookup(k);
    // a, b fill it; c empties it and stays; a is computed again (forgotten) and c is still
    // there; b empties it again, so c is computed once more
    expect(seen).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });
});

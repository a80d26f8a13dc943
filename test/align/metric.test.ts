import { describe, expect, it } from 'vitest';
import { AlignmentScorer, parseBeadFile, scoreAlignment } from '../../src/align/metric.js';

describe('strict and lax scores (Vecalign score.py)', () => {
  const gold = parseBeadFile('[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[4]:[2, 3]\n');

  it('parses the bead format', () => {
    expect(gold).toEqual([[[0], [0]], [[1, 2], [1]], [[3], []], [[4], [2, 3]]]);
  });

  it('identical alignment scores 1', () => {
    const s = scoreAlignment(gold, gold);
    expect(s.f1Strict).toBe(1);
    expect(s.f1Lax).toBe(1);
  });

  it('a split bead is wrong strictly but right laxly', () => {
    const test = parseBeadFile('[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n[4]:[2, 3]\n');
    const s = scoreAlignment(gold, test);
    // predicted: 0:0 ok, 1:1 lax, 2: lax? no (empty target), 3: ok (deletion in gold), 4:2,3 ok → 3 of 5 strict
    expect(s.precisionStrict).toBeCloseTo(3 / 5);
    // recall over gold beads non-empty on both sides: 0:0, 4:2,3 found of 3
    expect(s.recallStrict).toBeCloseTo(2 / 3);
    expect(s.precisionLax).toBeCloseTo(4 / 5);
    expect(s.recallLax).toBeCloseTo(1);
  });

  it('sums counts over documents (micro average)', () => {
    const acc = new AlignmentScorer();
    acc.add(gold, gold);
    acc.add(parseBeadFile('[0]:[0]\n'), parseBeadFile('[0]:[]\n[]:[0]\n'));
    const s = acc.score();
    expect(s.precisionStrict).toBeCloseTo(4 / 6);
    expect(s.recallStrict).toBeCloseTo(3 / 4);
  });
});

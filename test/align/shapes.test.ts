import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignUnits } from '../../src/align/align-units.js';
import { alignTextsWithEmbeddings } from '../../src/align/align-text.js';
import { NTREX_CASES, NTREX_DOCS } from './fixtures/ntrex-cases.js';
import type { Bead } from '../../src/align/types.js';

const key = (s: readonly number[], t: readonly number[]): string => `${s.join(',')}:${t.join(',')}`;
const keys = (beads: Bead[]): string[] => beads.map((b) => key(b.source, b.target));

/** Every unit of both sides exactly once, in order, beads contiguous. */
function expectCovering(beads: Bead[], n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    expect(b.source.length + b.target.length).toBeGreaterThan(0);
    for (const x of b.source) expect(x).toBe(i++);
    for (const y of b.target) expect(y).toBe(j++);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
  expect(i).toBe(n);
  expect(j).toBe(m);
}

describe('bead shapes on real NTREX windows', () => {
  it.each(Object.keys(NTREX_CASES))('%s bead is found', (shape) => {
    const c = NTREX_CASES[shape]!;
    const r = alignUnits(c.ru, c.en);
    expectCovering(r.beads, c.ru.length, c.en.length);
    expect(keys(r.beads)).toContain(key(c.bead[0], c.bead[1]));
  });

  it.each(Object.keys(NTREX_DOCS))('%s bead is found in a whole document', (shape) => {
    const c = NTREX_DOCS[shape]!;
    const r = alignUnits(c.ru, c.en);
    expectCovering(r.beads, c.ru.length, c.en.length);
    expect(keys(r.beads)).toContain(key(c.bead[0], c.bead[1]));
  });
});

describe('search invariants', () => {
  it('covers every unit once for arbitrary inputs (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 40 }), fc.array(fc.string({ maxLength: 80 }), { maxLength: 40 }), (a, b) => {
        const r = alignUnits(a, b);
        expectCovering(r.beads, a.length, b.length);
      }),
      { numRuns: 60 },
    );
  });

  it('a pathological pair (3 units against 3,000) finishes and covers everything', () => {
    const base = NTREX_CASES['1-1']!;
    const ru = base.ru.slice(0, 3);
    const en = Array.from({ length: 3000 }, (_, k) => base.en[k % base.en.length]!);
    const r = alignUnits(ru, en);
    expectCovering(r.beads, 3, 3000);
    expect(r.parallel.verdict).not.toBe('parallel');
  });

  it('empty sides give only 1-0 or 0-1 beads', () => {
    expect(keys(alignUnits(['а', 'б'], []).beads)).toEqual(['0:', '1:']);
    expect(keys(alignUnits([], ['a']).beads)).toEqual([':0']);
    expect(alignUnits([], []).beads).toEqual([]);
  });

  it('restricting shapes is honoured', () => {
    const c = NTREX_CASES['2-1']!;
    const r = alignUnits(c.ru, c.en, { shapes: ['1-1', '1-0', '0-1'] });
    for (const b of r.beads) expect(b.source.length + b.target.length).toBeLessThanOrEqual(2);
  });

  it('caller-supplied embeddings are used as evidence', async () => {
    // toy "model": one dimension per topic word, in either language
    const topics = [/полиц|police/i, /школ|school/i, /погод|weather/i];
    const vec = (t: string): number[] => [...topics.map((re): number => (re.test(t) ? 1 : 0)), 0.1];
    const ru = ['Полиция задержала двоих.', 'Школы закрыты сегодня.', 'Погода будет тёплой.'];
    const en = ['Schools are closed today.', 'Police detained two.', 'The weather will be warm.'];
    // without embeddings the order forces 1-1 by position; with them, the crossing is visible as low similarity
    const plain = alignUnits(ru, en, { anchors: false });
    const withVec = alignUnits(ru, en, { vectors: { source: ru.map(vec), target: en.map(vec) } });
    expect(plain.beads[0]!.evidence.embedding).toBeUndefined();
    expect(withVec.beads.find((b) => b.source.includes(2))!.evidence.embedding).toBeGreaterThan(0.9);
    expect(keys(withVec.beads)).toContain('2:2');
    // the async hook of alignTextsWithEmbeddings is called once per side with the unit texts
    const calls: string[][] = [];
    const a = await alignTextsWithEmbeddings(ru.join('\n'), en.join('\n'), async (texts) => (calls.push(texts), texts.map(vec)), { units: 'lines' });
    expect(calls).toEqual([ru, en]);
    expect(a.beads.find((b) => b.source.includes(2))!.evidence.embedding).toBeGreaterThan(0.9);
  });
});

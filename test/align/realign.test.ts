import { describe, expect, it } from 'vitest';
import { alignUnits } from '../../src/align/align-units.js';
import { learnDictionary } from '../../src/align/realign.js';
import { NTREX_CASES, NTREX_DOCS } from './fixtures/ntrex-cases.js';

describe('dictionary learnt from a first pass', () => {
  const docs = [...Object.values(NTREX_DOCS), ...Object.values(NTREX_CASES)];
  const ru = docs.flatMap((d) => d.ru);
  const en = docs.flatMap((d) => d.en);
  const first = alignUnits(ru, en, { realign: false });
  const beads = first.beads.map((b) => [b.source[0] ?? 0, (b.source[b.source.length - 1] ?? -1) + 1, b.target[0] ?? 0, (b.target[b.target.length - 1] ?? -1) + 1] as const);

  it('learns mutual-best stem pairs that occur on both sides', () => {
    const learnt = learnDictionary(ru, en, beads);
    const pairs = new Set(learnt.source.flat().map((a) => a.key));
    expect(pairs.size).toBeGreaterThan(0);
    const srcStems = new Set<string>();
    const tgtStems = new Set<string>();
    for (const key of pairs) {
      const [r, e] = key.slice(2).split('|') as [string, string];
      expect(srcStems.has(r)).toBe(false);
      expect(tgtStems.has(e)).toBe(false);
      srcStems.add(r);
      tgtStems.add(e);
      expect(ru.some((l) => l.toLowerCase().includes(r))).toBe(true);
      expect(en.some((l) => l.toLowerCase().includes(e))).toBe(true);
    }
    // every target anchor belongs to a pair the source side has
    for (const a of learnt.target.flat()) expect(pairs.has(a.key)).toBe(true);
  });

  it('learns nothing from too few beads', () => {
    const learnt = learnDictionary(ru.slice(0, 5), en.slice(0, 5), beads.slice(0, 5));
    expect(learnt.source.flat()).toEqual([]);
  });

  it('a forced second pass keeps a covering alignment of the same quality', () => {
    const second = alignUnits(ru, en, { realign: true });
    const flat = second.beads.flatMap((b) => b.source);
    expect(flat).toEqual(ru.map((_, i) => i));
    const same = second.beads.filter((b) => first.beads.some((f) => f.source.join() === b.source.join() && f.target.join() === b.target.join())).length;
    expect(same / second.beads.length).toBeGreaterThan(0.9);
  });
});

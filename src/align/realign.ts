/**
 * A bilingual dictionary learnt from a first alignment (as hunalign's `-realign`): word
 * stems that co-occur in aligned beads far more often than chance, mutually best, become
 * anchors for a second pass. Unsupervised and per document.
 *
 * @packageDocumentation
 */
import { ANCHOR_WEIGHTS, type Anchor } from './anchors.js';

const WORD = /\p{L}{3,}/gu;
const STEM = 5;
const MAX_BEADS = 6000;
const MIN_COOC = 3;
/** Below this many beads, co-occurrence counts are noise: no second pass. */
const MIN_BEADS = 30;

function stems(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) out.add(m[0].toLowerCase().slice(0, STEM));
  return [...out];
}

/** Learnt anchors per unit of each side. */
export interface LearntAnchors {
  /** Anchors to add to each source unit. */
  source: Anchor[][];
  /** Anchors to add to each target unit. */
  target: Anchor[][];
}

/**
 * Learn stem pairs from beads `[s0, s1, t0, t1]` (half-open unit ranges): pairs with at
 * least 3 co-occurrences, Dice ≥ 0.5 and lift ≥ 3, mutually best. Returns the anchors they
 * produce on every unit.
 */
export function learnDictionary(
  source: readonly string[],
  target: readonly string[],
  beads: ReadonlyArray<readonly [number, number, number, number]>,
): LearntAnchors {
  const srcStems = source.map(stems);
  const tgtStems = target.map(stems);
  const ids = new Map<string, number>();
  const id = (s: string): number => {
    let v = ids.get(s);
    if (v === undefined) {
      v = ids.size;
      ids.set(s, v);
    }
    return v;
  };
  const full = beads.filter((b) => b[1] > b[0] && b[3] > b[2] && b[1] - b[0] + b[3] - b[2] <= 4);
  const step = Math.max(1, Math.ceil(full.length / MAX_BEADS));
  const sample = full.filter((_, k) => k % step === 0);
  const N = sample.length;
  if (N < MIN_BEADS) return { source: source.map(() => []), target: target.map(() => []) };
  const fr = new Map<number, number>();
  const fe = new Map<number, number>();
  const beadSide = (units: string[][], a: number, b: number): number[] => {
    const set = new Set<number>();
    for (let u = a; u < b; u++) for (const s of units[u]!) set.add(id(s));
    return [...set];
  };
  const rows: Array<[number[], number[]]> = [];
  for (const [s0, s1, t0, t1] of sample) {
    const r = beadSide(srcStems, s0, s1).map((x) => x * 2);
    const e = beadSide(tgtStems, t0, t1).map((x) => x * 2 + 1);
    for (const x of r) fr.set(x, (fr.get(x) ?? 0) + 1);
    for (const x of e) fe.set(x, (fe.get(x) ?? 0) + 1);
    rows.push([r, e]);
  }
  const maxDf = Math.max(3, N / 5);
  const keep = (f: Map<number, number>, x: number): boolean => {
    const c = f.get(x)!;
    return c >= 2 && c <= maxDf;
  };
  const cooc = new Map<number, number>();
  // small-integer keys (no heap numbers) while the id space allows it
  const SCALE = ids.size < 30_000 ? ids.size * 2 + 2 : 2 ** 26;
  for (const [r, e] of rows) {
    const rk = r.filter((x) => keep(fr, x));
    const ek = e.filter((x) => keep(fe, x));
    for (const x of rk) for (const y of ek) {
      const key = x * SCALE + y;
      cooc.set(key, (cooc.get(key) ?? 0) + 1);
    }
  }
  const bestR = new Map<number, [number, number]>();
  const bestE = new Map<number, [number, number]>();
  for (const [key, c] of cooc) {
    if (c < MIN_COOC) continue;
    const x = Math.floor(key / SCALE);
    const y = key - x * SCALE;
    const a = fr.get(x)!;
    const b = fe.get(y)!;
    const dice = (2 * c) / (a + b);
    if (dice < 0.5 || (c * N) / (a * b) < 3) continue;
    if (dice > (bestR.get(x)?.[1] ?? 0)) bestR.set(x, [y, dice]);
    if (dice > (bestE.get(y)?.[1] ?? 0)) bestE.set(y, [x, dice]);
  }
  const names: string[] = [];
  for (const [s, v] of ids) names[v] = s;
  const pairBySrc = new Map<string, [string, number]>();
  const pairByTgt = new Map<string, string>();
  for (const [x, [y, dice]] of bestR) {
    if (bestE.get(y)?.[0] !== x) continue;
    const rs = names[x / 2]!;
    const es = names[(y - 1) / 2]!;
    pairBySrc.set(rs, [es, dice]);
    pairByTgt.set(es, rs);
  }
  const weight = ANCHOR_WEIGHTS.learnt;
  return {
    source: srcStems.map((list) =>
      list.flatMap((s) => {
        const p = pairBySrc.get(s);
        return p ? [{ key: `l:${s}|${p[0]}`, kind: 'learnt' as const, weight: weight * p[1], surface: s }] : [];
      }),
    ),
    target: tgtStems.map((list) =>
      list.flatMap((e) => {
        const r = pairByTgt.get(e);
        if (r === undefined) return [];
        const dice = pairBySrc.get(r)![1];
        return [{ key: `l:${r}|${e}`, kind: 'learnt' as const, weight: weight * dice, surface: e }];
      }),
    ),
  };
}

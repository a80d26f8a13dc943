/**
 * Plain Gale–Church (1993) aligner, as a baseline: character lengths only, ratio 1,
 * variance 6.8, shapes 1-1, 1-0, 0-1, 2-1, 1-2, 2-2 with the paper's priors, full DP.
 *
 * @packageDocumentation
 */
import { GC_VARIANCE } from './length-model.js';
import { searchPath, type CostParams, type SideData } from './search.js';

const PRIORS: Array<[number, number, number]> = [
  [1, 1, 0.89],
  [1, 0, 0.0099 / 2],
  [0, 1, 0.0099 / 2],
  [2, 1, 0.089 / 2],
  [1, 2, 0.089 / 2],
  [2, 2, 0.011],
];

/** Align with the original Gale–Church model. Returns beads as [source indices, target indices]. */
export function galeChurchAlign(source: readonly string[], target: readonly string[]): Array<[number[], number[]]> {
  const side = (texts: readonly string[]): SideData => ({
    len: Float64Array.from(texts.map((t) => t.trim().length)),
    keys: texts.map(() => new Int32Array(0)),
    weights: texts.map(() => new Float64Array(0)),
  });
  const params: CostParams = { ratio: 1, variance: GC_VARIANCE, anchorScale: 0, galeChurchDeletions: true, shapes: PRIORS.map(([s, t, p]) => ({ s, t, cost: -Math.log(p) })) };
  const path = searchPath(side(source), side(target), params, { window: 50, fullLimit: 4_000_000 });
  const out: Array<[number[], number[]]> = [];
  for (let k = 0; k + 1 < path.src.length; k++) {
    const s: number[] = [];
    const t: number[] = [];
    for (let i = path.src[k]!; i < path.src[k + 1]!; i++) s.push(i);
    for (let j = path.tgt[k]!; j < path.tgt[k + 1]!; j++) t.push(j);
    out.push([s, t]);
  }
  return out;
}

/**
 * Gale–Church length model: the target length of a translation is about `ratio` times the
 * source length, with variance proportional to the length.
 *
 * @packageDocumentation
 */

/** Variance per character of the length difference (Gale & Church 1993: 6.8). */
export const GC_VARIANCE = 6.8;

/**
 * −log of the two-sided tail probability 2·(1 − Φ(|z|)) = erfc(|z|/√2), computed in log
 * space so that it stays finite for large |z| (Numerical Recipes `erfcc`, relative error
 * below 1.2e-7).
 */
export function negLogTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) + poly);
}

/**
 * Standardised length difference of a bead: source length `ls`, target length `lt`,
 * expected ratio `ratio` (target chars per source char), variance `variance`.
 */
export function lengthDelta(ls: number, lt: number, ratio: number, variance = GC_VARIANCE): number {
  const mean = Math.max(1, (ls + lt / ratio) / 2);
  return (lt - ratio * ls) / Math.sqrt(variance * mean);
}

/** −log probability of the lengths of a bead under the Gale–Church model. */
export function lengthCost(ls: number, lt: number, ratio: number, variance = GC_VARIANCE): number {
  return negLogTail(lengthDelta(ls, lt, ratio, variance));
}

/**
 * Search for the best monotone bead path: a dynamic programme restricted to a corridor,
 * with the corridor found Vecalign-style by aligning a coarser copy of both sides (adjacent
 * units merged pairwise) and widening its path by a window. Time and memory are linear in
 * the number of units (times the window), whatever the length of the input.
 *
 * @packageDocumentation
 */
import { lengthCost } from './length-model.js';

/** A bead shape with its prior cost (−log probability). */
export interface BeadShape {
  /** Source units in the bead. */
  s: number;
  /** Target units in the bead. */
  t: number;
  /** −log prior probability of the shape. */
  cost: number;
}

/** Units of one side as the search sees them. */
export interface SideData {
  /** Length of each unit (characters). */
  len: Float64Array;
  /** Anchor key ids of each unit, sorted ascending, unique. */
  keys: Int32Array[];
  /** Weight of each key (parallel to `keys`). */
  weights: Float64Array[];
  /** Number of sentences in each unit (optional). */
  sentences?: Float64Array;
  /**
   * Omission evidence of each unit (optional): weight of its distinctive anchors (numbers,
   * dates, names, URLs, ids) that the other document lacks altogether.
   */
  orphan?: Float64Array;
}

/** Parameters of the bead cost. */
export interface CostParams {
  /** Expected target/source length ratio. */
  ratio: number;
  /** Length variance per character. */
  variance: number;
  /** Nats of bonus per unit of matched anchor weight. */
  anchorScale: number;
  /** Bead shapes allowed, with their priors. */
  shapes: readonly BeadShape[];
  /** Score 1-0/0-1 beads as Gale–Church did (length mismatch) instead of a bounded cost. */
  galeChurchDeletions?: boolean;
  /** Base cost of a 1-0 or 0-1 bead beyond its prior (default 0). */
  deletionCost?: number;
  /** Nats of cost per sentence of difference between the two sides of a bead (capped at 3). */
  sentencePenalty?: number;
  /** Nats taken off a unit's deletion cost per unit of its omission evidence (`SideData.orphan`). */
  orphanScale?: number;
}

/** Search options. */
export interface SearchOptions {
  /** Half-width of the corridor around the projected coarse path (units). */
  window: number;
  /** Largest number of DP cells aligned without a coarser pass. */
  fullLimit: number;
  /** Called with (done, total) rows as the finest pass proceeds. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /**
   * Locked pairs (source unit, target unit) that must end up in the same bead, ascending
   * on both sides: hard boundaries of the search.
   */
  locks?: ReadonlyArray<readonly [number, number]> | undefined;
  /** A path at the same resolution (e.g. a first pass) to search around instead of a coarser pass. */
  guide?: GridPath | undefined;
}

/**
 * Clamp a corridor so that each locked pair (a, b) lies in one bead: no path node may
 * separate them (rows ≤ a stay at columns ≤ b, rows > a start at columns > b).
 */
export function applyLocks(lo: Int32Array, hi: Int32Array, locks: ReadonlyArray<readonly [number, number]>): void {
  const n = lo.length - 1;
  let k = 0;
  // hi[i] <= b for the first lock with a >= i
  for (let i = 0; i <= n; i++) {
    while (k < locks.length && locks[k]![0] < i) k++;
    if (k < locks.length && hi[i]! > locks[k]![1]) hi[i] = locks[k]![1];
  }
  k = locks.length - 1;
  for (let i = n; i >= 0; i--) {
    while (k >= 0 && locks[k]![0] >= i) k--;
    if (k >= 0 && lo[i]! < locks[k]![1] + 1) lo[i] = locks[k]![1] + 1;
  }
}

/** A path through the alignment grid: node k is (src[k], tgt[k]), from (0,0) to (n,m). */
export interface GridPath {
  /** Source positions. */
  src: number[];
  /** Target positions. */
  tgt: number[];
}

/**
 * Cost of leaving a unit of `chars` characters unaligned (beyond the shape prior). Gale and
 * Church score it as an extreme length mismatch, which grows with the unit and makes
 * deletions of real sentences practically impossible; as in Vecalign, a bounded cost is
 * used instead: it grows slowly with length and saturates.
 */
export function deletionCost(chars: number, params: CostParams): number {
  const base = params.deletionCost ?? 0;
  return base + Math.min(4, Math.sqrt(chars) / 5);
}

/** Omission evidence of a unit counts up to this weight (one number): the signal is presence, not amount. */
const ORPHAN_CAP = 1;

/** Omission discount (nats) for deleting unit `u` of `side`. */
function orphanDiscount(side: SideData, u: number, params: CostParams): number {
  const o = side.orphan;
  return o === undefined || !params.orphanScale ? 0 : params.orphanScale * Math.min(ORPHAN_CAP, o[u]!);
}

/** Sum of weights of the keys two units share (min weight per shared key). */
export function sharedWeight(ka: Int32Array, wa: Float64Array, kb: Int32Array, wb: Float64Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < ka.length && j < kb.length) {
    const x = ka[i]!;
    const y = kb[j]!;
    if (x === y) {
      sum += Math.min(wa[i]!, wb[j]!);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Scratch space for {@link unionShared}: per key id, a stamp and the best target weight. */
class KeyScratch {
  stamp = new Int32Array(1024);
  weight = new Float64Array(1024);
  current = 0;
  ensure(size: number): void {
    if (size <= this.stamp.length) return;
    let n = this.stamp.length;
    while (n < size) n *= 2;
    const stamp = new Int32Array(n);
    stamp.set(this.stamp);
    const weight = new Float64Array(n);
    weight.set(this.weight);
    this.stamp = stamp;
    this.weight = weight;
  }
}

const scratch = new KeyScratch();
/**
 * Multi-unit beads collect anchors from more text, including anchors repeated across
 * neighbouring sentences; their bonus is damped by (s·t)^−0.15 so that they do not win
 * over a sequence of 1-1 beads merely by being larger. Indexed by s·4 + t.
 */
const MULTI_BEAD_DAMPING = new Float64Array(16).map((_, k) => Math.pow(Math.max(1, Math.floor(k / 4) * (k % 4)), -0.15));

/**
 * Anchor bonus of a multi-unit bead from its raw bonus (anchor scale × union shared weight):
 * damped by {@link MULTI_BEAD_DAMPING}, but the damping takes away at most one full-weight
 * anchor's worth (`anchorScale` nats). Without the bound, a bead rich in evidence (a 3-2 bead
 * of sentences full of numbers and names, where the middle sentence is split across the two
 * translations) loses a quarter of all its evidence and the search prefers a wrong split
 * that drops only the one anchor crossing it.
 */
function multiBonus(bonus: number, s: number, t: number, anchorScale: number): number {
  return bonus - Math.min(anchorScale, bonus * (1 - MULTI_BEAD_DAMPING[s * 4 + t]!));
}

/**
 * Shared weight of a multi-unit bead: keys of the union of its source units matched
 * against the union of its target units, each key counted once. Linear in the keys.
 */
export function unionShared(src: SideData, tgt: SideData, s0: number, s1: number, t0: number, t1: number): number {
  const cur = ++scratch.current;
  if (cur > 2_000_000_000) {
    scratch.stamp.fill(0);
    scratch.current = 1;
    return unionShared(src, tgt, s0, s1, t0, t1);
  }
  const stamp = (): Int32Array => scratch.stamp;
  for (let b = t0; b < t1; b++) {
    const kb = tgt.keys[b]!;
    const wb = tgt.weights[b]!;
    for (let y = 0; y < kb.length; y++) {
      const key = kb[y]!;
      if (key >= scratch.stamp.length) scratch.ensure(key + 1);
      const st = stamp();
      if (st[key] !== cur) {
        st[key] = cur;
        scratch.weight[key] = wb[y]!;
      } else if (wb[y]! > scratch.weight[key]!) scratch.weight[key] = wb[y]!;
    }
  }
  let sum = 0;
  const st = stamp();
  for (let a = s0; a < s1; a++) {
    const ka = src.keys[a]!;
    const wa = src.weights[a]!;
    for (let x = 0; x < ka.length; x++) {
      const key = ka[x]!;
      if (key >= st.length || st[key] !== cur) continue;
      const wt = scratch.weight[key]!;
      if (wt <= 0) continue;
      sum += Math.min(wa[x]!, wt);
      scratch.weight[key] = 0; // count each key once
    }
  }
  return sum;
}

function mergeKeys(ka: Int32Array, wa: Float64Array, kb: Int32Array, wb: Float64Array): [Int32Array, Float64Array] {
  const keys: number[] = [];
  const weights: number[] = [];
  let i = 0;
  let j = 0;
  while (i < ka.length || j < kb.length) {
    if (j >= kb.length || (i < ka.length && ka[i]! < kb[j]!)) {
      keys.push(ka[i]!);
      weights.push(wa[i]!);
      i++;
    } else if (i >= ka.length || kb[j]! < ka[i]!) {
      keys.push(kb[j]!);
      weights.push(wb[j]!);
      j++;
    } else {
      keys.push(ka[i]!);
      weights.push(Math.max(wa[i]!, wb[j]!));
      i++;
      j++;
    }
  }
  return [Int32Array.from(keys), Float64Array.from(weights)];
}

/** Merge adjacent units pairwise (unit k of the result = units 2k and 2k+1). */
export function downsample(side: SideData): SideData {
  const n = side.len.length;
  const half = Math.ceil(n / 2);
  const len = new Float64Array(half);
  const keys: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (let k = 0; k < half; k++) {
    const a = 2 * k;
    const b = a + 1;
    if (b < n) {
      len[k] = side.len[a]! + side.len[b]!;
      const [ks, ws] = mergeKeys(side.keys[a]!, side.weights[a]!, side.keys[b]!, side.weights[b]!);
      keys.push(ks);
      weights.push(ws);
    } else {
      len[k] = side.len[a]!;
      keys.push(side.keys[a]!);
      weights.push(side.weights[a]!);
    }
  }
  const out: SideData = { len, keys, weights };
  const pairSum = (x: Float64Array): Float64Array => {
    const y = new Float64Array(half);
    for (let k = 0; k < half; k++) y[k] = x[2 * k]! + (2 * k + 1 < n ? x[2 * k + 1]! : 0);
    return y;
  };
  if (side.sentences !== undefined) out.sentences = pairSum(side.sentences);
  if (side.orphan !== undefined) out.orphan = pairSum(side.orphan);
  return out;
}

/**
 * Cost of one bead (source units `s0..s1`, target units `t0..t1`, half-open) as the search
 * scores it: the shape's prior, the length term (or the deletion cost of a 1-0/0-1 bead), the
 * sentence-count term and minus the anchor bonus. Not used by the search's inner loop (which
 * computes the same terms incrementally); it explains a bead and compares paths in tests.
 * Returns Infinity for a shape that `params.shapes` does not allow.
 */
export function beadCost(src: SideData, tgt: SideData, s0: number, s1: number, t0: number, t1: number, params: CostParams): number {
  const sh = params.shapes.find((x) => x.s === s1 - s0 && x.t === t1 - t0);
  if (sh === undefined) return Infinity;
  let ls = 0;
  let lt = 0;
  for (let a = s0; a < s1; a++) ls += src.len[a]!;
  for (let b = t0; b < t1; b++) lt += tgt.len[b]!;
  const empty = sh.s === 0 || sh.t === 0;
  let c = sh.cost + (empty && !params.galeChurchDeletions ? deletionCost(ls + lt, params) : lengthCost(ls, lt, params.ratio, params.variance));
  if (empty) return params.galeChurchDeletions ? c : c - (sh.s === 1 ? orphanDiscount(src, s0, params) : orphanDiscount(tgt, t0, params));
  const sentPenalty = params.sentencePenalty ?? 0;
  if (sentPenalty > 0 && src.sentences !== undefined && tgt.sentences !== undefined) {
    let ns = 0;
    let nt = 0;
    for (let a = s0; a < s1; a++) ns += src.sentences[a]!;
    for (let b = t0; b < t1; b++) nt += tgt.sentences[b]!;
    c += sentPenalty * Math.min(3, Math.abs(ns - nt));
  }
  if (sh.s === 1 && sh.t === 1) return c - params.anchorScale * sharedWeight(src.keys[s0]!, src.weights[s0]!, tgt.keys[t0]!, tgt.weights[t0]!);
  return c - multiBonus(params.anchorScale * unionShared(src, tgt, s0, s1, t0, t1), sh.s, sh.t, params.anchorScale);
}

function prefix(len: Float64Array): Float64Array {
  const out = new Float64Array(len.length + 1);
  for (let i = 0; i < len.length; i++) out[i + 1] = out[i]! + len[i]!;
  return out;
}

/**
 * Dynamic programme over the corridor rows `lo[i]..hi[i]` (inclusive) of the grid
 * (n+1)×(m+1). Returns the best path, or undefined if the corridor does not connect.
 */
export function corridorSearch(
  src: SideData,
  tgt: SideData,
  lo: Int32Array,
  hi: Int32Array,
  params: CostParams,
  onProgress?: (done: number, total: number) => void,
): GridPath | undefined {
  const n = src.len.length;
  const m = tgt.len.length;
  const rowOff = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) rowOff[i + 1] = rowOff[i]! + Math.max(0, hi[i]! - lo[i]! + 1);
  const total = rowOff[n + 1]!;
  const cost = new Float64Array(total).fill(Infinity);
  const back = new Uint8Array(total);
  const ps = prefix(src.len);
  const pt = prefix(tgt.len);
  const sentPenalty = params.sentencePenalty ?? 0;
  const useSent = sentPenalty > 0 && src.sentences !== undefined && tgt.sentences !== undefined;
  const pss = useSent ? prefix(src.sentences!) : ps;
  const pts = useSent ? prefix(tgt.sentences!) : pt;
  const maxS = Math.max(...params.shapes.map((s) => s.s));
  const maxT = Math.max(...params.shapes.map((s) => s.t));
  // similarity of source unit a with target units b in [simLo[a], simLo[a] + simW[a])
  const simLo = new Int32Array(n);
  const simW = new Int32Array(n);
  const simOff = new Float64Array(n + 1);
  for (let a = 0; a < n; a++) {
    const from = Math.max(0, lo[a + 1]! - maxT);
    const to = Math.min(m, hi[Math.min(n, a + maxS)]!);
    simLo[a] = from;
    simW[a] = Math.max(0, to - from);
    simOff[a + 1] = simOff[a]! + simW[a]!;
  }
  const sims = new Float32Array(simOff[n]!);
  for (let a = 0; a < n; a++) {
    const ka = src.keys[a]!;
    if (ka.length === 0) continue;
    const wa = src.weights[a]!;
    const base = simOff[a]!;
    for (let d = 0; d < simW[a]!; d++) {
      const b = simLo[a]! + d;
      const kb = tgt.keys[b]!;
      if (kb.length === 0) continue;
      sims[base + d] = sharedWeight(ka, wa, kb, tgt.weights[b]!);
    }
  }
  const sim = (a: number, b: number): number => {
    const d = b - simLo[a]!;
    return d >= 0 && d < simW[a]! ? sims[simOff[a]! + d]! : 0;
  };
  const shapes = params.shapes;
  if (lo[0]! === 0) cost[0] = 0;
  const step = Math.max(1, Math.floor(n / 100));
  for (let i = 0; i <= n; i++) {
    const li = lo[i]!;
    const hiI = hi[i]!;
    const off = rowOff[i]!;
    for (let j = li; j <= hiI; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let arg = 0;
      for (let k = 0; k < shapes.length; k++) {
        const sh = shapes[k]!;
        const pi = i - sh.s;
        const pj = j - sh.t;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prev = cost[rowOff[pi]! + pj - lo[pi]!]!;
        if (prev === Infinity) continue;
        let c =
          prev +
          sh.cost +
          ((sh.s === 0 || sh.t === 0) && !params.galeChurchDeletions
            ? deletionCost(ps[i]! - ps[pi]! + pt[j]! - pt[pj]!, params) - (sh.s === 1 ? orphanDiscount(src, pi, params) : orphanDiscount(tgt, pj, params))
            : lengthCost(ps[i]! - ps[pi]!, pt[j]! - pt[pj]!, params.ratio, params.variance));
        if (useSent && sh.s > 0 && sh.t > 0) c += sentPenalty * Math.min(3, Math.abs(pss[i]! - pss[pi]! - (pts[j]! - pts[pj]!)));
        if (sh.s > 0 && sh.t > 0) {
          let any = 0;
          for (let a = pi; a < i; a++) for (let b = pj; b < j; b++) any += sim(a, b);
          if (any > 0) {
            // the union bonus never exceeds the pairwise sum: prune before computing it
            if (c - params.anchorScale * any >= best) continue;
            c -= sh.s === 1 && sh.t === 1 ? params.anchorScale * any : multiBonus(params.anchorScale * unionShared(src, tgt, pi, i, pj, j), sh.s, sh.t, params.anchorScale);
          }
        }
        if (c < best) {
          best = c;
          arg = k;
        }
      }
      cost[off + j - li] = best;
      back[off + j - li] = arg;
    }
    if (onProgress && i % step === 0) onProgress(i, n);
  }
  if (lo[n]! > m || hi[n]! < m || cost[rowOff[n]! + m - lo[n]!] === Infinity) return undefined;
  const srcPath: number[] = [n];
  const tgtPath: number[] = [m];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const sh = shapes[back[rowOff[i]! + j - lo[i]!]!]!;
    i -= sh.s;
    j -= sh.t;
    srcPath.push(i);
    tgtPath.push(j);
  }
  srcPath.reverse();
  tgtPath.reverse();
  return { src: srcPath, tgt: tgtPath };
}

/** Corridor around a path (coarse by `scale`, 2 by default) projected onto the fine grid, widened by `window`. */
export function corridorFromPath(path: GridPath, n: number, m: number, window: number, scale = 2): [Int32Array, Int32Array] {
  const baseLo = new Int32Array(n + 1).fill(m);
  const baseHi = new Int32Array(n + 1).fill(0);
  for (let k = 0; k + 1 < path.src.length; k++) {
    const x0 = Math.min(n, scale * path.src[k]!);
    const x1 = Math.min(n, scale * path.src[k + 1]!);
    const y0 = Math.min(m, scale * path.tgt[k]!);
    const y1 = Math.min(m, scale * path.tgt[k + 1]!);
    for (let i = x0; i <= x1; i++) {
      if (y0 < baseLo[i]!) baseLo[i] = y0;
      if (y1 > baseHi[i]!) baseHi[i] = y1;
    }
  }
  // make monotone (every row is covered, but be safe)
  for (let i = 1; i <= n; i++) {
    if (baseLo[i]! < baseLo[i - 1]!) baseLo[i] = baseLo[i - 1]!;
    if (baseHi[i]! < baseHi[i - 1]!) baseHi[i] = baseHi[i - 1]!;
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, baseLo[Math.max(0, i - window)]! - window);
    hi[i] = Math.min(m, baseHi[Math.min(n, i + window)]! + window);
  }
  lo[0] = 0;
  hi[n] = m;
  return [lo, hi];
}

function trivialPath(n: number, m: number): GridPath {
  const src: number[] = [0];
  const tgt: number[] = [0];
  for (let i = 1; i <= n; i++) {
    src.push(i);
    tgt.push(0);
  }
  for (let j = 1; j <= m; j++) {
    src.push(n);
    tgt.push(j);
  }
  return { src, tgt };
}

/**
 * Best path for two sides: full DP when small, otherwise recursively on a coarser copy
 * and then inside a corridor around the projected path (widened until it connects).
 */
export function searchPath(src: SideData, tgt: SideData, params: CostParams, options: SearchOptions): GridPath {
  const n = src.len.length;
  const m = tgt.len.length;
  if (n === 0 || m === 0) return trivialPath(n, m);
  const locks = options.locks ?? [];
  if ((n + 1) * (m + 1) <= options.fullLimit || Math.min(n, m) <= 4) {
    const lo = new Int32Array(n + 1);
    const hi = new Int32Array(n + 1).fill(m);
    if (locks.length > 0) {
      applyLocks(lo, hi, locks);
      const locked = corridorSearch(src, tgt, lo, hi, params, options.onProgress);
      if (locked !== undefined) return locked;
      lo.fill(0);
      hi.fill(m);
    }
    return corridorSearch(src, tgt, lo, hi, params, options.onProgress) ?? trivialPath(n, m);
  }
  if (options.guide !== undefined) {
    for (let w = options.window; w <= 4 * options.window; w *= 2) {
      const [lo, hi] = corridorFromPath(options.guide, n, m, w, 1);
      if (locks.length > 0 && w === options.window) applyLocks(lo, hi, locks);
      const path = corridorSearch(src, tgt, lo, hi, params, options.onProgress);
      if (path !== undefined) return path;
    }
  }
  const coarseLocks: Array<[number, number]> = [];
  for (const [a, b] of locks) {
    const last = coarseLocks[coarseLocks.length - 1];
    if (last === undefined || (a >> 1 > last[0] && b >> 1 > last[1])) coarseLocks.push([a >> 1, b >> 1]);
  }
  const coarse = searchPath(downsample(src), downsample(tgt), params, { ...options, onProgress: undefined, locks: coarseLocks });
  for (let w = options.window; ; w *= 2) {
    const [lo, hi] = corridorFromPath(coarse, n, m, w);
    if (locks.length > 0 && w === options.window) applyLocks(lo, hi, locks);
    const path = corridorSearch(src, tgt, lo, hi, params, options.onProgress);
    if (path !== undefined) return path;
    if (w > n + m) return trivialPath(n, m);
  }
}

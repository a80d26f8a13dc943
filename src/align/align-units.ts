/**
 * Align two lists of units (lines, sentences or paragraphs): length model with the ratio
 * estimated per document, lexical anchors as a bonus, unique anchors locked as hard
 * boundaries, a corridor search that is linear in the input, then a second pass with a
 * dictionary learnt from the first (as hunalign's `-realign`).
 *
 * @packageDocumentation
 */
import { conventionOf, extractAnchors, type Anchor } from './anchors.js';
import { lengthCost, lengthDelta } from './length-model.js';
import { searchPath, unionShared, type BeadShape, type CostParams, type GridPath, type SideData } from './search.js';
import { learnDictionary } from './realign.js';
import { parallelVerdict } from './verdict.js';
import type { AlignUnitsOptions, AnchorMatch, Bead, BeadShapeName, UnitAlignment } from './types.js';

/** Prior probabilities of the bead shapes (Gale–Church's, extended to 3-unit beads). */
export const SHAPE_PRIORS: Readonly<Record<BeadShapeName, number>> = {
  '1-1': 0.8,
  '1-2': 0.06,
  '2-1': 0.06,
  '2-2': 0.02,
  '1-3': 0.008,
  '3-1': 0.008,
  '2-3': 0.003,
  '3-2': 0.003,
  '1-0': 0.01,
  '0-1': 0.01,
};

/** All ten bead shapes. */
export const ALL_SHAPES: readonly BeadShapeName[] = ['1-1', '1-2', '2-1', '2-2', '1-3', '3-1', '2-3', '3-2', '1-0', '0-1'];

/** Nats of bonus per unit of matched anchor weight. */
const ANCHOR_SCALE = 3;
const DEFAULT_WINDOW = 6;
/**
 * The learnt-dictionary pass runs when more than this share of the first pass's beads
 * share no anchor (sparse evidence: other language pairs, text without names or numbers);
 * it is skipped for anchor-rich text, where it changed nothing on the derived ru–en gold
 * and costs a second search.
 */
const REALIGN_WHEN_UNANCHORED = 0.25;
const SENTENCE_PENALTY = 2;
/**
 * Nats taken off the cost of leaving a unit unaligned when it has a number, date, URL or
 * article id that the other document lacks altogether. Calibrated as a likelihood ratio on
 * the derived ru–en gold (books + news): 7 of 26 units that the translator left out carry
 * such an anchor, against 69 of 3,134 aligned units, a ratio of about 12 (2.5 nats).
 * Names are not used: their skeletons fail to match often enough that an unmatched name
 * is as common in aligned units as in omitted ones.
 */
const OMISSION_EVIDENCE = 2.5;
/**
 * Length variance per character: wider than Gale–Church's 6.8, as literary and news
 * translation is freer than parliamentary proceedings.
 */
export const DEFAULT_VARIANCE = 9;
/**
 * Keys found in more units than this carry too little evidence to be worth the time:
 * 100, or 2.5% of the units of a long document.
 */
const maxDf = (units: number): number => Math.max(100, Math.ceil(units / 40));
const FULL_LIMIT = 40_000;

function shapesOf(names: readonly BeadShapeName[]): BeadShape[] {
  return names.map((name) => {
    const [s, t] = name.split('-').map(Number) as [number, number];
    return { s, t, cost: -Math.log(SHAPE_PRIORS[name]) };
  });
}

/** Anchors of every unit of both sides, interned to shared integer keys. */
interface Prepared {
  src: SideData;
  tgt: SideData;
  srcAnchors: Anchor[][];
  tgtAnchors: Anchor[][];
  keyIds: Map<string, number>;
}

function unitLength(text: string): number {
  return text.trim().length;
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', '»', '”', '’', ')']);
const OPENING = new Set(['"', '«', '“', '„', '(', '—', '–', '-']);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();

/**
 * Number of sentences in a unit: terminal punctuation (and closing quotes) followed by
 * space and a capital (after an optional opening quote or dash), plus one. One linear scan.
 */
export function countSentences(text: string): number {
  if (text.trim() === '') return 0;
  let n = 1;
  let i = 0;
  while (i < text.length) {
    if (!TERMINAL.has(text[i]!)) {
      i++;
      continue;
    }
    while (i < text.length && TERMINAL.has(text[i]!)) i++;
    while (i < text.length && CLOSING.has(text[i]!)) i++;
    if (!isSpace(text[i])) continue;
    while (i < text.length && isSpace(text[i])) i++;
    let k = i;
    if (OPENING.has(text[k]!)) k++;
    while (k < text.length && isSpace(text[k]) && k - i < 3) k++;
    if (isUpper(text[k])) n++;
  }
  return n;
}

function buildSide(texts: readonly string[], anchors: Anchor[][], keyIds: Map<string, number>, damp: Map<number, number>): SideData {
  const len = new Float64Array(texts.length);
  const keys: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (let u = 0; u < texts.length; u++) {
    len[u] = unitLength(texts[u]!);
    const best = new Map<number, number>();
    for (const a of anchors[u]!) {
      const id = keyIds.get(a.key);
      if (id === undefined) continue;
      const w = a.weight * (damp.get(id) ?? 1);
      if (w > (best.get(id) ?? 0)) best.set(id, w);
    }
    const ids = [...best.keys()].sort((x, y) => x - y);
    keys.push(Int32Array.from(ids));
    weights.push(Float64Array.from(ids.map((id) => best.get(id)!)));
  }
  return { len, keys, weights, sentences: Float64Array.from(texts.map(countSentences)) };
}

function documentFrequency(anchors: Anchor[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const list of anchors) {
    const seen = new Set<string>();
    for (const a of list) {
      if (seen.has(a.key)) continue;
      seen.add(a.key);
      df.set(a.key, (df.get(a.key) ?? 0) + 1);
    }
  }
  return df;
}

/** Intern the keys present on both sides; damp frequent keys by 1/√df. */
function prepare(
  source: readonly string[],
  target: readonly string[],
  srcAnchors: Anchor[][],
  tgtAnchors: Anchor[][],
  orphans?: { src: Float64Array; tgt: Float64Array },
): Prepared {
  const dfS = documentFrequency(srcAnchors);
  const dfT = documentFrequency(tgtAnchors);
  const keyIds = new Map<string, number>();
  const damp = new Map<number, number>();
  const limit = maxDf(Math.max(source.length, target.length));
  for (const [key, ds] of dfS) {
    const dt = dfT.get(key);
    if (dt === undefined || Math.max(ds, dt) > limit) continue;
    const id = keyIds.size;
    keyIds.set(key, id);
    damp.set(id, 1 / Math.sqrt(Math.max(ds, dt)));
  }
  // keep only anchors that can match (on both sides): the rest is dead weight in memory
  for (const lists of [srcAnchors, tgtAnchors]) {
    for (let u = 0; u < lists.length; u++) {
      const list = lists[u]!;
      if (list.some((a) => !keyIds.has(a.key))) lists[u] = list.filter((a) => keyIds.has(a.key));
    }
  }
  const src = buildSide(source, srcAnchors, keyIds, damp);
  const tgt = buildSide(target, tgtAnchors, keyIds, damp);
  if (orphans !== undefined) {
    src.orphan = orphans.src;
    tgt.orphan = orphans.tgt;
  }
  return {
    src,
    tgt,
    srcAnchors,
    tgtAnchors,
    keyIds,
  };
}

/** Anchor kinds distinctive enough that their absence from the other document suggests an omission. */
const ORPHAN_KINDS = new Set<string>(['number', 'date', 'url', 'id']);

/** Weight of the distinctive anchors of a unit whose keys the other document lacks (each key once). */
function orphanWeight(list: readonly Anchor[], otherKeys: ReadonlySet<string>): number {
  let w = 0;
  let seen: Set<string> | undefined;
  for (const a of list) {
    if (!ORPHAN_KINDS.has(a.kind) || otherKeys.has(a.key)) continue;
    seen ??= new Set<string>();
    if (seen.has(a.key)) continue;
    seen.add(a.key);
    w += a.weight;
  }
  return w;
}

const LOCK_KINDS = new Set(['number', 'date', 'url', 'name', 'lexicon', 'footnote', 'id']);

/**
 * Pairs of units that share anchors found exactly once on each side, consistent in length,
 * chained monotonically (heaviest increasing chain): the hard boundaries of the search.
 */
export function findLocks(prep: Prepared, ratio: number, variance: number): Array<[number, number]> {
  const where = (lists: Anchor[][]): Map<string, number[]> => {
    const m = new Map<string, number[]>();
    lists.forEach((list, u) => {
      for (const a of list) {
        if (!LOCK_KINDS.has(a.kind) || !prep.keyIds.has(a.key)) continue;
        const at = m.get(a.key);
        if (at === undefined) m.set(a.key, [u]);
        else if (at[at.length - 1] !== u) at.push(u);
      }
    });
    return m;
  };
  const ws = where(prep.srcAnchors);
  const wt = where(prep.tgtAnchors);
  const pairScore = new Map<number, number>();
  const m = prep.tgt.len.length;
  for (const [key, us] of ws) {
    const ut = wt.get(key);
    if (us.length !== 1 || ut === undefined || ut.length !== 1) continue;
    const id = us[0]! * (m + 1) + ut[0]!;
    const w = key.startsWith('d:') || key.startsWith('u:') ? 2 : 1;
    pairScore.set(id, (pairScore.get(id) ?? 0) + w);
  }
  const cands: Array<[number, number, number]> = [];
  for (const [id, score] of pairScore) {
    if (score < 2) continue;
    const a = Math.floor(id / (m + 1));
    const b = id % (m + 1);
    if (Math.abs(lengthDelta(prep.src.len[a]!, prep.tgt.len[b]!, ratio, variance)) > 2) continue;
    cands.push([a, b, score]);
  }
  cands.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // heaviest chain increasing in both coordinates (O(k²) on the few candidates; capped)
  const k = Math.min(cands.length, 5000);
  const best = new Float64Array(k);
  const prev = new Int32Array(k).fill(-1);
  let top = -1;
  for (let i = 0; i < k; i++) {
    best[i] = cands[i]![2];
    for (let j = Math.max(0, i - 200); j < i; j++) {
      if (cands[j]![0] < cands[i]![0] && cands[j]![1] < cands[i]![1] && best[j]! + cands[i]![2] > best[i]!) {
        best[i] = best[j]! + cands[i]![2];
        prev[i] = j;
      }
    }
    if (top < 0 || best[i]! > best[top]!) top = i;
  }
  const chain: Array<[number, number]> = [];
  for (let i = top; i >= 0; i = prev[i]!) chain.push([cands[i]![0], cands[i]![1]]);
  return chain.reverse();
}

/**
 * Re-estimate the length ratio from the 1-1 beads of a first pass (robust to omissions);
 * also returns the trimmed mean squared residual (for diagnostics).
 */
function refitLengthModel(beads: Array<[number, number, number, number]>, prep: Prepared): { ratio: number; variance: number } | undefined {
  const pairs: Array<[number, number]> = [];
  for (const [s0, s1, t0, t1] of beads) {
    if (s1 - s0 !== 1 || t1 - t0 !== 1) continue;
    const ls = prep.src.len[s0]!;
    const lt = prep.tgt.len[t0]!;
    if (ls > 0 && lt > 0) pairs.push([ls, lt]);
  }
  if (pairs.length < 20) return undefined;
  let sl = 0;
  let tl = 0;
  for (const [ls, lt] of pairs) {
    sl += ls;
    tl += lt;
  }
  const ratio = tl / sl;
  const res = pairs.map(([ls, lt]) => (lt - ratio * ls) ** 2 / Math.max(1, (ls + lt / ratio) / 2)).sort((a, b) => a - b);
  const kept = res.slice(0, Math.max(1, Math.floor(res.length * 0.9)));
  const variance = kept.reduce((a, b) => a + b, 0) / kept.length;
  return { ratio, variance: Math.min(30, Math.max(3, variance)) };
}

/** Share of two-sided beads that share no anchor at all: the uncertain part of a first pass. */
function unanchoredShare(beads: Array<[number, number, number, number]>, prep: Prepared): number {
  let full = 0;
  let bare = 0;
  for (const [s0, s1, t0, t1] of beads) {
    if (s1 === s0 || t1 === t0) continue;
    full++;
    if (unionShared(prep.src, prep.tgt, s0, s1, t0, t1) === 0) bare++;
  }
  return full === 0 ? 0 : bare / full;
}

function pathToBeads(path: GridPath): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  for (let k = 0; k + 1 < path.src.length; k++) out.push([path.src[k]!, path.src[k + 1]!, path.tgt[k]!, path.tgt[k + 1]!]);
  return out;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

function normalised(vectors: number[][]): Float32Array[] {
  return vectors.map((v) => {
    const f = Float32Array.from(v);
    let norm = 0;
    for (const x of f) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < f.length; i++) f[i] = f[i]! / norm;
    return f;
  });
}

function cosine(a: Float32Array | undefined, b: Float32Array | undefined): number {
  if (a === undefined || b === undefined) return 0;
  let dot = 0;
  for (let i = 0; i < a.length && i < b.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

/**
 * Add embedding similarity as pseudo-anchors: each source unit gets a key for its most
 * similar target units within a neighbourhood of the diagonal path (the search stays
 * linear). Weight grows with cosine above a random-pair baseline.
 */
function addEmbeddingKeys(prep: Prepared, source: number[][], target: number[][]): void {
  const sv = normalised(source);
  const tv = normalised(target);
  const n = prep.src.len.length;
  const m = prep.tgt.len.length;
  let nextKey = prep.keyIds.size + 1_000_000;
  const extraS: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  const extraT: Array<Array<[number, number]>> = Array.from({ length: m }, () => []);
  const band = Math.max(20, Math.ceil(Math.abs(n - m) / 2) + 10);
  for (let a = 0; a < n; a++) {
    const centre = Math.round(((a + 0.5) * m) / n);
    for (let b = Math.max(0, centre - band); b < Math.min(m, centre + band); b++) {
      const c = cosine(sv[a], tv[b]);
      if (c <= 0.5) continue;
      const key = nextKey++;
      const w = (c - 0.5) * 4;
      extraS[a]!.push([key, w]);
      extraT[b]!.push([key, w]);
    }
  }
  const merge = (side: SideData, extra: Array<Array<[number, number]>>): void => {
    for (let u = 0; u < extra.length; u++) {
      if (extra[u]!.length === 0) continue;
      const pairs: Array<[number, number]> = [...side.keys[u]!].map((k, i) => [k, side.weights[u]![i]!] as [number, number]).concat(extra[u]!);
      pairs.sort((x, y) => x[0] - y[0]);
      side.keys[u] = Int32Array.from(pairs.map((p) => p[0]));
      side.weights[u] = Float64Array.from(pairs.map((p) => p[1]));
    }
  };
  merge(prep.src, extraS);
  merge(prep.tgt, extraT);
}

/**
 * Align source units with target units. Every unit of both sides ends up in exactly one
 * bead; beads are in order. Linear time and memory in the number of units.
 *
 * @example
 * ```ts
 * const { beads } = alignUnits(['Привет, мир.'], ['Hello, world.']);
 * ```
 */
export function alignUnits(source: readonly string[], target: readonly string[], options: AlignUnitsOptions = {}): UnitAlignment {
  const srcConv = conventionOf(options.sourceLang ?? 'ru');
  const tgtConv = conventionOf(options.targetLang ?? 'en');
  const useAnchors = options.anchors ?? true;
  const srcCache = new Map<string, Anchor[]>();
  const srcAnchors = useAnchors ? source.map((t) => extractAnchors(t, srcConv, srcCache)) : source.map(() => []);
  srcCache.clear();
  // target anchors that cannot match any source anchor are dropped as they are made (memory)
  const srcKeys = new Set<string>();
  for (const list of srcAnchors) for (const a of list) srcKeys.add(a.key);
  const tgtCache = new Map<string, Anchor[]>();
  const tgtKeys = new Set<string>();
  const orphans = { src: new Float64Array(source.length), tgt: new Float64Array(target.length) };
  const tgtAnchors = useAnchors
    ? target.map((t, u) => {
        const all = extractAnchors(t, tgtConv, tgtCache);
        for (const a of all) if (ORPHAN_KINDS.has(a.kind)) tgtKeys.add(a.key);
        orphans.tgt[u] = orphanWeight(all, srcKeys);
        return all.filter((a) => srcKeys.has(a.key));
      })
    : target.map(() => []);
  srcAnchors.forEach((list, u) => (orphans.src[u] = orphanWeight(list, tgtKeys)));
  tgtCache.clear();
  srcKeys.clear();
  tgtKeys.clear();
  let prep = prepare(source, target, srcAnchors, tgtAnchors, orphans);
  const totalS = prep.src.len.reduce((a, b) => a + b, 0);
  const totalT = prep.tgt.len.reduce((a, b) => a + b, 0);
  const ratio = options.ratio ?? (totalS > 0 && totalT > 0 ? totalT / totalS : 1);
  const params: CostParams & { ratio: number; variance: number } = {
    ratio,
    variance: options.variance ?? DEFAULT_VARIANCE,
    anchorScale: useAnchors || options.vectors ? (options.anchorScale ?? ANCHOR_SCALE) : 0,
    shapes: shapesOf(options.shapes ?? ALL_SHAPES),
    sentencePenalty: options.sentencePenalty ?? SENTENCE_PENALTY,
    orphanScale: useAnchors ? OMISSION_EVIDENCE : 0,
  };
  if (options.vectors) addEmbeddingKeys(prep, options.vectors.source, options.vectors.target);
  const window = options.window ?? DEFAULT_WINDOW;
  const locks = useAnchors && (options.lock ?? true) ? findLocks(prep, ratio, params.variance) : [];
  let path = searchPath(prep.src, prep.tgt, params, { window, fullLimit: FULL_LIMIT, locks, onProgress: options.onProgress });
  if (options.ratio === undefined) {
    const fit = refitLengthModel(pathToBeads(path), prep);
    if (fit !== undefined) {
      params.ratio = fit.ratio;
    }
  }
  if (useAnchors && (options.realign ?? unanchoredShare(pathToBeads(path), prep) > REALIGN_WHEN_UNANCHORED)) {
    const firstBeads = pathToBeads(path);
    const learnt = learnDictionary(source, target, firstBeads);
    if (learnt.source.some((l) => l.length > 0)) {
      const s2 = srcAnchors.map((list, u) => list.concat(learnt.source[u]!));
      const t2 = tgtAnchors.map((list, u) => list.concat(learnt.target[u]!));
      prep = prepare(source, target, s2, t2, orphans);
      if (options.vectors) addEmbeddingKeys(prep, options.vectors.source, options.vectors.target);
      path = searchPath(prep.src, prep.tgt, params, { window, fullLimit: FULL_LIMIT, locks, onProgress: options.onProgress, guide: path });
    }
  }
  const beads = describeBeads(pathToBeads(path), prep, params, options.vectors);
  return { beads, ratio: params.ratio, parallel: parallelVerdict(beads, prep.srcAnchors, prep.tgtAnchors, params.ratio) };
}

function describeBeads(
  raw: Array<[number, number, number, number]>,
  prep: Prepared,
  params: CostParams,
  vectors: AlignUnitsOptions['vectors'],
): Bead[] {
  const beads: Bead[] = [];
  for (const [s0, s1, t0, t1] of raw) {
    let ls = 0;
    let lt = 0;
    for (let i = s0; i < s1; i++) ls += prep.src.len[i]!;
    for (let j = t0; j < t1; j++) lt += prep.tgt.len[j]!;
    const delta = lengthDelta(ls, lt, params.ratio, params.variance);
    const pLen = Math.exp(-lengthCost(ls, lt, params.ratio, params.variance));
    const anchors: AnchorMatch[] = [];
    let bonus = 0;
    if (s1 > s0 && t1 > t0) {
      const tgtByKey = new Map<string, Anchor>();
      for (let j = t0; j < t1; j++) for (const a of prep.tgtAnchors[j]!) if (!tgtByKey.has(a.key)) tgtByKey.set(a.key, a);
      const seen = new Set<string>();
      for (let i = s0; i < s1; i++) {
        for (const a of prep.srcAnchors[i]!) {
          const b = tgtByKey.get(a.key);
          if (b === undefined || seen.has(a.key)) continue;
          seen.add(a.key);
          anchors.push({ kind: a.kind, key: a.key, source: a.surface, target: b.surface });
          bonus += Math.min(a.weight, b.weight);
        }
      }
    }
    let embedding: number | undefined;
    if (vectors && s1 > s0 && t1 > t0) {
      const sv = new Float32Array(vectors.source[s0]!.length);
      const tv = new Float32Array(vectors.target[t0]!.length);
      for (let i = s0; i < s1; i++) vectors.source[i]!.forEach((x, d) => (sv[d] = sv[d]! + x));
      for (let j = t0; j < t1; j++) vectors.target[j]!.forEach((x, d) => (tv[d] = tv[d]! + x));
      const norm = (v: Float32Array): Float32Array => {
        const l = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
        return v.map((x) => x / l);
      };
      embedding = cosine(norm(sv), norm(tv));
      bonus += Math.max(0, (embedding - 0.5) * 4);
    }
    const empty = s1 === s0 || t1 === t0;
    const score = empty ? Math.min(0.5, pLen) : 1 - (1 - pLen) * Math.exp(-params.anchorScale * bonus * 0.5);
    const evidence = { sourceChars: ls, targetChars: lt, lengthDelta: round(delta), lengthProbability: round(pLen), anchors };
    beads.push({
      source: range(s0, s1),
      target: range(t0, t1),
      score: round(score),
      evidence: embedding === undefined ? evidence : { ...evidence, embedding: round(embedding) },
    });
  }
  return beads;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

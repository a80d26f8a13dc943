/**
 * The name tagger: BIO labels for PER / ORG / LOC over tokens, greedy left-to-right with
 * the averaged perceptron, I- labels allowed only after B-/I- of the same type.
 */
import { readFileSync } from 'node:fs';
import { dynamicFeatures, leftPairFeatures, localFeatures, neighbourFeatures, positionFeatures, rightPairFeatures, tokenContext, type TokenContext, type TokenInfo } from './features.js';
import { addFeature, scoreLabels, type PerceptronModel } from './perceptron.js';
import type { NerToken } from './tokens.js';
import type { GazetteerMatch } from '../gazetteer.js';
import type { EntityLang } from '../types.js';

/** A tagged span over tokens. */
export interface TaggedSpan {
  /** First token index. */
  from: number;
  /** Token index after the last one. */
  to: number;
  /** `PER`, `ORG` or `LOC`. */
  label: string;
  /** Mean margin-based confidence in [0, 1]. */
  confidence: number;
}

const models = new Map<EntityLang, PerceptronModel | null>();

/**
 * Use `model` instead of the shipped one for `lang` (cross-validation in `bench/ner.mjs`);
 * `undefined` goes back to the shipped model.
 */
export function useTaggerModel(lang: EntityLang, model: PerceptronModel | null | undefined): void {
  if (model === undefined) models.delete(lang);
  else models.set(lang, model);
}

/** The shipped model for a language (`data/entities/tagger-<lang>.json`), or null. */
export function loadTaggerModel(lang: EntityLang): PerceptronModel | null {
  if (models.has(lang)) return models.get(lang)!;
  let model: PerceptronModel | null = null;
  try {
    model = JSON.parse(readFileSync(new URL(`../../../data/entities/tagger-${lang}.json`, import.meta.url), 'utf8')) as PerceptronModel;
  } catch {
    model = null;
  }
  models.set(lang, model);
  return model;
}

interface WordScores {
  local: Float64Array;
  /** As the neighbour at -1, +1, -2, +2 (four fields, not an array: monomorphic access). */
  m1: Float64Array;
  p1: Float64Array;
  m2: Float64Array;
  p2: Float64Array;
  /** Word-pair scores with this form as the token before, by the following token's shape id. */
  asLeft: Map<number, Float64Array>;
  /** Word-pair scores with this form as the token after, by the preceding token's shape id. */
  asRight: Map<number, Float64Array>;
}
interface ScoreCache {
  /**
   * Label-history scores by number: (shape id, previous label, label before it) as
   * `(shapeId * (labels + 1) + p1) * (labels + 1) + p2`; an array, not a Map (a look-up per
   * hypothesis and token), emptied when it has more than 10,000 entries.
   */
  dynamic: (Float64Array | undefined)[];
  dynamicCount: number;
  /** Word-pair scores at the start / end of the text, by the token's shape id. */
  startPairs: Map<number, Float64Array>;
  endPairs: Map<number, Float64Array>;
  shapes: Map<string, number>;
  words: Map<TokenInfo, WordScores>;
  edges: Float64Array[];
}
const scoreCaches = new WeakMap<PerceptronModel, ScoreCache>();
const OFFSETS = [['-1', '<s>'], ['+1', '</s>'], ['-2', '<s>'], ['+2', '</s>']] as const;

function sumOf(model: PerceptronModel, features: readonly string[]): Float64Array {
  const v = new Float64Array(model.labels.length);
  scoreLabels(model, features, v);
  return v;
}

function cacheFor(model: PerceptronModel): ScoreCache {
  let cache = scoreCaches.get(model);
  if (!cache || cache.words.size > 200_000) {
    cache = {
      dynamic: [],
      dynamicCount: 0,
      startPairs: new Map(),
      endPairs: new Map(),
      shapes: new Map(),
      words: new Map(),
      edges: OFFSETS.map(([p, outside]) => sumOf(model, neighbourFeatures(null, p, outside))),
    };
    scoreCaches.set(model, cache);
  }
  return cache;
}

/**
 * Label-independent scores per token. The word-form, neighbour and word-pair parts are
 * cached per word form (object identity of the cached token info), so a warm token costs a
 * few map lookups and additions.
 */
export function staticScores(model: PerceptronModel, tokens: readonly NerToken[], lang: EntityLang, matches?: readonly GazetteerMatch[]): Float64Array[] {
  const k = model.labels.length;
  const { scores } = scoreTokens(model, tokens, lang, matches);
  return tokens.map((_, i) => scores.subarray(i * k, (i + 1) * k));
}

/** Static scores of all tokens in one flat array (token i at `i * labels`), and the token context. */
function scoreTokens(
  model: PerceptronModel,
  tokens: readonly NerToken[],
  lang: EntityLang,
  matches?: readonly GazetteerMatch[],
): { scores: Float64Array; ctx: TokenContext; shapeIds: Int32Array; cache: ScoreCache } {
  const cache = cacheFor(model);
  const ctx = tokenContext(tokens, lang, matches);
  const n = tokens.length;
  const k = model.labels.length;
  // One cache look-up per token; neighbours reuse the same entries.
  const ws: WordScores[] = new Array<WordScores>(n);
  const shapeIds = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = ctx.info[i]!;
    let w = cache.words.get(x);
    if (!w) {
      w = {
        local: sumOf(model, localFeatures(x)),
        m1: sumOf(model, neighbourFeatures(x, '-1', '<s>')),
        p1: sumOf(model, neighbourFeatures(x, '+1', '</s>')),
        m2: sumOf(model, neighbourFeatures(x, '-2', '<s>')),
        p2: sumOf(model, neighbourFeatures(x, '+2', '</s>')),
        asLeft: new Map(),
        asRight: new Map(),
      };
      cache.words.set(x, w);
    }
    ws[i] = w;
    let shapeId = cache.shapes.get(x.shape);
    if (shapeId === undefined) cache.shapes.set(x.shape, (shapeId = cache.shapes.size));
    shapeIds[i] = shapeId;
  }
  const all = new Float64Array(n * k);
  const v = new Float64Array(k);
  const [e0, e1, e2, e3] = cache.edges as [Float64Array, Float64Array, Float64Array, Float64Array];
  for (let i = 0; i < n; i++) {
    const x = ctx.info[i]!;
    const shapeId = shapeIds[i]!;
    v.fill(0);
    // Pair and position features are too varied to cache: look them up directly.
    for (const f of positionFeatures(tokens, ctx, i)) addFeature(model, f, v);
    // Word pairs depend on the neighbour's form and this token's shape only.
    const leftMap = i >= 1 ? ws[i - 1]!.asLeft : cache.startPairs;
    let left = leftMap.get(shapeId);
    if (!left) leftMap.set(shapeId, (left = sumOf(model, leftPairFeatures(i >= 1 ? ctx.info[i - 1]! : null, x))));
    const rightMap = i + 1 < n ? ws[i + 1]!.asRight : cache.endPairs;
    let right = rightMap.get(shapeId);
    if (!right) rightMap.set(shapeId, (right = sumOf(model, rightPairFeatures(x, i + 1 < n ? ctx.info[i + 1]! : null))));
    const local = ws[i]!.local;
    const m1 = i >= 1 ? ws[i - 1]!.m1 : e0;
    const p1 = i + 1 < n ? ws[i + 1]!.p1 : e1;
    const m2 = i >= 2 ? ws[i - 2]!.m2 : e2;
    const p2 = i + 2 < n ? ws[i + 2]!.p2 : e3;
    const o = i * k;
    for (let j = 0; j < k; j++) all[o + j] = v[j]! + left[j]! + right[j]! + local[j]! + m1[j]! + p1[j]! + m2[j]! + p2[j]!;
  }
  return { scores: all, ctx, shapeIds, cache };
}

/**
 * Beam width of the decoder. The model is trained greedily; decoding with a beam of 4 was
 * chosen on the FactRuEval held-out part (PER .893 → .918, ORG .717 → .733, LOC .904 →
 * .918; a beam of 8 was no better).
 */
export const BEAM_WIDTH = 4;

/** Label one sequence; returns labels per token (beam search with back-pointers; width 1 is greedy). */
export function tagTokens(model: PerceptronModel, tokens: readonly NerToken[], lang: EntityLang, matches?: readonly GazetteerMatch[], beam = BEAM_WIDTH): { labels: string[]; margins: number[] } {
  // The shape ids and the cache they number (one cache for the whole call).
  const { scores: stat, ctx, shapeIds, cache } = scoreTokens(model, tokens, lang, matches);
  const labelCount = model.labels.length;
  const start = labelCount; // label index standing for `<s>`
  const names = [...model.labels, '<s>'];
  // allowed[p * labelCount + k]: label k may follow label p (I-X only after B-X or I-X).
  const allowed = new Uint8Array((labelCount + 1) * labelCount);
  for (let p = 0; p <= labelCount; p++) {
    for (let k = 0; k < labelCount; k++) {
      const l = model.labels[k]!;
      allowed[p * labelCount + k] = !l.startsWith('I-') || names[p]!.slice(2) === l.slice(2) ? 1 : 0;
    }
  }
  const n = tokens.length;
  // Hypotheses per step, `beam` slots each: label, previous label, back-pointer, margin, score.
  const hLabel = new Int32Array(n * beam);
  const hPrev = new Int32Array(n * beam);
  const hBack = new Int32Array(n * beam);
  const hMargin = new Float64Array(n * beam);
  const hScore = new Float64Array(n * beam);
  const hCount = new Int32Array(n);
  const scores = new Float64Array(labelCount);
  // Candidates of one step in generation order (hypothesis, then label), kept best-first with
  // ties in generation order: the same as a stable sort of all candidates cut to `beam`.
  const cScore = new Float64Array(beam);
  const cLabel = new Int32Array(beam);
  const cBack = new Int32Array(beam);
  const cMargin = new Float64Array(beam);
  const cPrev = new Int32Array(beam);
  for (let i = 0; i < n; i++) {
    const shape = ctx.info[i]!.shape;
    const shapeId = shapeIds[i]!;
    const prevCount = i === 0 ? 1 : hCount[i - 1]!;
    let count = 0;
    for (let hi = 0; hi < prevCount; hi++) {
      const at = (i - 1) * beam + hi;
      const p1 = i === 0 ? start : hLabel[at]!;
      const p2 = i === 0 ? start : hPrev[at]!;
      const hScoreNow = i === 0 ? 0 : hScore[at]!;
      const dkey = (shapeId * (labelCount + 1) + p1) * (labelCount + 1) + p2;
      let dyn = cache.dynamic[dkey];
      if (dyn === undefined) {
        if (cache.dynamicCount > 10_000) {
          cache.dynamic = [];
          cache.dynamicCount = 0;
        }
        cache.dynamic[dkey] = dyn = sumOf(model, dynamicFeatures(names[p1]!, names[p2]!, shape));
        cache.dynamicCount++;
      }
      const o = i * labelCount;
      for (let k = 0; k < labelCount; k++) scores[k] = stat[o + k]! + dyn[k]!;
      // Best and second-best allowed labels (for margins), then the top `beam` allowed ones.
      let top = -Infinity;
      let second = -Infinity;
      let topK = -1;
      const row = p1 * labelCount;
      for (let k = 0; k < labelCount; k++) {
        if (!allowed[row + k]) continue;
        const v = scores[k]!;
        if (v > top) {
          second = top;
          top = v;
          topK = k;
        } else if (v > second) second = v;
      }
      if (second === -Infinity) second = top;
      for (let k = 0; k < labelCount; k++) {
        if (!allowed[row + k]) continue;
        if (beam === 1 && k !== topK) continue;
        const sc = hScoreNow + scores[k]!;
        // Insert after every kept candidate with a score >= sc (stable order).
        let pos = count;
        while (pos > 0 && cScore[pos - 1]! < sc) pos--;
        if (pos >= beam) continue;
        const last = Math.min(count, beam - 1);
        for (let q = last; q > pos; q--) {
          cScore[q] = cScore[q - 1]!;
          cLabel[q] = cLabel[q - 1]!;
          cBack[q] = cBack[q - 1]!;
          cMargin[q] = cMargin[q - 1]!;
          cPrev[q] = cPrev[q - 1]!;
        }
        cScore[pos] = sc;
        cLabel[pos] = k;
        cBack[pos] = hi;
        cMargin[pos] = k === topK ? top - second : scores[k]! - top;
        cPrev[pos] = p1;
        if (count < beam) count++;
      }
    }
    hCount[i] = count;
    for (let q = 0; q < count; q++) {
      const at = i * beam + q;
      hLabel[at] = cLabel[q]!;
      hPrev[at] = cPrev[q]!;
      hBack[at] = cBack[q]!;
      hMargin[at] = cMargin[q]!;
      hScore[at] = cScore[q]!;
    }
  }
  // Follow the back-pointers into typed arrays, then build the result arrays front to back
  // (filling `new Array(n)` from the end deoptimised this function on every call).
  const bestLabel = new Int32Array(n);
  const bestMargin = new Float64Array(n);
  let at = 0;
  for (let i = n - 1; i >= 0; i--) {
    const slot = i * beam + at;
    bestLabel[i] = hLabel[slot]!;
    bestMargin[i] = hMargin[slot]!;
    at = hBack[slot]!;
  }
  const labels: string[] = [];
  const margins: number[] = [];
  for (let i = 0; i < n; i++) {
    labels.push(model.labels[bestLabel[i]!]!);
    margins.push(bestMargin[i]!);
  }
  return { labels, margins };
}

/** Collapse BIO labels into spans. */
export function spansOf(labels: readonly string[], margins: readonly number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let cur: TaggedSpan | null = null;
  let sum = 0;
  const close = (): void => {
    if (cur) {
      const n = cur.to - cur.from;
      cur.confidence = Math.min(0.99, Math.round((1 / (1 + Math.exp(-sum / n / 2))) * 100) / 100);
      out.push(cur);
    }
    cur = null;
    sum = 0;
  };
  labels.forEach((lab, i) => {
    if (lab === 'O') return close();
    const type = lab.slice(2);
    if (lab.startsWith('B-') || !cur || cur.label !== type) {
      close();
      cur = { from: i, to: i + 1, label: type, confidence: 0 };
    } else cur.to = i + 1;
    sum += margins[i]!;
  });
  close();
  return out;
}

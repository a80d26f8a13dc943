/**
 * The name tagger: BIO labels for PER / ORG / LOC over tokens, greedy left-to-right with
 * the averaged perceptron, I- labels allowed only after B-/I- of the same type.
 */
import { readFileSync } from 'node:fs';
import { dynamicFeatures, leftPairFeatures, localFeatures, neighbourFeatures, positionFeatures, rightPairFeatures, shapeOf, tokenContext, type TokenInfo } from './features.js';
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
  /** As the neighbour at -1, +1, -2, +2. */
  near: Float64Array[];
}
interface ScoreCache {
  dynamic: Map<string, Float64Array>;
  /** Word-pair scores keyed by numbers: (neighbour form id, own shape, side). */
  pairs: Map<number, Float64Array>;
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
      dynamic: new Map(),
      pairs: new Map(),
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
  const cache = cacheFor(model);
  const ctx = tokenContext(tokens, lang, matches);
  const n = tokens.length;
  const k = model.labels.length;
  const word = (x: TokenInfo): WordScores => {
    let w = cache.words.get(x);
    if (!w) {
      w = {
        local: sumOf(model, localFeatures(x)),
        near: OFFSETS.map(([p, outside]) => sumOf(model, neighbourFeatures(x, p, outside))),
      };
      cache.words.set(x, w);
    }
    return w;
  };
  const out: Float64Array[] = [];
  const all = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const x = ctx.info[i]!;
    const w = word(x);
    const prev = i >= 1 ? ctx.info[i - 1]! : null;
    const next = i + 1 < n ? ctx.info[i + 1]! : null;
    const m1 = prev ? word(prev).near[0]! : cache.edges[0]!;
    const p1 = next ? word(next).near[1]! : cache.edges[1]!;
    const m2 = i >= 2 ? word(ctx.info[i - 2]!).near[2]! : cache.edges[2]!;
    const p2 = i + 2 < n ? word(ctx.info[i + 2]!).near[3]! : cache.edges[3]!;
    const v = all.subarray(i * k, (i + 1) * k);
    // Pair and position features are too varied to cache: look them up directly.
    for (const f of positionFeatures(tokens, ctx, i)) addFeature(model, f, v);
    // Word pairs depend on the neighbour's form and this token's shape only: cache by numbers.
    let shapeId = cache.shapes.get(x.shape);
    if (shapeId === undefined) cache.shapes.set(x.shape, (shapeId = cache.shapes.size));
    if (cache.pairs.size > 500_000) cache.pairs.clear();
    const cacheable = shapeId < 4096;
    const lkey = ((prev?.id ?? 0) * 4096 + shapeId) * 2;
    let left = cacheable ? cache.pairs.get(lkey) : undefined;
    if (!left) {
      left = sumOf(model, leftPairFeatures(prev, x));
      if (cacheable) cache.pairs.set(lkey, left);
    }
    const rkey = lkey - (prev?.id ?? 0) * 8192 + (next?.id ?? 0) * 8192 + 1;
    let right = cacheable ? cache.pairs.get(rkey) : undefined;
    if (!right) {
      right = sumOf(model, rightPairFeatures(x, next));
      if (cacheable) cache.pairs.set(rkey, right);
    }
    for (let j = 0; j < k; j++) v[j] = v[j]! + left[j]! + right[j]!;
    const local = w.local;
    for (let j = 0; j < k; j++) v[j] = v[j]! + local[j]! + m1[j]! + p1[j]! + m2[j]! + p2[j]!;
    out.push(v);
  }
  return out;
}

/**
 * Beam width of the decoder. The model is trained greedily; decoding with a beam of 4 was
 * chosen on the FactRuEval held-out part (PER .893 → .918, ORG .717 → .733, LOC .904 →
 * .918; a beam of 8 was no better).
 */
export const BEAM_WIDTH = 4;

interface Hyp {
  score: number;
  /** Label index at this step, previous hypothesis index, margin. */
  label: number;
  back: number;
  margin: number;
  p1: string;
  p2: string;
}

/** Label one sequence; returns labels per token (beam search with back-pointers; width 1 is greedy). */
export function tagTokens(model: PerceptronModel, tokens: readonly NerToken[], lang: EntityLang, matches?: readonly GazetteerMatch[], beam = BEAM_WIDTH): { labels: string[]; margins: number[] } {
  const stat = staticScores(model, tokens, lang, matches);
  const cache = cacheFor(model);
  const scores = new Float64Array(model.labels.length);
  const steps: Hyp[][] = [];
  const labelCount = model.labels.length;
  const inside = model.labels.map((l) => l.startsWith('I-'));
  const types = model.labels.map((l) => l.slice(2));
  let hyps: Hyp[] = [{ score: 0, label: -1, back: -1, margin: 0, p1: '<s>', p2: '<s>' }];
  for (let i = 0; i < tokens.length; i++) {
    const shape = shapeOf(tokens[i]!.text);
    const next: Hyp[] = [];
    hyps.forEach((h, hi) => {
      const dkey = `${h.p1} ${h.p2} ${shape}`;
      let dyn = cache.dynamic.get(dkey);
      if (!dyn) {
        if (cache.dynamic.size > 10_000) cache.dynamic.clear();
        cache.dynamic.set(dkey, (dyn = sumOf(model, dynamicFeatures(h.p1, h.p2, shape))));
      }
      const base = stat[i]!;
      for (let k = 0; k < scores.length; k++) scores[k] = base[k]! + dyn[k]!;
      // Best and second-best allowed labels (for margins), then the top `beam` allowed ones.
      let top = -Infinity;
      let second = -Infinity;
      let topK = -1;
      for (let k = 0; k < labelCount; k++) {
        if (inside[k] && h.p1.slice(2) !== types[k]) continue;
        const v = scores[k]!;
        if (v > top) {
          second = top;
          top = v;
          topK = k;
        } else if (v > second) second = v;
      }
      if (second === -Infinity) second = top;
      for (let k = 0; k < labelCount; k++) {
        if (inside[k] && h.p1.slice(2) !== types[k]) continue;
        if (beam === 1 && k !== topK) continue;
        next.push({ score: h.score + scores[k]!, label: k, back: hi, margin: k === topK ? top - second : scores[k]! - top, p1: model.labels[k]!, p2: h.p1 });
      }
    });
    next.sort((a, b) => b.score - a.score);
    hyps = next.slice(0, beam);
    steps.push(hyps);
  }
  const labels = new Array<string>(tokens.length);
  const margins = new Array<number>(tokens.length);
  let at = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const h = steps[i]![at]!;
    labels[i] = model.labels[h.label]!;
    margins[i] = h.margin;
    at = h.back;
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

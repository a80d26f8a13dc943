/**
 * Averaged perceptron for sequence labelling (greedy left-to-right decoding with the two
 * previous labels as features), after Collins (2002) and the classic NLTK/textblob tagger.
 */

/** Serialised model: labels and, per feature, one weight per label. */
export interface PerceptronModel {
  /** Label set (BIO tags). */
  labels: string[];
  /** Feature → weights (same order as `labels`), rounded. */
  weights: Record<string, number[]>;
  /** Free-form provenance (data, split, iterations). */
  meta?: Record<string, unknown>;
}

const tables = new WeakMap<PerceptronModel, Map<string, Float64Array>>();

/** The model's weights as a Map of typed arrays (built once per model). */
function table(model: PerceptronModel): Map<string, Float64Array> {
  let t = tables.get(model);
  if (!t) {
    t = new Map();
    for (const f of Object.keys(model.weights)) t.set(f, Float64Array.from(model.weights[f]!));
    tables.set(model, t);
  }
  return t;
}

/** Add the weights of one feature to `scores` (no-op for an unknown feature). */
export function addFeature(model: PerceptronModel, feature: string, scores: Float64Array): void {
  const w = table(model).get(feature);
  if (!w) return;
  for (let k = 0; k < w.length; k++) scores[k]! += w[k]!;
}

/** Score labels for one token's features. */
export function scoreLabels(model: PerceptronModel, features: readonly string[], scores: Float64Array): void {
  scores.fill(0);
  const t = table(model);
  for (const f of features) {
    const w = t.get(f);
    if (!w) continue;
    for (let k = 0; k < w.length; k++) scores[k]! += w[k]!;
  }
}

/** Trainer that keeps running totals for averaging. */
export class PerceptronTrainer {
  readonly labels: string[];
  private readonly w = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private instances = 0;

  /** @param labels the label set. */
  constructor(labels: string[]) {
    this.labels = labels;
  }

  /** Predict the best label index for features. */
  predict(features: readonly string[]): number {
    const scores = new Float64Array(this.labels.length);
    for (const f of features) {
      const w = this.w.get(f);
      if (!w) continue;
      for (let k = 0; k < w.length; k++) scores[k]! += w[k]!;
    }
    let best = 0;
    for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
    return best;
  }

  /** One update: reward `truth`, penalise `guess`. */
  update(features: readonly string[], truth: number, guess: number): void {
    this.instances++;
    if (truth === guess) return;
    for (const f of features) {
      let w = this.w.get(f);
      if (!w) {
        const n = this.labels.length;
        w = new Float64Array(n);
        this.w.set(f, w);
        this.totals.set(f, new Float64Array(n));
        this.stamps.set(f, new Float64Array(n));
      }
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      for (const [k, delta] of [[truth, 1], [guess, -1]] as const) {
        tot[k]! += (this.instances - st[k]!) * w[k]!;
        st[k] = this.instances;
        w[k]! += delta;
      }
    }
  }

  /** Count one instance where no update happened (keeps averaging exact). */
  tick(): void {
    this.instances++;
  }

  /** Averaged, pruned model. */
  finish(minWeight = 0.002, meta?: Record<string, unknown>): PerceptronModel {
    const weights: Record<string, number[]> = {};
    for (const [f, w] of this.w) {
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      const avg = Array.from(w, (v, k) => {
        const total = tot[k]! + (this.instances - st[k]!) * v;
        return Math.round((total / this.instances) * 1e4) / 1e4;
      });
      if (avg.some((v) => Math.abs(v) >= minWeight)) weights[f] = avg;
    }
    const model: PerceptronModel = { labels: this.labels, weights };
    if (meta) model.meta = meta;
    return model;
  }
}

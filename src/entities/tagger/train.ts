/**
 * Training for the name tagger (used by `node bench/ner.mjs --train`). Only data whose
 * licence allows shipping the result may be passed (FactRuEval, MIT).
 */
import { dynamicFeatures, shapeOf, staticFeatures } from './features.js';
import { PerceptronTrainer, type PerceptronModel } from './perceptron.js';
import { nerTokens } from './tokens.js';
import type { EntityLang } from '../types.js';

/** A training document: text and gold spans typed PER / ORG / LOC. */
export interface TrainingDocument {
  /** Document id. */
  id: string;
  /** Text. */
  text: string;
  /** Gold spans (offsets into text). */
  entities: { start: number; end: number; type: string }[];
}

/** Labels in model order. */
export const TAGGER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];

/** Gold BIO labels for tokens of a document (tokens wholly inside a span take its label). */
export function goldLabels(doc: TrainingDocument, tokens: ReturnType<typeof nerTokens>): string[] {
  const labels = tokens.map(() => 'O');
  const spans = [...doc.entities].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const e of spans) {
    let first = true;
    tokens.forEach((t, i) => {
      if (t.start >= e.start && t.end <= e.end && labels[i] === 'O') {
        labels[i] = `${first ? 'B' : 'I'}-${e.type}`;
        first = false;
      }
    });
  }
  return labels;
}

/** Deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Train an averaged-perceptron tagger. */
export function trainTagger(docs: readonly TrainingDocument[], lang: EntityLang, options: { epochs?: number; seed?: number; meta?: Record<string, unknown> } = {}): PerceptronModel {
  const epochs = options.epochs ?? 10;
  const random = rng(options.seed ?? 7);
  const trainer = new PerceptronTrainer(TAGGER_LABELS);
  const prepared = docs.map((d) => {
    const tokens = nerTokens(d.text);
    return { tokens, feats: staticFeatures(tokens, lang), gold: goldLabels(d, tokens).map((l) => TAGGER_LABELS.indexOf(l)) };
  });
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = prepared.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const di of order) {
      const { tokens, feats, gold } = prepared[di]!;
      let p1 = '<s>';
      let p2 = '<s>';
      for (let i = 0; i < tokens.length; i++) {
        const f = [...feats[i]!, ...dynamicFeatures(p1, p2, shapeOf(tokens[i]!.text))];
        const guess = trainer.predict(f);
        trainer.update(f, gold[i]!, guess);
        p2 = p1;
        p1 = TAGGER_LABELS[guess]!;
      }
    }
  }
  return trainer.finish(0.002, { ...options.meta, epochs, documents: docs.length });
}

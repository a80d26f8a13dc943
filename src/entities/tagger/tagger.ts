/**
 * The name tagger: BIO labels for PER / ORG / LOC over tokens, greedy left-to-right with
 * the averaged perceptron, I- labels allowed only after B-/I- of the same type.
 */
import { readFileSync } from 'node:fs';
import { dynamicFeatures, shapeOf, staticFeatures } from './features.js';
import { scoreLabels, type PerceptronModel } from './perceptron.js';
import type { NerToken } from './tokens.js';
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

/** Label one sequence; returns labels per token. */
export function tagTokens(model: PerceptronModel, tokens: readonly NerToken[], lang: EntityLang, feats?: string[][]): { labels: string[]; margins: number[] } {
  const stat = feats ?? staticFeatures(tokens, lang);
  const labels: string[] = [];
  const margins: number[] = [];
  const scores = new Float64Array(model.labels.length);
  let p1 = '<s>';
  let p2 = '<s>';
  for (let i = 0; i < tokens.length; i++) {
    const f = [...stat[i]!, ...dynamicFeatures(p1, p2, shapeOf(tokens[i]!.text))];
    scoreLabels(model, f, scores);
    let best = -1;
    let second = -Infinity;
    for (let k = 0; k < model.labels.length; k++) {
      const lab = model.labels[k]!;
      if (lab.startsWith('I-') && p1.slice(2) !== lab.slice(2)) continue;
      if (best < 0 || scores[k]! > scores[best]!) {
        if (best >= 0) second = Math.max(second, scores[best]!);
        best = k;
      } else second = Math.max(second, scores[k]!);
    }
    const lab = model.labels[best]!;
    labels.push(lab);
    margins.push(scores[best]! - second);
    p2 = p1;
    p1 = lab;
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

/**
 * Comparable documents (not translations of each other): ranked passage pairs that report
 * the same facts, with the evidence they share (numbers, dates, names, acronyms, citations,
 * URLs, BelTA article ids). Candidate pairs come from an inverted index over anchor keys,
 * so the work grows with the number of shared rare keys, not with the product of lengths.
 *
 * @packageDocumentation
 */
import { segment } from '../segment/segment.js';
import { conventionOf, extractAnchors, type Anchor } from './anchors.js';
import type { AlignedUnit } from './align-text.js';
import type { AnchorMatch } from './types.js';

/** One passage pair. */
export interface PassagePair {
  /** Source passage index (into `source`). */
  source: number;
  /** Target passage index (into `target`). */
  target: number;
  /** Strength of the shared evidence (sum of idf weights; higher is stronger). */
  score: number;
  /** Shared anchors. */
  evidence: AnchorMatch[];
}

/** Result of {@link comparePassages}. */
export interface ComparableResult {
  /** Source passages with their offsets. */
  source: AlignedUnit[];
  /** Target passages with their offsets. */
  target: AlignedUnit[];
  /** Passage pairs, best first. */
  pairs: PassagePair[];
}

/** Options for {@link comparePassages}. */
export interface ComparableOptions {
  /** Source language (default: detected by `segment`). */
  sourceLang?: string;
  /** Target language. */
  targetLang?: string;
  /** Passage length in characters: sentences are grouped up to about this size, within paragraphs (default 300). */
  minPassage?: number;
  /** Number of pairs to return (default 20). */
  limit?: number;
}

const FACT_KINDS = new Set(['number', 'date', 'name', 'lexicon', 'url', 'id', 'footnote']);
const STRONG_FACTS = new Set(['number', 'date', 'url', 'id']);
/** Keys shared by more pairs of passages than this are too common to be evidence. */
const MAX_KEY_PAIRS = 400;

function passages(text: string, lang: string | undefined, min: number): { units: AlignedUnit[]; lang: string } {
  const seg = segment(text, lang === 'ru' || lang === 'en' ? { lang } : {});
  const units: AlignedUnit[] = [];
  let start = -1;
  let end = -1;
  const flush = (): void => {
    if (start >= 0) units.push({ text: text.slice(start, end), start, end });
    start = -1;
  };
  for (const p of seg.paragraphs) {
    for (const s of p.sentences) {
      if (start < 0) start = s.start;
      end = s.end;
      if (end - start >= min) flush();
    }
    if (start >= 0 && end - start >= min / 2) flush();
  }
  flush();
  return { units, lang: lang ?? seg.lang.lang };
}

function factAnchors(text: string, lang: string): Anchor[] {
  return extractAnchors(text, conventionOf(lang)).filter((a) => {
    if (!FACT_KINDS.has(a.kind)) return false;
    // small integers are everywhere (footnote numbers, counts); years, amounts and ids are evidence
    if (a.kind === 'number' && /^n:\d{1,2}$/.test(a.key)) return false;
    return true;
  });
}

/**
 * Find passage pairs of two comparable documents that share facts, ranked by the summed
 * inverse document frequency of the shared anchors. A pair needs at least two shared
 * anchors, one of them a number, date, URL or id, or at least three shared names/terms.
 */
export function comparePassages(sourceText: string, targetText: string, options: ComparableOptions = {}): ComparableResult {
  const min = options.minPassage ?? 300;
  const src = passages(sourceText, options.sourceLang, min);
  const tgt = passages(targetText, options.targetLang, min);
  const sa = src.units.map((u) => factAnchors(u.text, src.lang));
  const ta = tgt.units.map((u) => factAnchors(u.text, tgt.lang));
  const index = (lists: Anchor[][]): Map<string, Map<number, Anchor>> => {
    const m = new Map<string, Map<number, Anchor>>();
    lists.forEach((list, u) => {
      for (const a of list) {
        let at = m.get(a.key);
        if (at === undefined) m.set(a.key, (at = new Map()));
        if (!at.has(u)) at.set(u, a);
      }
    });
    return m;
  };
  const si = index(sa);
  const ti = index(ta);
  const total = src.units.length + tgt.units.length;
  const pairs = new Map<number, PassagePair & { strong: number }>();
  const width = tgt.units.length + 1;
  for (const [key, sm] of si) {
    const tm = ti.get(key);
    if (tm === undefined || sm.size * tm.size > MAX_KEY_PAIRS) continue;
    const idf = Math.log(1 + total / (sm.size + tm.size));
    for (const [s, a] of sm) {
      for (const [t, b] of tm) {
        const id = s * width + t;
        let p = pairs.get(id);
        if (p === undefined) pairs.set(id, (p = { source: s, target: t, score: 0, evidence: [], strong: 0 }));
        p.score += idf * Math.min(a.weight, b.weight);
        if (STRONG_FACTS.has(a.kind)) p.strong++;
        p.evidence.push({ kind: a.kind, key, source: a.surface, target: b.surface });
      }
    }
  }
  const ranked = [...pairs.values()]
    .filter((p) => p.evidence.length >= 2 && (p.strong >= 1 || p.evidence.length >= 3))
    .sort((x, y) => y.score - x.score || x.source - y.source || x.target - y.target)
    .slice(0, options.limit ?? 20)
    .map(({ strong: _strong, ...p }) => ({ ...p, score: Math.round(p.score * 1000) / 1000 }));
  return { source: src.units, target: tgt.units, pairs: ranked };
}

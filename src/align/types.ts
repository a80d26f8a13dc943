/**
 * Public types of the aligner.
 *
 * @packageDocumentation
 */
import type { AnchorKind } from './anchors.js';

/** Bead shapes by name: `"s-t"` = s source units with t target units. */
export type BeadShapeName = '1-1' | '1-2' | '2-1' | '2-2' | '1-3' | '3-1' | '2-3' | '3-2' | '1-0' | '0-1';

/** One matched anchor in a bead: the same normalised key on both sides. */
export interface AnchorMatch {
  /** Kind of evidence. */
  kind: AnchorKind;
  /** Normalised key (`n:1500.5`, `s:lkSnk`, `x:sco`, ...). */
  key: string;
  /** Source surface form. */
  source: string;
  /** Target surface form. */
  target: string;
}

/** Why a bead was chosen. */
export interface BeadEvidence {
  /** Source characters. */
  sourceChars: number;
  /** Target characters. */
  targetChars: number;
  /** Standardised length difference (Gale–Church δ; 0 = as expected). */
  lengthDelta: number;
  /** Probability of a length difference at least this large. */
  lengthProbability: number;
  /** Anchors shared by both sides of the bead. */
  anchors: AnchorMatch[];
  /** Mean cosine similarity from the caller's `embed` hook, when given. */
  embedding?: number;
}

/** One bead: source unit indices aligned with target unit indices. */
export interface Bead {
  /** Source unit indices (ascending, contiguous; empty for 0-1). */
  source: number[];
  /** Target unit indices (ascending, contiguous; empty for 1-0). */
  target: number[];
  /** Confidence in [0, 1]. */
  score: number;
  /** The evidence that decided it. */
  evidence: BeadEvidence;
}

/** Is the pair of documents a translation pair? */
export interface ParallelVerdict {
  /** Confidence that the documents are parallel, in [0, 1]. */
  score: number;
  /** `parallel`, `comparable` (related, not translations) or `unrelated`. */
  verdict: 'parallel' | 'comparable' | 'unrelated';
  /** Human-readable reasons. */
  reasons: string[];
}

/** A caller-supplied sentence-embedding function (nothing is downloaded). */
export type EmbedFunction = (texts: string[]) => number[][] | Promise<number[][]>;

/** Options for {@link alignUnits}. */
export interface AlignUnitsOptions {
  /** Source language (`ru`, `en`, ...); decides how numbers are read. Default `ru`. */
  sourceLang?: string;
  /** Target language. Default `en`. */
  targetLang?: string;
  /** Bead shapes allowed (default: all ten). */
  shapes?: readonly BeadShapeName[];
  /** Target/source character ratio; estimated from the documents when omitted. */
  ratio?: number;
  /** Nats of bonus per unit of matched anchor weight (default 3). */
  anchorScale?: number;
  /** Nats of cost per sentence of difference inside a bead (default 2; 0 turns it off). */
  sentencePenalty?: number;
  /** Length variance per character (default 9; Gale–Church used 6.8). */
  variance?: number;
  /** Corridor half-width around the coarse path, in units (default 6). */
  window?: number;
  /** Use lexical anchors (default true). With false: a length-only aligner. */
  anchors?: boolean;
  /** Lock unique high-confidence anchor pairs as hard boundaries (default true). */
  lock?: boolean;
  /**
   * Second pass with a dictionary learnt from the first pass. Default: only when more than
   * 25% of the first pass's beads share no anchor.
   */
  realign?: boolean;
  /** Precomputed unit embeddings (same order as the units), e.g. from an `embed` hook. */
  vectors?: UnitVectors;
  /** Progress callback for long jobs: (done, total) rows of the final pass. */
  onProgress?: (done: number, total: number) => void;
}

/** Result of {@link alignUnits}. */
export interface UnitAlignment {
  /** Beads in order, covering every unit of both sides exactly once. */
  beads: Bead[];
  /** Target/source length ratio used. */
  ratio: number;
  /** Parallel-or-not verdict. */
  parallel: ParallelVerdict;
}

/** Sentence-embedding vectors of the units, as a caller's `embed()` returned them. */
export interface UnitVectors {
  /** One vector per source unit. */
  source: number[][];
  /** One vector per target unit. */
  target: number[][];
}

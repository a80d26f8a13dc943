import type { DocumentRecord } from '../pipeline/types.js';

/** One side of a report: a processed document. */
export interface ReportSide {
  /** Label shown above the column (a file name). */
  title: string;
  /** The document record. */
  record: DocumentRecord;
  /** The original text (for line numbers of changes). */
  original: string;
}

/** A bead as the report shows it: unit indices into each side's sentences, with a score. */
export interface ReportBead {
  /** Source sentence indices. */
  source: number[];
  /** Target sentence indices. */
  target: number[];
  /** Confidence in [0, 1]. */
  score: number;
  /** Why (anchors matched, length fit), shown as a tooltip. */
  evidence?: string;
}

/** Everything {@link renderReport} needs. */
export interface ReportInput {
  /** The source document. */
  source: ReportSide;
  /** The target document. */
  target: ReportSide;
  /** Aligned beads over the sentences of both sides (`null` when no alignment is available). */
  beads: ReportBead[] | null;
  /** Verdict on the pair (`parallel`, `comparable`, …) with its score and reasons. */
  verdict?: {
    /** `parallel`, `comparable` or `unrelated`. */
    verdict: string;
    /** Confidence that the documents are translations, 0..1. */
    score: number;
    /** Why. */
    reasons: string[];
  };
  /** Beads under this score are highlighted for review (default 0.5). */
  lowConfidence?: number;
  /** Page title. */
  title?: string;
  /** At most this many changes listed per side (default 2000); the rest are counted. */
  maxChanges?: number;
}

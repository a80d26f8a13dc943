import type { ProcessOptions } from '../pipeline/types.js';

/** Status of one document in a batch. */
export type DocumentStatus = 'ok' | 'partial' | 'failed' | 'skipped';

/** One task sent to a worker. */
export interface BatchTask {
  /** Sequence number in discovery order. */
  index: number;
  /** Path to read. */
  path: string;
  /** Path relative to its root (`/` separators). */
  rel: string;
  /** Output path without extension (`<out>/<rel without extension>`). */
  outStem: string;
  /** Options for the pipeline (structured-cloneable: no functions). */
  options: Omit<ProcessOptions, 'stages'>;
  /**
   * For an alignment task: the two documents (then `path` is the source), and for each the
   * output stem of its own document outputs when this run already wrote them (the pair then
   * reads `<stem>.json` / `<stem>.md` instead of running the pipeline on it a second time).
   */
  pair?: { source: string; target: string; sourceOutput?: string; targetOutput?: string };
  /** For an alignment task: also write an HTML review report. */
  report?: boolean;
}

/** One line of the JSONL manifest: what happened to one document. */
export interface ManifestEntry {
  /** `pair` for an alignment line (absent for documents). */
  kind?: 'pair';
  /** The input path as found (`SOURCE ↔ TARGET` for a pair). */
  file: string;
  /** Input path relative to its root. */
  rel: string;
  /** ok, partial (a later stage failed; outputs written), failed (no outputs), skipped (`--resume`, up to date). */
  status: DocumentStatus;
  /** Output files (relative to the output folder), when written or up to date. */
  outputs?: {
    /** The cleaned Markdown file. */
    markdown?: string;
    /** The JSON record (the document model). */
    json?: string;
    /** The alignment of a pair. */
    align?: string;
    /** The HTML review page of a pair. */
    report?: string;
  };
  /** Pairs: number of beads. */
  beads?: number;
  /** Pairs: beads under the low-confidence score. */
  lowConfidence?: number;
  /** Pairs: how many of the two documents were read from this run's own document outputs instead of processed again. */
  reused?: number;
  /** Pairs: is it a translation pair (`parallel`, `comparable`, `unrelated`). */
  verdict?: string;
  /** Input size in bytes. */
  bytes: number;
  /** Detected encoding. */
  encoding?: string;
  /** Document language. */
  lang?: string;
  /** Cleaning profile. */
  profile?: string;
  /** Number of cleaning changes. */
  changes?: number;
  /** Changes by rule id. */
  changesByRule?: Record<string, number>;
  /** Number of citations. */
  citations?: number;
  /** Entities by type. */
  entitiesByType?: Record<string, number>;
  /** Warnings in the record. */
  warnings?: number;
  /** Errors in the record (failed stages). */
  errors?: number;
  /** Milliseconds spent on the document. */
  ms?: number;
  /** Why the document failed. */
  error?: string;
}

/** The corpus summary written to `summary.json` and printed by `sverka process`. */
export interface BatchSummary {
  /** Documents found. */
  documents: number;
  /** Documents processed successfully (including `partial`). */
  processed: number;
  /** Documents where a later stage failed (outputs written, errors in the record). */
  partial: number;
  /** Documents that failed (no output). */
  failed: number;
  /** Documents skipped as up to date (`--resume`). */
  skipped: number;
  /** Input bytes of the processed documents. */
  bytes: number;
  /** Cleaning changes by rule id. */
  changesByRule: Record<string, number>;
  /** Total cleaning changes. */
  changes: number;
  /** Citations found. */
  citations: number;
  /** Entities by type. */
  entitiesByType: Record<string, number>;
  /** Total entities. */
  entities: number;
  /** Warnings in all records. */
  warnings: number;
  /** Errors: failed documents plus failed stages. */
  errors: number;
  /** Pairs aligned. */
  pairs: number;
  /** Pairs that failed. */
  pairsFailed: number;
  /** Pairs skipped as up to date (`--resume`). */
  pairsSkipped: number;
  /** Files of `--pairs` folders without a partner. */
  unpaired: number;
  /** The first of them (at most 20). */
  unpairedFiles: string[];
  /** Beads in all aligned pairs. */
  beads: number;
  /** Low-confidence beads in all aligned pairs. */
  lowConfidenceBeads: number;
  /** Wall-clock time in milliseconds. */
  ms: number;
  /** Worker threads used (0 = in the main thread). */
  workers: number;
  /** Whether the run was interrupted (Ctrl-C) before the end. */
  interrupted: boolean;
  /** The first failures (file and message), at most 20. */
  failures: {
    /** The input file. */
    file: string;
    /** What went wrong. */
    error: string;
  }[];
}

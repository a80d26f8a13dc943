import { alignUnits } from '../align/align-units.js';
import type { ProcessedDocument } from '../pipeline/process-document.js';
import { renderReport, sentencesOf } from './render-html.js';
import type { ReportBead, ReportInput } from './types.js';

/** Options for {@link buildReport}. */
export interface BuildReportOptions {
  /** Labels for the two columns (file names). */
  titles?: [string, string];
  /** Beads under this score are highlighted (default 0.5). */
  lowConfidence?: number;
  /** Page title. */
  title?: string;
  /** Skip alignment (sentences shown in order, unaligned). */
  align?: boolean;
}

/**
 * Align the sentences of two processed documents and render the review report
 * (see {@link renderReport}). Alignment failures are not fatal: the report then
 * shows the sentences in order and says there is no alignment.
 */
export function buildReport(source: ProcessedDocument, target: ProcessedDocument, options: BuildReportOptions = {}): BuiltReport {
  let beads: ReportBead[] | null = null;
  let verdict: ReportInput['verdict'];
  if (options.align !== false) {
    try {
      const a = alignUnits(
        sentencesOf(source.record).map((s) => s.text),
        sentencesOf(target.record).map((s) => s.text),
        { sourceLang: source.record.lang, targetLang: target.record.lang },
      );
      beads = a.beads.map((b) => ({
        source: b.source,
        target: b.target,
        score: b.score,
        evidence: `length fit ${b.evidence.lengthProbability.toFixed(2)}${b.evidence.anchors.length ? `; anchors: ${b.evidence.anchors.map((m) => m.source).slice(0, 6).join(', ')}` : ''}`,
      }));
      verdict = { verdict: a.parallel.verdict, score: a.parallel.score, reasons: a.parallel.reasons };
    } catch {
      beads = null;
    }
  }
  const input: ReportInput = {
    source: { title: options.titles?.[0] ?? source.record.file ?? 'source', record: source.record, original: source.original },
    target: { title: options.titles?.[1] ?? target.record.file ?? 'target', record: target.record, original: target.original },
    beads,
    ...(verdict ? { verdict } : {}),
    ...(options.lowConfidence !== undefined ? { lowConfidence: options.lowConfidence } : {}),
    ...(options.title !== undefined ? { title: options.title } : {}),
  };
  return { html: renderReport(input), input };
}

/** A rendered review page and the data it was rendered from. */
export interface BuiltReport {
  /** The self-contained HTML page. */
  html: string;
  /** The data shown on it. */
  input: ReportInput;
}

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { processDocument, type ProcessedDocument } from '../pipeline/process-document.js';
import { decodeInput } from '../io/decode.js';
import type { DocumentRecord } from '../pipeline/types.js';
import { alignUnits } from '../align/align-units.js';
import { buildReport } from '../report/build-report.js';
import { sentencesOf } from '../report/render-html.js';
import { SverkaError } from '../errors.js';
import { writeFileAtomic } from './write-atomic.js';
import type { BatchTask, ManifestEntry } from './types.js';

/** Beads under this score count as low confidence in the manifest and summary. */
export const LOW_CONFIDENCE = 0.5;

/**
 * A pair member: from the document outputs this run already wrote for it (`output` stem),
 * or by running the pipeline. Outputs that cannot be read back are no error: the pipeline
 * runs instead.
 */
function load(path: string, task: BatchTask, output?: string): ProcessedDocument & { reused?: true } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new SverkaError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (output !== undefined) {
    try {
      const json = readFileSync(`${output}.json`, 'utf8');
      const markdown = readFileSync(`${output}.md`, 'utf8');
      const record = JSON.parse(json) as DocumentRecord;
      const original = decodeInput(bytes, task.options.encoding === undefined ? {} : { encoding: task.options.encoding }).text;
      if (record.length === original.length) return { record: { ...record, file: path }, markdown, original, reused: true };
    } catch {
      // not readable (removed meanwhile, not written): process the document instead
    }
  }
  try {
    return processDocument(bytes, { ...task.options, file: path });
  } catch (error) {
    throw new SverkaError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Align one pair of a batch: run the pipeline on both documents, align their
 * sentences and write `<stem>.align.json` (the `sverka align --format json` shape:
 * source and target units with original offsets, beads, verdict) and, when asked,
 * `<stem>.report.html`. Never throws: failures come back as a `failed` entry.
 */
export async function processPair(task: BatchTask): Promise<ManifestEntry> {
  const started = performance.now();
  const pair = task.pair!;
  const entry: ManifestEntry = { kind: 'pair', file: `${pair.source} ↔ ${pair.target}`, rel: task.rel, status: 'failed', bytes: 0 };
  try {
    const src = load(pair.source, task, pair.sourceOutput);
    const tgt = load(pair.target, task, pair.targetOutput);
    entry.bytes = src.record.bytes + tgt.record.bytes;
    const su = sentencesOf(src.record);
    const tu = sentencesOf(tgt.record);
    const a = alignUnits(
      su.map((s) => s.text),
      tu.map((s) => s.text),
      { sourceLang: src.record.lang, targetLang: tgt.record.lang },
    );
    const side = (d: ProcessedDocument, units: typeof su) => ({
      file: d.record.file,
      lang: d.record.lang,
      units: units.map((s) => ({ text: s.text, start: s.start, end: s.end })),
    });
    const out = {
      source: side(src, su),
      target: side(tgt, tu),
      beads: a.beads.map((b) => ({ source: b.source, target: b.target, score: b.score })),
      parallel: a.parallel,
    };
    writeFileAtomic(`${task.outStem}.align.json`, JSON.stringify(out) + '\n');
    if (task.report) {
      const { html } = buildReport(src, tgt, { titles: [basename(pair.source), basename(pair.target)] });
      writeFileAtomic(`${task.outStem}.report.html`, html);
    }
    entry.status = 'ok';
    const reused = Number(src.reused === true) + Number(tgt.reused === true);
    if (reused > 0) entry.reused = reused;
    entry.beads = a.beads.length;
    entry.lowConfidence = a.beads.filter((b) => b.score < LOW_CONFIDENCE).length;
    entry.verdict = a.parallel.verdict;
    entry.warnings = src.record.diagnostics.filter((d) => d.severity === 'warning').length + tgt.record.diagnostics.filter((d) => d.severity === 'warning').length;
  } catch (error) {
    entry.error = error instanceof SverkaError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
  }
  entry.ms = Math.round(performance.now() - started);
  return entry;
}

import type { BatchSummary, ManifestEntry } from './types.js';

/** An empty summary. */
export function emptySummary(workers: number): BatchSummary {
  return {
    documents: 0,
    processed: 0,
    partial: 0,
    failed: 0,
    skipped: 0,
    bytes: 0,
    changesByRule: {},
    changes: 0,
    citations: 0,
    entitiesByType: {},
    entities: 0,
    warnings: 0,
    errors: 0,
    pairs: 0,
    pairsFailed: 0,
    pairsSkipped: 0,
    unpaired: 0,
    unpairedFiles: [],
    beads: 0,
    lowConfidenceBeads: 0,
    ms: 0,
    workers,
    interrupted: false,
    failures: [],
  };
}

/** Add one manifest entry to a summary (in place). */
export function addToSummary(summary: BatchSummary, entry: ManifestEntry): void {
  if (entry.kind === 'pair') {
    if (entry.status === 'failed') {
      summary.pairsFailed++;
      summary.errors++;
      if (summary.failures.length < 20) summary.failures.push({ file: entry.file, error: entry.error ?? 'failed' });
    } else if (entry.status === 'skipped') {
      summary.pairsSkipped++;
    } else {
      summary.pairs++;
      summary.beads += entry.beads ?? 0;
      summary.lowConfidenceBeads += entry.lowConfidence ?? 0;
    }
    return;
  }
  summary.documents++;
  if (entry.status === 'skipped') {
    summary.skipped++;
    return;
  }
  if (entry.status === 'failed') {
    summary.failed++;
    summary.errors++;
    if (summary.failures.length < 20) summary.failures.push({ file: entry.file, error: entry.error ?? 'failed' });
    return;
  }
  summary.processed++;
  if (entry.status === 'partial') summary.partial++;
  summary.bytes += entry.bytes;
  for (const [rule, n] of Object.entries(entry.changesByRule ?? {})) summary.changesByRule[rule] = (summary.changesByRule[rule] ?? 0) + n;
  summary.changes += entry.changes ?? 0;
  summary.citations += entry.citations ?? 0;
  for (const [type, n] of Object.entries(entry.entitiesByType ?? {})) {
    summary.entitiesByType[type] = (summary.entitiesByType[type] ?? 0) + n;
    summary.entities += n;
  }
  summary.warnings += entry.warnings ?? 0;
  summary.errors += entry.errors ?? 0;
}

/** The summary as a few human-readable lines (for stderr). */
export function formatSummary(s: BatchSummary): string {
  const top = (m: Record<string, number>, n: number): string =>
    Object.entries(m)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  const lines = [
    `${s.documents} documents: ${s.processed} processed${s.partial ? ` (${s.partial} with a failed stage)` : ''}, ${s.skipped} up to date, ${s.failed} failed${s.interrupted ? ' (interrupted)' : ''}`,
    `${(s.bytes / 1048576).toFixed(1)} MB in ${(s.ms / 1000).toFixed(1)} s with ${s.workers === 0 ? 'no worker threads' : `${s.workers} worker${s.workers === 1 ? '' : 's'}`}`,
    `changes: ${s.changes} (${top(s.changesByRule, 8)})`,
    `citations: ${s.citations}; entities: ${s.entities} (${top(s.entitiesByType, 10)})`,
    `warnings: ${s.warnings}; errors: ${s.errors}`,
  ];
  if (s.pairs + s.pairsFailed + s.pairsSkipped + s.unpaired > 0) {
    lines.push(`pairs: ${s.pairs} aligned (${s.beads} beads, ${s.lowConfidenceBeads} low confidence), ${s.pairsSkipped} up to date, ${s.pairsFailed} failed, ${s.unpaired} files without a partner`);
  }
  if (s.documents + s.pairs + s.pairsFailed + s.pairsSkipped === 0) lines.push('nothing to do: no files in the inputs (or none with the --ext extensions)');
  for (const f of s.unpairedFiles.slice(0, 5)) lines.push(`no partner: ${f}`);
  for (const f of s.failures.slice(0, 5)) lines.push(`failed: ${f.file}: ${f.error}`);
  if (s.failures.length > 5 || s.failed + s.pairsFailed > s.failures.length) lines.push(`… see manifest.jsonl for all ${s.failed + s.pairsFailed} failures`);
  return lines.join('\n') + '\n';
}

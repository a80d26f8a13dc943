export { runBatch, MANIFEST_FILE, SUMMARY_FILE, STAMP_FILE, type BatchOptions } from './run-batch.js';
export { discoverInputs, outputStem, type DiscoveredInput, type DiscoverOptions } from './discover.js';
export { globToRegExp, isGlob, splitGlob } from './glob.js';
export { processFile } from './process-file.js';
export { WorkerPool } from './pool.js';
export { writeFileAtomic } from './write-atomic.js';
export { emptySummary, addToSummary, formatSummary } from './summary.js';
export { ttyProgress, lineProgress, quietProgress, formatDuration, eta, type ProgressReporter, type ProgressState } from './progress.js';
export type { BatchSummary, BatchTask, DocumentStatus, ManifestEntry } from './types.js';

import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { processDocument } from '../pipeline/process-document.js';
import { SverkaError } from '../errors.js';
import { checkInputSize } from '../io/decode.js';
import { writeFileAtomic } from './write-atomic.js';
import type { BatchTask, ManifestEntry } from './types.js';

/**
 * Process one file of a batch: read, run the pipeline, write `<stem>.md` and
 * `<stem>.json` atomically, and return its manifest entry. Never throws: a file
 * that cannot be read, decoded or processed gives a `failed` entry with the reason.
 * The file is read and written synchronously (see {@link writeFileAtomic}): the
 * promise is settled when the outputs are in place.
 */
export async function processFile(task: BatchTask): Promise<ManifestEntry> {
  const started = performance.now();
  const entry: ManifestEntry = { file: task.path, rel: task.rel, status: 'failed', bytes: 0 };
  try {
    const md = `${task.outStem}.md`;
    const json = `${task.outStem}.json`;
    const input = resolve(task.path);
    if (resolve(md) === input || resolve(json) === input) {
      throw new SverkaError(`output ${resolve(md) === input ? md : json} would overwrite the input; choose another --out folder`);
    }
    let bytes: Buffer;
    try {
      const size = statSync(task.path).size;
      checkInputSize(size); // a file too large for any document is refused before it is read
      bytes = readFileSync(task.path);
    } catch (error) {
      if (error instanceof SverkaError) throw error;
      throw new SverkaError(`cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    entry.bytes = bytes.length;
    const { record, markdown } = processDocument(bytes, { ...task.options, file: task.rel });
    writeFileAtomic(md, markdown);
    writeFileAtomic(json, JSON.stringify(record) + '\n');
    const changesByRule: Record<string, number> = {};
    for (const c of record.changes) changesByRule[c.rule] = (changesByRule[c.rule] ?? 0) + 1;
    const entitiesByType: Record<string, number> = {};
    for (const e of record.entities) entitiesByType[e.type] = (entitiesByType[e.type] ?? 0) + 1;
    const errors = record.diagnostics.filter((d) => d.severity === 'error').length;
    entry.status = Object.values(record.stages).includes('failed') ? 'partial' : 'ok';
    entry.encoding = record.encoding;
    entry.lang = record.lang;
    entry.profile = record.profile.name;
    entry.changes = record.changes.length;
    entry.changesByRule = changesByRule;
    entry.citations = record.citations.length;
    entry.entitiesByType = entitiesByType;
    entry.warnings = record.diagnostics.filter((d) => d.severity === 'warning').length;
    entry.errors = errors;
  } catch (error) {
    entry.status = 'failed';
    entry.error = error instanceof SverkaError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
  }
  entry.ms = Math.round(performance.now() - started);
  return entry;
}

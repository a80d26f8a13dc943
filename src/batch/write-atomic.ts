import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;
/** Folders this thread has made (or found) already: one `mkdir` per folder, not per file. */
const made = new Set<string>();

/**
 * Write a file atomically: write `<path>.<pid>-<thread>-<n>.tmp` in the same folder,
 * then rename it over `path`, so a reader (or an interrupted run) never sees a
 * half-written file. Creates the folder when needed (once per folder and thread; a
 * folder removed meanwhile is made again on the failed write). The temporary file is
 * removed when the write or the rename fails.
 *
 * It is synchronous on purpose: a batch worker has nothing else to do while its outputs
 * are written, and a synchronous write costs a fraction of the CPU of an asynchronous one
 * (no hand-off to libuv's thread pool, whose four threads otherwise contend for the same
 * folders in the kernel; see docs/performance.md).
 *
 * @throws the file system's error (the temporary file is gone by then).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    if (made.size > 10_000) made.clear(); // a bound: a corpus of many folders does not grow this without end
    made.add(dir);
  }
  const tmp = `${path}.${process.pid}-${threadId}-${counter++}.tmp`;
  try {
    try {
      writeFileSync(tmp, data);
    } catch (error) {
      // the folder went away since it was made: make it again, once
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, data);
    }
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // it was never made
    }
    throw error;
  }
}

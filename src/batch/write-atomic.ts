import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;
/** Folders this thread has made (or found) already: one `mkdir` per folder, not per file. */
const made = new Set<string>();

/**
 * Write a file atomically: write `<path>.<pid>-<thread>-<n>.tmp` in the same folder,
 * then rename it over `path`, so a reader (or an interrupted run) never sees a
 * half-written file. Creates the folder when needed (once per folder and thread; a
 * folder removed meanwhile is made again on the failed write). The temporary file is removed
 * when the write fails.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true });
    if (made.size > 10_000) made.clear(); // a bound: a corpus of many folders does not grow this without end
    made.add(dir);
  }
  const tmp = `${path}.${process.pid}-${threadId}-${counter++}.tmp`;
  try {
    try {
      await writeFile(tmp, data);
    } catch (error) {
      // the folder went away since it was made: make it again, once
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(dir, { recursive: true });
      await writeFile(tmp, data);
    }
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

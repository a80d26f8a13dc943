import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

/**
 * Write a file atomically: write `<path>.<pid>-<thread>-<n>.tmp` in the same folder,
 * then rename it over `path`, so a reader (or an interrupted run) never sees a
 * half-written file. Creates the folder when needed. The temporary file is removed
 * when the write fails.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}-${threadId}-${counter++}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

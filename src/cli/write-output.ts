import { rename, writeFile } from 'node:fs/promises';
import type { CliIO } from './command.js';

/**
 * Write a command's output to `--out` (atomically: a temporary file, then rename) or
 * to standard output.
 */
export async function writeOutput(text: string, out: string | undefined, io: CliIO): Promise<void> {
  if (out === undefined || out === '-') {
    io.stdout(text);
    return;
  }
  const tmp = `${out}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, out);
}

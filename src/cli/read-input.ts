import { readFile, stat } from 'node:fs/promises';
import { decodeInput, type DecodedInput } from '../io/decode.js';
import { InputError } from '../errors.js';
import type { CliIO } from './command.js';

/**
 * Read one input: a file path, or `-` for standard input; decode it to text.
 * @throws {InputError} for a missing file, a directory or an unreadable file.
 */
export async function readInput(path: string, io: CliIO, encoding?: string): Promise<DecodedInput & { path: string }> {
  let bytes: Uint8Array;
  if (path === '-') {
    bytes = await io.stdin();
  } else {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new InputError(`${path}: no such file`);
    }
    if (info.isDirectory()) throw new InputError(`${path}: is a directory; give a file (use "sverka process" for folders)`);
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const decoded = decodeInput(bytes, encoding === undefined ? {} : { encoding });
  return { ...decoded, path };
}

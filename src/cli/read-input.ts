import { readFile, stat } from 'node:fs/promises';
import { checkInputSize, decodeInput, type DecodedInput } from '../io/decode.js';
import { EMPTY_INPUT_MESSAGE, EMPTY_INPUT_RULE, isEmptyInput } from '../io/empty-input.js';
import { InputError } from '../errors.js';
import type { CliIO } from './command.js';

/**
 * Read one input: a file path, or `-` for standard input; decode it to text. An empty
 * input is read (the commands give empty results) with a warning on stderr.
 * @throws {InputError} for a missing file, a directory or an unreadable file.
 * @throws {InputTooLargeError} for a file too large for any document, before reading it.
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
    checkInputSize(info.size); // refused before it is read
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const decoded = decodeInput(bytes, encoding === undefined ? {} : { encoding });
  if (isEmptyInput(decoded.text)) io.stderr(`${path}: warning: ${EMPTY_INPUT_MESSAGE} [${EMPTY_INPUT_RULE}]\n`);
  return { ...decoded, path };
}

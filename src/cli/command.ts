import type { ParseArgsConfig } from 'node:util';

/** Parsed arguments handed to a command. */
export interface CommandArgs {
  /** Option values by name. */
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  /** Positional arguments (files, `-` for stdin). */
  positionals: string[];
}

/** Where a command writes. Tests pass their own. */
export interface CliIO {
  /** Write to standard output. */
  stdout(text: string): void;
  /** Write to standard error. */
  stderr(text: string): void;
  /** Read standard input fully. */
  stdin(): Promise<Uint8Array>;
}

/** A `sverka` subcommand. One file per command in `src/cli/commands/`. */
export interface Command {
  /** Subcommand name. */
  name: string;
  /** One line for `sverka --help`. */
  summary: string;
  /** Full help text for `sverka <name> --help`. */
  usage: string;
  /** Options accepted (node:util parseArgs config). */
  options: NonNullable<ParseArgsConfig['options']>;
  /** Run; returns the exit code. Throw a SverkaError for a clear one-line error. */
  run(args: CommandArgs, io: CliIO): Promise<number>;
}

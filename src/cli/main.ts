import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import type { CliIO, Command } from './command.js';
import { SverkaError } from '../errors.js';

/**
 * A subcommand as `--help` lists it. The module is loaded only when the command runs,
 * so start-up does not pay for stages (and their data) that are not used.
 */
export interface CommandEntry {
  /** Subcommand name. */
  name: string;
  /** One line for `sverka --help` (the same as the command's own `summary`). */
  summary: string;
  /** Load the command's module. */
  load(): Promise<Command>;
}

/** All subcommands, in the order `--help` lists them. */
export const commands: readonly CommandEntry[] = [
  { name: 'clean', summary: 'clean OCR / translation / web artefacts, with a change log', load: async () => (await import('./commands/clean.js')).cleanCommand },
  { name: 'segment', summary: 'split into paragraphs and sentences and identify languages (no cleaning)', load: async () => (await import('./commands/segment.js')).segmentCommand },
  { name: 'cite', summary: 'extract footnoted citations (BelTA), repair URLs, export', load: async () => (await import('./commands/cite.js')).citeCommand },
  { name: 'align', summary: 'align a text with its translation (paragraphs, sentences or lines)', load: async () => (await import('./commands/align.js')).alignCommand },
  { name: 'entities', summary: 'annotate typed entities', load: async () => (await import('./commands/entities.js')).entitiesCommand },
  { name: 'process', summary: 'run the whole pipeline over files, folders and globs (a corpus)', load: async () => (await import('./commands/process.js')).processCommand },
  { name: 'report', summary: 'HTML review page: two texts side by side, beads, entities, notes, changes', load: async () => (await import('./commands/report.js')).reportCommand },
];

/** The package version (read from package.json). */
export function version(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'sverka' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `sverka ${version()}: clean, align and annotate Russian–English corpora

Usage: sverka <command> [options] FILE...

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help      show help (also: sverka <command> --help)
  -v, --version   show the version

Files are UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1251 or KOI8-R;
"-" reads standard input. --format json prints one JSON document on stdout;
diagnostics go to stderr.
`;
}

/** The process's real standard streams. */
export const processIO: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
};

/**
 * Run the CLI with the given arguments (without `node` and the script path).
 * Returns the exit code; never throws: errors are one line on stderr.
 */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    io.stdout(mainHelp());
    return first === undefined ? 1 : 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(version() + '\n');
    return 0;
  }
  const entry = commands.find((c) => c.name === first);
  if (!entry) {
    io.stderr(`sverka: unknown command "${first}"; commands: ${commands.map((c) => c.name).join(', ')} (see sverka --help)\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage + '\n');
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains over several lines (`argument is ambiguous. Did you forget …`): keep them all
    const message = (error instanceof Error ? error.message : String(error))
      .split('\n')
      .map((line) => line.trim())
      .join(' ');
    io.stderr(`sverka ${command.name}: ${message} (see sverka ${command.name} --help)\n`);
    return 2;
  }
  try {
    return await command.run({ values: parsed.values as never, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof SverkaError) {
      io.stderr(`sverka ${command.name}: ${error.message}\n`);
      return error.code === 'E_NOT_IMPLEMENTED' ? 3 : 1;
    }
    io.stderr(`sverka ${command.name}: internal error: ${oneLine(error)}; please report this with the input that caused it\n`);
    if (process.env.SVERKA_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
    return 70;
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/^TypeError \[[A-Z_]+\]: /, '');
}

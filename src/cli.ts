#!/usr/bin/env node
/**
 * The `sverka` command-line entry point. All logic lives in `cli/main.ts`.
 * @packageDocumentation
 */
import { main } from './cli/main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sverka: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);

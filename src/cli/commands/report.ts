import { basename } from 'node:path';
import type { Command } from '../command.js';
import { readInput } from '../read-input.js';
import { writeOutput } from '../write-output.js';
import { InputError } from '../../errors.js';
import { processDocument } from '../../pipeline/process-document.js';
import { buildReport } from '../../report/build-report.js';
import { configToOptions, loadConfig } from '../../config/load.js';

/** `sverka report`: a self-contained HTML review page for a source and its translation. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'HTML review page: two texts side by side, beads, entities, notes, changes',
  usage: `Usage: sverka report SOURCE TARGET [-o report.html] [options]

Runs the pipeline on both documents, aligns their sentences and writes one
self-contained HTML page (no network): the texts side by side in aligned beads
(low-confidence beads highlighted), entities coloured by type with a legend,
note markers linked to their citations, and the cleaning changes with before
and after. Keys in the page: j/k next/previous bead, n/p low-confidence beads, ?.

Options:
  -o, --out FILE          write to FILE (default: standard output)
  --low N                 highlight beads with a score under N (default 0.5)
  --title TEXT            page title
  --no-align              show the sentences in order, without alignment
  --config FILE           configuration (default: ./sverka.config.json if present)`,
  options: {
    out: { type: 'string', short: 'o' },
    low: { type: 'string' },
    title: { type: 'string' },
    'no-align': { type: 'boolean', default: false },
    config: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 2) throw new InputError('report takes two files: SOURCE TARGET; see sverka report --help');
    let low: number | undefined;
    if (typeof values.low === 'string') {
      low = Number(values.low);
      if (!(low >= 0 && low <= 1)) throw new InputError(`--low must be a number from 0 to 1 (got "${values.low}")`);
    }
    const options = configToOptions(loadConfig(typeof values.config === 'string' ? { path: values.config } : {}));
    const docs = [];
    for (const path of positionals) {
      if (path === '-') throw new InputError('report reads files, not standard input');
      const input = await readInput(path, io);
      docs.push(processDocument(input.text, { ...options, file: basename(path) }));
    }
    const { html } = buildReport(docs[0]!, docs[1]!, {
      titles: [basename(positionals[0]!), basename(positionals[1]!)],
      ...(low !== undefined ? { lowConfidence: low } : {}),
      ...(typeof values.title === 'string' ? { title: values.title } : {}),
      align: values['no-align'] !== true,
    });
    await writeOutput(html, values.out as string | undefined, io);
    return 0;
  },
};

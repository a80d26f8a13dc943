import type { Command } from '../command.js';
import { InputError } from '../../errors.js';
import { runBatch } from '../../batch/run-batch.js';
import { formatSummary } from '../../batch/summary.js';
import { lineProgress, quietProgress, ttyProgress } from '../../batch/progress.js';
import { configToOptions, loadConfig } from '../../config/load.js';
import type { ProcessOptions } from '../../pipeline/types.js';
import { processIO, version } from '../main.js';

const PROFILES = ['auto', 'ocr', 'mt', 'web', 'plain'];
const LANGS = ['ru', 'en', 'be', 'uk'];
const STAGES = ['cite', 'entities'];

/** `sverka process`: the whole pipeline over files, folders and globs. */
export const processCommand: Command = {
  name: 'process',
  summary: 'run the whole pipeline over files, folders and globs (a corpus)',
  usage: `Usage: sverka process PATH... --out DIR [options]
       sverka process --pairs SRC:TGT --out DIR [options]

Runs clean → segment → language id → citations → entities on every document
(files, folders walked recursively, globs such as "corpus/**/*.txt") and writes
per document DIR/<name>.md (cleaned Markdown) and DIR/<name>.json (the full
document model, see docs/formats.md), plus DIR/manifest.jsonl (one line per
document) and DIR/summary.json. The summary is printed on stdout as JSON.

A file that cannot be read or decoded, or is too large for any document
(over 128 MB: refused before it is read), is reported in the manifest and the
summary; the run goes on. Exit code: 0 when every document was processed,
1 when any failed (or had a failed stage), 130 when interrupted (Ctrl-C stops
after the documents in flight; no half-written file is left).

Options:
  -o, --out DIR                 output folder (required)
  --workers N                   worker threads (default: all cores, or the main thread
                                for fewer than 16 documents; 0 = main thread)
  --resume                      skip documents whose outputs are up to date
  --quiet                       no progress and no summary on stderr
  --config FILE                 configuration (default: ./sverka.config.json if present)
  --ext LIST                    only these extensions inside folders (e.g. txt,md)
  --profile auto|ocr|mt|web|plain  cleaning profile (default auto, per document)
  --lang ru|en|be|uk            document language (default: detected per document)
  --disable RULE                switch a cleaning rule off (repeatable)
  --skip STAGE                  skip a stage: cite, entities (repeatable)
  --no-typography               keep dashes and quotes as they are
  --normalize-terms             replace glossary variants with preferred terms
  --pairs SRC:TGT|FILE.tsv      also align pairs: two folders or globs whose files
                                match by name (ru/a.txt ↔ en/a.txt, a.ru.txt ↔ a.en.txt),
                                or a TSV of source<TAB>target paths (repeatable);
                                writes DIR/pairs/<name>.align.json
  --pair-reports                with --pairs: also DIR/pairs/<name>.report.html`,
  options: {
    out: { type: 'string', short: 'o' },
    workers: { type: 'string' },
    resume: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    config: { type: 'string' },
    ext: { type: 'string' },
    profile: { type: 'string' },
    lang: { type: 'string' },
    disable: { type: 'string', multiple: true },
    skip: { type: 'string', multiple: true },
    'no-typography': { type: 'boolean', default: false },
    'normalize-terms': { type: 'boolean', default: false },
    pairs: { type: 'string', multiple: true },
    'pair-reports': { type: 'boolean', default: false },
  },
  async run({ values, positionals }, io) {
    const pairs = (values.pairs as string[] | undefined) ?? [];
    if (positionals.length === 0 && pairs.length === 0) throw new InputError('give at least one file, folder or glob (or --pairs); see sverka process --help');
    if (typeof values.out !== 'string' || values.out === '') throw new InputError('--out DIR is required (the folder for the outputs)');
    const resolved = loadConfig(typeof values.config === 'string' ? { path: values.config } : {});
    const overrides: Partial<ProcessOptions> = {};
    if (typeof values.profile === 'string') {
      if (!PROFILES.includes(values.profile)) throw new InputError(`unknown --profile "${values.profile}"; use one of ${PROFILES.join(', ')}`);
      overrides.profile = values.profile as ProcessOptions['profile'] & string;
    }
    if (typeof values.lang === 'string') {
      if (!LANGS.includes(values.lang)) throw new InputError(`unknown --lang "${values.lang}"; use ru, en, be or uk`);
      overrides.lang = values.lang as 'ru';
    }
    const disable = (values.disable as string[] | undefined) ?? [];
    if (disable.length > 0) overrides.disable = disable;
    const skip = (values.skip as string[] | undefined) ?? [];
    for (const s of skip) if (!STAGES.includes(s)) throw new InputError(`unknown --skip "${s}"; stages that can be skipped: ${STAGES.join(', ')}`);
    if (skip.length > 0) overrides.skip = skip as ('cite' | 'entities')[];
    if (values['no-typography'] === true) overrides.typography = false;
    if (values['normalize-terms'] === true) overrides.normalizeTerms = true;
    const options = configToOptions(resolved, overrides);

    let workers = resolved.config.workers;
    if (typeof values.workers === 'string') {
      if (!/^\d{1,3}$/.test(values.workers)) throw new InputError(`--workers must be a whole number (got "${values.workers}")`);
      workers = Number(values.workers);
    }
    const quiet = values.quiet === true;
    const stderrIsTty = io === processIO && process.stderr.isTTY === true;
    const progress = quiet ? quietProgress : stderrIsTty ? ttyProgress((t) => io.stderr(t), process.stderr.columns || 80) : lineProgress((t) => io.stderr(t));

    const controller = new AbortController();
    const onSigint = (): void => {
      if (controller.signal.aborted) process.exit(130);
      io.stderr('\nsverka process: interrupted; finishing the documents in flight (Ctrl-C again to quit now)\n');
      controller.abort();
    };
    process.on('SIGINT', onSigint);
    let summary;
    try {
      summary = await runBatch({
        inputs: positionals,
        out: values.out,
        ...(workers === undefined ? {} : { workers }),
        resume: values.resume === true,
        ...(typeof values.ext === 'string' ? { extensions: values.ext.split(',').map((e) => e.trim()).filter(Boolean) } : {}),
        options,
        progress,
        signal: controller.signal,
        version: version(),
        ...(pairs.length > 0 ? { pairs, pairReports: values['pair-reports'] === true } : {}),
      });
    } finally {
      process.off('SIGINT', onSigint);
    }
    if (!quiet) io.stderr(formatSummary(summary));
    io.stdout(JSON.stringify(summary, null, 2) + '\n');
    if (summary.interrupted) return 130;
    return summary.failed > 0 || summary.partial > 0 || summary.pairsFailed > 0 ? 1 : 0;
  },
};


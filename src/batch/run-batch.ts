import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { discoverInputs, outputStem, type DiscoveredInput } from './discover.js';
import { findPairs, type DocumentPair } from './pairs.js';
import { WorkerPool } from './pool.js';
import { addToSummary, emptySummary } from './summary.js';
import { quietProgress, type ProgressReporter } from './progress.js';
import { writeFileAtomic } from './write-atomic.js';
import type { BatchSummary, BatchTask, ManifestEntry } from './types.js';
import { InputError } from '../errors.js';
import type { ProcessOptions } from '../pipeline/types.js';

/** Name of the manifest in the output folder. */
export const MANIFEST_FILE = 'manifest.jsonl';
/** Name of the summary in the output folder. */
export const SUMMARY_FILE = 'summary.json';
/** Name of the run stamp (options hash) `--resume` compares against. */
export const STAMP_FILE = '.sverka-run.json';

/** Options for {@link runBatch}. */
export interface BatchOptions {
  /** Files, folders and globs. */
  inputs: readonly string[];
  /** Output folder (created when missing). */
  out: string;
  /** Worker threads (default: all cores, or the main thread below {@link SMALL_CORPUS} documents); 0 runs in the main thread. */
  workers?: number;
  /** Skip documents whose outputs are newer than the input and the options. */
  resume?: boolean;
  /** Only these extensions inside folders (default: all files). */
  extensions?: readonly string[];
  /** Pipeline options (plain data: they are sent to the workers). */
  options?: Omit<ProcessOptions, 'stages'>;
  /** Progress display (default: none). */
  progress?: ProgressReporter;
  /** Stop dispatching when aborted; documents in flight still finish and are recorded. */
  signal?: AbortSignal;
  /** Package version, part of the options stamp (outputs of another version are redone). */
  version?: string;
  /** Pairs to align (`SRC:TGT` folders or globs, or a TSV file); outputs go to `<out>/pairs/`. */
  pairs?: readonly string[];
  /** Also write an HTML review report per pair. */
  pairReports?: boolean;
}

interface Stamp {
  hash: string;
  since: number;
}

/** Below this many documents (and pairs) the default is to run in the main thread. */
export const SMALL_CORPUS = 16;

/**
 * Process a corpus: discover the inputs lazily, run the pipeline on a pool of worker
 * threads with a bounded number of documents in flight (memory stays flat however
 * large the corpus), write `<name>.md` and `<name>.json` per document, a JSONL
 * manifest line per document and `summary.json`. One bad file gives a `failed`
 * manifest line and never stops the run. Every file is written under a temporary
 * name and renamed, so an interrupted run leaves no half-written output.
 *
 * @throws {InputError} when an input path does not exist or the output folder cannot be
 *   made (before anything is written).
 */
export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const out = resolve(opts.out);
  const progress = opts.progress ?? quietProgress;
  const pipelineOptions = opts.options ?? {};
  const discoverOptions = { exclude: [out], ...(opts.extensions ? { extensions: opts.extensions } : {}) };

  // Counting pass (paths only, nothing kept) for the progress total; it also checks every input exists.
  let total = 0;
  for (const pattern of opts.inputs) for await (const _ of discoverInputs([pattern], discoverOptions)) total++;
  // Pairs are matched up front (the names of one side are held while matching).
  const pairs: DocumentPair[] = [];
  const unpaired: string[] = [];
  for (const spec of opts.pairs ?? []) {
    const found = await findPairs(spec);
    pairs.push(...found.pairs);
    unpaired.push(...found.unpaired);
  }
  total += pairs.length;
  // Pair members that are also inputs are processed once: their document outputs are
  // remembered here (only for pair members, so this stays as small as the pair list)
  // and the pair reads them back instead of running the pipeline again.
  const pairMembers = new Set(pairs.flatMap((p) => [resolve(p.source), resolve(p.target)]));
  const memberOutputs = new Map<string, string>();
  // Starting a worker costs more (loading the pipeline, morphology and tagger: a few
  // hundred ms) than a handful of documents take, so a small corpus runs in this thread
  // unless the caller asked for workers.
  const workers = opts.workers ?? (total < SMALL_CORPUS ? 0 : availableParallelism());

  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file of that name is in the way' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (error as Error).message);
    throw new InputError(`cannot make the output folder ${opts.out}: ${why}`);
  }
  const stamp = await updateStamp(out, pipelineOptions, opts.version ?? '');

  const summary = emptySummary(workers);
  summary.unpaired = unpaired.length;
  summary.unpairedFiles = unpaired.slice(0, 20);
  const manifestTmp = join(out, `${MANIFEST_FILE}.${process.pid}.tmp`);
  const manifest = createWriteStream(manifestTmp);
  const pool = workers > 0 ? new WorkerPool(workers) : null;
  // The pipeline itself is loaded here only when documents run in this thread; with
  // workers the main thread only dispatches, and skips that start-up cost.
  const local = pool ? null : { processFile: (await import('./process-file.js')).processFile, processPair: (await import('./process-pair.js')).processPair };
  const inFlight = new Set<Promise<void>>();
  // Enough in flight that every worker always holds its two documents while finished ones
  // are recorded (in this thread a document is read, processed and written in one go).
  const limit = workers === 0 ? 1 : workers * 4;
  const state = () => ({ done: summary.documents + summary.pairs + summary.pairsFailed + summary.pairsSkipped, total, failed: summary.failed + summary.pairsFailed, skipped: summary.skipped + summary.pairsSkipped, elapsedMs: performance.now() - started });

  const record = async (entry: ManifestEntry, stem: string): Promise<void> => {
    if (entry.status !== 'failed') {
      entry.outputs =
        entry.kind === 'pair'
          ? { align: `${stem}.align.json`, ...(opts.pairReports ? { report: `${stem}.report.html` } : {}) }
          : { markdown: `${stem}.md`, json: `${stem}.json` };
    }
    addToSummary(summary, entry);
    await writeLine(manifest, JSON.stringify(entry) + '\n');
    progress.update(state());
  };

  let index = 0;
  try {
    for (const pattern of opts.inputs) {
      const prefix = opts.inputs.length > 1 ? await folderPrefix(pattern) : '';
      for await (const found of discoverInputs([pattern], discoverOptions)) {
        if (opts.signal?.aborted) break;
        const rel = prefix + found.rel;
        const stemRel = outputStem(rel);
        const task: BatchTask = { index: index++, path: found.path, rel, outStem: join(out, ...stemRel.split('/')), options: pipelineOptions };
        const member = pairMembers.has(resolve(found.path)) ? resolve(found.path) : null;
        if (opts.resume && (await upToDate(found, task.outStem, stamp.since))) {
          if (member) memberOutputs.set(member, task.outStem);
          await record({ file: found.path, rel, status: 'skipped', bytes: 0 }, stemRel);
          continue;
        }
        const job = (pool ? pool.run(task) : local!.processFile(task)).then((entry) => {
          if (member && entry.status !== 'failed') memberOutputs.set(member, task.outStem);
          return record(entry, stemRel);
        });
        const tracked: Promise<void> = job.finally(() => inFlight.delete(tracked));
        inFlight.add(tracked);
        if (inFlight.size >= limit) await Promise.race(inFlight);
      }
      if (opts.signal?.aborted) break;
    }
    // Pairs whose documents are inputs too read those documents' outputs: let them land first.
    if (pairMembers.size > 0) await Promise.all(inFlight);
    for (const pair of pairs) {
      if (opts.signal?.aborted) break;
      const stemRel = `pairs/${pair.name}`;
      const sourceOutput = memberOutputs.get(resolve(pair.source));
      const targetOutput = memberOutputs.get(resolve(pair.target));
      const task: BatchTask = {
        index: index++,
        path: pair.source,
        rel: pair.name,
        outStem: join(out, ...stemRel.split('/')),
        options: pipelineOptions,
        pair: { source: pair.source, target: pair.target, ...(sourceOutput ? { sourceOutput } : {}), ...(targetOutput ? { targetOutput } : {}) },
        ...(opts.pairReports ? { report: true } : {}),
      };
      if (opts.resume && (await pairUpToDate(pair, task.outStem, stamp.since, opts.pairReports === true))) {
        await record({ kind: 'pair', file: `${pair.source} ↔ ${pair.target}`, rel: pair.name, status: 'skipped', bytes: 0 }, stemRel);
        continue;
      }
      const job = (pool ? pool.run(task) : local!.processPair(task)).then((entry) => record(entry, stemRel));
      const tracked: Promise<void> = job.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
    await new Promise<void>((done) => manifest.end(done));
  }
  summary.interrupted = opts.signal?.aborted === true;
  summary.ms = Math.round(performance.now() - started);
  await rename(manifestTmp, join(out, MANIFEST_FILE)).catch(async (error: unknown) => {
    await unlink(manifestTmp).catch(() => undefined);
    throw error;
  });
  writeFileAtomic(join(out, SUMMARY_FILE), JSON.stringify(summary, null, 2) + '\n');
  progress.finish(state());
  return summary;
}

/** Are both outputs newer than the input and than the options stamp? */
async function upToDate(input: DiscoveredInput, outStem: string, since: number): Promise<boolean> {
  try {
    const [src, md, json] = await Promise.all([stat(input.path), stat(`${outStem}.md`), stat(`${outStem}.json`)]);
    const need = Math.max(src.mtimeMs, since);
    return md.mtimeMs >= need && json.mtimeMs >= need;
  } catch {
    return false;
  }
}

/** Are a pair's outputs newer than both inputs and the options stamp? */
async function pairUpToDate(pair: DocumentPair, outStem: string, since: number, report: boolean): Promise<boolean> {
  try {
    const outs = [`${outStem}.align.json`, ...(report ? [`${outStem}.report.html`] : [])];
    const [a, b, ...o] = await Promise.all([stat(pair.source), stat(pair.target), ...outs.map((f) => stat(f))]);
    const need = Math.max(a.mtimeMs, b.mtimeMs, since);
    return o.every((x) => x.mtimeMs >= need);
  } catch {
    return false;
  }
}

/**
 * Read the stamp of the previous run; when the options (or version) changed, start a
 * new one whose `since` makes every older output stale.
 */
async function updateStamp(out: string, options: unknown, version: string): Promise<Stamp> {
  const hash = createHash('sha256').update(JSON.stringify({ version, options })).digest('hex').slice(0, 16);
  const path = join(out, STAMP_FILE);
  try {
    const old = JSON.parse(await readFile(path, 'utf8')) as Partial<Stamp>;
    if (old.hash === hash && typeof old.since === 'number') return { hash, since: old.since };
  } catch {
    // no stamp yet: a first run
  }
  // `since` is the stamp file's own mtime: the file system's clock is coarser than
  // Date.now() (it can lag by a tick), and outputs are compared on that clock.
  writeFileAtomic(path, JSON.stringify({ hash, since: Date.now() }) + '\n');
  const since = (await stat(path)).mtimeMs;
  writeFileAtomic(path, JSON.stringify({ hash, since }) + '\n');
  return { hash, since };
}

/** With several inputs, outputs of a folder go under the folder's name. */
async function folderPrefix(pattern: string): Promise<string> {
  try {
    if ((await stat(pattern)).isDirectory()) return basename(resolve(pattern)) + '/';
  } catch {
    // a glob or a file
  }
  return '';
}

async function writeLine(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await new Promise<void>((done) => stream.once('drain', done));
}

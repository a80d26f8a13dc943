import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchTask, ManifestEntry } from './types.js';

/** What a worker posts back: the manifest entry of the task with this sequence number. */
export interface WorkerReply {
  /** `BatchTask.index` of the task. */
  index: number;
  /** Its manifest entry. */
  entry: ManifestEntry;
}

interface Slot {
  worker: Worker;
  /** Tasks sent and not answered yet, by task index. */
  pending: Map<number, { task: BatchTask; resolve: (entry: ManifestEntry) => void }>;
  /** Places promised to waiting callers that have not sent their task yet. */
  reserved: number;
}

const load = (slot: Slot): number => slot.pending.size + slot.reserved;

/**
 * Tasks a worker holds at once: the one it runs and the next, so that it starts the next
 * document as soon as one is done (while that one's outputs are still being written),
 * without waiting for a round trip through the main thread.
 */
const DEPTH = 2;

/**
 * Where the worker script is: `worker.js` beside this module in the built package;
 * when running from TypeScript sources (tests, tsx) `worker.ts` loaded through tsx.
 */
function startWorker(script?: URL): Worker {
  if (script) return new Worker(script, { stdout: false, stderr: false });
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js, { stdout: false, stderr: false });
  const ts = new URL('./worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(ts)}); })`;
  return new Worker(boot, { eval: true, stdout: false, stderr: false });
}

function failedEntry(task: BatchTask, error: string): ManifestEntry {
  return { ...(task.pair ? { kind: 'pair' as const } : {}), file: task.path, rel: task.rel, status: 'failed', bytes: 0, error };
}

/**
 * A pool of at most `size` worker threads, started on first use, that process batch
 * tasks; each worker holds up to two tasks so it never idles between documents. A worker
 * that dies (out of memory, a crash in native code) fails only the tasks it held; it is
 * replaced and the pool goes on.
 */
export class WorkerPool {
  readonly size: number;
  #script: URL | undefined;
  #slots: Slot[] = [];
  #waiting: ((slot: Slot | null) => void)[] = [];
  #closed = false;
  #deaths = 0;
  #broken: string | null = null;

  /**
   * @param size number of worker threads (at least 1).
   * @param script the worker script (default: sverka's own; a test may give another).
   */
  constructor(size: number, script?: URL) {
    this.size = Math.max(1, Math.floor(size));
    this.#script = script;
  }

  #spawn(): Slot {
    const worker = startWorker(this.#script);
    const slot: Slot = { worker, pending: new Map(), reserved: 0 };
    worker.on('message', (reply: WorkerReply) => {
      this.#deaths = 0;
      const job = slot.pending.get(reply.index);
      if (!job) return;
      slot.pending.delete(reply.index);
      job.resolve(reply.entry);
      this.#release(slot);
    });
    const fail = (why: string): void => {
      const jobs = [...slot.pending.values()];
      slot.pending.clear();
      this.#slots = this.#slots.filter((s) => s !== slot);
      for (const job of jobs) job.resolve(failedEntry(job.task, `worker died: ${why}`));
      if (this.#closed) return;
      if (++this.#deaths > this.size * 3) {
        // Workers die before finishing anything: the worker script itself is broken.
        this.#broken = why;
        for (const waiter of this.#waiting.splice(0)) waiter(null);
        return;
      }
      const next = this.#spawn();
      for (let k = 0; k < DEPTH; k++) this.#release(next);
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => {
      if (!this.#closed && this.#slots.includes(slot)) fail(`exit code ${code}`);
    });
    this.#slots.push(slot);
    return slot;
  }

  /** A slot has room for one more task: give it to a waiting caller, if any. */
  #release(slot: Slot): void {
    if (!this.#slots.includes(slot) || load(slot) >= DEPTH) return;
    const next = this.#waiting.shift();
    if (next) {
      slot.reserved++;
      next(slot);
    }
  }

  #acquire(): Promise<Slot | null> | Slot | null {
    if (this.#broken !== null) return null;
    // Workers start on first use (a --resume run with nothing to do starts none); a new
    // worker is started before an existing one gets a second task.
    const free = this.#slots.find((s) => load(s) === 0);
    if (free) return free;
    if (this.#slots.length < this.size) return this.#spawn();
    const roomy = this.#slots.find((s) => load(s) < DEPTH);
    if (roomy) return roomy;
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Run one task on the next free worker. Never rejects: failures come back as `failed` entries. */
  run(task: BatchTask): Promise<ManifestEntry> {
    const slot = this.#acquire();
    if (slot instanceof Promise) {
      return slot.then((s) => {
        if (s === null) return failedEntry(task, `no worker could start: ${this.#broken}`);
        s.reserved--;
        return this.#send(s, task);
      });
    }
    if (slot === null) return Promise.resolve(failedEntry(task, `no worker could start: ${this.#broken}`));
    return this.#send(slot, task);
  }

  /** Hand a task to a worker (synchronously: the slot's load counts it at once). */
  #send(slot: Slot, task: BatchTask): Promise<ManifestEntry> {
    if (!this.#slots.includes(slot)) return this.run(task); // it died meanwhile: another worker takes it
    return new Promise((resolve) => {
      slot.pending.set(task.index, { task, resolve });
      slot.worker.postMessage(task);
    });
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
    this.#slots = [];
  }
}

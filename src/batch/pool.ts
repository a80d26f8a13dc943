import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchTask, ManifestEntry } from './types.js';

interface Slot {
  worker: Worker;
  task: BatchTask | null;
  resolve: ((entry: ManifestEntry) => void) | null;
}

/**
 * Where the worker script is: `worker.js` beside this module in the built package;
 * when running from TypeScript sources (tests, tsx) `worker.ts` loaded through tsx.
 */
function startWorker(): Worker {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js, { stdout: false, stderr: false });
  const ts = new URL('./worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(ts)}); })`;
  return new Worker(boot, { eval: true, stdout: false, stderr: false });
}

/**
 * A pool of at most `size` worker threads, started on first use, that process batch
 * tasks. A worker that dies (out of memory, a crash in native code) fails only the
 * task it was running; it is replaced and the pool goes on.
 */
export class WorkerPool {
  readonly size: number;
  #slots: Slot[] = [];
  #idle: Slot[] = [];
  #waiting: ((slot: Slot | null) => void)[] = [];
  #closed = false;
  #deaths = 0;
  #broken: string | null = null;

  /** @param size number of worker threads (at least 1). */
  constructor(size: number) {
    this.size = Math.max(1, Math.floor(size));
  }

  #spawn(): Slot {
    const worker = startWorker();
    const slot: Slot = { worker, task: null, resolve: null };
    worker.on('message', (entry: ManifestEntry) => {
      this.#deaths = 0;
      const done = slot.resolve;
      slot.task = null;
      slot.resolve = null;
      done?.(entry);
      this.#release(slot);
    });
    const fail = (why: string): void => {
      const task = slot.task;
      const done = slot.resolve;
      slot.task = null;
      slot.resolve = null;
      this.#slots = this.#slots.filter((s) => s !== slot);
      this.#idle = this.#idle.filter((s) => s !== slot);
      if (task && done) done({ ...(task.pair ? { kind: 'pair' as const } : {}), file: task.path, rel: task.rel, status: 'failed', bytes: 0, error: `worker died: ${why}` });
      if (this.#closed) return;
      if (++this.#deaths > this.size * 3) {
        // Workers die before finishing anything: the worker script itself is broken.
        this.#broken = why;
        for (const waiter of this.#waiting.splice(0)) waiter(null);
        return;
      }
      this.#release(this.#spawn());
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => {
      if (!this.#closed && this.#slots.includes(slot)) fail(`exit code ${code}`);
    });
    this.#slots.push(slot);
    return slot;
  }

  #release(slot: Slot): void {
    if (!this.#slots.includes(slot)) return;
    const next = this.#waiting.shift();
    if (next) next(slot);
    else this.#idle.push(slot);
  }

  async #acquire(): Promise<Slot | null> {
    if (this.#broken !== null) return null;
    const slot = this.#idle.pop();
    if (slot) return slot;
    // Workers start on first use (a --resume run with nothing to do starts none).
    if (this.#slots.length < this.size) return this.#spawn();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Run one task on the next free worker. Never rejects: failures come back as `failed` entries. */
  async run(task: BatchTask): Promise<ManifestEntry> {
    const slot = await this.#acquire();
    if (slot === null) return { ...(task.pair ? { kind: 'pair' as const } : {}), file: task.path, rel: task.rel, status: 'failed', bytes: 0, error: `no worker could start: ${this.#broken}` };
    return new Promise((resolve) => {
      slot.task = task;
      slot.resolve = resolve;
      slot.worker.postMessage(task);
    });
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
    this.#slots = [];
    this.#idle = [];
  }
}

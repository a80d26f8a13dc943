/**
 * Worker-thread entry of the batch pool: processes one {@link BatchTask} per
 * message and posts back its manifest entry, tagged with the task's index (a worker
 * holds two tasks at once, and they may finish in either order).
 * @packageDocumentation
 */
import { parentPort } from 'node:worker_threads';
import { processFile } from './process-file.js';
import { processPair } from './process-pair.js';
import type { BatchTask } from './types.js';
import type { WorkerReply } from './pool.js';

if (parentPort) {
  const port = parentPort;
  port.on('message', (task: BatchTask) => {
    void (task.pair ? processPair(task) : processFile(task)).then((entry) => port.postMessage({ index: task.index, entry } satisfies WorkerReply));
  });
}

/**
 * Worker-thread entry of the batch pool: processes one {@link BatchTask} per
 * message and posts back its manifest entry.
 * @packageDocumentation
 */
import { parentPort } from 'node:worker_threads';
import { processFile } from './process-file.js';
import { processPair } from './process-pair.js';
import type { BatchTask } from './types.js';

if (parentPort) {
  const port = parentPort;
  port.on('message', (task: BatchTask) => {
    void (task.pair ? processPair(task) : processFile(task)).then((entry) => port.postMessage(entry));
  });
}

import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/batch/pool.js';
import type { BatchTask } from '../../src/batch/types.js';

const script = new URL('./fixtures/echo-worker.mjs', import.meta.url);
const task = (index: number, rel = `doc-${index}`): BatchTask => ({ index, path: `/in/${rel}.txt`, rel, outStem: `/out/${rel}`, options: {} });

describe('WorkerPool', () => {
  it('answers every task with its own entry, each worker holding at most two tasks', async () => {
    const pool = new WorkerPool(2, script);
    const entries = await Promise.all(Array.from({ length: 40 }, (_, i) => pool.run(task(i))));
    await pool.close();
    expect(entries.map((e) => e.rel)).toEqual(Array.from({ length: 40 }, (_, i) => `doc-${i}`));
    expect(entries.every((e) => e.status === 'ok')).toBe(true);
    // `bytes` carries how many tasks the worker held when it answered
    const held = entries.map((e) => e.bytes);
    expect(Math.max(...held)).toBe(2);
    expect(Math.min(...held)).toBeGreaterThanOrEqual(1);
  });

  it('a worker that dies fails only the tasks it held; a new worker takes the rest', async () => {
    const pool = new WorkerPool(1, script);
    const tasks = [task(0), task(1), task(2, 'die'), task(3), task(4), task(5)];
    const entries = await Promise.all(tasks.map((t) => pool.run(t)));
    await pool.close();
    const failed = entries.filter((e) => e.status === 'failed');
    expect(failed.map((e) => e.rel)).toContain('die');
    for (const e of failed) expect(e.error).toMatch(/^worker died: exit code 3/);
    // at most the task that died and the one queued behind it on the same worker
    expect(failed.length).toBeLessThanOrEqual(2);
    expect(entries.filter((e) => e.status === 'ok').length).toBeGreaterThanOrEqual(4);
    expect(entries.map((e) => e.rel)).toEqual(tasks.map((t) => t.rel));
  });

  it('a worker script that cannot start fails tasks with the reason instead of hanging', async () => {
    const pool = new WorkerPool(1, new URL('./fixtures/no-such-worker.mjs', import.meta.url));
    const entries = await Promise.all([0, 1, 2, 3, 4].map((i) => pool.run(task(i))));
    await pool.close();
    expect(entries.every((e) => e.status === 'failed')).toBe(true);
    expect(entries.at(-1)!.error).toMatch(/worker died|no worker could start/);
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/batch/write-atomic.js';

describe('writeFileAtomic', () => {
  it('makes the folder, writes, and leaves no temporary file', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sverka-atomic-')), 'a', 'b');
    await writeFileAtomic(join(dir, 'x.json'), '{"a":1}\n');
    await writeFileAtomic(join(dir, 'y.md'), 'текст\n');
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir).sort()).toEqual(['x.json', 'y.md']);
  });

  it('makes a folder again when it was removed after the first write into it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sverka-atomic-')), 'out');
    await writeFileAtomic(join(dir, 'one.txt'), '1');
    rmSync(dir, { recursive: true });
    await writeFileAtomic(join(dir, 'two.txt'), '2');
    expect(readdirSync(dir)).toEqual(['two.txt']);
  });
});

import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/batch/write-atomic.js';

describe('writeFileAtomic', () => {
  it('makes the folder, writes, and leaves no temporary file', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sverka-atomic-')), 'a', 'b');
    writeFileAtomic(join(dir, 'x.json'), '{"a":1}\n');
    writeFileAtomic(join(dir, 'y.md'), 'текст\n');
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('{"a":1}\n');
    expect(readFileSync(join(dir, 'y.md'), 'utf8')).toBe('текст\n');
    expect(readdirSync(dir).sort()).toEqual(['x.json', 'y.md']);
  });

  it('replaces an existing file whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-atomic-'));
    writeFileAtomic(join(dir, 'x.txt'), 'a long first version\n');
    writeFileAtomic(join(dir, 'x.txt'), 'short\n');
    expect(readFileSync(join(dir, 'x.txt'), 'utf8')).toBe('short\n');
    expect(readdirSync(dir)).toEqual(['x.txt']);
  });

  it('makes a folder again when it was removed after the first write into it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sverka-atomic-')), 'out');
    writeFileAtomic(join(dir, 'one.txt'), '1');
    rmSync(dir, { recursive: true });
    writeFileAtomic(join(dir, 'two.txt'), '2');
    expect(readdirSync(dir)).toEqual(['two.txt']);
  });

  it('throws when the rename cannot happen, and removes its temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-atomic-'));
    mkdirSync(join(dir, 'taken', 'inside'), { recursive: true }); // a non-empty folder where the file should go
    expect(() => writeFileAtomic(join(dir, 'taken'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});

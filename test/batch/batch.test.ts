import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, truncateSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch, discoverInputs, globToRegExp, splitGlob, MANIFEST_FILE, SUMMARY_FILE } from '../../src/batch/index.js';
import type { ManifestEntry } from '../../src/batch/index.js';
import * as pairsModule from '../../src/batch/pairs.js';

const findPairsFn = pairsModule.findPairs;
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';

const FIXTURES = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort();

/** A corpus folder: the fixtures (one in a subfolder), a binary file and a dangling link. */
function makeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-batch-'));
  mkdirSync(join(dir, 'sub'));
  FIXTURES.forEach((f, i) => copyFileSync(`fixtures/${f}`, i === 0 ? join(dir, 'sub', f) : join(dir, f)));
  writeFileSync(join(dir, 'image.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  symlinkSync(join(dir, 'does-not-exist.txt'), join(dir, 'broken.txt'));
  writeFileSync(join(dir, '.hidden.txt'), 'never read');
  return dir;
}

function readManifest(out: string): ManifestEntry[] {
  return readFileSync(join(out, MANIFEST_FILE), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ManifestEntry);
}

function tmpFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.tmp')) found.push(e.name);
    }
  };
  walk(dir);
  return found;
}

describe('glob', () => {
  it.each([
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['**/*.txt', 'a.md', false],
    ['*.txt', 'x/a.txt', false],
    ['ru/*.{txt,md}', 'ru/a.md', true],
    ['ru/*.{txt,md}', 'en/a.md', false],
    ['doc?.txt', 'doc1.txt', true],
    ['doc[0-4].txt', 'doc5.txt', false],
    ['**', 'a/b/c', true],
  ])('%s ~ %s = %s', (glob, path, match) => {
    expect(globToRegExp(glob).test(path)).toBe(match);
  });
  it('splits the folder to walk from the pattern', () => {
    expect(splitGlob('corpus/ru/**/*.txt')).toEqual({ base: 'corpus/ru', rest: '**/*.txt' });
    expect(splitGlob('*.txt')).toEqual({ base: '.', rest: '*.txt' });
  });
});

describe('discoverInputs', () => {
  it('walks folders in sorted order, skips hidden files, honours globs and extensions', async () => {
    const dir = makeCorpus();
    const all: string[] = [];
    for await (const f of discoverInputs([dir])) all.push(f.rel);
    expect(all).toEqual([...FIXTURES.slice(1), 'broken.txt', 'image.png', `sub/${FIXTURES[0]}`].sort());
    const txt: string[] = [];
    for await (const f of discoverInputs([`${dir}/**/*.txt`])) txt.push(f.rel);
    expect(txt).toEqual(all.filter((r) => r.endsWith('.txt')));
    const ext: string[] = [];
    for await (const f of discoverInputs([dir], { extensions: ['png'] })) ext.push(f.rel);
    expect(ext).toEqual(['image.png']);
  });
  it('a missing path is an input error', async () => {
    await expect(async () => {
      for await (const _ of discoverInputs(['/nonexistent/sverka'])) void _;
    }).rejects.toThrow(/no such file or folder/);
  });
});

describe('runBatch', () => {
  it('processes a corpus on two workers; bad files are reported, never stop the run', async () => {
    const corpus = makeCorpus();
    const out = join(corpus, 'out'); // inside the corpus: must not be walked
    const summary = await runBatch({ inputs: [corpus], out, workers: 2 });
    const manifest = readManifest(out);
    expect(manifest.length).toBe(FIXTURES.length + 2);
    const byRel = new Map(manifest.map((m) => [m.rel, m]));
    expect(byRel.get('image.png')).toMatchObject({ status: 'failed', error: expect.stringMatching(/binary/) });
    expect(byRel.get('broken.txt')).toMatchObject({ status: 'failed', error: expect.stringMatching(/cannot read \(ENOENT\)/) });
    for (const [i, f] of FIXTURES.entries()) {
      const rel = i === 0 ? `sub/${f}` : f;
      const entry = byRel.get(rel)!;
      // 'partial' = a later stage threw (recorded as an error in the record); outputs are still written.
      expect(entry.status === 'ok' ? entry.errors : entry.status === 'partial' ? entry.errors! > 0 : entry.status).toBe(entry.status === 'ok' ? 0 : true);
      const stem = rel.replace(/\.txt$/, '');
      expect(entry.outputs).toEqual({ markdown: `${stem}.md`, json: `${stem}.json` });
      const record = JSON.parse(readFileSync(join(out, `${stem}.json`), 'utf8'));
      expect(record.file).toBe(rel);
      expect(record.changes.length).toBe(entry.changes);
      expect(readFileSync(join(out, `${stem}.md`), 'utf8').length).toBeGreaterThan(0);
    }
    expect(summary).toMatchObject({ documents: FIXTURES.length + 2, processed: FIXTURES.length, failed: 2, skipped: 0, workers: 2, interrupted: false });
    expect(summary.partial).toBe(manifest.filter((m) => m.status === 'partial').length);
    expect(summary.bytes).toBe(FIXTURES.reduce((n, f) => n + readFileSync(`fixtures/${f}`).length, 0));
    expect(summary.changes).toBe(manifest.reduce((n, m) => n + (m.changes ?? 0), 0));
    expect(Object.values(summary.changesByRule).reduce((a, b) => a + b, 0)).toBe(summary.changes);
    expect(JSON.parse(readFileSync(join(out, SUMMARY_FILE), 'utf8'))).toEqual(summary);
    expect(tmpFiles(out)).toEqual([]);
  });

  it('workers and the main thread write the same outputs', async () => {
    const corpus = makeCorpus();
    const a = join(corpus, '..', `${corpus.split('/').pop()}-a`);
    const b = join(corpus, '..', `${corpus.split('/').pop()}-b`);
    await runBatch({ inputs: [corpus], out: a, workers: 2 });
    await runBatch({ inputs: [corpus], out: b, workers: 0 });
    for (const f of FIXTURES.slice(1)) {
      const stem = f.replace(/\.txt$/, '');
      expect(readFileSync(join(a, `${stem}.json`), 'utf8')).toBe(readFileSync(join(b, `${stem}.json`), 'utf8'));
      expect(readFileSync(join(a, `${stem}.md`), 'utf8')).toBe(readFileSync(join(b, `${stem}.md`), 'utf8'));
    }
  });

  it('--resume redoes nothing the second time, redoes a touched input, and everything when options change', async () => {
    const corpus = makeCorpus();
    const out = join(corpus, 'out');
    await runBatch({ inputs: [corpus], out, workers: 0 });
    const second = await runBatch({ inputs: [corpus], out, workers: 0, resume: true });
    expect(second).toMatchObject({ skipped: FIXTURES.length, processed: 0, failed: 2 });
    const future = new Date(Date.now() + 5000);
    utimesSync(join(corpus, FIXTURES[1]!), future, future);
    const third = await runBatch({ inputs: [corpus], out, workers: 0, resume: true });
    expect(third).toMatchObject({ skipped: FIXTURES.length - 1, processed: 1 });
    expect(readManifest(out).find((m) => m.status === 'ok')!.rel).toBe(FIXTURES[1]);
    const fourth = await runBatch({ inputs: [corpus], out, workers: 0, resume: true, options: { profile: 'plain' } });
    expect(fourth).toMatchObject({ skipped: 0, processed: FIXTURES.length });
  });

  it('a file too large for any document fails before it is read; the others go on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-huge-'));
    copyFileSync(`fixtures/${FIXTURES[2]}`, join(dir, 'small.txt'));
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 200 * 1048576); // sparse: 200 MB that take no disk
    const summary = await runBatch({ inputs: [dir], out: join(dir, 'out'), workers: 0 });
    expect(summary).toMatchObject({ documents: 2, processed: 1, failed: 1 });
    const huge = readManifest(join(dir, 'out')).find((e) => e.rel === 'huge.txt')!;
    expect(huge).toMatchObject({ status: 'failed', bytes: 0 });
    expect(huge.error).toMatch(/input is 200 MB; the maximum document is 64 Mi characters/);
  });

  it('an aborted run stops dispatching, keeps a complete manifest of what was done, and leaves no temporary file', async () => {
    const corpus = makeCorpus();
    const out = join(corpus, 'out');
    const controller = new AbortController();
    let seen = 0;
    const summary = await runBatch({
      inputs: [corpus],
      out,
      workers: 0,
      signal: controller.signal,
      progress: {
        update: () => {
          if (++seen === 2) controller.abort();
        },
        finish: () => {},
      },
    });
    expect(summary.interrupted).toBe(true);
    expect(summary.documents).toBeLessThan(FIXTURES.length + 2);
    expect(readManifest(out).length).toBe(summary.documents);
    expect(tmpFiles(out)).toEqual([]);
  });
});

describe('sverka process (CLI)', () => {
  function io(): CliIO & { out: string; err: string } {
    const o = { out: '', err: '', stdout: (t: string) => void (o.out += t), stderr: (t: string) => void (o.err += t), stdin: async () => new Uint8Array() };
    return o;
  }

  it('exit 1 when a document failed; JSON summary on stdout; progress lines on stderr', async () => {
    const corpus = makeCorpus();
    const out = join(corpus, 'out');
    const o = io();
    const code = await main(['process', corpus, '--out', out, '--workers', '2'], o);
    expect(code).toBe(1);
    expect(JSON.parse(o.out)).toMatchObject({ documents: FIXTURES.length + 2, failed: 2 });
    expect(o.err).toMatch(/sverka process: \d+\/\d+ \(100%\)/);
    expect(o.err).toMatch(/failed: .*image\.png: input looks binary/);
  });

  it('exit 0 for the fixtures; --quiet says nothing on stderr; --resume redoes nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sverka-out-'));
    const o = io();
    expect(await main(['process', 'fixtures/', '--out', out, '--quiet'], o)).toBe(0);
    expect(o.err).toBe('');
    for (const f of FIXTURES) expect(existsSync(join(out, f.replace(/\.txt$/, '.json')))).toBe(true);
    const again = io();
    expect(await main(['process', 'fixtures/', '--out', out, '--quiet', '--resume'], again)).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ skipped: FIXTURES.length, processed: 0 });
  });

  it.each([
    [['process', 'fixtures/'], /--out DIR is required/],
    [['process', '--out', '/tmp/x'], /give at least one file, folder or glob \(or --pairs\)/],
    [['process', 'fixtures/', '--out', '/tmp/x', '--workers', 'two'], /--workers must be a whole number/],
    [['process', 'fixtures/', '--out', '/tmp/x', '--skip', 'align'], /unknown --skip "align"/],
    [['process', 'nope/', '--out', '/tmp/x'], /nope\/: no such file or folder/],
    [['process', 'fixtures/', '--out', `fixtures/${FIXTURES[0]}`], /cannot make the output folder fixtures\/.*: a file of that name is in the way/],
    [['process', 'fixtures/', '--out', '/tmp/x', '--workers=-2'], /--workers must be a whole number \(got "-2"\)/],
  ])('%j is a one-line error', async (argv, message) => {
    const o = io();
    expect(await main(argv, o)).toBe(1);
    expect(o.err).toMatch(message);
    expect(o.err.trim().split('\n').length).toBe(1);
  });

  it('an option value that looks like an option gets node\'s whole explanation, on one line', async () => {
    const o = io();
    expect(await main(['process', 'fixtures/', '--out', '/tmp/x', '--workers', '-2'], o)).toBe(2);
    expect(o.err).toMatch(/argument is ambiguous\. .*'--workers=-XYZ'/);
    expect(o.err.trim().split('\n').length).toBe(1);
  });

  it('an empty folder: nothing to do, said on stderr, exit 0', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sverka-empty-'));
    const o = io();
    expect(await main(['process', empty, '--out', join(empty, 'out')], o)).toBe(0);
    expect(JSON.parse(o.out)).toMatchObject({ documents: 0 });
    expect(o.err).toMatch(/nothing to do: no files in the inputs/);
  });
});

describe('pairs', () => {
  it.each([
    ['a/doc.txt', 'a/doc'],
    ['doc.ru.txt', 'doc'],
    ['doc_EN.md', 'doc'],
    ['x-en', 'x'],
    ['report-2024.txt', 'report-2024'],
  ])('pairKey(%s) = %s', (rel, key) => {
    const { pairKey } = pairsModule;
    expect(pairKey(rel)).toBe(key);
  });

  it('--pairs SRC:TGT matches by name, aligns every sentence once, reports files without a partner', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-pairs-'));
    mkdirSync(join(dir, 'ru'));
    mkdirSync(join(dir, 'en'));
    copyFileSync('fixtures/000_1141d4d96c08d6f0.txt', join(dir, 'ru', 'chapter.ru.txt'));
    copyFileSync('fixtures/004_5069994c9aedaf13.txt', join(dir, 'en', 'chapter.en.txt'));
    copyFileSync('fixtures/002_b51bf4fae41c79d9.txt', join(dir, 'ru', 'alone.txt'));
    const out = join(dir, 'out');
    const summary = await runBatch({ inputs: [], pairs: [`${dir}/ru:${dir}/en`], pairReports: true, out, workers: 2 });
    expect(summary).toMatchObject({ pairs: 1, pairsFailed: 0, unpaired: 1, unpairedFiles: [join(dir, 'ru', 'alone.txt')] });
    const [entry] = readManifest(out);
    expect(entry).toMatchObject({ kind: 'pair', rel: 'chapter', status: 'ok', outputs: { align: 'pairs/chapter.align.json', report: 'pairs/chapter.report.html' } });
    const align = JSON.parse(readFileSync(join(out, 'pairs', 'chapter.align.json'), 'utf8'));
    const ru = readFileSync('fixtures/000_1141d4d96c08d6f0.txt', 'utf8');
    expect(align.beads.flatMap((b: { source: number[] }) => b.source)).toEqual(align.source.units.map((_: unknown, i: number) => i));
    expect(align.beads.flatMap((b: { target: number[] }) => b.target)).toEqual(align.target.units.map((_: unknown, i: number) => i));
    expect(summary.beads).toBe(align.beads.length);
    for (const u of align.source.units) {
      expect(u.end).toBeLessThanOrEqual(ru.length);
      expect(u.start).toBeLessThan(u.end);
    }
    expect(readFileSync(join(out, 'pairs', 'chapter.report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const again = await runBatch({ inputs: [], pairs: [`${dir}/ru:${dir}/en`], pairReports: true, out, workers: 0, resume: true });
    expect(again).toMatchObject({ pairs: 0, pairsSkipped: 1, pairsFailed: 0 });
  });

  it('a pair whose documents are inputs too reads their outputs instead of processing them again, with the same alignment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-pairs-'));
    mkdirSync(join(dir, 'ru'));
    mkdirSync(join(dir, 'en'));
    // the Russian chapter and the English book (comparable, not translations: what is
    // checked here is that the pair's result does not depend on where its documents came from)
    copyFileSync('fixtures/000_1141d4d96c08d6f0.txt', join(dir, 'ru', 'chapter.ru.txt'));
    copyFileSync('fixtures/004_5069994c9aedaf13.txt', join(dir, 'en', 'chapter.en.txt'));
    const alone = join(dir, 'alone');
    const both = join(dir, 'both');
    await runBatch({ inputs: [], pairs: [`${dir}/ru:${dir}/en`], pairReports: true, out: alone, workers: 0 });
    const summary = await runBatch({ inputs: [join(dir, 'ru'), join(dir, 'en')], pairs: [`${dir}/ru:${dir}/en`], pairReports: true, out: both, workers: 2 });
    expect(summary).toMatchObject({ documents: 2, failed: 0, pairs: 1, pairsFailed: 0 });
    const pairEntry = readManifest(both).find((e) => e.kind === 'pair');
    expect(pairEntry).toMatchObject({ status: 'ok', reused: 2 });
    expect(readManifest(alone)[0]!.reused).toBeUndefined();
    // the same alignment either way
    expect(readFileSync(join(both, 'pairs', 'chapter.align.json'), 'utf8')).toBe(readFileSync(join(alone, 'pairs', 'chapter.align.json'), 'utf8'));
    expect(readFileSync(join(both, 'pairs', 'chapter.report.html'), 'utf8')).toBe(readFileSync(join(alone, 'pairs', 'chapter.report.html'), 'utf8'));
  });

  it('a TSV of pairs; a missing file fails that pair only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-pairs-'));
    copyFileSync('fixtures/002_b51bf4fae41c79d9.txt', join(dir, 'a.txt'));
    copyFileSync('fixtures/004_5069994c9aedaf13.txt', join(dir, 'b.txt'));
    writeFileSync(join(dir, 'pairs.tsv'), '# source\ttarget\na.txt\tb.txt\na.txt\tmissing.txt\tbroken\n');
    const out = join(dir, 'out');
    const summary = await runBatch({ inputs: [], pairs: [join(dir, 'pairs.tsv')], out, workers: 0 });
    expect(summary).toMatchObject({ pairs: 1, pairsFailed: 1 });
    expect(summary.failures[0]!.error).toMatch(/missing\.txt: cannot read \(ENOENT\)/);
    await expect(findPairsFn(join(dir, 'a.txt').replace(/a\.txt$/, 'nocolon'))).rejects.toThrow(/give SRC:TGT/);
  });
});

describe('default number of workers', () => {
  it('a small corpus runs in the main thread (worker start-up would cost more than the work)', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'sverka-small-'));
    copyFileSync(join('fixtures', FIXTURES[2]!), join(corpus, 'a.txt'));
    const out = mkdtempSync(join(tmpdir(), 'sverka-small-out-'));
    const summary = await runBatch({ inputs: [corpus], out });
    expect(summary.workers).toBe(0);
    expect(summary.processed).toBe(1);
  });
});

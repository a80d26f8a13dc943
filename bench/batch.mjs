#!/usr/bin/env node
/**
 * Batch benchmark for `sverka process` (run `npm run build` first):
 *
 *   node bench/batch.mjs [--docs 2000] [--keep]
 *
 * Generates a corpus in a temporary folder from the fixtures, varied (windows of
 * paragraphs, shuffled paragraphs, changed numbers, Windows-1251 / UTF-8 with BOM /
 * CRLF variants, nested folders), plus a binary file, an unreadable file (mode 000;
 * root can still read it) and a dangling symlink. Then runs the built CLI:
 *   1. with 1 worker, 2. with 2 workers (fresh output), 3. `--resume` on (2).
 * Reports wall time, speed-up, peak RSS of the whole process (VmHWM, all threads),
 * RSS samples during the run (flat = streaming works), exit codes and the summary.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const docs = Number(args[args.indexOf('--docs') + 1] || 2000) || 2000;
const keep = args.includes('--keep');

/** Small deterministic PRNG (mulberry32) so every run sees the same corpus. */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(dir, n) {
  const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort();
  const texts = fixtures.map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
  const paragraphs = texts.map((t) => t.split(/\n\s*\n/));
  const rand = rng(20261122);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const k = i % texts.length;
    const ps = paragraphs[k];
    const len = Math.max(2, Math.floor(rand() * Math.min(40, ps.length)));
    const start = Math.floor(rand() * Math.max(1, ps.length - len));
    let parts = ps.slice(start, start + len);
    if (rand() < 0.3) parts = parts.map((p, j) => parts[(j * 7 + 3) % parts.length]); // reorder
    let text = parts.join('\n\n');
    if (rand() < 0.5) text = text.replace(/\d/g, (d) => String((Number(d) + i) % 10)); // other numbers
    const variant = rand();
    let data;
    if (variant < 0.1 && /[а-яё]/i.test(text)) data = iconv.encode(text.replace(/[^\u0000-\u00ff\u0400-\u04ff«»—–…№\n]/g, ' '), 'windows-1251');
    else if (variant < 0.2) data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    else if (variant < 0.3) data = Buffer.from(text.replace(/\n/g, '\r\n'));
    else data = Buffer.from(text);
    const sub = join(dir, `part-${String(i % 20).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `doc-${String(i).padStart(5, '0')}.txt`), data);
    bytes += data.length;
  }
  const bin = Buffer.alloc(4096);
  for (let i = 0; i < bin.length; i++) bin[i] = Math.floor(rand() * 256);
  bin[0] = 0x7f; bin[1] = 0x45; bin[2] = 0x4c; bin[3] = 0x46; bin[4] = 0; // an ELF-like header with NULs
  writeFileSync(join(dir, 'binary.txt'), bin);
  writeFileSync(join(dir, 'unreadable.txt'), 'Этот файл нельзя прочитать.\n');
  chmodSync(join(dir, 'unreadable.txt'), 0o000);
  symlinkSync(join(dir, 'no-such-target.txt'), join(dir, 'dangling.txt'));
  return bytes;
}

function readStatus(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number((s.match(new RegExp(`${key}:\\s+(\\d+)`)) ?? [0, 0])[1]);
    // utime + stime of all threads, in clock ticks (100 per second on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) / 100;
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024, cpu };
  } catch {
    return null;
  }
}

/** CPU seconds of each thread of a process, busiest first (worker threads show up as separate tasks). */
function threadCpu(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`)
      .map((tid) => {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(f[11]) + Number(f[12])) / 100;
      })
      .sort((a, b) => b - a);
  } catch {
    return [];
  }
}

function run(argv, interruptAfterMs = 0) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'dist', 'cli.js'), ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    if (interruptAfterMs > 0) setTimeout(() => child.kill('SIGINT'), interruptAfterMs);
    let stdout = '';
    let stderr = '';
    let peak = 0;
    let cpu = 0;
    let threads = [];
    const samples = [];
    const timer = setInterval(() => {
      const st = readStatus(child.pid);
      if (!st) return;
      peak = Math.max(peak, st.hwm);
      cpu = st.cpu;
      threads = threadCpu(child.pid);
      samples.push({ t: Math.round((performance.now() - started) / 1000), rss: Math.round(st.rss) });
    }, 250);
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => {
      stderr += c;
      const lines = String(c).split('\n').filter((l) => l.startsWith('sverka process:'));
      for (const l of lines) process.stderr.write(`    ${l}\n`);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, ms: performance.now() - started, peakMB: peak, cpu, threads, samples, summary: stdout ? JSON.parse(stdout) : null, stderr });
    });
  });
}

function rssProfile(samples) {
  if (samples.length === 0) return 'n/a';
  const pick = [0.1, 0.25, 0.5, 0.75, 0.95].map((q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]);
  return pick.map((s) => `${s.rss} MB@${s.t}s`).join(', ');
}

const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-corpus-'));
const outs = mkdtempSync(join(tmpdir(), 'sverka-bench-out-'));
console.log(`generating ${docs} documents + 3 bad files in ${dir} ...`);
const bytes = generate(join(dir, 'corpus'), docs);
console.log(`  ${(bytes / 1048576).toFixed(1)} MB`);

const results = {};
for (const [name, argv] of [
  ['1 worker', ['process', join(dir, 'corpus'), '--out', join(outs, 'w1'), '--workers', '1']],
  ['2 workers', ['process', join(dir, 'corpus'), '--out', join(outs, 'w2'), '--workers', '2']],
  ['2 workers --resume', ['process', join(dir, 'corpus'), '--out', join(outs, 'w2'), '--workers', '2', '--resume']],
]) {
  console.log(`\n${name}: sverka ${argv.join(' ')}`);
  const r = await run(argv);
  results[name] = r;
  const s = r.summary;
  console.log(`  busiest threads (CPU s): ${r.threads.slice(0, 3).map((t) => t.toFixed(1)).join(', ')}`);
  console.log(`  exit ${r.code}; ${(r.ms / 1000).toFixed(1)} s wall, ${r.cpu.toFixed(1)} s CPU (${Math.round((100 * r.cpu) / (r.ms / 1000))}% of one core); peak RSS ${r.peakMB.toFixed(0)} MB; RSS during run: ${rssProfile(r.samples)}`);
  if (s) {
    console.log(`  ${s.documents} documents: ${s.processed} processed, ${s.skipped} up to date, ${s.failed} failed; ${s.changes} changes, ${s.citations} citations, ${s.entities} entities, ${s.warnings} warnings`);
    for (const f of s.failures) console.log(`  failed: ${f.file.replace(dir, '<corpus>')}: ${f.error}`);
  }
}
console.log(`\nload average before the last run: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (other processes share the ${(await import('node:os')).availableParallelism()} cores)`);
const one = results['1 worker'];
const two = results['2 workers'];
console.log(`\nspeed-up with 2 workers: ${(one.ms / two.ms).toFixed(2)}× (${(one.ms / 1000).toFixed(1)} s → ${(two.ms / 1000).toFixed(1)} s)`);
const resumed = results['2 workers --resume'].summary;
console.log(`--resume: ${resumed.processed} redone, ${resumed.skipped} skipped, ${resumed.failed} failed again (the bad files), ${(results['2 workers --resume'].ms / 1000).toFixed(1)} s`);

// Ctrl-C in the middle of a run: exit 130, a manifest of what was done, no temporary file.
{
  const outDir = join(outs, 'interrupted');
  console.log(`\ninterrupt: SIGINT 3 s into sverka process ${join(dir, 'corpus')} --out ${outDir}`);
  const r = await run(['process', join(dir, 'corpus'), '--out', outDir, '--workers', '2'], 3000);
  const tmp = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.tmp')) tmp.push(e.name);
    }
  };
  walk(outDir);
  const lines = readFileSync(join(outDir, 'manifest.jsonl'), 'utf8').trim().split('\n').filter(Boolean).length;
  console.log(`  exit ${r.code}; interrupted=${r.summary?.interrupted}; ${r.summary?.documents} documents recorded, ${lines} manifest lines; ${tmp.length} temporary files left`);
}

// Live heap after a forced GC while one thread processes the whole corpus: flat means no
// per-document state accumulates (RSS above it is V8's heap headroom, bounded).
console.log('\nlive heap (after GC) while one thread processes the corpus in order:');
const heapScript = `
  const { readFileSync } = await import('node:fs');
  const { processDocument } = await import(${JSON.stringify(join(root, 'dist', 'pipeline', 'process-document.js'))});
  const { discoverInputs } = await import(${JSON.stringify(join(root, 'dist', 'batch', 'discover.js'))});
  let i = 0; const rows = [];
  for await (const f of discoverInputs([${JSON.stringify(join(dir, 'corpus'))}])) {
    try { processDocument(readFileSync(f.path)); } catch {}
    if (++i % 250 === 0) { gc(); const m = process.memoryUsage(); rows.push(i + ': ' + (m.heapUsed / 1048576).toFixed(1) + ' MB heap, ' + (m.rss / 1048576).toFixed(0) + ' MB RSS'); }
  }
  console.log(rows.join('\\n'));
`;
await new Promise((done) => {
  const child = spawn(process.execPath, ['--expose-gc', '--input-type=module', '-e', heapScript], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.on('data', (c) => process.stdout.write(String(c).replace(/^/gm, '  ')));
  child.on('exit', done);
});

if (!keep) {
  chmodSync(join(dir, 'corpus', 'unreadable.txt'), 0o644);
  rmSync(dir, { recursive: true, force: true });
  rmSync(outs, { recursive: true, force: true });
} else {
  console.log(`kept ${dir} and ${outs}`);
}

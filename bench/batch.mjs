#!/usr/bin/env node
/**
 * Batch benchmark for `sverka process` (run `npm run build` first):
 *
 *   node bench/batch.mjs [--docs 2000] [--keep] [--control]
 *
 * Generates a corpus in a temporary folder from the fixtures, varied (windows of
 * paragraphs, shuffled paragraphs, changed numbers, Windows-1251 / UTF-8 with BOM /
 * CRLF variants, nested folders), plus a binary file, an unreadable file (mode 000;
 * root can still read it) and a dangling symlink. Then runs the built CLI:
 *   1. with 1 worker, 2. with 2 workers (fresh output), 3. `--resume` on (2),
 *   4. with 1 worker held to one core (`taskset -c 0`, when there is taskset).
 * Reports wall time, speed-up, CPU split by thread (the worker threads; V8's compiler
 * and GC threads with libuv's; the main thread) and user/kernel, how many cores each run
 * kept busy, peak RSS of the whole process (VmHWM, all threads), RSS samples during the
 * run (flat = streaming works), exit codes and the summary.
 * `--control` also runs 1 and 2 workers with V8's optimising compiler off (`--no-opt`):
 * the same JavaScript work without compilation threads, to show how the work itself
 * scales.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const docs = Number(args[args.indexOf('--docs') + 1] || 2000) || 2000;
const keep = args.includes('--keep');
const control = args.includes('--control');

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
    const user = Number(fields[11]) / 100;
    const sys = Number(fields[12]) / 100;
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024, cpu: user + sys, user, sys };
  } catch {
    return null;
  }
}

/**
 * Add the CPU seconds of each live thread of a process to `seen` (task id → seconds; a
 * thread that has ended keeps its last reading, so threads stopped before the process
 * exits still count). Worker threads show up as separate tasks; all are named `node`.
 */
function sampleThreads(pid, seen) {
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seen.set(Number(tid), (Number(f[11]) + Number(f[12])) / 100);
    }
  } catch {
    // the process (or the thread) ended between listing and reading
  }
}

/** The main thread's seconds (its task id is the pid) and the others', busiest first. */
function threadSplit(pid, seen) {
  if (seen.size === 0) return null;
  return { main: seen.get(pid) ?? 0, others: [...seen].filter(([tid]) => tid !== pid).map(([, cpu]) => cpu).sort((a, b) => b - a) };
}

/** Run the built CLI; `prefix` is a launcher with its arguments (`taskset -c 0`), `flags` node's own. */
function run(argv, { interruptAfterMs = 0, prefix = [], flags = [] } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const command = [...prefix, process.execPath, ...flags, join(root, 'dist', 'cli.js'), ...argv];
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    if (interruptAfterMs > 0) setTimeout(() => child.kill('SIGINT'), interruptAfterMs);
    let stdout = '';
    let stderr = '';
    let peak = 0;
    let cpu = 0;
    let user = 0;
    let sys = 0;
    const seen = new Map();
    const samples = [];
    const timer = setInterval(() => {
      const st = readStatus(child.pid);
      if (!st) return;
      peak = Math.max(peak, st.hwm);
      ({ cpu, user, sys } = st);
      sampleThreads(child.pid, seen);
      samples.push({ t: Math.round((performance.now() - started) / 1000), rss: Math.round(st.rss) });
    }, 100);
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => {
      stderr += c;
      const lines = String(c).split('\n').filter((l) => l.startsWith('sverka process:'));
      for (const l of lines) process.stderr.write(`    ${l}\n`);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, ms: performance.now() - started, peakMB: peak, cpu, user, sys, threads: threadSplit(child.pid, seen), samples, summary: stdout ? JSON.parse(stdout) : null, stderr });
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

/** Is there a `taskset` to hold a run to one core? */
const taskset = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
const corpus = join(dir, 'corpus');
const runs = [
  { name: '1 worker', workers: 1, out: 'w1' },
  { name: '2 workers', workers: 2, out: 'w2' },
  { name: '2 workers --resume', workers: 2, out: 'w2', extra: ['--resume'] },
  ...(taskset ? [{ name: '1 worker on one core', workers: 1, out: 'w1-pinned', prefix: ['taskset', '-c', '0'] }] : []),
  ...(control
    ? [
        { name: '1 worker, --no-opt', workers: 1, out: 'w1-noopt', flags: ['--no-opt'] },
        { name: '2 workers, --no-opt', workers: 2, out: 'w2-noopt', flags: ['--no-opt'] },
      ]
    : []),
];
const results = {};
for (const spec of runs) {
  const argv = ['process', corpus, '--out', join(outs, spec.out), '--workers', String(spec.workers), ...(spec.extra ?? [])];
  console.log(`\n${spec.name}: ${[...(spec.prefix ?? []), 'node', ...(spec.flags ?? [])].join(' ')} sverka ${argv.join(' ')}`);
  const r = await run(argv, { prefix: spec.prefix, flags: spec.flags });
  results[spec.name] = r;
  const s = r.summary;
  if (r.threads) {
    const workerCpu = r.threads.others.slice(0, spec.workers);
    const rest = r.threads.others.slice(spec.workers).reduce((a, b) => a + b, 0);
    console.log(`  CPU by thread: worker${spec.workers > 1 ? 's' : ''} ${workerCpu.map((t) => t.toFixed(1)).join(' + ')} s; V8 compiler/GC and libuv threads ${rest.toFixed(1)} s; main thread ${r.threads.main.toFixed(1)} s`);
  }
  console.log(`  exit ${r.code}; ${(r.ms / 1000).toFixed(1)} s wall, ${r.cpu.toFixed(1)} s CPU (user ${r.user.toFixed(1)}, kernel ${r.sys.toFixed(1)}): ${(r.cpu / (r.ms / 1000)).toFixed(2)} cores busy; peak RSS ${r.peakMB.toFixed(0)} MB; RSS during run: ${rssProfile(r.samples)}`);
  if (s) {
    console.log(`  ${s.documents} documents: ${s.processed} processed, ${s.skipped} up to date, ${s.failed} failed; ${s.changes} changes, ${s.citations} citations, ${s.entities} entities, ${s.warnings} warnings`);
    for (const f of s.failures) console.log(`  failed: ${f.file.replace(dir, '<corpus>')}: ${f.error}`);
  }
}
const cores = (await import('node:os')).availableParallelism();
console.log(`\nload average before the last run: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (other processes share the ${cores} cores)`);
const one = results['1 worker'];
const two = results['2 workers'];
const oneCores = one.cpu / (one.ms / 1000);
console.log(`\nspeed-up with 2 workers: ${(one.ms / two.ms).toFixed(2)}× (${(one.ms / 1000).toFixed(1)} s → ${(two.ms / 1000).toFixed(1)} s)`);
console.log(`  one worker already keeps ${oneCores.toFixed(2)} cores busy, so on ${cores} cores two can be at most ${(Math.min(cores, 2) / oneCores).toFixed(2)}× faster (less what each worker repeats: loading, compiling)`);
if (results['1 worker on one core']) {
  const pinned = results['1 worker on one core'];
  console.log(`  against 1 worker held to one core (${(pinned.ms / 1000).toFixed(1)} s): ${(pinned.ms / two.ms).toFixed(2)}×`);
}
if (control) {
  const a = results['1 worker, --no-opt'];
  const b = results['2 workers, --no-opt'];
  console.log(`  without the optimising compiler (--no-opt): ${(a.ms / 1000).toFixed(1)} s → ${(b.ms / 1000).toFixed(1)} s, ${(a.ms / b.ms).toFixed(2)}×`);
}
const resumed = results['2 workers --resume'].summary;
console.log(`--resume: ${resumed.processed} redone, ${resumed.skipped} skipped, ${resumed.failed} failed again (the bad files), ${(results['2 workers --resume'].ms / 1000).toFixed(1)} s`);

// Ctrl-C in the middle of a run: exit 130, a manifest of what was done, no temporary file.
{
  const outDir = join(outs, 'interrupted');
  console.log(`\ninterrupt: SIGINT 3 s into sverka process ${join(dir, 'corpus')} --out ${outDir}`);
  const r = await run(['process', corpus, '--out', outDir, '--workers', '2'], { interruptAfterMs: 3000 });
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

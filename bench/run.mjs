#!/usr/bin/env node
// npm run bench: throughput of each stage on the fixtures replicated to a target size,
// scaling at 1, 4 and 16 MB, peak memory, and CLI cold start. Prints a table and writes
// docs/performance.md. Stages that are not built yet are skipped (and say so).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';

const sverka = await import('../dist/index.js');
const root = new URL('../', import.meta.url);
const fixtures = readdirSync(new URL('fixtures/', root))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(new URL(`fixtures/${f}`, root), 'utf8') }));
const quick = process.argv.includes('--quick');
const MB = 1024 * 1024;

/** Repeat a text to about `bytes` UTF-8 bytes (paragraph-aligned). */
function replicate(text, bytes) {
  const unit = Buffer.byteLength(text, 'utf8');
  const times = Math.max(1, Math.round(bytes / unit));
  return Array.from({ length: times }, () => text).join('\n\n');
}

function time(fn) {
  if (global.gc) global.gc();
  const t0 = performance.now();
  const out = fn();
  return { ms: performance.now() - t0, out };
}


const ru = fixtures.filter((f) => f.name.startsWith('000') || f.name.startsWith('002') || f.name.startsWith('003')).map((f) => f.text).join('\n\n');
const en = fixtures.filter((f) => f.name.startsWith('001') || f.name.startsWith('004')).map((f) => f.text).join('\n\n');
const all = fixtures.map((f) => f.text).join('\n\n');

// Cleaning is measured on a corpus of separate documents (each fixture many times, each
// copy its own call): replicating one OCR document into a single 10 MB text would make
// every short body line recur hundreds of times (a "running head") and every note number
// repeat, so it would measure other work than a real document gets. Linearity in one
// document's size is measured by the scaling table below.
const stages = [
  ['decode (utf-8 bytes)', (t) => sverka.decodeInput(Buffer.from(t, 'utf8')), all],
  ['clean: ocr (000, per document)', (t) => sverka.clean(t, { profile: 'ocr' }), fixtures[0].text, 'corpus'],
  ['clean: ocr on Russian prose (002, per document)', (t) => sverka.clean(t, { profile: 'ocr' }), fixtures[2].text, 'corpus'],
  ['clean: mt (001, per document)', (t) => sverka.clean(t, { profile: 'mt' }), fixtures[1].text, 'corpus'],
  ['clean: web (003+004, per document)', (t) => sverka.clean(t, { profile: 'web' }), fixtures[3].text + '\n\n' + fixtures[4].text, 'corpus'],
  ['clean: plain (002, per document)', (t) => sverka.clean(t, { profile: 'plain' }), fixtures[2].text, 'corpus'],
  ['clean: auto (each fixture, per document)', (t) => sverka.clean(t), fixtures.map((f) => f.text), 'corpus'],
  ['segment + language id (ru)', (t) => sverka.segment(t), ru],
  ['segment + language id (en)', (t) => sverka.segment(t), en],
];
if (typeof sverka.cite === 'function') stages.push(['citations (000+001)', (t) => sverka.cite(t), fixtures[0].text + '\n\n' + fixtures[1].text]);
else console.error('bench: cite() not built yet, skipped');
const annotate = sverka.annotate ?? sverka.annotateEntities ?? sverka.entities;
if (typeof annotate === 'function') stages.push(['entities (ru)', (t) => annotate(t, { lang: 'ru' }), ru], ['entities (en)', (t) => annotate(t, { lang: 'en' }), en]);
else console.error('bench: entities not built yet, skipped');

const target = quick ? 2 * MB : 10 * MB;
/** Copies of the documents adding up to about `bytes`, each made distinct (a trailing number). */
function corpus(texts, bytes) {
  const list = Array.isArray(texts) ? texts : [texts];
  const unit = list.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0);
  const times = Math.max(1, Math.round(bytes / unit));
  const docs = [];
  for (let k = 0; k < times; k++) for (const t of list) docs.push(`${t}\n${k}`);
  return docs;
}

const rows = [];
for (const [name, fn, text, mode] of stages) {
  let mb;
  let ms;
  if (mode === 'corpus') {
    const docs = corpus(text, target);
    for (const d of docs.slice(0, 20)) fn(d); // warm up
    // median of three passes over the corpus
    const runs = [0, 1, 2].map(() => time(() => { for (const d of docs) fn(d); }).ms).sort((a, b) => a - b);
    ms = runs[1];
    mb = docs.reduce((a, d) => a + Buffer.byteLength(d, 'utf8'), 0) / MB;
  } else {
    const big = name.startsWith('entities') || name.startsWith('citations') ? replicate(text, target / 5) : replicate(text, target);
    fn(replicate(text, 64 * 1024)); // warm up
    ms = time(() => fn(big)).ms;
    mb = Buffer.byteLength(big, 'utf8') / MB;
  }
  rows.push({ stage: name, MB: mb.toFixed(1), ms: ms.toFixed(0), 'MB/s': (mb / (ms / 1000)).toFixed(1) });
}

// Scaling: the whole clean + segment pass at 1, 4, 16 MB should grow linearly.
const scaling = [];
for (const size of quick ? [1, 4] : [1, 4, 16]) {
  const big = replicate(all, size * MB);
  const before = process.memoryUsage().rss;
  const { ms } = time(() => {
    const r = sverka.clean(big);
    return sverka.segment(r.text, { toOriginal: (s, e) => r.draft.spanToOriginal(s, e) });
  });
  // the OCR cleaner alone on one OCR document of that size (fixture 000 repeated)
  const ocrBig = replicate(fixtures[0].text, size * MB);
  const ocrMs = time(() => sverka.clean(ocrBig, { profile: 'ocr' })).ms;
  scaling.push({ MB: size, ms: ms.toFixed(0), 'ms/MB': (ms / size).toFixed(0), 'ocr clean ms/MB': (ocrMs / size).toFixed(0), 'rss MB': (process.memoryUsage().rss / MB).toFixed(0), 'rss growth MB': ((process.memoryUsage().rss - before) / MB).toFixed(0) });
}
const peakRss = process.resourceUsage().maxRSS * 1024;

// CLI cold start and the whole pipeline on the five fixtures.
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
function wall(args) {
  const t0 = performance.now();
  execFileSync(process.execPath, [cli, ...args], { stdio: 'ignore' });
  return performance.now() - t0;
}
const helpMs = Math.min(wall(['--help']), wall(['--help']), wall(['--help']));
let pipelineMs = 0;
for (const f of fixtures) pipelineMs += wall(['clean', new URL(`fixtures/${f.name}`, root).pathname, '--format', 'json']);
// The whole pipeline (clean → segment → language id → citations → entities) on the five
// fixtures in one cold CLI run, as a user would start it.
const outDir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
const processRuns = [0, 1, 2].map(() => {
  rmSync(outDir, { recursive: true, force: true });
  return wall(['process', new URL('fixtures/', root).pathname, '--ext', 'txt', '--out', outDir, '--quiet']);
});
const processMs = Math.min(...processRuns);
rmSync(outDir, { recursive: true, force: true });

console.log('\nThroughput per stage');
console.table(rows);
console.log('Scaling (clean auto + segment, all fixtures replicated)');
console.table(scaling);
console.log(`CLI cold start (--help): ${helpMs.toFixed(0)} ms`);
console.log(`clean --format json on the five fixtures, 5 cold CLI runs: ${pipelineMs.toFixed(0)} ms`);
console.log(`sverka process fixtures/ (whole pipeline, cold start included, best of 3): ${processMs.toFixed(0)} ms`);
console.log(`peak RSS: ${(peakRss / MB).toFixed(0)} MB`);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`;
const table = (rs) => {
  const cols = Object.keys(rs[0] ?? {});
  return [`| ${cols.join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`, ...rs.map((r) => `| ${cols.map((c) => r[c]).join(' | ')} |`)].join('\n');
};
if (!quick) {
  writeFileSync(
    new URL('docs/performance.md', root),
    `# Performance

Last \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, machine: ${machine}.
Fixtures replicated to ~${target / MB} MB (entities and citations to ~${target / MB / 5} MB).
Alignment accuracy and its 1k/4k/16k scaling beside hunalign: \`npm run bench:align\` (docs/align.md);
entity accuracy and throughput on FactRuEval and NEREL: \`npm run bench:ner\` (docs/entities.md).

## Throughput per stage

${table(rows)}

## Scaling (clean with auto profile + segment; and the OCR cleaner alone on one OCR document of that size)

${table(scaling)}

## Start-up

- CLI cold start (\`sverka --help\`): ${helpMs.toFixed(0)} ms
- \`sverka clean --format json\` on each of the five fixtures (five cold starts): ${pipelineMs.toFixed(0)} ms in all
- \`sverka process fixtures/\` (clean → segment → language id → citations → entities on all five, one cold CLI run, best of 3): ${processMs.toFixed(0)} ms
- peak RSS of the benchmark process: ${(peakRss / MB).toFixed(0)} MB
`,
  );
  console.log('wrote docs/performance.md');
}

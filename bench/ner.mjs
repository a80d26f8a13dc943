#!/usr/bin/env node
// Entity benchmark: exact-span precision / recall / F1 per type.
//   npm run bench:ner                 evaluate (FactRuEval held-out 30%, all of factru-dev, NEREL dev)
//   node bench/ner.mjs --train        retrain the shipped tagger on the FactRuEval 70% split
//   node bench/ner.mjs --cv [--errors ORG]
//                                     3-fold cross-validation inside the 70% split (diagnosis on
//                                     training data only; prints false positives / negatives)
// FactRuEval (MIT) is the only data the shipped tagger is trained on. NEREL is only measured.
// Split: a document is in the training part when fnv1a(id) % 10 < 7 (deterministic).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SVERKA_SHARED ?? join(root, '..', 'shared');
const nerDir = join(shared, 'data', 'ner');
const args = new Set(process.argv.slice(2));

function readJsonl(path) {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const isTrain = (doc) => fnv1a(doc.id) % 10 < 7;

const factruPath = join(nerDir, 'factru-dev.jsonl');
const isChild = Boolean(process.env.SVERKA_NER_THROUGHPUT_CHILD);
if (!existsSync(factruPath)) {
  console.error(`bench:ner: ${factruPath} not found (set SVERKA_SHARED)`);
  process.exit(1);
}
const factru = readJsonl(factruPath);

if (args.has('--train')) {
  const { trainTagger } = await import('../dist/entities/tagger/train.js');
  const train = factru.filter(isTrain);
  const epochs = Number(process.env.EPOCHS ?? 12);
  const t0 = performance.now();
  const model = trainTagger(train, 'ru', {
    epochs,
    meta: { data: 'FactRuEval-2016 devset (MIT), 70% split: fnv1a(id) % 10 < 7', licence: 'MIT (FactRuEval-2016)' },
  });
  mkdirSync(join(root, 'data', 'entities'), { recursive: true });
  const out = join(root, 'data', 'entities', 'tagger-ru.json');
  writeFileSync(out, JSON.stringify(model));
  console.log(`trained on ${train.length} documents, ${epochs} epochs, ${Object.keys(model.weights).length} features, ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${out}`);
  process.exit(0);
}

const { annotateEntities } = await import('../dist/entities/index.js');

if (args.has('--cv')) {
  // Cross-validation inside the training split: never touches the held-out 30% or NEREL.
  const { trainTagger } = await import('../dist/entities/tagger/train.js');
  const { useTaggerModel } = await import('../dist/entities/tagger/tagger.js');
  const argv = process.argv.slice(2);
  const errType = argv.includes('--errors') ? argv[argv.indexOf('--errors') + 1] : null;
  const train = factru.filter(isTrain);
  const fold = (d) => fnv1a(`cv:${d.id}`) % 3;
  const FMAP = { person: 'PER', organization: 'ORG', location: 'LOC', facility: 'LOC' };
  const total = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
  const errors = [];
  for (let k = 0; k < 3; k++) {
    const model = trainTagger(train.filter((d) => fold(d) !== k), 'ru', { epochs: Number(process.env.EPOCHS ?? 12), seed: Number(process.env.SEED ?? 7) });
    useTaggerModel('ru', model);
    const test = train.filter((d) => fold(d) === k);
    const predOf = (d) => annotateEntities(d.text, { lang: 'ru' }).entities.filter((e) => FMAP[e.type]).map((e) => ({ ...e, type: FMAP[e.type] }));
    for (const d of test) {
      const pred = predOf(d);
      for (const t of Object.keys(total)) {
        const g = new Map(d.entities.filter((e) => e.type === t).map((e) => [`${e.start}:${e.end}`, e]));
        const p = new Map(pred.filter((e) => e.type === t).map((e) => [`${e.start}:${e.end}`, e]));
        for (const [key, e] of p) {
          if (g.has(key)) total[t].tp++;
          else {
            total[t].fp++;
            if (t === errType) errors.push(['FP', d, e, pred, d.entities]);
          }
        }
        for (const [key, e] of g) {
          if (!p.has(key)) {
            total[t].fn++;
            if (t === errType) errors.push(['FN', d, e, pred, d.entities]);
          }
        }
      }
    }
  }
  useTaggerModel('ru', undefined);
  for (const [kind, d, e, pred, gold] of errors) {
    const near = (list) => list.filter((x) => x.start < e.end + 1 && e.start < x.end + 1 && x !== e).map((x) => `${x.type}:${d.text.slice(x.start, x.end)}`).join(' | ');
    const ctx = `${d.text.slice(Math.max(0, e.start - 40), e.start)}[${d.text.slice(e.start, e.end)}]${d.text.slice(e.end, e.end + 40)}`.replace(/\n/g, ' ');
    console.log(`${kind} ${d.id}\t${ctx}\t${kind === 'FP' ? 'gold: ' + near(gold) : 'pred: ' + near(pred)}`);
  }
  table(`3-fold cross-validation inside the 70% training split (${train.length} documents)`, total);
  process.exit(0);
}

function score(docs, goldOf, predOf, types) {
  const c = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const doc of docs) {
    const pred = predOf(doc);
    for (const t of types) {
      const g = new Set(goldOf(doc).filter((e) => e.type === t).map((e) => `${e.start}:${e.end}`));
      const p = new Set(pred.filter((e) => e.type === t).map((e) => `${e.start}:${e.end}`));
      for (const k of p) (g.has(k) ? c[t].tp++ : c[t].fp++);
      for (const k of g) if (!p.has(k)) c[t].fn++;
    }
  }
  return c;
}
function table(title, c) {
  console.log(`\n${title}`);
  console.log('type          gold   pred     P      R      F1');
  for (const [t, { tp, fp, fn }] of Object.entries(c)) {
    const P = tp + fp ? tp / (tp + fp) : 0;
    const R = tp + fn ? tp / (tp + fn) : 0;
    const F = P + R ? (2 * P * R) / (P + R) : 0;
    console.log(`${t.padEnd(12)} ${String(tp + fn).padStart(5)} ${String(tp + fp).padStart(6)}  ${P.toFixed(3)}  ${R.toFixed(3)}  ${F.toFixed(3)}`);
  }
}

const cache = new Map();
function annotate(doc) {
  if (!cache.has(doc.id)) cache.set(doc.id, annotateEntities(doc.text, { lang: 'ru' }).entities);
  return cache.get(doc.id);
}

// FactRuEval mapping (anchors.md): Person → PER, Org → ORG (name span), Location/LocOrg → LOC.
const FACTRU_MAP = { person: 'PER', organization: 'ORG', location: 'LOC', facility: 'LOC' };
const factruPred = (doc) => annotate(doc).filter((e) => FACTRU_MAP[e.type]).map((e) => ({ ...e, type: FACTRU_MAP[e.type] }));
const held = factru.filter((d) => !isTrain(d));
if (!isChild) table(`FactRuEval dev, held-out 30% (${held.length} documents; the tagger never saw them)`, score(held, (d) => d.entities, factruPred, ['PER', 'ORG', 'LOC']));
if (!isChild) table(`FactRuEval dev, all ${factru.length} documents (70% were training data: optimistic)`, score(factru, (d) => d.entities, factruPred, ['PER', 'ORG', 'LOC']));

const nerelPath = join(nerDir, 'nerel-dev.jsonl');
let nerel = [];
if (existsSync(nerelPath)) {
  nerel = readJsonl(nerelPath);
}
if (nerel.length > 0 && !isChild) {
  // NEREL types → ours; the location gold is the union of NEREL's place types.
  const NEREL_GOLD = { DATE: 'date', MONEY: 'money', PERCENT: 'percent', ORGANIZATION: 'organization', PERSON: 'person', COUNTRY: 'location', CITY: 'location', STATE_OR_PROVINCE: 'location', LOCATION: 'location', DISTRICT: 'location' };
  const goldOf = (d) => d.entities.filter((e) => NEREL_GOLD[e.type]).map((e) => ({ ...e, type: NEREL_GOLD[e.type] }));
  const predOf = (d) => annotate(d).map((e) => (e.type === 'facility' ? { ...e, type: 'location' } : e));
  table(`NEREL dev (${nerel.length} documents; measured only, never trained on)`, score(nerel, goldOf, predOf, ['date', 'money', 'percent', 'organization', 'person', 'location']));
}

// Throughput: each run is a fresh process (cold word caches; the Az.js dictionaries are
// loaded before the clock starts and their load time is printed separately), over all
// FactRuEval and NEREL dev texts. Median of three runs; wall-clock and CPU time.
if (process.env.SVERKA_NER_THROUGHPUT_CHILD) {
  const texts = JSON.parse(readFileSync(process.env.SVERKA_NER_THROUGHPUT_CHILD, 'utf8'));
  const l0 = performance.now();
  annotateEntities('Минск', { lang: 'ru' });
  const load = performance.now() - l0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of texts) annotateEntities(t, { lang: 'ru' });
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  console.log(JSON.stringify({ wall, cpu: (c.user + c.system) / 1e6, load }));
  process.exit(0);
}
{
  const { execFileSync } = await import('node:child_process');
  const { tmpdir } = await import('node:os');
  const sets = [['dev sets', [...factru, ...nerel].map((d) => d.text)]];
  // A corpus-sized input: NEREL train texts too (timing only; nothing is learnt from them).
  const trainPath = join(nerDir, 'nerel-train.jsonl');
  if (existsSync(trainPath)) sets.push(['dev + NEREL train texts', [...sets[0][1], ...readJsonl(trainPath).map((d) => d.text)]]);
  console.log('');
  for (const [name, texts] of sets) {
    const file = join(tmpdir(), `sverka-ner-bench-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(texts));
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
    const runs = [];
    for (let r = 0; r < 3; r++) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url)], { env: { ...process.env, SVERKA_NER_THROUGHPUT_CHILD: file }, encoding: 'utf8', maxBuffer: 1 << 24 });
      runs.push(JSON.parse(out.trim().split('\n').pop()));
    }
    const med = (xs) => xs.sort((a, b) => a - b)[1];
    const wall = med(runs.map((r) => r.wall));
    const cpu = med(runs.map((r) => r.cpu));
    const load = med(runs.map((r) => r.load));
    console.log(`throughput, ${name} (${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB UTF-8; fresh process, median of 3): ${(bytes / 1e6 / wall).toFixed(2)} MB/s wall, ${(bytes / 1e6 / cpu).toFixed(2)} MB/s CPU; Az.js dictionary load ${load.toFixed(0)} ms not included`);
  }
}

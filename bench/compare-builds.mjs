#!/usr/bin/env node
// Compare the cleaner of two builds on the same documents, interleaved so that machine
// noise hits both alike (CPU time of the process, median of 8 passes over 100 copies):
//   node bench/compare-builds.mjs OLD_DIST NEW_DIST [FILE] [PROFILE]
// e.g. build an older commit with `git worktree add /tmp/old <commit>` and
// `npx tsc -p tsconfig.build.json` there, then compare /tmp/old/dist with dist.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [oldDist, newDist, file = 'fixtures/000_1141d4d96c08d6f0.txt', profile = 'ocr'] = process.argv.slice(2);
if (!oldDist || !newDist) {
  console.error('usage: node bench/compare-builds.mjs OLD_DIST NEW_DIST [FILE] [PROFILE]');
  process.exit(2);
}
const load = async (dist) => (await import(pathToFileURL(resolve(dist, 'clean/index.js')).href)).clean;
const A = await load(oldDist);
const B = await load(newDist);
const base = readFileSync(file, 'utf8');
const docs = Array.from({ length: 100 }, (_, i) => `${base}\n${i}`);
const mb = docs.reduce((a, d) => a + Buffer.byteLength(d), 0) / 1048576;
for (const f of [A, B]) for (let k = 0; k < 40; k++) f(docs[k], { profile });
const res = { A: [], B: [] };
for (let r = 0; r < 8; r++) {
  for (const [name, f] of [['A', A], ['B', B]]) {
    const c0 = process.cpuUsage();
    for (const d of docs) f(d, { profile });
    const c = process.cpuUsage(c0);
    res[name].push((mb / ((c.user + c.system) / 1000)) * 1000);
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`${profile} on ${file}: old ${med(res.A).toFixed(1)} MB/s, new ${med(res.B).toFixed(1)} MB/s of CPU time (median of 8), ratio ${(med(res.B) / med(res.A)).toFixed(2)}`);

// Quick throughput check of the ocr profile (the project's `npm run bench` is the real one).
// Usage: npm run build && node test/clean-ocr/throughput.mjs [dist-dir]
// Reports CPU time (process.cpuUsage), median of 5 runs after warm-up, for fixture 000
// (OCR pages, artefacts on every page) and fixture 002 (clean Russian prose), repeated
// 1–64 times to show that time grows linearly with input size.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] ?? new URL('../../dist', import.meta.url).pathname);
const { clean } = await import(pathToFileURL(resolve(dist, 'clean/index.js')).href);

for (const name of ['000_1141d4d96c08d6f0.txt', '002_b51bf4fae41c79d9.txt']) {
  const base = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
  const warm = Array(8).fill(base).join('\n');
  for (let i = 0; i < 5; i++) clean(warm, { profile: 'ocr' });
  for (const times of [1, 8, 32, 64]) {
    const text = Array(times).fill(base).join('\n');
    const bytes = Buffer.byteLength(text);
    const ms = [];
    for (let i = 0; i < 5; i++) {
      const c0 = process.cpuUsage();
      clean(text, { profile: 'ocr' });
      const c = process.cpuUsage(c0);
      ms.push((c.user + c.system) / 1000);
    }
    ms.sort((a, b) => a - b);
    const med = ms[2];
    console.log(`${name} ×${times}\t${(bytes / 1e6).toFixed(2)} MB\t${med.toFixed(1)} ms\t${(bytes / 1e6 / (med / 1000)).toFixed(1)} MB/s`);
  }
}

/**
 * Throughput of each cleaning profile (run: `npx tsx test/clean-mt/measure-throughput.ts`).
 * Each profile cleans the fixture it is made for, repeated to about 4 MB (so the time
 * is dominated by the rules, not by start-up), after one warm-up run; the best of three
 * runs is reported, as wall-clock and as CPU time (the process's user + system time:
 * on a shared machine the wall clock also counts waiting for a core). Also runs the encoding rules alone on mojibake input.
 */
import { readFileSync } from 'node:fs';
import { clean } from '../../src/clean/clean.js';
import type { ProfileName } from '../../src/clean/types.js';
import { misdecode } from '../../src/clean/encoding/codecs.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const TARGET = 4_000_000;

function grow(text: string): string {
  return text.repeat(Math.max(1, Math.ceil(TARGET / text.length)));
}

function measure(label: string, profile: ProfileName, text: string): void {
  clean(text.slice(0, 200_000), { profile });
  let best = Infinity;
  let bestCpu = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    clean(text, { profile });
    const cpu = process.cpuUsage(c0);
    best = Math.min(best, performance.now() - t0);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  // CPU time as well as wall time: on a shared machine the wall clock includes waiting
  console.log(
    `${label.padEnd(34)} ${mb.toFixed(1).padStart(5)} MB  wall ${best.toFixed(0).padStart(6)} ms ${(mb / (best / 1000)).toFixed(1).padStart(6)} MB/s   cpu ${bestCpu.toFixed(0).padStart(6)} ms ${(mb / (bestCpu / 1000)).toFixed(1).padStart(6)} MB/s`,
  );
}

measure('mt   (001 English MT book)', 'mt', grow(fixture('001_65d5a4cb3953e82a.txt')));
measure('web  (003 + 004 scraped pages)', 'web', grow(fixture('003_abd422b7a431f1ba.txt') + '\n\n' + fixture('004_5069994c9aedaf13.txt')));
measure('web  (002 government page)', 'web', grow(fixture('002_b51bf4fae41c79d9.txt')));
measure('plain (000 Russian OCR text)', 'plain', grow(fixture('000_1141d4d96c08d6f0.txt')));
measure('plain (000 as cp1251 mojibake)', 'plain', grow(misdecode(fixture('000_1141d4d96c08d6f0.txt'), 'windows-1251')));
measure('ocr  (000, for comparison)', 'ocr', grow(fixture('000_1141d4d96c08d6f0.txt')));

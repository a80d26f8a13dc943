/**
 * Az.js (Russian morphology; MIT code, OpenCorpora dictionaries CC BY-SA), loaded once per
 * process, lazily and synchronously, for every stage that needs it (OCR word checks,
 * entities, back-translation of slugs). Commands that never ask for morphology never load it.
 *
 * Az reads its dictionaries with an asynchronous loader and counts pending files, finishing
 * when the count returns to zero; answering each load inside the call would finish after
 * the first file. So the loader is swapped for one that queues `readFileSync` answers, and
 * the queue is drained after `init` has issued every load (about 0.2 s in all).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A tag of one reading: part of speech and grammemes (`NOUN`, `Geox`, `nomn`, …). */
export interface AzTag {
  /** Part of speech. */
  POST?: string;
  /** Any grammeme, truthy when the reading has it. */
  [grammeme: string]: unknown;
  /** `NOUN,inan,femn sing,nomn` */
  toString(): string;
}

/** One morphological reading of a word. */
export interface AzParse {
  /** Its tag. */
  tag: AzTag;
  /** Az's probability estimate. */
  score: number;
  /** The lemma of the reading. */
  normalize(): { word: string };
}

/** A DAWG word list (Az's compressed dictionary format). */
export interface AzDawg {
  /** Follow a string from the root (or `index`); -1 when it leaves the graph. */
  followString(str: string, index?: number): number;
  /** Follow one byte. */
  followByte(c: number, index: number): number;
}

/** The parts of the Az module sverka uses. */
export interface AzModule {
  /** DAWG reader. */
  DAWG: { fromArrayBuffer(data: ArrayBuffer, format: string): AzDawg };
  /** Az's file loader (swapped while initialising). */
  load: (url: string, type: string, cb: (err: Error | null, data?: unknown) => void) => void;
  /** Morphological analysis; `init` loads the dictionaries. */
  Morph: ((word: string, config?: object) => AzParse[]) & { init: (cb: (err: Error | null) => void) => void };
}

let az: AzModule | null = null;
let loadError: Error | null = null;

/** The initialised Az module, or `null` when it cannot be loaded (see {@link azLoadError}). */
export function loadAz(): AzModule | null {
  if (az || loadError) return az;
  try {
    const require = createRequire(import.meta.url);
    const mod = require('az') as AzModule;
    const original = mod.load;
    const queue: (() => void)[] = [];
    mod.load = (url, type, cb) => {
      queue.push(() => {
        let data: unknown;
        try {
          const buf = readFileSync(url);
          data = type === 'json' ? JSON.parse(buf.toString('utf8')) : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
        } catch (error) {
          cb(error as Error);
          return;
        }
        cb(null, data);
      });
    };
    let done = false;
    let failure: Error | null = null;
    try {
      mod.Morph.init((err) => {
        done = true;
        failure = err;
      });
      while (queue.length > 0) queue.shift()!();
    } finally {
      mod.load = original;
    }
    if (failure) throw failure;
    if (!done) throw new Error('Az.js did not finish loading synchronously');
    az = mod;
  } catch (error) {
    loadError = error instanceof Error ? error : new Error(String(error));
  }
  return az;
}

/** Why Az could not be loaded, if it could not. */
export function azLoadError(): Error | null {
  return loadError;
}

/** The folder of Az's dictionary files (`node_modules/az/dicts`). */
export function azDictionaryFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('az/package.json')), 'dicts');
}

/** True once Az has been initialised in this process (does not load it). */
export function azLoaded(): boolean {
  return az !== null;
}

/**
 * Russian word lookup for OCR repairs: Az.js (OpenCorpora dictionaries, CC BY-SA) in strict
 * dictionary mode (no prediction, no typo correction), loaded lazily and synchronously on
 * first use. A rule asks only "is this a real word form?"; when Az.js cannot be loaded every
 * answer is `undefined` and rules fall back to the document's own vocabulary.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

interface AzTag {
  POST?: string;
  toString(): string;
}
interface AzParse {
  tag: AzTag;
}
interface AzModule {
  load: (url: string, type: string, cb: (err: Error | null, data?: unknown) => void) => void;
  Morph: ((word: string, opts?: object) => AzParse[]) & { init: (cb: (err: Error | null) => void) => void };
}

let az: AzModule | null = null;
let failed = false;
const cache = new Map<string, string[]>();
const STRICT = { parsers: ['Dictionary'], typos: 0, stutter: 0 };

function load(): AzModule | null {
  if (az || failed) return az;
  try {
    const require = createRequire(import.meta.url);
    const mod = require('az') as AzModule;
    const original = mod.load;
    // Az counts pending loads and finishes when the count drops to zero; answering each
    // load synchronously would finish after the first file. Queue the answers and run them
    // after init() has registered every file.
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
    let failure: Error | null = null;
    let done = false;
    try {
      mod.Morph.init((err) => {
        done = true;
        failure = err;
      });
      while (queue.length > 0) queue.shift()!();
    } finally {
      mod.load = original;
    }
    if (failure || !done) throw failure ?? new Error('Az.js did not load');
    az = mod;
  } catch {
    failed = true;
  }
  return az;
}

/**
 * The dictionary readings of a word as tag strings (`ADJF masc,sing,nomn`), empty when the
 * word is not in the dictionary, `undefined` when the dictionary is unavailable.
 */
export function dictionaryTags(word: string): readonly string[] | undefined {
  const hit = cache.get(word);
  if (hit) return hit;
  const mod = load();
  if (!mod) return undefined;
  let out: string[];
  try {
    out = mod.Morph(word, STRICT).map((p) => String(p.tag));
  } catch {
    out = [];
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(word, out);
  return out;
}

/** Is `word` a dictionary word form? `undefined` when the dictionary is unavailable. */
export function isDictionaryWord(word: string): boolean | undefined {
  const tags = dictionaryTags(word);
  return tags === undefined ? undefined : tags.length > 0;
}

/** Is `word` (as a dictionary form) an adjective or participle? */
export function isAdjectiveLike(word: string): boolean {
  const tags = dictionaryTags(word);
  return !!tags && tags.some((t) => /^(ADJF|ADJS|PRTF|PRTS)\b/.test(t));
}

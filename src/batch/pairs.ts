import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { discoverInputs } from './discover.js';
import { InputError } from '../errors.js';

/** Two documents to align: a source and its translation. */
export interface DocumentPair {
  /** Source path. */
  source: string;
  /** Target path. */
  target: string;
  /** Output name (the shared stem: `a/doc` for `ru/a/doc.txt` ↔ `en/a/doc.txt`). */
  name: string;
}

/** A trailing language tag in a file stem: `doc.ru`, `doc_en`, `doc-RU`. */
const LANG_TAG = /[._-](?:ru|en|be|uk|rus|eng|bel|ukr)$/i;

/** The key two files of a pair share: the relative path without extension and language tag. */
export function pairKey(rel: string): string {
  const slash = rel.lastIndexOf('/');
  const dot = rel.lastIndexOf('.');
  const stem = dot > slash + 1 ? rel.slice(0, dot) : rel;
  return stem.replace(LANG_TAG, '');
}

/**
 * The pairs a `--pairs` value names: `SRC:TGT` (two folders or globs; files paired
 * by relative path without extension and language tag, so `ru/a.txt` ↔ `en/a.txt`
 * and `x/doc.ru.txt` ↔ `x/doc.en.txt`), or a TSV file with two columns
 * (source, target; paths relative to the TSV; `#` starts a comment). Files of one
 * side without a partner are reported in `unpaired`.
 *
 * @throws {InputError} for a malformed value, a missing folder or a bad TSV line.
 */
export async function findPairs(spec: string): Promise<{ pairs: DocumentPair[]; unpaired: string[] }> {
  let isFile = false;
  try {
    isFile = (await stat(spec)).isFile();
  } catch {
    // not a file: SRC:TGT
  }
  if (isFile) return readPairList(spec);
  const colon = spec.indexOf(':');
  if (colon <= 0 || colon === spec.length - 1) {
    throw new InputError(`--pairs "${spec}": give SRC:TGT (two folders or globs) or a TSV file of pairs`);
  }
  const [a, b] = [spec.slice(0, colon), spec.slice(colon + 1)];
  const targets = new Map<string, string>();
  for await (const f of discoverInputs([b])) targets.set(pairKey(f.rel), f.path);
  const pairs: DocumentPair[] = [];
  const unpaired: string[] = [];
  for await (const f of discoverInputs([a])) {
    const key = pairKey(f.rel);
    const t = targets.get(key);
    if (t === undefined) {
      unpaired.push(f.path);
      continue;
    }
    targets.delete(key);
    pairs.push({ source: f.path, target: t, name: key });
  }
  unpaired.push(...targets.values());
  return { pairs, unpaired };
}

async function readPairList(path: string): Promise<{ pairs: DocumentPair[]; unpaired: string[] }> {
  const base = dirname(path);
  const pairs: DocumentPair[] = [];
  const lines = (await readFile(path, 'utf8')).split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const cols = line.split('\t');
    if (cols.length < 2 || !cols[0]!.trim() || !cols[1]!.trim()) {
      throw new InputError(`${path}:${i + 1}: a pair line needs two tab-separated paths (source, target)`);
    }
    const source = resolve(base, cols[0]!.trim());
    const target = resolve(base, cols[1]!.trim());
    const name = cols[2]?.trim() || pairKey(cols[0]!.trim().replace(/^(\.\.?\/)+/, ''));
    pairs.push({ source, target, name });
  });
  return { pairs, unpaired: [] };
}

import { opendir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { globToRegExp, isGlob, splitGlob } from './glob.js';
import { InputError } from '../errors.js';

/** One input found by {@link discoverInputs}. */
export interface DiscoveredInput {
  /** Path to read (as found: relative to the working directory or absolute). */
  path: string;
  /** Path relative to the folder or glob base it was found under (`/` separators). */
  rel: string;
}

/** Options for {@link discoverInputs}. */
export interface DiscoverOptions {
  /** Only files with these extensions (without dot, case-insensitive) inside folders; all files when empty. */
  extensions?: readonly string[];
  /** Folders never to enter (the output folder). Absolute or relative to cwd. */
  exclude?: readonly string[];
}

/**
 * Find the inputs named by files, folders and globs, lazily: a generator that walks
 * one folder at a time (entries sorted, hidden files and folders skipped), so that
 * memory does not grow with the size of the corpus. A file named explicitly is
 * always yielded, whatever its extension; a missing path throws.
 *
 * @throws {InputError} when a named file or folder does not exist.
 */
export async function* discoverInputs(patterns: readonly string[], options: DiscoverOptions = {}): AsyncGenerator<DiscoveredInput> {
  const exts = (options.extensions ?? []).map((e) => e.replace(/^\./, '').toLowerCase());
  const exclude = (options.exclude ?? []).map((p) => resolve(p));
  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      const { base, rest } = splitGlob(pattern);
      const re = globToRegExp(rest);
      let any = false;
      for await (const f of walk(base, '', exclude)) {
        if (re.test(f.rel)) {
          any = true;
          yield f;
        }
      }
      if (!any) throw new InputError(`${pattern}: no file matches this pattern`);
      continue;
    }
    let info;
    try {
      info = await stat(pattern);
    } catch {
      throw new InputError(`${pattern}: no such file or folder`);
    }
    if (info.isDirectory()) {
      for await (const f of walk(pattern, '', exclude)) {
        if (exts.length === 0 || exts.includes(extension(f.rel))) yield f;
      }
    } else {
      yield { path: pattern, rel: basename(pattern) };
    }
  }
}

async function* walk(root: string, rel: string, exclude: readonly string[]): AsyncGenerator<DiscoveredInput> {
  const folder = rel === '' ? root : join(root, rel);
  if (exclude.includes(resolve(folder))) return;
  let dir;
  try {
    dir = await opendir(folder);
  } catch {
    // An unreadable folder is skipped here and reported by the caller as a file error
    // only when named explicitly; a walk cannot read what it cannot list.
    return;
  }
  const entries: { name: string; isDir: boolean }[] = [];
  for await (const e of dir) {
    if (e.name.startsWith('.')) continue;
    entries.push({ name: e.name, isDir: e.isDirectory() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDir) yield* walk(root, childRel, exclude);
    else yield { path: join(root, ...childRel.split('/')), rel: childRel };
  }
}

function extension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Turn a relative input path into the output stem (`a/b.txt` → `a/b`). */
export function outputStem(rel: string): string {
  const slash = rel.lastIndexOf('/');
  const dot = rel.lastIndexOf('.');
  return dot > slash + 1 ? rel.slice(0, dot) : rel;
}

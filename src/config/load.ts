import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ProfileName } from '../clean/types.js';
import type { ProcessOptions } from '../pipeline/types.js';
import type { ResolvedConfig, SverkaConfig } from './types.js';
import { ConfigError, validateConfig } from './validate.js';
import { checkGlossary } from '../clean/glossary/load.js';
import { checkGazetteer } from '../pipeline/user-gazetteer.js';

/** The configuration file name looked for in the working directory. */
export const CONFIG_FILE = 'sverka.config.json';

/**
 * Load, validate and resolve a configuration: `path` when given (it must exist),
 * else `sverka.config.json` in `cwd` when there is one, else an empty configuration.
 * Glossary and gazetteer paths are read relative to the configuration file.
 *
 * @throws {ConfigError} for a missing file, bad JSON or a bad key.
 */
export function loadConfig(options: { path?: string; cwd?: string } = {}): ResolvedConfig {
  const cwd = options.cwd ?? process.cwd();
  let path: string | null = null;
  if (options.path !== undefined) {
    path = resolve(cwd, options.path);
    if (!existsSync(path)) throw new ConfigError(options.path, '', 'no such configuration file');
  } else if (existsSync(join(cwd, CONFIG_FILE))) {
    path = join(cwd, CONFIG_FILE);
  }
  if (path === null) return { path: null, config: {}, gazetteers: [] };
  const config = validateConfig(readJson(path, path, ''), path);
  return resolveConfig(config, path);
}

/**
 * Read the files a validated configuration names (glossary, gazetteers) and check
 * the glossary's terms.
 * @param config a validated configuration.
 * @param path the configuration file (paths are relative to its folder).
 */
export function resolveConfig(config: SverkaConfig, path: string | null): ResolvedConfig {
  const base = path === null ? process.cwd() : dirname(path);
  const source = path ?? 'configuration';
  const out: ResolvedConfig = { path, config, gazetteers: [] };
  if (typeof config.glossary === 'string') out.glossary = readJson(resolve(base, config.glossary), source, 'glossary');
  else if (config.glossary !== undefined) out.glossary = config.glossary;
  if (out.glossary !== undefined) {
    const { problems } = checkGlossary(out.glossary);
    if (problems.length > 0) {
      const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
      throw new ConfigError(source, 'glossary', `has problems: ${problems.slice(0, 3).join('; ')}${more}`);
    }
  }
  out.gazetteers = (config.gazetteers ?? []).map((g, i) => {
    const data = readJson(resolve(base, g), source, `gazetteers[${i}]`);
    const { problems } = checkGazetteer(data);
    if (problems.length > 0) throw new ConfigError(source, `gazetteers[${i}]`, `names ${g}, which has problems: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`);
    return data;
  });
  return out;
}

/**
 * Turn a resolved configuration into {@link ProcessOptions}; `overrides` (from the
 * command line) win over the file.
 */
export function configToOptions(resolved: ResolvedConfig, overrides: Partial<ProcessOptions> = {}): ProcessOptions {
  const c = resolved.config;
  const options: ProcessOptions = {};
  if (c.profile !== undefined) options.profile = c.profile;
  if (c.lang !== undefined) options.lang = c.lang;
  if (c.typography !== undefined) options.typography = c.typography;
  if (c.normalizeTerms !== undefined) options.normalizeTerms = c.normalizeTerms;
  const disable = Object.entries(c.rules ?? {}).filter(([, on]) => !on).map(([id]) => id);
  if (disable.length > 0) options.disable = disable;
  const byProfile: Partial<Record<ProfileName, string[]>> = {};
  for (const [name, p] of Object.entries(c.profiles ?? {})) {
    const off = Object.entries(p?.rules ?? {}).filter(([, on]) => !on).map(([id]) => id);
    if (off.length > 0) byProfile[name as ProfileName] = off;
  }
  if (Object.keys(byProfile).length > 0) options.disableByProfile = byProfile;
  if (resolved.glossary !== undefined) options.glossary = resolved.glossary;
  if (resolved.gazetteers.length > 0) options.gazetteers = resolved.gazetteers;
  const skip: ('cite' | 'entities')[] = [];
  if (c.stages?.cite === false) skip.push('cite');
  if (c.stages?.entities === false) skip.push('entities');
  if (skip.length > 0) options.skip = skip;
  const merged: ProcessOptions = { ...options };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) continue;
    if (k === 'disable') merged.disable = [...(options.disable ?? []), ...(v as string[])];
    else if (k === 'skip') merged.skip = [...new Set([...(options.skip ?? []), ...(v as ('cite' | 'entities')[])])];
    else (merged as Record<string, unknown>)[k] = v;
  }
  return merged;
}

function readJson(file: string, source: string, key: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(source, key, `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ConfigError(source, key, `${key === '' ? 'is' : `names ${file}, which is`} not valid JSON (${(error as Error).message})`);
  }
}

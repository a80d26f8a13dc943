import { InputError } from '../errors.js';
import { profiles } from '../clean/profiles.js';
import type { SverkaConfig } from './types.js';

/** A configuration problem; the message names the file and the bad key. */
export class ConfigError extends InputError {
  /** The key path that is wrong (`profiles.ocr.rules.foo`), or '' for the whole file. */
  readonly key: string;
  /**
   * @param source where the configuration came from (a path).
   * @param key the dotted key path.
   * @param message what is wrong and what to use instead.
   */
  constructor(source: string, key: string, message: string) {
    super(`${source}: ${key === '' ? '' : `"${key}" `}${message}`);
    this.key = key;
  }
}

const TOP_KEYS = ['$schema', 'profile', 'lang', 'typography', 'normalizeTerms', 'rules', 'profiles', 'glossary', 'gazetteers', 'stages', 'workers'];
const PROFILE_VALUES = ['auto', 'ocr', 'mt', 'web', 'plain'];
const PROFILE_NAMES = ['ocr', 'mt', 'web', 'plain'];
const LANGS = ['ru', 'en', 'be', 'uk'];
const STAGES = ['cite', 'entities'];

/** Every rule id the shipped profiles know. */
export function knownRuleIds(): string[] {
  const ids = new Set<string>();
  for (const p of Object.values(profiles)) for (const r of p.rules) ids.add(r.id);
  return [...ids].sort();
}

/**
 * Check a parsed configuration object and return it typed. Unknown keys, wrong
 * types and unknown rule ids are errors whose message names the key and says what
 * is expected (with a "did you mean" for near misses).
 *
 * @param raw the parsed JSON.
 * @param source the file name used in messages.
 * @throws {ConfigError} on the first problem found.
 */
export function validateConfig(raw: unknown, source = 'sverka.config.json'): SverkaConfig {
  if (!isObject(raw)) throw new ConfigError(source, '', `must contain a JSON object (got ${describe(raw)})`);
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.includes(key)) throw new ConfigError(source, key, `is not a known key${suggest(key, TOP_KEYS)}; known keys: ${TOP_KEYS.join(', ')}`);
  }
  if (raw.$schema !== undefined && typeof raw.$schema !== 'string') throw new ConfigError(source, '$schema', `must be a string (got ${describe(raw.$schema)})`);
  oneOf(source, 'profile', raw.profile, PROFILE_VALUES);
  oneOf(source, 'lang', raw.lang, LANGS);
  bool(source, 'typography', raw.typography);
  bool(source, 'normalizeTerms', raw.normalizeTerms);
  const ruleIds = knownRuleIds();
  rules(source, 'rules', raw.rules, ruleIds);
  if (raw.profiles !== undefined) {
    if (!isObject(raw.profiles)) throw new ConfigError(source, 'profiles', `must be an object keyed by profile name (got ${describe(raw.profiles)})`);
    for (const [name, value] of Object.entries(raw.profiles)) {
      if (!PROFILE_NAMES.includes(name)) throw new ConfigError(source, `profiles.${name}`, `is not a profile${suggest(name, PROFILE_NAMES)}; profiles: ${PROFILE_NAMES.join(', ')}`);
      if (!isObject(value)) throw new ConfigError(source, `profiles.${name}`, `must be an object like {"rules": {...}} (got ${describe(value)})`);
      for (const key of Object.keys(value)) {
        if (key !== 'rules') throw new ConfigError(source, `profiles.${name}.${key}`, `is not a known key${suggest(key, ['rules'])}; a profile takes only "rules"`);
      }
      const ids = (profiles as Record<string, { rules: readonly { id: string }[] }>)[name]!.rules.map((r) => r.id);
      rules(source, `profiles.${name}.rules`, value.rules, ids.length > 0 ? ids : ruleIds);
    }
  }
  if (raw.glossary !== undefined && typeof raw.glossary !== 'string' && typeof raw.glossary !== 'object') {
    throw new ConfigError(source, 'glossary', `must be a path to a JSON file or an object (got ${describe(raw.glossary)})`);
  }
  if (raw.glossary === null) throw new ConfigError(source, 'glossary', 'must be a path to a JSON file or an object (got null)');
  if (raw.gazetteers !== undefined) {
    if (!Array.isArray(raw.gazetteers)) throw new ConfigError(source, 'gazetteers', `must be an array of paths to JSON files (got ${describe(raw.gazetteers)})`);
    raw.gazetteers.forEach((g, i) => {
      if (typeof g !== 'string' || g === '') throw new ConfigError(source, `gazetteers[${i}]`, `must be a path to a JSON file (got ${describe(g)})`);
    });
  }
  if (raw.stages !== undefined) {
    if (!isObject(raw.stages)) throw new ConfigError(source, 'stages', `must be an object like {"entities": false} (got ${describe(raw.stages)})`);
    for (const [k, v] of Object.entries(raw.stages)) {
      if (!STAGES.includes(k)) throw new ConfigError(source, `stages.${k}`, `is not a stage that can be switched${suggest(k, STAGES)}; stages: ${STAGES.join(', ')}`);
      bool(source, `stages.${k}`, v);
    }
  }
  if (raw.workers !== undefined && !(Number.isInteger(raw.workers) && (raw.workers as number) >= 1 && (raw.workers as number) <= 256)) {
    throw new ConfigError(source, 'workers', `must be a whole number from 1 to 256 (got ${describe(raw.workers)})`);
  }
  return raw as SverkaConfig;
}

function rules(source: string, key: string, value: unknown, ids: readonly string[]): void {
  if (value === undefined) return;
  if (!isObject(value)) throw new ConfigError(source, key, `must be an object of rule ids to true/false (got ${describe(value)})`);
  for (const [id, on] of Object.entries(value)) {
    if (!ids.includes(id)) throw new ConfigError(source, `${key}.${id}`, `is not a known rule${suggest(id, ids)} (see sverka clean --help and docs/pipeline.md)`);
    if (typeof on !== 'boolean') throw new ConfigError(source, `${key}.${id}`, `must be true or false (got ${describe(on)})`);
  }
}

function oneOf(source: string, key: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new ConfigError(source, key, `must be one of ${allowed.join(', ')} (got ${describe(value)})${typeof value === 'string' ? suggest(value, allowed) : ''}`);
  }
}

function bool(source: string, key: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') throw new ConfigError(source, key, `must be true or false (got ${describe(value)})`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** `; did you mean "x"?` for a near miss (edit distance ≤ 2), else ''. */
function suggest(word: string, options: readonly string[]): string {
  let best = '';
  let bestD = 3;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

/** Levenshtein distance, cut off at `max` (short strings only). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) >= max) return max;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

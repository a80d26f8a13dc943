import { readFileSync } from 'node:fs';
import type { Glossary, GlossaryTerm } from './types.js';

let shipped: Glossary | null = null;

/** The glossary shipped with sverka (`data/glossary/belarus-china.json`), read once. */
export function defaultGlossary(): Glossary {
  if (shipped === null) {
    const url = new URL('../../../data/glossary/belarus-china.json', import.meta.url);
    shipped = JSON.parse(readFileSync(url, 'utf8')) as Glossary;
  }
  return shipped;
}

/** Result of checking a user glossary: the valid terms and one message per problem. */
export interface GlossaryCheck {
  /** Terms that passed the check. */
  terms: GlossaryTerm[];
  /** Problems found (each term with a problem is skipped). */
  problems: string[];
}

/**
 * Check a user glossary (parsed JSON: a `{terms: [...]}` object or an array of
 * terms). Bad entries are skipped and described, never thrown.
 */
export function checkGlossary(input: unknown): GlossaryCheck {
  const problems: string[] = [];
  const terms: GlossaryTerm[] = [];
  const list = Array.isArray(input) ? input : isObject(input) && Array.isArray(input['terms']) ? (input['terms'] as unknown[]) : null;
  if (list === null) return { terms, problems: ['the glossary must be an array of terms or an object with a "terms" array'] };
  list.forEach((t, i) => {
    if (!isObject(t) || typeof t['id'] !== 'string' || !isStringMap(t['preferred']) || !isListMap(t['variants'])) {
      problems.push(`term #${i + 1} needs "id" (string), "preferred" ({lang: string}) and "variants" ({lang: string[]})`);
      return;
    }
    const term: GlossaryTerm = { id: t['id'], preferred: t['preferred'], variants: t['variants'] };
    if (typeof t['source'] === 'string') term.source = t['source'];
    terms.push(term);
  });
  return { terms, problems };
}

/** Merge user terms into a base list: a term with the same id replaces the base one. */
export function mergeTerms(base: readonly GlossaryTerm[], extra: readonly GlossaryTerm[]): GlossaryTerm[] {
  const byId = new Map(base.map((t) => [t.id, t]));
  for (const t of extra) byId.set(t.id, t);
  return [...byId.values()];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isStringMap(v: unknown): v is Record<string, string> {
  return isObject(v) && Object.values(v).every((x) => typeof x === 'string');
}
function isListMap(v: unknown): v is Record<string, string[]> {
  return isObject(v) && Object.values(v).every((x) => Array.isArray(x) && x.every((y) => typeof y === 'string' && y.length > 0));
}

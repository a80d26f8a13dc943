import type { EntityMention } from './types.js';
import { firstAtOrAfter } from '../text/sorted.js';

/** One entry of a user gazetteer (the shape of sverka's own `data/gazetteer/*.json`). */
export interface UserGazetteerEntry {
  /** Canonical id shared across languages (`org:my-institute`). */
  id: string;
  /** Entity type (`person`, `organization`, `location`, `facility`, …). */
  type: string;
  /** Finer type (`city`, …). */
  subtype?: string;
  /** Russian names. */
  ru?: string[];
  /** English names. */
  en?: string[];
}

const TYPES = ['person', 'organization', 'location', 'facility', 'date', 'money', 'percent', 'quantity', 'document', 'event'];

/**
 * Check a parsed gazetteer file: `{ "entries": [...] }` or an array of entries, each
 * `{ id, type, subtype?, ru?: string[], en?: string[] }`. Returns the entries or a
 * list of problems naming the entry and the field.
 */
export function checkGazetteer(input: unknown): { entries: UserGazetteerEntry[]; problems: string[] } {
  const list = Array.isArray(input) ? input : isObject(input) && Array.isArray(input.entries) ? (input.entries as unknown[]) : null;
  if (list === null) return { entries: [], problems: ['must be an array of entries or an object with an "entries" array'] };
  const problems: string[] = [];
  const entries: UserGazetteerEntry[] = [];
  list.forEach((e, i) => {
    const at = `entries[${i}]`;
    if (!isObject(e)) return void problems.push(`${at} must be an object`);
    if (typeof e.id !== 'string' || e.id === '') return void problems.push(`${at}.id must be a non-empty string`);
    if (typeof e.type !== 'string' || !TYPES.includes(e.type)) return void problems.push(`${at}.type must be one of ${TYPES.join(', ')}`);
    for (const lang of ['ru', 'en'] as const) {
      const names = e[lang];
      if (names !== undefined && !(Array.isArray(names) && names.every((n) => typeof n === 'string' && n.trim() !== ''))) {
        return void problems.push(`${at}.${lang} must be an array of names`);
      }
    }
    if (!e.ru && !e.en) return void problems.push(`${at} needs "ru" or "en" names`);
    entries.push({ id: e.id, type: e.type, ...(typeof e.subtype === 'string' ? { subtype: e.subtype } : {}), ...(e.ru ? { ru: e.ru as string[] } : {}), ...(e.en ? { en: e.en as string[] } : {}) });
  });
  return { entries, problems };
}

/**
 * Find the names of user gazetteer entries in a text. English names match whole
 * words, ignoring case. Russian names match whole words whose every word may take
 * an inflectional ending: a word of five letters or more is matched on its stem (see
 * `stemPattern`: final vowels, й, ь dropped, a fleeting е/о optional) followed by up
 * to four letters, so «Великий камень» also finds «Великого камня» (surface matching,
 * not morphology: shorter words must match exactly). Longest match first, no overlaps; linear in the
 * text for each name.
 */
export function matchUserGazetteer(text: string, entries: readonly UserGazetteerEntry[], lang: string): EntityMention[] {
  const found: EntityMention[] = [];
  const useRu = lang !== 'en';
  for (const entry of entries) {
    const names = [...((useRu ? entry.ru : entry.en) ?? []), ...((useRu ? entry.en : []) ?? [])];
    for (const name of names) {
      const re = namePattern(name);
      for (const m of text.matchAll(re)) {
        const start = m.index! + m[1]!.length;
        const end = m.index! + m[0].length;
        found.push({ type: entry.type, ...(entry.subtype ? { subtype: entry.subtype } : {}), start, end, canonical: entry.id, confidence: 0.95 });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start >= lastEnd) {
      out.push(f);
      lastEnd = f.end;
    }
  }
  return out;
}

const CYR = /[а-яё]/i;

function namePattern(name: string): RegExp {
  const words = name.trim().split(/\s+/);
  const parts = words.map((w) => {
    if (!CYR.test(w)) return escape(w);
    if (w.length >= 5) return stemPattern(w);
    return escape(w);
  });
  // Group 1 is the boundary before the name (start of text or a non-letter).
  return new RegExp(`(^|[^\\p{L}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
}

const CONSONANT = 'бвгджзклмнпрстфхцчшщ';
const FLEETING = new RegExp(`([${CONSONANT}])([еоё])([${CONSONANT}])$`, 'i');

/**
 * A Russian name word as a pattern for its inflected forms: the final vowels, й or ь
 * dropped (at most two, keeping four letters), a fleeting е/о before the last
 * consonant made optional (камень → камня), then up to four letters of ending.
 */
function stemPattern(word: string): string {
  let stem = word.replace(/[аеёиоуыэюяйь]{1,2}$/i, '');
  if (stem.length < 4) stem = word.slice(0, 4);
  const m = FLEETING.exec(stem);
  const body = m ? `${escape(stem.slice(0, m.index + 1))}${m[2]}?${escape(m[3]!)}` : escape(stem);
  return `${body}[а-яё]{0,4}`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Merge user gazetteer mentions into the stage's mentions: a user mention with the
 * same span as a found one gives it its canonical id (and type); one that overlaps
 * nothing is added; one that overlaps a different span is left out (the stage's
 * reading wins). Result sorted by start.
 */
export function mergeGazetteerMentions(found: readonly EntityMention[], user: readonly EntityMention[]): EntityMention[] {
  const out = found.map((m) => ({ ...m }));
  const bySpan = new Map(out.map((m) => [`${m.start}:${m.end}`, m]));
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  sorted.forEach((m, i) => maxEnd.push(Math.max(m.end, i > 0 ? maxEnd[i - 1]! : -1)));
  for (const u of user) {
    const same = bySpan.get(`${u.start}:${u.end}`);
    if (same) {
      same.type = u.type;
      same.canonical = u.canonical!;
      if (u.subtype) same.subtype = u.subtype;
      continue;
    }
    if (!overlapsAny(sorted, maxEnd, u.start, u.end)) out.push(u);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Does any mention starting before `end` end after `start`? (`maxEnd[i]` = largest end of sorted[0..i].) */
function overlapsAny(sorted: readonly EntityMention[], maxEnd: readonly number[], start: number, end: number): boolean {
  const lo = firstAtOrAfter(sorted, end);
  return lo > 0 && maxEnd[lo - 1]! > start;
}

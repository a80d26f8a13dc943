/**
 * Document-level label consistency: a name tagged once (`«Голос Америки»` → organization)
 * is tagged wherever the same words recur (matched by lemmas, so cases differ freely); a
 * person's surname alone (`Обама` after `Барак Обама`) is a person. Longer recurring names
 * replace the shorter pieces found inside them.
 */
import type { NerToken } from './tagger/tokens.js';
import type { Entity, EntityType } from './types.js';
import { firstAtOrAfter } from '../text/sorted.js';
import { startsWithUpper, tokenEndingAt, tokenStartingAt } from './token-index.js';

const NAME_TYPES = new Set<EntityType>(['person', 'organization', 'location', 'facility']);

/** Add recurring mentions of names already found in the document. */
export function propagateNames(text: string, tokens: readonly NerToken[], entities: Entity[], keyOf: (i: number) => string): Entity[] {
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (key: string, type: EntityType, w: number): void => {
    let m = votes.get(key);
    if (!m) votes.set(key, (m = new Map()));
    m.set(type, (m.get(type) ?? 0) + w);
  };
  let maxLen = 1;
  for (const e of entities) {
    if (!NAME_TYPES.has(e.type)) continue;
    const a = tokenStartingAt(tokens, e.start);
    const b = tokenEndingAt(tokens, e.end);
    if (a === undefined || b === undefined) continue;
    const keys: string[] = [];
    for (let i = a; i <= b; i++) keys.push(keyOf(i));
    vote(keys.join(' '), e.type, 1);
    maxLen = Math.max(maxLen, b - a + 1);
    if (e.type === 'person' && b > a && /^\p{Lu}\p{Ll}{2,}/u.test(tokens[b]!.text)) vote(keyOf(b), 'person', 0.5);
  }
  const dict = new Map<string, EntityType>();
  const prefixes = new Set<string>();
  for (const [k, m] of votes) {
    const best = [...m.entries()].sort((x, y) => y[1] - x[1])[0]!;
    dict.set(k, best[0]);
    const words = k.split(' ');
    // The first n words joined, grown one word at a time.
    let prefix = words[0]!;
    for (let n = 1; n < words.length; n++) {
      prefixes.add(prefix);
      prefix += ` ${words[n]!}`;
    }
  }
  // Names found so far never overlap one another, so sorted by start they are sorted by end
  // too: the ones overlapping a span are one run, found by binary search (linear overall).
  const covered = entities.filter((e) => NAME_TYPES.has(e.type)).sort((a, b) => a.start - b.start);
  const removed = new Set<Entity>();
  const added: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!startsWithUpper(tokens[i]!.text)) continue;
    let found: { to: number; type: EntityType } | null = null;
    let key = '';
    for (let n = 1; n <= maxLen && i + n <= tokens.length; n++) {
      key = n === 1 ? keyOf(i) : `${key} ${keyOf(i + n - 1)}`;
      const type = dict.get(key);
      if (type) found = { to: i + n, type };
      if (!prefixes.has(key)) break;
    }
    if (!found) continue;
    const start = tokens[i]!.start;
    const end = tokens[found.to - 1]!.end;
    const hi = firstAtOrAfter(covered, end);
    let lo = hi;
    while (lo > 0 && covered[lo - 1]!.end > start) lo--;
    const overlapping = covered.slice(lo, hi);
    // Skip when inside or equal to an existing name; replace shorter names inside it.
    if (overlapping.some((c) => c.start <= start && end <= c.end)) {
      i = found.to - 1;
      continue;
    }
    if (overlapping.some((c) => !(start <= c.start && c.end <= end))) continue;
    for (const c of overlapping) removed.add(c);
    const e: Entity = { type: found.type, start, end, text: text.slice(start, end), confidence: 0.6 };
    added.push(e);
    covered.splice(lo, hi - lo, e);
    i = found.to - 1;
  }
  // (A name added here and later replaced by a longer one stays: only the names found before
  // are removed.)
  return [...(removed.size > 0 ? entities.filter((x) => !removed.has(x)) : entities), ...added];
}

/**
 * Names in Latin script inside Russian text take the type of a name they are listed with:
 * `корпорациями Huawei Technologies, ZTE и PhotonSpeak` → PhotonSpeak is an organization.
 */
export function coordinateLatinNames(text: string, tokens: readonly NerToken[], entities: Entity[]): Entity[] {
  // Names do not overlap one another, so sorted by start they are sorted by end too: one
  // pointer finds the name at or after each run (linear, not a scan of every name per run).
  const names = entities.filter((e) => NAME_TYPES.has(e.type)).sort((a, b) => a.start - b.start);
  const byStart = new Map<number, Entity>();
  const byEnd = new Map<number, Entity>();
  for (const e of names) {
    if (!byStart.has(e.start)) byStart.set(e.start, e);
    if (!byEnd.has(e.end)) byEnd.set(e.end, e);
  }
  let k = 0;
  const added: Entity[] = [];
  const isLatinCap = (t: NerToken | undefined): boolean => {
    if (!t) return false;
    const c = t.text.charCodeAt(0);
    return c >= 65 && c <= 90 && /^[A-Z][A-Za-z0-9&'-]*$/.test(t.text);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!isLatinCap(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && isLatinCap(tokens[j]) && tokens[j]!.start - tokens[j - 1]!.end <= 1) j++;
    const start = tokens[i]!.start;
    const end = tokens[j - 1]!.end;
    while (k < names.length && names[k]!.end <= start) k++;
    if (k < names.length && names[k]!.start < end) {
      i = j - 1;
      continue;
    }
    const before = tokens[i - 1];
    const after = tokens[j];
    let type: EntityType | undefined;
    if (before && (before.text === ',' || before.text === 'и') && i >= 2) {
      const left = byEnd.get(tokens[i - 2]!.end);
      if (left) type = left.type;
    }
    if (!type && after && (after.text === ',' || after.text === 'и') && j + 1 < tokens.length) {
      const right = byStart.get(tokens[j + 1]!.start);
      if (right) type = right.type;
    }
    if (type) added.push({ type, start, end, text: text.slice(start, end), confidence: 0.6 });
    i = j - 1;
  }
  return added.length ? [...entities, ...added] : entities;
}

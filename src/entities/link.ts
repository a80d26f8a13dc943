/**
 * Link entities across a sentence alignment: within each aligned bead, an entity of the
 * source and one of the target with the same type are the same entity when their gazetteer
 * ids match, or when their names match through transliteration (consonant skeletons,
 * Palladius ↔ pinyin), e.g. «Лукашенко» ↔ Lukashenko, «Великий камень» ↔ Great Stone (by id).
 */
import { cyrillicSkeletons, latinSkeleton, latinSkeletons } from '../align/skeleton.js';
import type { TextAlignment } from '../align/align-text.js';
import { transliterate } from '../translit/index.js';
import type { Entity, EntityType } from './types.js';
import { firstAtOrAfter } from '../text/sorted.js';

/** One linked entity: the same thing named on both sides of a bead. */
export interface EntityLink {
  /** Shared id: the gazetteer id when there is one, else `name:<type>:<skeleton>`. */
  id: string;
  /** Entity type (both sides). */
  type: EntityType;
  /** Index of the bead in `alignment.beads`. */
  bead: number;
  /** The source entity. */
  source: Entity;
  /** The target entity. */
  target: Entity;
  /** What matched: the gazetteer id or the transliterated name. */
  via: 'canonical' | 'name';
}

/** Types that name something and can be linked by name (dates, amounts are not names). */
const NAMED = new Set<EntityType>(['person', 'organization', 'location', 'facility', 'event', 'document']);
/** Locations and facilities are often typed differently on the two sides. */
const sameKind = (a: EntityType, b: EntityType): boolean =>
  a === b || ((a === 'location' || a === 'facility') && (b === 'location' || b === 'facility'));

/** Skeleton keys of each capitalised word of three letters or more, in text order. */
function nameKeys(text: string): Set<string>[] {
  const out: Set<string>[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const w = m[0];
    if (w.length < 3 || !/^\p{Lu}/u.test(w)) continue;
    const parts = /[\u0400-\u04ff]/.test(w) ? [...cyrillicSkeletons(w), latinSkeleton(transliterate(w))] : latinSkeletons(w);
    // Two-consonant skeletons (Рим, Ren) are too common to identify a name.
    const keys = new Set(parts.filter((k) => k.length >= 3));
    if (keys.size > 0) out.push(keys);
  }
  return out;
}

/**
 * The key two names share, taken from the last word of `target` that shares one (the
 * surname of a person: `Дональда Трампа` ↔ `Donald Trump` and `Трампа` ↔ `Trump` get the
 * same key), or '' when they share none.
 */
function sharedKey(source: readonly Set<string>[], target: readonly Set<string>[]): string {
  const all = new Set<string>();
  for (const keys of source) for (const k of keys) all.add(k);
  for (let i = target.length - 1; i >= 0; i--) {
    let best = '';
    for (const k of target[i]!) if (all.has(k) && k.length > best.length) best = k;
    if (best) return best;
  }
  return '';
}

/** Entities (sorted by start) whose start falls inside [start, end): binary search, then a scan. */
function within(sorted: readonly Entity[], start: number, end: number): Entity[] {
  const out: Entity[] = [];
  for (let i = firstAtOrAfter(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) out.push(sorted[i]!);
  return out;
}

/**
 * Pair entities across an alignment.
 *
 * @param alignment the result of `alignTexts(source, target)`.
 * @param sourceEntities entities of the source text (offsets into it), e.g. from `annotateEntities`.
 * @param targetEntities entities of the target text.
 * @returns one link per paired entity (each entity is linked at most once per bead; a gazetteer
 *   id match is preferred to a name match), in bead order.
 */
export function linkEntities(alignment: TextAlignment, sourceEntities: readonly Entity[], targetEntities: readonly Entity[]): EntityLink[] {
  const out: EntityLink[] = [];
  const sourceSorted = sourceEntities.filter((e) => NAMED.has(e.type)).sort((a, b) => a.start - b.start);
  const targetSorted = targetEntities.filter((e) => NAMED.has(e.type)).sort((a, b) => a.start - b.start);
  const span = (units: TextAlignment['source']['units'], idx: readonly number[]): [number, number] | null =>
    idx.length === 0 ? null : [units[idx[0]!]!.start, units[idx[idx.length - 1]!]!.end];
  alignment.beads.forEach((bead, b) => {
    const s = span(alignment.source.units, bead.source);
    const t = span(alignment.target.units, bead.target);
    if (!s || !t) return;
    const src = within(sourceSorted, s[0], s[1]);
    const tgt = within(targetSorted, t[0], t[1]);
    const usedT = new Set<Entity>();
    const usedS = new Set<Entity>();
    // Gazetteer ids first.
    for (const e of src) {
      if (!e.canonical) continue;
      const f = tgt.find((x) => !usedT.has(x) && x.canonical === e.canonical);
      if (!f) continue;
      usedS.add(e);
      usedT.add(f);
      out.push({ id: e.canonical, type: e.type, bead: b, source: e, target: f, via: 'canonical' });
    }
    // Then names through transliteration.
    const tKeys = new Map(tgt.map((x) => [x, nameKeys(x.text)] as const));
    for (const e of src) {
      if (usedS.has(e)) continue;
      const keys = nameKeys(e.text);
      if (keys.length === 0) continue;
      let best: Entity | null = null;
      let bestKey = '';
      for (const x of tgt) {
        if (usedT.has(x) || !sameKind(e.type, x.type)) continue;
        if (e.canonical && x.canonical && e.canonical !== x.canonical) continue;
        const k = sharedKey(keys, tKeys.get(x)!);
        if (k.length > bestKey.length) {
          best = x;
          bestKey = k;
        }
      }
      if (!best) continue;
      usedS.add(e);
      usedT.add(best);
      const id = e.canonical ?? best.canonical ?? `name:${e.type}:${bestKey}`;
      out.push({ id, type: e.type, bead: b, source: e, target: best, via: 'name' });
    }
  });
  return out;
}

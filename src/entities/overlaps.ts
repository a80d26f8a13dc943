/**
 * Overlap resolution for name entities (person, organization, location, facility): longer
 * spans first, then higher confidence; a span that overlaps a kept one is dropped. Documents
 * and events form their own layer and may contain names.
 */
import type { Entity } from './types.js';
import { firstAtOrAfter } from '../text/sorted.js';

const NAME_TYPES = new Set(['person', 'organization', 'location', 'facility']);

/** Entities from precise rules (a name in quotes after a legal form, a person with initials). */
const strong = new WeakSet<Entity>();

/** Mark an entity as coming from a precise rule: it wins overlaps regardless of length. */
export function markStrong(e: Entity): Entity {
  strong.add(e);
  return e;
}

/** Keep a non-overlapping set of name entities; other layers are resolved among themselves. */
export function resolveOverlaps(entities: readonly Entity[]): Entity[] {
  const layers = new Map<string, Entity[]>();
  for (const e of entities) {
    const layer = NAME_TYPES.has(e.type) ? 'name' : e.type;
    let list = layers.get(layer);
    if (!list) layers.set(layer, (list = []));
    list.push(e);
  }
  const out: Entity[] = [];
  for (const list of layers.values()) {
    const sorted = [...list].sort((a, b) => Number(strong.has(b)) - Number(strong.has(a)) || b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
    const kept: Entity[] = [];
    // The kept spans never overlap, so sorted by start they are sorted by end too: a new span
    // overlaps one of them iff the last kept span starting before its end reaches past its start.
    const byStart: Entity[] = [];
    for (const e of sorted) {
      const lo = firstAtOrAfter(byStart, e.end);
      if (lo > 0 && byStart[lo - 1]!.end > e.start) continue;
      kept.push(e);
      byStart.splice(lo, 0, e);
    }
    out.push(...kept);
  }
  return out.sort((a, b) => a.start - b.start);
}

import type { EntityRecord } from '../pipeline/types.js';
import { escapeHtml } from './escape.js';
import { ENTITY_STYLES } from './colors.js';

/** A note marker in the cleaned text (`[^12]`). */
export interface MarkerInText {
  /** Note id. */
  id: string;
  /** Start in the cleaned text. */
  start: number;
  /** End (exclusive) in the cleaned text. */
  end: number;
}

const MARKER = /\[\^([^\]\s]{1,10})\]/g;

/** Find the `[^N]` note markers the cleaner put into the cleaned text. */
export function markersInText(text: string): MarkerInText[] {
  return [...text.matchAll(MARKER)].map((m) => ({ id: m[1]!, start: m.index!, end: m.index! + m[0].length }));
}

/**
 * Keep the entities that can be drawn as flat spans: sorted by start, longer first,
 * an entity overlapping one already kept is left out (it stays in the JSON).
 */
export function flatEntities(entities: readonly EntityRecord[]): EntityRecord[] {
  const sorted = [...entities].sort((a, b) => a.cleanStart - b.cleanStart || b.cleanEnd - a.cleanEnd);
  const out: EntityRecord[] = [];
  let end = -1;
  for (const e of sorted) {
    if (e.cleanStart >= end && e.cleanEnd > e.cleanStart) {
      out.push(e);
      end = e.cleanEnd;
    }
  }
  return out;
}

/** Context for {@link renderSpan}: what to link and how ids are prefixed. */
export interface HighlightContext {
  /** The cleaned text. */
  text: string;
  /** Flat entities (see {@link flatEntities}), sorted by cleanStart. */
  entities: readonly EntityRecord[];
  /** Markers sorted by start. */
  markers: readonly MarkerInText[];
  /** Id prefix of this side (`s` or `t`). */
  side: string;
  /** Note ids that have a citation to link to. */
  notes: ReadonlySet<string>;
  /** Counts markers per note id so each gets a unique anchor. */
  markerCount: Map<string, number>;
}

/**
 * Render `[start, end)` of the cleaned text as HTML: entities as `<mark>` with their
 * type (clipped to the span), note markers as links to their citation. Linear in
 * the span length plus the entities and markers it holds (the caller walks spans in
 * order, so cursors into the sorted lists would do; a binary search keeps it simple).
 */
export function renderSpan(ctx: HighlightContext, start: number, end: number): string {
  const events: { at: number; kind: 'open' | 'close' | 'marker'; html: string; end?: number }[] = [];
  for (let i = firstEnding(ctx.entities, start); i < ctx.entities.length && ctx.entities[i]!.cleanStart < end; i++) {
    const e = ctx.entities[i]!;
    const s = Math.max(start, e.cleanStart);
    const t = Math.min(end, e.cleanEnd);
    if (t <= s) continue;
    const type = ENTITY_STYLES[e.type] ? e.type : 'other';
    const title = `${e.type}${e.subtype ? ` / ${e.subtype}` : ''}${e.normalized ? `: ${e.normalized}` : ''}${e.canonical ? ` [${e.canonical}]` : ''}`;
    events.push({ at: s, kind: 'open', html: `<mark class="ent ent-${type}" data-type="${escapeHtml(e.type)}" title="${escapeHtml(title)}">` });
    events.push({ at: t, kind: 'close', html: '</mark>' });
  }
  for (const m of ctx.markers) {
    if (m.start < start || m.start >= end) continue;
    const n = (ctx.markerCount.get(m.id) ?? 0) + 1;
    ctx.markerCount.set(m.id, n);
    const anchor = `${ctx.side}-ref-${cssId(m.id)}-${n}`;
    const html = ctx.notes.has(m.id)
      ? `<sup class="fn"><a id="${anchor}" href="#${ctx.side}-note-${cssId(m.id)}" aria-label="note ${escapeHtml(m.id)}">${escapeHtml(m.id)}</a></sup>`
      : `<sup class="fn fn-missing" id="${anchor}" title="no note ${escapeHtml(m.id)} found">${escapeHtml(m.id)}</sup>`;
    events.push({ at: m.start, kind: 'marker', html, end: m.end });
  }
  events.sort((a, b) => a.at - b.at || order(a.kind) - order(b.kind));
  let out = '';
  let cursor = start;
  let open = 0;
  for (const ev of events) {
    if (ev.at < cursor && ev.kind === 'marker') continue;
    if (ev.at > cursor) out += escapeHtml(ctx.text.slice(cursor, ev.at));
    cursor = Math.max(cursor, ev.at);
    if (ev.kind === 'marker') {
      out += ev.html;
      cursor = Math.min(end, ev.end ?? ev.at);
    } else if (ev.kind === 'open') {
      out += ev.html;
      open++;
    } else if (open > 0) {
      out += ev.html;
      open--;
    }
  }
  if (cursor < end) out += escapeHtml(ctx.text.slice(cursor, end));
  while (open-- > 0) out += '</mark>';
  return out;
}

function order(kind: 'open' | 'close' | 'marker'): number {
  return kind === 'close' ? 0 : kind === 'marker' ? 1 : 2;
}

/** Index of the first entity whose end is after `offset` (entities are flat: ends are sorted too). */
function firstEnding(entities: readonly EntityRecord[], offset: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.cleanEnd <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A note id usable in an HTML id (`12`, `a`, `*` → `x2a`). */
export function cssId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, (c) => `x${c.charCodeAt(0).toString(16)}`);
}

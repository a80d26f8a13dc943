import { SpanIndex } from './spans.js';

/** Longest stretch of text searched for one lost marker (a few pages). */
const MAX_WINDOW = 20_000;

/** A marker to link (original offsets). */
export interface MarkerSpan {
  /** Note id it refers to. */
  id: string;
  /** Start in the original input. */
  start: number;
  /** End (exclusive). */
  end: number;
  /** True when it was recovered from a bare number (see {@link recoverMarkers}). */
  recovered?: boolean;
}

/**
 * Recover markers lost as bare numbers (`in China. 47<...>`, `company 74"Mogilev…`): for a
 * note with no marker, look between the markers of the neighbouring notes for a number
 * equal to its id standing alone (not part of a longer number, decimal or date). Accepted
 * only when exactly one such number lies in that window, and never inside a note.
 */
export function recoverMarkers(
  text: string,
  noteIds: readonly string[],
  markers: readonly MarkerSpan[],
  noteSpans: ReadonlyArray<{ start: number; end: number }>,
): MarkerSpan[] {
  const have = new Set(markers.map((m) => m.id));
  const byId = new Map<string, MarkerSpan>();
  for (const m of markers) if (!byId.has(m.id)) byId.set(m.id, m);
  const out: MarkerSpan[] = [];
  const inNote = new SpanIndex(noteSpans);
  const order = noteIds.map((id, i) => ({ id, i }));
  for (const { id, i } of order) {
    if (have.has(id)) continue;
    let lo = 0;
    for (let k = i - 1; k >= 0; k--) {
      const m = byId.get(noteIds[k]!);
      if (m) {
        lo = m.end;
        break;
      }
    }
    let hi = text.length;
    for (let k = i + 1; k < noteIds.length; k++) {
      const m = byId.get(noteIds[k]!);
      if (m) {
        hi = m.start;
        break;
      }
    }
    if (hi <= lo || hi - lo > MAX_WINDOW) continue;
    const found: MarkerSpan[] = [];
    const re = new RegExp(`(?<![\\d.,:/\\-])${id}(?![\\d.,:/\\-]\\d|\\d)`, 'g');
    re.lastIndex = lo;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && m.index < hi) {
      const at = m.index;
      if (inNote.contains(at)) continue;
      // Not a quantity: a following word that is a unit or noun in lowercase Latin/Cyrillic text.
      const after = text.slice(at + id.length, at + id.length + 2);
      if (/^\s\p{Ll}/u.test(after) && !/^\s*$/.test(after)) continue;
      if (/^[%$€]/.test(after) || /\$\s*$/.test(text.slice(Math.max(0, at - 2), at))) continue;
      found.push({ id, start: at, end: at + id.length, recovered: true });
    }
    if (found.length === 1) out.push(found[0]!);
  }
  return out;
}

import type { Span } from './span.js';

/** The minimal shape of a change the map needs: its original span and its replacement. */
export interface MappedChange {
  /** Start of the replaced span in the original. */
  start: number;
  /** End (exclusive) of the replaced span in the original. */
  end: number;
  /** The replacement text. */
  after: string;
}

/** Which side of a replaced span an offset inside it maps to. */
export type Bias = 'start' | 'end';

/**
 * Converts offsets between an original string and a text derived from it by a sorted
 * list of non-overlapping replacements. Outside replaced spans the mapping is exact;
 * an offset inside a replaced span maps to that span's start (`bias: 'start'`) or end
 * (`bias: 'end'`) on the other side. Building is O(changes), lookups O(log changes).
 */
export class PositionMap {
  readonly #oStart: Int32Array;
  readonly #oEnd: Int32Array;
  readonly #cStart: Int32Array;
  readonly #cEnd: Int32Array;
  /** Length of the original text. */
  readonly originalLength: number;
  /** Length of the derived (cleaned) text. */
  readonly cleanedLength: number;

  /**
   * @param changes sorted by `start`, non-overlapping, offsets into the original.
   * @param originalLength length of the original text (of the stream, when `base` is given).
   * @param base subtract this from every change offset (a stream that starts at `base`).
   */
  constructor(changes: readonly MappedChange[], originalLength: number, base = 0) {
    const n = changes.length;
    this.#oStart = new Int32Array(n);
    this.#oEnd = new Int32Array(n);
    this.#cStart = new Int32Array(n);
    this.#cEnd = new Int32Array(n);
    let delta = 0;
    for (let i = 0; i < n; i++) {
      const c = changes[i]!;
      const start = c.start - base;
      const end = c.end - base;
      this.#oStart[i] = start;
      this.#oEnd[i] = end;
      this.#cStart[i] = start + delta;
      delta += c.after.length - (end - start);
      this.#cEnd[i] = end + delta;
    }
    this.originalLength = originalLength;
    this.cleanedLength = originalLength + delta;
  }

  /** Number of replaced spans. */
  get size(): number {
    return this.#oStart.length;
  }

  /** Map an offset in the cleaned text to the original. */
  toOriginal(offset: number, bias: Bias = 'start'): number {
    return project(offset, bias, this.#cStart, this.#cEnd, this.#oStart, this.#oEnd);
  }

  /** Map an offset in the original to the cleaned text. */
  toCleaned(offset: number, bias: Bias = 'start'): number {
    return project(offset, bias, this.#oStart, this.#oEnd, this.#cStart, this.#cEnd);
  }

  /** Map a cleaned span to the smallest original span that produced it. */
  spanToOriginal(start: number, end: number): Span {
    const s = this.toOriginal(start, 'start');
    const e = end === start ? s : this.toOriginal(end, 'end');
    return { start: s, end: Math.max(s, e) };
  }

  /** Map an original span to the cleaned span it became. */
  spanToCleaned(start: number, end: number): Span {
    const s = this.toCleaned(start, 'start');
    const e = end === start ? s : this.toCleaned(end, 'end');
    return { start: s, end: Math.max(s, e) };
  }

  /** Cleaned start offset of replaced span `i` (for composing edits). */
  cleanedStartOf(i: number): number {
    return this.#cStart[i]!;
  }

  /** Cleaned end offset of replaced span `i`. */
  cleanedEndOf(i: number): number {
    return this.#cEnd[i]!;
  }
}

function project(
  offset: number,
  bias: Bias,
  fromStart: Int32Array,
  fromEnd: Int32Array,
  toStart: Int32Array,
  toEnd: Int32Array,
): number {
  // Last change whose start is <= offset (start bias) or < offset (end bias).
  let lo = 0;
  let hi = fromStart.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = fromStart[mid]!;
    if (bias === 'start' ? s <= offset : s < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return offset;
  const fEnd = fromEnd[found]!;
  if (bias === 'start' ? offset < fEnd : offset <= fEnd) {
    return bias === 'start' ? toStart[found]! : toEnd[found]!;
  }
  return toEnd[found]! + (offset - fEnd);
}

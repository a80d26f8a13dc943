// Binary search over items sorted by an offset, the one the stages share.

/** Anything with a start and an end offset (spans, tokens, lines, entities). */
export interface Spanned {
  /** Start offset. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
}

/**
 * Index of the first item whose `field` (default `start`) is at or after `pos`, in a list
 * sorted by that field; `list.length` when there is none. O(log n).
 */
export function firstAtOrAfter(list: readonly Spanned[], pos: number, field: 'start' | 'end' = 'start'): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![field] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does `[start, end)` (by default the one offset `start`) overlap one of the sorted, non-overlapping spans? O(log n). */
export function insideAny(spans: readonly Spanned[], start: number, end = start + 1): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

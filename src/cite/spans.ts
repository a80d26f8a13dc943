/**
 * Membership test for positions in a set of non-overlapping spans, by binary search
 * (spans sorted by start). Keeps note/marker lookups O(log n) on whole books.
 */
export class SpanIndex {
  private readonly starts: number[];
  private readonly ends: number[];

  /** @param spans spans in any order (overlaps are tolerated: the earlier start wins). */
  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.ends = sorted.map((s) => s.end);
  }

  /** Whether `pos` lies inside one of the spans (start inclusive, end exclusive). */
  contains(pos: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= pos) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (best < 0) return false;
    // A longer earlier span may cover pos even if the nearest one does not.
    for (let i = best; i >= 0 && i >= best - 8; i--) if (pos < this.ends[i]!) return true;
    return false;
  }
}

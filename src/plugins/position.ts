import type { Point, Position } from 'unist';

/** Converts UTF-16 offsets of one text to unist points (1-based line and column). */
export interface LineIndex {
  /** The point of an offset (clamped to the text). */
  point(offset: number): Point;
  /** The position of a span. */
  position(start: number, end: number): Position;
}

/**
 * Index the line starts of a text once (linear), then answer offset → line/column
 * in O(log lines). Lines end at `\n`; columns count UTF-16 code units, as vfile does.
 */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const point = (raw: number): Point => {
    const offset = Math.max(0, Math.min(text.length, raw));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  };
  return { point, position: (start, end) => ({ start: point(start), end: point(end) }) };
}

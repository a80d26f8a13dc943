/**
 * A half-open range of UTF-16 code units, `[start, end)`.
 *
 * Unless a field says otherwise, every span sverka reports is an offset into the
 * **original** input string, so `original.slice(start, end)` is the text it covers.
 */
export interface Span {
  /** First code unit (inclusive). */
  start: number;
  /** One past the last code unit (exclusive). */
  end: number;
}

/** A span that also carries the (cleaned) text it stands for. */
export interface TextSpan extends Span {
  /** The text of the unit after cleaning (may differ from `original.slice(start, end)`). */
  text: string;
}

/** Severity of a {@link Diagnostic}. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A message about the input, in the style of a linter report: a rule id, a message,
 * and where it applies (offsets into the original input, when known).
 */
export interface Diagnostic {
  /** Rule or stage id (`ocr-footnotes`, `langid`, `decode`). */
  rule: string;
  /** Human-readable message that says what was found and what to do. */
  message: string;
  /** How serious it is. */
  severity: Severity;
  /** Start offset in the original input, if the message points somewhere. */
  start?: number;
  /** End offset (exclusive) in the original input. */
  end?: number;
}

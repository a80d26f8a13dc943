/**
 * One recorded cleaning change. Offsets are into the original input, and
 * `original.slice(start, end) === before` always holds, so every change can be
 * reviewed and undone.
 */
export interface Change {
  /** Id of the rule that made the change (kebab-case, e.g. `ocr-join-hyphen`). */
  rule: string;
  /** Start of the replaced span in the original input. */
  start: number;
  /** End (exclusive) of the replaced span in the original input. */
  end: number;
  /** The original text that was replaced (`original.slice(start, end)`). */
  before: string;
  /** The replacement text. */
  after: string;
  /** A short human-readable reason. */
  reason: string;
  /**
   * Where the change applies: `"body"` for the main text, `"note:N"` for the text of
   * footnote `N` (notes are cleaned as their own streams, see docs/architecture.md).
   */
  scope: string;
  /** Ids of earlier rules whose changes were merged into this one (overlapping edits). */
  merged?: string[];
}

/**
 * An edit proposed by a rule, in the coordinates of the text the rule was given.
 * A rule returns edits sorted by `start` that do not overlap.
 */
export interface Edit {
  /** Start offset in the rule's input text. */
  start: number;
  /** End offset (exclusive) in the rule's input text. */
  end: number;
  /** Replacement text. */
  after: string;
  /** Why (shown to reviewers). Defaults to the rule's description. */
  reason?: string;
}

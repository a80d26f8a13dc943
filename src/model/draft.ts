import type { Change, Edit } from './change.js';
import { PositionMap } from './position-map.js';
import type { Span } from './span.js';

/**
 * A text being cleaned. It keeps the original untouched and a list of changes in
 * original coordinates; the current text and its {@link PositionMap} are derived
 * from them. Rules see the current text and return {@link Edit}s in its coordinates;
 * {@link Draft.apply} composes them with the earlier changes (an edit that overlaps
 * an earlier change is merged with it into one change whose `before` is the
 * original text), so the change list always turns the original into the current
 * text. Each pass is linear in the text length.
 *
 * A draft may cover only part of the original (`base`..`limit`), as the text of a
 * footnote does; its offsets are still offsets into the whole original.
 */
export class Draft {
  /** The whole original input. */
  readonly original: string;
  /** Where this draft's stream begins in the original. */
  readonly base: number;
  /** Where this draft's stream ends in the original. */
  readonly limit: number;
  /** Scope written into every change (`body`, `note:12`). */
  readonly scope: string;
  #changes: Change[] = [];
  #text: string;
  #map: PositionMap;

  /**
   * @param original the whole original input.
   * @param options the span of the original this draft covers and its scope name.
   */
  constructor(original: string, options: { base?: number; limit?: number; scope?: string } = {}) {
    this.original = original;
    this.base = options.base ?? 0;
    this.limit = options.limit ?? original.length;
    this.scope = options.scope ?? 'body';
    if (this.base < 0 || this.limit > original.length || this.base > this.limit) {
      throw new RangeError(`Draft span ${this.base}..${this.limit} is outside the input (length ${original.length})`);
    }
    this.#text = original.slice(this.base, this.limit);
    this.#map = new PositionMap([], this.#text.length);
  }

  /** The current (cleaned) text of this stream. */
  get text(): string {
    return this.#text;
  }

  /** The changes so far, sorted by original offset; offsets are into the whole original. */
  get changes(): readonly Change[] {
    return this.#changes;
  }

  /** Map an offset in the current text to the whole original. */
  toOriginal(offset: number, bias: 'start' | 'end' = 'start'): number {
    return this.base + this.#map.toOriginal(offset, bias);
  }

  /** Map a span of the current text to the whole original. */
  spanToOriginal(start: number, end: number): Span {
    const s = this.#map.spanToOriginal(start, end);
    return { start: s.start + this.base, end: s.end + this.base };
  }

  /** Map an offset in the whole original to the current text. */
  toCurrent(offset: number, bias: 'start' | 'end' = 'start'): number {
    return this.#map.toCleaned(offset - this.base, bias);
  }

  /** The position map of this stream (offsets relative to `base`). */
  get map(): PositionMap {
    return this.#map;
  }

  /**
   * Apply the edits one rule proposed on the current text.
   *
   * @param rule the rule id recorded with each change.
   * @param edits sorted by start, non-overlapping, in current-text coordinates.
   * @param reason default reason for edits that give none.
   * @returns the number of edits applied.
   */
  apply(rule: string, edits: readonly Edit[], reason = ''): number {
    if (edits.length === 0) return 0;
    const text = this.#text;
    let prevEnd = -1;
    for (const e of edits) {
      if (!(e.start >= 0 && e.end >= e.start && e.end <= text.length)) {
        throw new RangeError(`rule ${rule}: edit ${e.start}..${e.end} is outside the text (length ${text.length})`);
      }
      if (e.start < prevEnd) throw new RangeError(`rule ${rule}: edits overlap or are unsorted at ${e.start}`);
      prevEnd = e.end;
    }
    const old = this.#changes;
    const map = this.#map;
    const out: Change[] = [];
    let i = 0; // next existing change
    let j = 0; // next edit
    const base = this.base;
    const original = this.original;
    while (i < old.length || j < edits.length) {
      // Existing changes strictly before the next edit are kept as they are: found by a
      // binary search over their (sorted) cleaned ends and copied in one go.
      if (j >= edits.length) {
        for (; i < old.length; i++) out.push(old[i]!);
        break;
      }
      if (i < old.length && endsBefore(map.cleanedStartOf(i), map.cleanedEndOf(i), edits[j]!)) {
        let lo = i + 1;
        let hi = old.length;
        const at = edits[j]!.start;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (map.cleanedEndOf(mid) <= at) lo = mid + 1;
          else hi = mid;
        }
        for (; i < lo; i++) out.push(old[i]!);
        continue;
      }
      // Start a group with edit j; absorb overlapping existing changes and further edits.
      let gs = edits[j]!.start;
      let ge = edits[j]!.end;
      const groupEdits: Edit[] = [edits[j]!];
      const merged: string[] = [];
      j++;
      let grew = true;
      while (grew) {
        grew = false;
        while (i < old.length && overlaps(map.cleanedStartOf(i), map.cleanedEndOf(i), gs, ge)) {
          gs = Math.min(gs, map.cleanedStartOf(i));
          ge = Math.max(ge, map.cleanedEndOf(i));
          const r = old[i]!;
          merged.push(r.rule, ...(r.merged ?? []));
          i++;
          grew = true;
        }
        while (j < edits.length && edits[j]!.start < ge) {
          groupEdits.push(edits[j]!);
          ge = Math.max(ge, edits[j]!.end);
          j++;
          grew = true;
        }
      }
      const oStart = base + map.toOriginal(gs, 'start');
      const oEnd = gs === ge ? oStart : base + map.toOriginal(ge, 'end');
      let after = '';
      let cursor = gs;
      for (const e of groupEdits) {
        after += text.slice(cursor, e.start) + e.after;
        cursor = e.end;
      }
      after += text.slice(cursor, ge);
      const before = original.slice(oStart, oEnd);
      if (before === after) continue; // the edit undid an earlier change
      const change: Change = {
        rule,
        start: oStart,
        end: oEnd,
        before,
        after,
        reason: groupEdits.length === 1 ? groupEdits[0]!.reason || reason : groupEdits.map((e) => e.reason ?? reason).filter(Boolean).join('; ') || reason,
        scope: this.scope,
      };
      if (merged.length > 0) change.merged = [...new Set(merged)];
      out.push(change);
    }
    this.#changes = out;
    // The new text is the rule's edits applied to the current text (two string parts per
    // edit), which equals the change log applied to the original (checked by the property
    // tests) at a fraction of the allocation.
    this.#text = applyChanges(text, edits);
    this.#map = new PositionMap(out, this.limit - this.base, this.base);
    return edits.length;
  }
}

/**
 * Does existing change [cs, ce) lie wholly before edit e (no merge needed)? A change
 * that ends exactly where the edit starts only touches it, and stays separate.
 */
function endsBefore(_cs: number, ce: number, e: Edit): boolean {
  return ce <= e.start;
}

/** Must existing change [cs, ce) merge with group [gs, ge)? */
function overlaps(cs: number, ce: number, gs: number, ge: number): boolean {
  if (cs < ge && ce > gs) return true; // proper overlap
  // A deletion point strictly inside the group. (An insertion strictly inside a
  // non-empty replacement is already a proper overlap above.)
  return cs === ce && cs > gs && cs < ge;
}

/**
 * Apply a list of changes (sorted, non-overlapping, original coordinates) to the
 * original, giving the cleaned text. Used to check the change log is complete.
 */
export function applyChanges(original: string, changes: readonly Pick<Change, 'start' | 'end' | 'after'>[], base = 0, limit = original.length): string {
  const parts: string[] = [];
  let cursor = base;
  for (const c of changes) {
    parts.push(original.slice(cursor, c.start), c.after);
    cursor = c.end;
  }
  parts.push(original.slice(cursor, limit));
  return parts.join('');
}

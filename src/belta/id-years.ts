import { BELTA_ID_RANGES, type BeltaIdRange } from '../data/belta-ids.js';

/** Years an id of the main counter can belong to, judged from the observed ranges. */
export interface IdYearSpan {
  /** Earliest plausible year (`null`: before the first observed year). */
  from: number | null;
  /** Latest plausible year (`null`: after the last observed year). */
  to: number | null;
}

/**
 * Years an id of BelTA's main (Russian edition) counter is consistent with. Ids grow
 * with time, so the id must be above every id seen for an earlier year and below every
 * id seen for a later year (belta.md §2). Example: 285359 → 2018 only.
 */
export function yearsForId(id: number, ranges: readonly BeltaIdRange[] = BELTA_ID_RANGES): IdYearSpan {
  let from: number | null = null;
  let to: number | null = null;
  for (const r of ranges) {
    // Year r.year is possible iff no earlier year has an id ≥ id and no later year an id ≤ id.
    const earlierMax = Math.max(-Infinity, ...ranges.filter((q) => q.year < r.year).map((q) => q.max));
    const laterMin = Math.min(Infinity, ...ranges.filter((q) => q.year > r.year).map((q) => q.min));
    if (earlierMax < id && id < laterMin) {
      if (from === null) from = r.year;
      to = r.year;
    }
  }
  // Before the first or after the last observed range, earlier or later years are possible too.
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (first && id < first.min) from = null;
  if (last && id > last.max) to = null;
  return { from, to };
}

/**
 * Whether `year` is consistent with `id` on the main counter. `true` when the id falls
 * in or between the observed ranges for that year (see {@link yearsForId}).
 */
export function idFitsYear(id: number, year: number, ranges: readonly BeltaIdRange[] = BELTA_ID_RANGES): boolean {
  const span = yearsForId(id, ranges);
  return (span.from === null || year >= span.from) && (span.to === null || year <= span.to);
}

/**
 * BelTA (belta.by, Russian edition) article ids observed per year, as data.
 *
 * Source: shared/docs/belta.md §2 "Russian ID → year ranges" (real belta.by URLs with
 * verified titles plus the URLs cited in the two seed books). The ids of the main
 * counter grow with time, so an id that lies between the last id seen for an earlier
 * year and the first id seen for a later year is consistent with every year between.
 * Observed ranges are lower bounds of the real ones: checks built on them report
 * "outside the observed range", never "impossible".
 */
export interface BeltaIdRange {
  /** Calendar year of publication. */
  year: number;
  /** Smallest id observed for that year. */
  min: number;
  /** Largest id observed for that year. */
  max: number;
}

/** Observed id ranges of the main `…/view/{slug}-{id}-{year}/` counter, by year. */
export const BELTA_ID_RANGES: readonly BeltaIdRange[] = [
  { year: 2015, min: 153_269, max: 175_763 },
  { year: 2016, min: 185_563, max: 225_848 },
  { year: 2017, min: 230_701, max: 281_448 },
  { year: 2018, min: 283_634, max: 331_056 },
  { year: 2019, min: 331_481, max: 362_840 },
  { year: 2020, min: 387_799, max: 417_729 },
  { year: 2021, min: 427_792, max: 468_301 },
  { year: 2022, min: 522_637, max: 522_637 },
  { year: 2023, min: 568_781, max: 568_781 },
  { year: 2024, min: 625_862, max: 671_355 },
  { year: 2025, min: 705_398, max: 753_673 },
  { year: 2026, min: 762_819, max: 762_819 },
];

/**
 * Ids below this belong to other counters: the 2015 legacy regional items (2080–2646,
 * belta.md §2) and the `interview`/`opinions` counters (4501–8897).
 */
export const BELTA_MAIN_COUNTER_MIN = 100_000;

/**
 * belta.by URL vocabulary, as data (source: shared/docs/belta.md §2 "URL grammar", and the
 * URLs cited in the seed books).
 */

/** Sections seen in `belta.by/{section}/view/…` URLs. */
export const BELTA_SECTIONS: readonly string[] = [
  'society', 'economics', 'regions', 'politics', 'world', 'president', 'culture', 'tech',
  'newscompany',
];

/** Kinds of item with their own counters and no year in the URL. */
export const BELTA_COUNTER_KINDS: readonly string[] = ['interview', 'opinions'];

/** Path prefixes that mirror an item (`amp/`, `printv/`, `special/`). */
export const BELTA_PATH_PREFIXES: readonly string[] = ['amp', 'printv', 'special'];

/** Host prefix → edition (`eng.belta.by` is the English edition, `deu.` the German one). */
export const BELTA_EDITIONS: Readonly<Record<string, 'ru' | 'eng' | 'deu'>> = {
  '': 'ru', www: 'ru', wap: 'ru', m: 'ru', eng: 'eng', deu: 'deu',
};

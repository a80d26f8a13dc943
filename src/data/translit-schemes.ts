/**
 * Russian → Latin transliteration schemes as data.
 *
 * - `beltaJ`: the scheme BelTA (belta.by) uses for its URL slugs, derived from real slugs
 *   of 2015–2026 (shared/docs/belta.md §2, which reproduces 10 of 10 verified slugs).
 * - `book2024`: ICAO Doc 9303 (the 2013 Russian passport scheme) with х → h, as the
 *   2024 book in fixtures/000 re-transliterates BelTA slugs (belta.md §3).
 * - `icao`: ICAO Doc 9303 as published (х → kh), for names in machine-translated text.
 *
 * Context-dependent letters (ь, ъ before vowels) are handled in `transliterate.ts`.
 */
export interface TranslitScheme {
  /** Scheme name. */
  name: 'beltaJ' | 'book2024' | 'icao';
  /** Lowercase Cyrillic letter → Latin. */
  letters: Readonly<Record<string, string>>;
  /** Soft sign before a vowel (BelTA: `j`, e.g. Беларусью → belarusjju). */
  softSignBeforeVowel: string;
  /** Hard sign before a vowel (BelTA: `j`, объем → objem; ICAO: `ie`). */
  hardSignBeforeVowel: string;
}

const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ц: 'ts', ч: 'ch', ш: 'sh', ы: 'y', э: 'e',
  ь: '', ъ: '',
  // Belarusian and Ukrainian letters (BelTA: «пятніца» → pjatnitsa)
  і: 'i', ў: 'u', ї: 'i', є: 'e', ґ: 'g',
};

/** BelTA's own slug scheme (j-scheme). */
export const BELTA_J: TranslitScheme = {
  name: 'beltaJ',
  letters: { ...COMMON, й: 'j', х: 'h', щ: 'sch', ю: 'ju', я: 'ja' },
  softSignBeforeVowel: 'j',
  hardSignBeforeVowel: 'j',
};

/** The 2024 book's scheme: ICAO Doc 9303 with х → h (i-scheme). */
export const BOOK_2024: TranslitScheme = {
  name: 'book2024',
  letters: { ...COMMON, й: 'i', х: 'h', щ: 'shch', ю: 'iu', я: 'ia' },
  softSignBeforeVowel: '',
  hardSignBeforeVowel: 'ie',
};

/** ICAO Doc 9303 (Russian passports since 2013). */
export const ICAO: TranslitScheme = {
  name: 'icao',
  letters: { ...COMMON, й: 'i', х: 'kh', щ: 'shch', ю: 'iu', я: 'ia' },
  softSignBeforeVowel: '',
  hardSignBeforeVowel: 'ie',
};

/** All schemes by name. */
export const SCHEMES: Readonly<Record<TranslitScheme['name'], TranslitScheme>> = {
  beltaJ: BELTA_J,
  book2024: BOOK_2024,
  icao: ICAO,
};

import { SCHEMES, type TranslitScheme } from '../data/translit-schemes.js';

const VOWELS = new Set('аеёиоуыэюяіїє');

/** A scheme object or its name. */
export type SchemeRef = TranslitScheme | TranslitScheme['name'];

function resolve(scheme: SchemeRef): TranslitScheme {
  return typeof scheme === 'string' ? SCHEMES[scheme] : scheme;
}

/**
 * Transliterate Cyrillic text to Latin with a scheme; other characters pass through.
 * Case is kept (`Жодино` → `Zhodino`). Linear in the text length.
 */
export function transliterate(text: string, scheme: SchemeRef = 'beltaJ'): string {
  const s = resolve(scheme);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    let lat = s.letters[lower];
    if (lat === undefined) {
      out += ch;
      continue;
    }
    if (lower === 'ь' || lower === 'ъ') {
      const next = text[i + 1]?.toLowerCase();
      if (next !== undefined && VOWELS.has(next)) lat = lower === 'ь' ? s.softSignBeforeVowel : s.hardSignBeforeVowel;
    }
    if (ch !== lower && lat.length > 0) {
      // Uppercase: capitalise the first letter, or all of it inside an all-caps word.
      const nextCh = text[i + 1];
      const allCaps = nextCh !== undefined && nextCh !== nextCh.toLowerCase();
      lat = allCaps ? lat.toUpperCase() : lat[0]!.toUpperCase() + lat.slice(1);
    }
    out += lat;
  }
  return out;
}

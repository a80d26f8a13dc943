import { SCHEMES, type TranslitScheme } from '../data/translit-schemes.js';

const VOWELS = new Set('аеёиоуыэюяіїє');

/** A scheme object or its name. */
export type SchemeRef = TranslitScheme | TranslitScheme['name'];

/** A scheme's letters keyed by both cases: the lowercase letter and its transliteration. */
/** One letter of a scheme in one case. */
interface Entry {
  /** The letter in lowercase. */
  lower: string;
  /** Its transliteration (lowercase). */
  lat: string;
  /** Is the letter a capital? */
  upper: boolean;
  /** Is it a soft or hard sign (written otherwise before a vowel)? */
  sign: boolean;
}

interface Compiled {
  byChar: Map<string, Entry>;
  /** The same entries for U+0400–U+052F, indexed by code − 0x400 (the hot path). */
  cyrillic: (Entry | undefined)[];
  /** Does the scheme map any ASCII character? (The built-in ones do not.) */
  mapsAscii: boolean;
}
const compiled = new WeakMap<TranslitScheme, Compiled>();
function compile(s: TranslitScheme): Compiled {
  let c = compiled.get(s);
  if (!c) {
    const byChar = new Map<string, Entry>();
    for (const [k, lat] of Object.entries(s.letters)) {
      const lower = k.toLowerCase();
      const sign = lower === 'ь' || lower === 'ъ';
      byChar.set(lower, { lower, lat, upper: false, sign });
      const upper = lower.toUpperCase();
      if (upper.length === 1 && upper !== lower && !byChar.has(upper)) byChar.set(upper, { lower, lat, upper: true, sign });
    }
    const cyrillic = new Array<Entry | undefined>(0x130).fill(undefined);
    for (const [k, v] of byChar) {
      const code = k.charCodeAt(0);
      if (k.length === 1 && code >= 0x400 && code < 0x530) cyrillic[code - 0x400] = v;
    }
    compiled.set(s, (c = { byChar, cyrillic, mapsAscii: [...byChar.keys()].some((k) => k.charCodeAt(0) < 0x80) }));
  }
  return c;
}

function resolve(scheme: SchemeRef): TranslitScheme {
  return typeof scheme === 'string' ? SCHEMES[scheme] : scheme;
}

/**
 * Transliterate Cyrillic text to Latin with a scheme; other characters pass through.
 * Case is kept (`Жодино` → `Zhodino`). Linear in the text length.
 */
export function transliterate(text: string, scheme: SchemeRef = 'beltaJ'): string {
  const s = resolve(scheme);
  const { byChar, cyrillic, mapsAscii } = compile(s);
  let out = '';
  let run = 0; // start of the pending run of characters that pass through
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Cyrillic from the table; ASCII and the rest from the map only when the scheme maps them
    const entry = code >= 0x400 && code < 0x530 ? cyrillic[code - 0x400] : code >= 0x80 || mapsAscii ? byChar.get(text[i]!) : undefined;
    if (entry === undefined) continue;
    if (run < i) out += text.slice(run, i);
    run = i + 1;
    let lat = entry.lat;
    if (entry.sign) {
      const next = text[i + 1]?.toLowerCase();
      if (next !== undefined && VOWELS.has(next)) lat = entry.lower === 'ь' ? s.softSignBeforeVowel : s.hardSignBeforeVowel;
    }
    if (entry.upper && lat.length > 0) {
      // Uppercase: capitalise the first letter, or all of it inside an all-caps word.
      const nextCh = text[i + 1];
      const allCaps = nextCh !== undefined && nextCh !== nextCh.toLowerCase();
      lat = allCaps ? lat.toUpperCase() : lat[0]!.toUpperCase() + lat.slice(1);
    }
    out += lat;
  }
  if (run < text.length) out += text.slice(run);
  return out;
}

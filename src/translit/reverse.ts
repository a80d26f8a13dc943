/**
 * Latin → Cyrillic candidates for slug tokens (the reverse of the schemes in
 * `src/data/translit-schemes.ts`): BelTA's j-scheme first, then the i-scheme and ICAO
 * spellings and the MT variants seen in seed 001 (`ya`, `kh`). Transliteration is lossy
 * (ь, ъ, э, ё, щ vs сч, ц vs тс), so a token has many readings; each step carries a cost
 * and a caller picks among the readings with a dictionary.
 */

/** One way to read Latin letters at a position. */
export interface ReverseStep {
  /** Latin letters consumed. */
  latin: string;
  /** Cyrillic produced. */
  cyr: string;
  /** Cost of this reading (0 = the scheme's own spelling). */
  cost: number;
}

/** Reverse steps, longest Latin first (source: belta.md Tables A and B, §4 anomalies). */
export const REVERSE_STEPS: readonly ReverseStep[] = [
  { latin: 'shch', cyr: 'щ', cost: 0.2 },
  { latin: 'sch', cyr: 'щ', cost: 0 }, { latin: 'sch', cyr: 'сч', cost: 0.3 },
  { latin: 'zh', cyr: 'ж', cost: 0 }, { latin: 'kh', cyr: 'х', cost: 0.3 }, { latin: 'kh', cyr: 'кх', cost: 0.6 },
  { latin: 'ch', cyr: 'ч', cost: 0 }, { latin: 'sh', cyr: 'ш', cost: 0 },
  { latin: 'ts', cyr: 'ц', cost: 0 }, { latin: 'ts', cyr: 'тс', cost: 0.3 },
  { latin: 'ja', cyr: 'я', cost: 0 }, { latin: 'ju', cyr: 'ю', cost: 0 }, { latin: 'jo', cyr: 'ё', cost: 0.3 },
  { latin: 'ya', cyr: 'я', cost: 0.3 }, { latin: 'yu', cyr: 'ю', cost: 0.3 },
  { latin: 'ia', cyr: 'я', cost: 0.4 }, { latin: 'iu', cyr: 'ю', cost: 0.4 },
  { latin: 'j', cyr: 'й', cost: 0 }, { latin: 'j', cyr: 'ь', cost: 0.1 }, { latin: 'j', cyr: 'ъ', cost: 0.4 },
  { latin: 'y', cyr: 'ы', cost: 0 }, { latin: 'y', cyr: 'й', cost: 0.4 },
  { latin: 'e', cyr: 'е', cost: 0 }, { latin: 'e', cyr: 'ё', cost: 0.1 }, { latin: 'e', cyr: 'э', cost: 0.2 },
  { latin: 'h', cyr: 'х', cost: 0 }, { latin: 'x', cyr: 'х', cost: 0.3 }, { latin: 'x', cyr: 'кс', cost: 0.3 },
  { latin: 'i', cyr: 'и', cost: 0 }, { latin: 'i', cyr: 'й', cost: 0.4 }, { latin: 'i', cyr: 'і', cost: 0.8 },
  { latin: 'a', cyr: 'а', cost: 0 }, { latin: 'b', cyr: 'б', cost: 0 }, { latin: 'v', cyr: 'в', cost: 0 },
  { latin: 'g', cyr: 'г', cost: 0 }, { latin: 'd', cyr: 'д', cost: 0 }, { latin: 'z', cyr: 'з', cost: 0 },
  { latin: 'k', cyr: 'к', cost: 0 }, { latin: 'l', cyr: 'л', cost: 0 }, { latin: 'm', cyr: 'м', cost: 0 },
  { latin: 'n', cyr: 'н', cost: 0 }, { latin: 'o', cyr: 'о', cost: 0 }, { latin: 'p', cyr: 'п', cost: 0 },
  { latin: 'r', cyr: 'р', cost: 0 }, { latin: 's', cyr: 'с', cost: 0 }, { latin: 't', cyr: 'т', cost: 0 },
  { latin: 'u', cyr: 'у', cost: 0 }, { latin: 'f', cyr: 'ф', cost: 0 }, { latin: 'c', cyr: 'ц', cost: 0.5 },
  { latin: 'c', cyr: 'к', cost: 0.5 }, { latin: 'w', cyr: 'в', cost: 0.5 }, { latin: 'q', cyr: 'к', cost: 0.8 },
];

const CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/;

/** Cost of reading an unwritten soft sign after a consonant (BelTA drops ь before consonants and at word end). */
export const SOFT_SIGN_COST = 0.15;

/** Steps that can start at position `i` of `latin`. */
export function stepsAt(latin: string, i: number): ReverseStep[] {
  return REVERSE_STEPS.filter((s) => latin.startsWith(s.latin, i));
}

/** Whether an unwritten ь may follow the Cyrillic produced so far. */
export function softSignAllowed(cyrSoFar: string): boolean {
  return CONSONANT.test(cyrSoFar) && !/[жшчщц]$/.test(cyrSoFar.slice(-1)) ? true : /[жшчщ]$/.test(cyrSoFar);
}

/**
 * The plain reading of a token (lowest cost at every step, no dictionary): `kitaj` →
 * `китай`, `belarus` → `беларус`. Digits and other characters pass through.
 */
export function reverseTransliterate(latin: string): string {
  let out = '';
  let i = 0;
  const low = latin.toLowerCase();
  while (i < low.length) {
    const steps = stepsAt(low, i);
    if (steps.length === 0) {
      out += latin[i];
      i++;
      continue;
    }
    const best = steps.reduce((a, b) => (b.latin.length > a.latin.length || (b.latin.length === a.latin.length && b.cost < a.cost) ? b : a));
    out += best.cyr;
    i += best.latin.length;
  }
  return out;
}

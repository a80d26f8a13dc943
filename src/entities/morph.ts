/**
 * Russian morphology for entities through Az.js (OpenCorpora dictionaries, CC BY-SA),
 * loaded once per process by `src/morph/az.ts` on first use, so that commands that never
 * ask for entities do not pay for it.
 */
import { loadAz, azLoaded, azLoadError, type AzTag } from '../morph/az.js';

/** One morphological reading of a word. */
export interface MorphParse {
  /** Lemma (normal form), lowercase. */
  lemma: string;
  /** Part of speech (`NOUN`, `ADJF`, `PREP`, ...). */
  pos: string;
  /** Grammemes of the reading (`Name`, `Surn`, `Patr`, `Geox`, `Orgn`, `Abbr`, case names...). */
  tags: ReadonlySet<string>;
  /** Az's probability estimate. */
  score: number;
}

const cache = new Map<string, MorphParse[]>();
const predictCache = new Map<string, MorphParse[]>();
/**
 * Dictionary look-up only (no stutter, no guessing from affixes): 2–3 times faster than Az's
 * default, and an unknown word simply has no reading.
 */
const DICTIONARY_ONLY = { stutter: 0, parsers: ['Dictionary?', 'AbbrName?', 'AbbrPatronymic', 'Latin', 'HyphenParticle', 'HyphenWords'] };
/**
 * Guessing for unknown words: Az's default parsers, without its stutter repair (`ааааа`), which
 * tries every run of repeated letters in the dictionary and is not needed for edited text.
 */
const PREDICT = {
  stutter: 0,
  parsers: ['Dictionary?', 'AbbrName?', 'AbbrPatronymic', 'IntNumber', 'RealNumber', 'Punctuation', 'RomanNumber?', 'Latin', 'HyphenParticle', 'HyphenAdverb', 'HyphenWords', 'PrefixKnown', 'PrefixUnknown?', 'SuffixKnown?', 'Abbr'],
};
const CACHE_LIMIT = 200_000;

/** True once the analyser has been loaded (without loading it). */
export function morphologyLoaded(): boolean {
  return azLoaded();
}

/** True when the analyser is available (loads it on first call). */
export function morphologyAvailable(): boolean {
  return loadAz() !== null;
}

/** Why the analyser could not be loaded, if it could not. */
export function morphologyError(): Error | null {
  loadAz();
  return azLoadError();
}

interface TagInfo {
  tags: ReadonlySet<string>;
  pos: string;
  named: boolean;
}
/** Az shares one tag object among all words of a paradigm form: decode each tag once. */
const tagInfos = new WeakMap<AzTag, TagInfo>();

function tagInfo(tag: AzTag): TagInfo {
  let info = tagInfos.get(tag);
  if (!info) {
    const parts = tag.toString().split(/[ ,]/);
    const tags = new Set(parts);
    const named = tags.has('Name') || tags.has('Surn') || tags.has('Patr') || tags.has('Geox') || tags.has('Orgn');
    info = { tags, pos: tag.POST ?? parts[0] ?? '', named };
    tagInfos.set(tag, info);
  }
  return info;
}

function analyse(word: string, predict: boolean): MorphParse[] {
  const store = predict ? predictCache : cache;
  const hit = store.get(word);
  if (hit) return hit;
  const mod = loadAz();
  let out: MorphParse[] = [];
  if (mod) {
    try {
      // Normalising (inflecting to the lemma) is the costly part of a parse, and Az's parse
      // objects cannot be normalised later: lemmas are computed for the best reading and for
      // name readings only; other readings carry the best reading's lemma.
      // Pushed into a literal, not `map`ped: every result array has the same elements kind,
      // so the callers' optimised code is not thrown away for an array of another kind.
      let bestLemma = '';
      const parses = mod.Morph(word, predict ? PREDICT : DICTIONARY_ONLY);
      const list: MorphParse[] = [];
      for (let i = 0; i < parses.length; i++) {
        const p = parses[i]!;
        const { tags, pos, named } = tagInfo(p.tag);
        const lemma = i === 0 || named ? (p.normalize().word ?? word).toLowerCase() : bestLemma;
        if (i === 0) bestLemma = lemma;
        list.push({ lemma, pos, tags, score: p.score });
      }
      out = list;
    } catch {
      out = [];
    }
  }
  if (store.size >= CACHE_LIMIT) store.clear();
  store.set(word, out);
  return out;
}

/**
 * Dictionary readings of a Russian word (best first), cached by exact form; empty for a word
 * the OpenCorpora dictionary does not know, or when Az.js is unavailable.
 */
export function parseWord(word: string): MorphParse[] {
  return analyse(word, false);
}

/**
 * All readings including Az.js's guesses from affixes for unknown words (`Налбандовым` →
 * surname `налбандов`); slower, for the few words that need a lemma.
 */
export function parseWordPredict(word: string): MorphParse[] {
  return analyse(word, true);
}

/**
 * Most probable lemma of a word (lowercase): from the dictionary, else from Az's guess, else
 * the lowercased word itself.
 */
export function lemmaOf(word: string): string {
  const p = parseWord(word)[0] ?? parseWordPredict(word)[0];
  return p ? p.lemma : word.toLowerCase();
}

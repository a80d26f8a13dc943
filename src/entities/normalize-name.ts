/**
 * Normal (nominative) form of a Russian person or organisation name, via Az.js: each word of
 * a person's name goes to its lemma (`Александром Налбандовым` → `Александр Налбандов`);
 * an organisation only changes its head word (`Министерства связи` → `Министерство связи`).
 * English names are returned unchanged.
 */
import { parseWord, parseWordPredict } from './morph.js';
import type { EntityLang } from './types.js';

const CYR_WORD = /^[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*$/;

function restoreCase(lemma: string, like: string): string {
  if (like === like.toUpperCase()) return lemma.toUpperCase();
  if (/^\p{Lu}/u.test(like)) return lemma.replace(/(^|-)(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());
  return lemma;
}

function lemmaFor(word: string, prefer: readonly string[]): string {
  // The dictionary first; Az's guesses only for a word it does not know.
  let parses = parseWord(word);
  if (!parses.some((p) => prefer.some((g) => p.tags.has(g)))) parses = parseWordPredict(word);
  const hit = parses.find((p) => prefer.some((g) => p.tags.has(g))) ?? parses[0];
  return hit ? restoreCase(hit.lemma, word) : word;
}

/** Normal form of a person or organisation name (Russian); undefined when not applicable. */
export function normalizeName(text: string, type: 'person' | 'organization', lang: EntityLang): string | undefined {
  if (lang !== 'ru' || !/[\u0400-\u04ff]/.test(text)) return undefined;
  const words = text.split(/(\s+)/);
  if (type === 'person') {
    return words
      .map((w) => (CYR_WORD.test(w) && w.length > 1 && !/\.$/.test(w) ? lemmaFor(w, ['Name', 'Surn', 'Patr']) : w))
      .join('')
      .replace(/\s+/g, ' ');
  }
  const first = words[0];
  if (!first || !CYR_WORD.test(first) || first === first.toUpperCase()) return text.replace(/\s+/g, ' ');
  const parse = parseWord(first)[0];
  if (!parse || parse.pos !== 'NOUN') return text.replace(/\s+/g, ' ');
  words[0] = restoreCase(parse.lemma, first);
  return words.join('').replace(/\s+/g, ' ');
}

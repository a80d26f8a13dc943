import type { GlossaryTerm } from './types.js';

/** One variant found in a text. */
export interface TermHit {
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The variant as written. */
  variant: string;
  /** The term it belongs to. */
  term: GlossaryTerm;
  /** The preferred form in the variant's language. */
  preferred: string;
  /** The variant's language. */
  lang: string;
}

/** A compiled glossary: one regex over all variants, longest first. */
export interface TermMatcher {
  /** Find every variant in a text (whole words, case-sensitive), in order. */
  find(text: string): TermHit[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Compile terms into a matcher. Variants are indexed by their first word; one
 * regex of the distinct first words finds candidates, and each is checked against
 * the variants that begin with that word (longest first, so `One Belt and One Road` wins over a
 * shorter variant). A match must not touch a letter or digit on either side.
 * Linear in the text.
 */
export function compileTerms(terms: readonly GlossaryTerm[]): TermMatcher {
  const byVariant = new Map<string, { term: GlossaryTerm; lang: string; preferred: string }>();
  for (const term of terms) {
    for (const [lang, list] of Object.entries(term.variants)) {
      const preferred = term.preferred[lang];
      if (preferred === undefined) continue;
      for (const v of list) if (v !== preferred && !byVariant.has(v)) byVariant.set(v, { term, lang, preferred });
    }
  }
  const byFirstWord = new Map<string, string[]>();
  for (const v of byVariant.keys()) {
    const first = /^[\p{L}\p{N}]+/u.exec(v)?.[0];
    if (first === undefined) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push(v);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  if (byFirstWord.size === 0) return { find: () => [] };
  // one alternation of the distinct first words (plain literals, no look-around): fast to scan
  const firstWords = new RegExp([...byFirstWord.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  return {
    find(text) {
      const hits: TermHit[] = [];
      firstWords.lastIndex = 0;
      for (let m = firstWords.exec(text); m !== null; m = firstWords.exec(text)) {
        const at = m.index;
        if (isWordChar(text[at - 1])) continue;
        for (const v of byFirstWord.get(m[0])!) {
          if (!text.startsWith(v, at) || isWordChar(text[at + v.length])) continue;
          hits.push({ start: at, end: at + v.length, variant: v, ...byVariant.get(v)! });
          firstWords.lastIndex = at + v.length;
          break;
        }
      }
      return hits;
    },
  };
}

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

/**
 * Compile terms into a matcher. Variants are literal strings in one alternation
 * (sorted longest first, so `One Belt and One Road` wins over a shorter prefix);
 * a match must not touch a letter or digit on either side. Linear in the text.
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
  const variants = [...byVariant.keys()].sort((a, b) => b.length - a.length);
  if (variants.length === 0) return { find: () => [] };
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${variants.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return {
    find(text) {
      const hits: TermHit[] = [];
      for (const m of text.matchAll(re)) {
        const info = byVariant.get(m[0])!;
        hits.push({ start: m.index, end: m.index + m[0].length, variant: m[0], ...info });
      }
      return hits;
    },
  };
}

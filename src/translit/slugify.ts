import { transliterate, type SchemeRef } from './transliterate.js';

/**
 * Longest headline part of a BelTA slug. The observed maximum of the whole slug with
 * its `-{id}-{year}` tail is 115 characters (a 6-digit id gives a 12-character tail),
 * and the longest headline parts seen are 103 characters (seed 001, 242796-2017); the
 * Vietnam headline of 281448-2017 (113 characters in full) is cut to 102.
 */
export const BELTA_SLUG_MAX = 103;

/** Options for {@link slugify}. */
export interface SlugifyOptions {
  /** Transliteration scheme (default: BelTA's j-scheme). */
  scheme?: SchemeRef;
  /** Cut at a hyphen boundary to at most this many characters (default {@link BELTA_SLUG_MAX}; 0 = no cut). */
  maxLength?: number;
}

/**
 * Make a URL slug from a headline the way belta.by does (shared/docs/belta.md §2):
 * transliterate, lowercase, spaces → `-`, existing hyphens kept, a spaced dash
 * collapses to one `-`, other punctuation deleted without a hyphen (`им.Янки` →
 * `imjanki`), digits kept, cut at a hyphen boundary to ≤ 103 characters (115 with the id-year tail).
 */
export function slugify(title: string, options: SlugifyOptions = {}): string {
  const lat = transliterate(title, options.scheme ?? 'beltaJ').toLowerCase();
  let slug = '';
  let pendingHyphen = false;
  // one pass by char code; kept characters are copied in runs
  let runStart = -1;
  const n = lat.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lat.charCodeAt(i) : -1;
    const keep = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (keep) {
      if (runStart < 0) {
        if (pendingHyphen && slug.length > 0) slug += '-';
        pendingHyphen = false;
        runStart = i;
      }
      continue;
    }
    if (runStart >= 0) {
      slug += lat.slice(runStart, i);
      runStart = -1;
    }
    if (c === 0x20 || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x0a || c === 0x09) pendingHyphen = true;
    // anything else (punctuation, quotes, NBSP, other scripts) is deleted
  }
  const max = options.maxLength ?? BELTA_SLUG_MAX;
  if (max > 0 && slug.length > max) {
    const cut = slug.lastIndexOf('-', max);
    slug = cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
  }
  return slug;
}

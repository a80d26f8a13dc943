import { slugify } from '../translit/slugify.js';
import type { SchemeRef } from '../translit/transliterate.js';
import { ocrDistance, WILDCARDS } from '../cite/ocr-distance.js';

/** Result of {@link repairSlugAgainstTitle}. */
export interface SlugRepair {
  /** The repaired slug (tokens joined with `-`). */
  slug: string;
  /** Scheme that matched most tokens exactly (`null`: no token told the schemes apart). */
  scheme: string | null;
  /** Share of observed tokens matched to a title word (0–1). */
  coverage: number;
  /** Observed tokens that matched no title word (kept as printed). */
  unmatched: string[];
  /** Tokens that were changed, `before → after`. */
  changed: Array<{
    /** The token as printed. */
    before: string;
    /** The token as repaired. */
    after: string;
  }>;
}

/** Schemes tried, in tie-break order (the 2024 book's i-scheme first, then BelTA's). */
export const DEFAULT_SLUG_SCHEMES: readonly SchemeRef[] = ['book2024', 'beltaJ'];

const MATCH_MAX = 0.45; // normalised distance above which a token counts as not matching
const MERGE_PENALTY = 0.3;
const SCHEME_PRIOR = 0.06; // normalised penalty for a scheme other than the note's majority scheme

/** Split a damaged slug into tokens: whitespace removed, stray punctuation at token edges dropped. */
export function slugTokens(slug: string): string[] {
  const compact = slug.toLowerCase().replace(/\s+/g, '');
  const out: string[] = [];
  for (const raw of compact.split('-')) {
    let s = 0;
    let e = raw.length;
    while (s < e && isEdgeJunk(raw[s]!)) s++;
    while (e > s && isEdgeJunk(raw[e - 1]!)) e--;
    if (e > s) out.push(raw.slice(s, e));
  }
  return out;
}

function isEdgeJunk(ch: string): boolean {
  return !/[\p{L}\p{N}]/u.test(ch) && !WILDCARDS.has(ch);
}

function norm(d: number, a: string, b: string): number {
  return d / Math.max(1, a.length, b.length);
}

interface Cell {
  cost: number;
  prev: [number, number] | null;
  out: string[];
  matched: number;
}

/**
 * Repair a damaged slug by aligning its tokens with the transliterated title, trying
 * each scheme per word (a book may mix schemes: belta.md §3). Tokens are aligned by
 * dynamic programming (match, skip, one-to-two and two-to-one merges) with an OCR-aware
 * distance; each matched token is replaced by the title word's closest spelling, other
 * tokens are kept as printed. Title words missing at the end (a truncated slug) cost nothing.
 */
export function repairSlugAgainstTitle(observed: string, title: string, schemes: readonly SchemeRef[] = DEFAULT_SLUG_SCHEMES): SlugRepair {
  const obs = slugTokens(observed);
  const perScheme = schemes.map((s) => slugify(title, { scheme: s, maxLength: 0 }).split('-').filter((t) => t.length > 0));
  const m = Math.min(...perScheme.map((t) => t.length));
  const variants: string[][] = [];
  for (let j = 0; j < m; j++) variants.push([...new Set(perScheme.map((t) => t[j]!))]);
  // Scheme votes: tokens whose spelling tells the schemes apart.
  const votes = new Map<number, number>();
  for (const o of obs) {
    for (let j = 0; j < m; j++) {
      if (variants[j]!.length < 2) continue;
      perScheme.forEach((t, k) => {
        if (t[j] === o) votes.set(k, (votes.get(k) ?? 0) + 1);
      });
    }
  }
  const order = schemes.map((_, k) => k).sort((a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0) || a - b);
  // The title readings a token is compared with, made once per (scheme, word, length)
  // rather than for every observed token: the text with hyphens and the letters alone.
  const readings = new Map<number, { text: string; cand: string }>();
  const reading = (k: number, j: number, len: number): { text: string; cand: string } => {
    const key = (k * (m + 1) + j) * 4 + len;
    let r = readings.get(key);
    if (!r) {
      const text = perScheme[k]!.slice(j, j + len).join('-');
      readings.set(key, (r = { text, cand: text.replace(/-/g, '') }));
    }
    return r;
  };
  const best = (o: string, j: number, len = 1): { text: string; d: number } => {
    let pick = { text: '', d: Infinity };
    order.forEach((k, rank) => {
      const { text: t, cand } = reading(k, j, len);
      const prior = rank === 0 ? 0 : SCHEME_PRIOR;
      // beyond MATCH_MAX a reading counts as no match whatever its distance: stop there
      const limit = (MATCH_MAX - prior) * Math.max(1, o.length, cand.length) + 1e-9;
      const d = norm(ocrDistance(o, cand, undefined, limit), o, cand) + prior;
      if (d < pick.d) pick = { text: t, d };
    });
    return pick;
  };
  const n = obs.length;
  const grid: Cell[][] = [];
  for (let i = 0; i <= n; i++) {
    grid.push(Array.from({ length: m + 1 }, () => ({ cost: Infinity, prev: null, out: [], matched: 0 })));
  }
  grid[0]![0] = { cost: 0, prev: null, out: [], matched: 0 };
  const relax = (i: number, j: number, ni: number, nj: number, cost: number, out: string[], matched: number): void => {
    const c = grid[i]![j]!.cost + cost;
    if (c < grid[ni]![nj]!.cost) grid[ni]![nj] = { cost: c, prev: [i, j], out, matched };
  };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (grid[i]![j]!.cost === Infinity) continue;
      if (i < n) relax(i, j, i + 1, j, 1, [obs[i]!], 0); // extra observed token, kept
      if (j < m) relax(i, j, i, j + 1, i === n ? 0 : 1, [], 0); // title word missing (free at the end: truncation)
      if (i < n && j < m) {
        const b = best(obs[i]!, j);
        if (b.d <= MATCH_MAX) relax(i, j, i + 1, j + 1, b.d, [b.text], 1);
        else relax(i, j, i + 1, j + 1, 1.5, [obs[i]!], 0);
        if (j + 1 < m) {
          const b2 = best(obs[i]!, j, 2);
          if (b2.d <= MATCH_MAX) relax(i, j, i + 1, j + 2, b2.d + MERGE_PENALTY, [b2.text], 1);
        }
        if (i + 1 < n) {
          const joined = obs[i]! + obs[i + 1]!;
          const b3 = best(joined, j);
          if (b3.d <= MATCH_MAX) relax(i, j, i + 2, j + 1, b3.d + MERGE_PENALTY, [b3.text], 2);
        }
      }
    }
  }
  // Backtrack from (n, m).
  const pieces: string[][] = [];
  let matched = 0;
  let at: [number, number] | null = [n, m];
  while (at) {
    const cell: Cell = grid[at[0]]![at[1]]!;
    pieces.push(cell.out);
    matched += cell.matched;
    at = cell.prev;
  }
  const outTokens = pieces.reverse().flat();
  const unmatched: string[] = [];
  const changed: Array<{ before: string; after: string }> = [];
  // Recompute which observed tokens were kept as printed, for reporting.
  for (const o of obs) if (outTokens.includes(o) && !variants.some((v) => v.includes(o))) unmatched.push(o);
  const slug = outTokens.join('-');
  if (slug !== obs.join('-')) changed.push({ before: obs.join('-'), after: slug });
  let scheme: string | null = null;
  const top = order[0]!;
  if ((votes.get(top) ?? 0) > 0) {
    const s = schemes[top]!;
    scheme = typeof s === 'string' ? s : s.name;
  }
  return { slug, scheme, coverage: n === 0 ? 0 : Math.min(1, matched / n), unmatched, changed };
}

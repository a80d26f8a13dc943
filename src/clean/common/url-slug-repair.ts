import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { slugify } from '../../translit/slugify.js';
import type { SchemeRef } from '../../translit/transliterate.js';
import { findUrls } from './url-find.js';

/** Letter pairs OCR confuses (read, real), cheap to substitute; keyed by both char codes. */
const CONFUSABLE = new Set(['vy', 'ce', 'nl', 'hb', 'ec', 'yv', 'li', 'il', 'un', 'nu'].map((p) => p.charCodeAt(0) * 0x10000 + p.charCodeAt(1)));
const SCHEMES: readonly SchemeRef[] = ['book2024', 'beltaJ'];
/** The scheme (index into {@link SCHEMES}) that last spelt every slug word of a note. */
let lastWholeScheme = 0;

function subCost(c: number, d: number): number {
  if (c === d) return 0;
  if (CONFUSABLE.has(c * 0x10000 + d)) return 0.25;
  if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return 0.25; // an unknown glyph (■, », Cyrillic left over) stands for any letter
  return 1;
}

/** Two rows reused by {@link slugTokenDistance} (grown when a token is longer). */
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

/**
 * Edit distance with cheap OCR confusions (tokens are short: ≤ 30 letters). With a
 * `limit`, it stops as soon as every entry of a row exceeds it (the distance can only
 * grow) and returns `Infinity`.
 *
 * The cleaner's own, coarser measure: every confusable pair costs 0.25 both ways and any
 * glyph outside `[a-z0-9]` stands for any letter. The citation stage's `ocrDistance`
 * (`src/cite/ocr-distance.ts`) weighs each confusion by how often it was seen and reads
 * one letter as two; the two are calibrated on their own stages' fixtures, so they stay
 * apart rather than sharing one table.
 */
export function slugTokenDistance(a: string, b: string, limit = Infinity): number {
  const m = a.length;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Float64Array(2 * (n + 1));
    rowB = new Float64Array(2 * (n + 1));
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + subCost(c, b.charCodeAt(j - 1)));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return Infinity;
    [prev, cur] = [cur, prev];
  }
  return prev[n]!;
}

function close(o: string, e: string): boolean {
  if (Math.abs(o.length - e.length) > 2) return false;
  const limit = Math.max(1.25, 0.3 * e.length);
  const d = slugTokenDistance(o, e, limit);
  return d > 0 && d <= limit;
}

/** Align slug tokens to title tokens (free skips at the end of the title: slugs are cut). */
function align(ocr: readonly string[], exp: readonly string[], known: ReadonlySet<string>): [number, number][] {
  const n = ocr.length;
  const m = exp.length;
  const INF = 1e9;
  const w = m + 1; // row width of the flat tables
  const cost = new Float64Array((n + 1) * w).fill(INF);
  const back = new Uint8Array((n + 1) * w);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    // A token spelt as some title token is no OCR damage: it pairs only with itself.
    const o = i < n ? ocr[i]! : '';
    const damaged = i < n && !known.has(o);
    for (let j = 0; j <= m; j++) {
      const at = i * w + j;
      const c = cost[at]!;
      if (c >= INF) continue;
      if (i < n && j < m) {
        const e = exp[j]!;
        const s = o === e ? 0 : damaged && close(o, e) ? 0.5 : INF;
        if (c + s < cost[at + w + 1]!) {
          cost[at + w + 1] = c + s;
          back[at + w + 1] = 0;
        }
      }
      if (i < n && c + 1 < cost[at + w]!) {
        cost[at + w] = c + 1;
        back[at + w] = 1;
      }
      if (j < m && c + 1 < cost[at + 1]!) {
        cost[at + 1] = c + 1;
        back[at + 1] = 2;
      }
    }
  }
  let bestJ = 0;
  for (let j = 0; j <= m; j++) if (cost[n * w + j]! < cost[n * w + bestJ]!) bestJ = j;
  const pairs: [number, number][] = [];
  let i = n;
  let j = bestJ;
  while (i > 0 || j > 0) {
    const b = back[i * w + j]!;
    if (i > 0 && j > 0 && b === 0) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (i > 0 && (b === 1 || j === 0)) i--;
    else j--;
  }
  return pairs.reverse();
}

/** The title of a bibliographic note: the text before its `[Электронный ресурс]` / `//` / `URL:`. */
export function noteTitle(note: string): string {
  const cut = note.search(/\[(?:Электрон|Electron)|\s\/\/\s|URL:|https?:/);
  return (cut >= 0 ? note.slice(0, cut) : note).trim();
}

/**
 * Repair slug words of a BelTA-style URL against the transliterated title of the same note
 * (A14–A18): each slug token is aligned to the title slugified in the book's i-scheme and
 * in BelTA's j-scheme; a token that matches neither but is an OCR-distance neighbour of the
 * aligned title token (`sovmestnvh` → `sovmestnyh`, `s-h»tu` → `s-bgtu`, `tseniuloza` →
 * `tselliuloza`) is replaced. A token that matches either scheme is kept (the source's own
 * scheme, A23); nothing changes unless at least half of the tokens match the title exactly.
 */
export const urlSlugRepair: CleaningRule = {
  id: 'url-slug-repair',
  description: 'repair a URL slug word against the note title',
  scope: 'notes',
  apply(text) {
    const urls = findUrls(text);
    if (urls.length === 0) return [];
    // the slugs to judge: the last path segment of a URL, words joined by hyphens
    const slugs: { slug: string; start: number; tokens: string[] }[] = [];
    for (const u of urls) {
      const m = /\/([^/]+?)(-\d{3,8}-\d{4})?\/?$/.exec(u.url);
      if (!m || !m[1]!.includes('-')) continue;
      slugs.push({ slug: m[1]!, start: u.start + m.index + 1, tokens: m[1]!.split('-') });
    }
    if (slugs.length === 0) return [];
    const title = noteTitle(text);
    if (title.length < 8) return [];
    // The scheme that last spelt a whole slug goes first: when it spells every slug word
    // of this note too, nothing is damaged and the other scheme is not needed.
    const order = lastWholeScheme === 1 ? [1, 0] : [0, 1];
    const expected: string[][] = [[], []];
    const first = order[0]!;
    expected[first] = slugify(title, { scheme: SCHEMES[first]!, maxLength: 0 }).split('-').filter(Boolean);
    const firstWords = new Set(expected[first]);
    if (slugs.every((s) => s.tokens.every((t) => firstWords.has(t)))) return [];
    const second = order[1]!;
    expected[second] = slugify(title, { scheme: SCHEMES[second]!, maxLength: 0 }).split('-').filter(Boolean);
    const secondWords = new Set(expected[second]);
    if (slugs.every((s) => s.tokens.every((t) => secondWords.has(t)))) {
      lastWholeScheme = second;
      return [];
    }
    const known = new Set([...firstWords, ...secondWords]);
    const edits: Edit[] = [];
    for (const { start: slugStart, tokens } of slugs) {
      const exact = tokens.filter((t) => known.has(t)).length;
      if (exact === tokens.length || exact * 2 < tokens.length) continue;
      // Primary scheme: the one whose title tokens the slug matches most.
      const score = expected.map((e) => tokens.filter((t) => e.includes(t)).length);
      const primary = score[0]! >= score[1]! ? 0 : 1;
      const pairs = align(tokens, expected[primary]!, known);
      const offsets: number[] = [];
      let off = 0;
      for (const t of tokens) {
        offsets.push(off);
        off += t.length + 1;
      }
      for (const [oi, ei] of pairs) {
        const o = tokens[oi]!;
        const e = expected[primary]![ei]!;
        if (o === e || known.has(o)) continue;
        const start = slugStart + offsets[oi]!;
        edits.push({ start, end: start + o.length, after: e, reason: `slug word "${o}" repaired against the note title` });
      }
    }
    return edits;
  },
};

/**
 * Weighted edit distance between a damaged (OCR'd or mistyped) Latin token and a
 * candidate, with cheap substitutions for the confusions seen in real URLs
 * (shared/docs/artefacts.md A14–A18: y→v, ll→n, e→c, p→п, b→h, g→», ■ for an unknown
 * glyph, Cyrillic homoglyphs inside Latin words). O(|a|·|b|).
 */

/** One confusion: `seen` printed where `meant` was meant, at `cost` (< 1). */
export interface Confusion {
  /** What was printed (1–2 characters). */
  seen: string;
  /** What was meant (1–2 characters). */
  meant: string;
  /** Cost of this substitution (a plain edit costs 1). */
  cost: number;
}

/** Confusions observed in the seed URLs (artefacts.md) plus Cyrillic homoglyphs and transliterations. */
export const OCR_CONFUSIONS: readonly Confusion[] = [
  { seen: 'v', meant: 'y', cost: 0.2 },
  { seen: 'c', meant: 'e', cost: 0.3 },
  { seen: 'n', meant: 'll', cost: 0.4 },
  { seen: 'm', meant: 'rn', cost: 0.4 },
  { seen: 'rn', meant: 'm', cost: 0.4 },
  { seen: 'h', meant: 'b', cost: 0.4 },
  { seen: 'b', meant: 'h', cost: 0.4 },
  { seen: 'a', meant: 'e', cost: 0.5 },
  { seen: 'e', meant: 'c', cost: 0.5 },
  { seen: 'l', meant: 'i', cost: 0.5 },
  { seen: 'i', meant: 'l', cost: 0.5 },
  { seen: '1', meant: 'l', cost: 0.4 },
  { seen: '0', meant: 'o', cost: 0.4 },
  // Cyrillic letters inside a Latin word: homoglyphs (OCR) or transliterations (MT).
  { seen: 'а', meant: 'a', cost: 0.1 }, { seen: 'е', meant: 'e', cost: 0.1 }, { seen: 'о', meant: 'o', cost: 0.1 },
  { seen: 'р', meant: 'p', cost: 0.1 }, { seen: 'с', meant: 'c', cost: 0.1 }, { seen: 'с', meant: 's', cost: 0.2 },
  { seen: 'х', meant: 'x', cost: 0.1 }, { seen: 'х', meant: 'h', cost: 0.2 }, { seen: 'у', meant: 'y', cost: 0.1 },
  { seen: 'у', meant: 'u', cost: 0.2 }, { seen: 'к', meant: 'k', cost: 0.1 }, { seen: 'м', meant: 'm', cost: 0.1 },
  { seen: 'т', meant: 't', cost: 0.1 }, { seen: 'в', meant: 'v', cost: 0.2 }, { seen: 'н', meant: 'n', cost: 0.2 },
  { seen: 'п', meant: 'p', cost: 0.2 }, { seen: 'п', meant: 'n', cost: 0.3 }, { seen: 'и', meant: 'i', cost: 0.2 },
  { seen: 'д', meant: 'd', cost: 0.2 }, { seen: 'л', meant: 'l', cost: 0.2 }, { seen: 'г', meant: 'g', cost: 0.2 },
  { seen: 'з', meant: 'z', cost: 0.2 }, { seen: 'б', meant: 'b', cost: 0.2 },
];

/** Characters that stand for a glyph the OCR could not read; they match anything cheaply. */
export const WILDCARDS = new Set(['■', '»', '«', '?', '\uFFFD', '□']);
const WILDCARD_COST = 0.3;

const bySeen = new Map<string, Confusion[]>();
for (const c of OCR_CONFUSIONS) {
  const list = bySeen.get(c.seen[0]!) ?? [];
  list.push(c);
  bySeen.set(c.seen[0]!, list);
}

/** The cheapest confusion that consumes more than one character of `seen` (a row skip). */
const MIN_JUMP = Math.min(...OCR_CONFUSIONS.filter((c) => c.seen.length > 1).map((c) => c.cost));

/**
 * For each ASCII character, the built-in confusions that read it (`bySeenChar`: it is in
 * their `seen`) or write it (`byMeantChar`: it is in their `meant`), each with its cost per
 * character of that side.
 */
const bySeenChar: Array<Array<{ c: Confusion; share: number }>> = Array.from({ length: 128 }, () => []);
const byMeantChar: Array<Array<{ c: Confusion; share: number }>> = Array.from({ length: 128 }, () => []);
for (const c of OCR_CONFUSIONS) {
  for (const ch of new Set(c.seen)) if (ch.charCodeAt(0) < 128) bySeenChar[ch.charCodeAt(0)]!.push({ c, share: c.cost / c.seen.length });
  for (const ch of new Set(c.meant)) if (ch.charCodeAt(0) < 128) byMeantChar[ch.charCodeAt(0)]!.push({ c, share: c.cost / c.meant.length });
}
const seenCounts = new Int32Array(128);
const meantCounts = new Int32Array(128);
/** The least a unit of length difference between `seen` and `meant` costs: an insertion or deletion, or a confusion that reads one letter as two (or two as one). */
const MIN_LENGTH_STEP = Math.min(1, ...OCR_CONFUSIONS.filter((c) => c.seen.length !== c.meant.length).map((c) => c.cost / Math.abs(c.seen.length - c.meant.length)));

/**
 * A lower bound of the distance from the letters alone (built-in confusions). A letter of
 * `seen` beyond the count of the same letter in `meant` cannot be matched for free: it is
 * deleted or substituted (1), or read by a confusion that can apply here (its `seen` is in
 * `seen` and its `meant` in `meant`: its cost shared by the letters it reads), or it is a
 * wildcard (0.3). The same holds for surplus letters of `meant`, written by an insertion,
 * a substitution, a wildcard or a confusion. One edit can serve a surplus on both sides,
 * so the bound is the larger of the two sums, not their total. Only ASCII letters count
 * (others add nothing, which keeps the bound valid).
 */
function letterBound(seen: string, meant: string): number {
  seenCounts.fill(0);
  meantCounts.fill(0);
  for (let i = 0; i < seen.length; i++) {
    const c = seen.charCodeAt(i);
    if (c < 128) seenCounts[c]!++;
  }
  for (let i = 0; i < meant.length; i++) {
    const c = meant.charCodeAt(i);
    if (c < 128) meantCounts[c]!++;
  }
  let wild = false;
  for (const ch of WILDCARDS) if (seen.includes(ch)) wild = true;
  let fromSeen = 0;
  let fromMeant = 0;
  for (let c = 0; c < 128; c++) {
    const surplus = seenCounts[c]! - meantCounts[c]!;
    if (surplus === 0) continue;
    const side = surplus > 0 ? bySeenChar[c]! : byMeantChar[c]!;
    let least = surplus < 0 && wild ? WILDCARD_COST : 1;
    if (surplus > 0 && WILDCARDS.has(String.fromCharCode(c))) least = Math.min(least, WILDCARD_COST);
    for (const { c: conf, share } of side) if (share < least && seen.includes(conf.seen) && meant.includes(conf.meant)) least = share;
    if (surplus > 0) fromSeen += surplus * least;
    else fromMeant -= surplus * least;
  }
  return Math.max(fromSeen, fromMeant);
}

/** The table {@link ocrDistance} fills, reused between calls (grown when needed). */
let table = new Float64Array(1024);

/**
 * Weighted edit distance from `seen` (damaged) to `meant` (candidate). Insertions and
 * deletions cost 1, plain substitutions 1, confusions their table cost, a wildcard
 * glyph in `seen` 0.3 against any one letter. One flat table reused between calls; the
 * confusions that fit `seen` at a position are found once per row, not per cell. With a
 * `limit` (built-in confusions only), the answer is `Infinity` as soon as no alignment can
 * stay within it (lower bounds from the lengths and the surplus letters of either side,
 * then row by row: every path goes through the next row, or skips it by a two-letter
 * confusion from this one); below the limit it is exact.
 */
export function ocrDistance(seen: string, meant: string, confusions: ReadonlyMap<string, readonly Confusion[]> = bySeen, limit = Infinity): number {
  if (seen === meant) return 0;
  const n = seen.length;
  const m = meant.length;
  if (limit !== Infinity && confusions === bySeen) {
    // Cheap lower bounds first: each unit of length difference costs at least the cheapest
    // length-changing confusion; surplus letters cost what the cheapest edit that can
    // serve them costs.
    if (Math.abs(n - m) * MIN_LENGTH_STEP > limit || letterBound(seen, meant) > limit + 1e-9) return Infinity;
  }
  const w = m + 1;
  const size = (n + 1) * w;
  if (table.length < size) table = new Float64Array(size * 2);
  // dp[i * w + j]: cost of seen[0,i) → meant[0,j)
  const dp = table;
  dp.fill(Infinity, 0, size);
  dp[0] = 0;
  for (let i = 0; i <= n; i++) {
    const row = i * w;
    let a = -1;
    let wild = false;
    let fitting: Confusion[] | null = null;
    if (i < n) {
      const ch = seen[i]!;
      a = seen.charCodeAt(i);
      wild = WILDCARDS.has(ch);
      for (const c of confusions.get(ch) ?? []) if (seen.startsWith(c.seen, i)) (fitting ??= []).push(c);
    }
    let rowMin = Infinity;
    for (let j = 0; j <= m; j++) {
      const here = dp[row + j]!;
      if (here === Infinity) continue;
      if (here < rowMin) rowMin = here;
      if (i < n && here + 1 < dp[row + w + j]!) dp[row + w + j] = here + 1; // delete seen[i]
      if (j < m && here + 1 < dp[row + j + 1]!) dp[row + j + 1] = here + 1; // insert meant[j]
      if (i < n && j < m) {
        const sub = a === meant.charCodeAt(j) ? 0 : wild ? WILDCARD_COST : 1;
        if (here + sub < dp[row + w + j + 1]!) dp[row + w + j + 1] = here + sub;
      }
      if (fitting !== null) {
        for (const c of fitting) {
          if (!meant.startsWith(c.meant, j)) continue;
          const at = (i + c.seen.length) * w + j + c.meant.length;
          if (here + c.cost < dp[at]!) dp[at] = here + c.cost;
        }
      }
    }
    if (limit !== Infinity && i < n && confusions === bySeen) {
      // the cheapest way on: into the next row, or over it by a two-letter confusion (the
      // built-in table's longest; a caller's table may skip more rows: no early answer)
      let bound = rowMin + MIN_JUMP;
      for (let j = 0; j <= m; j++) if (dp[row + w + j]! < bound) bound = dp[row + w + j]!;
      if (bound > limit) return Infinity;
    }
  }
  return dp[n * w + m]!;
}

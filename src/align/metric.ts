/**
 * Strict and lax precision/recall/F1 of bead alignments, as in Vecalign's `score.py`
 * (Sennrich & Volk 2011): strict = a predicted bead counts only if it equals a gold bead;
 * lax = it overlaps a gold bead on both sides. Precision is over predicted beads (1-0 and
 * 0-1 included), recall over gold beads non-empty on both sides. Counts are summed over
 * documents (micro average).
 *
 * @packageDocumentation
 */

/** A bead as two lists of unit indices. */
export type BeadPair = readonly [readonly number[], readonly number[]];

/** Strict and lax scores. */
export interface AlignmentScore {
  /** Strict precision. */
  precisionStrict: number;
  /** Strict recall. */
  recallStrict: number;
  /** Strict F1. */
  f1Strict: number;
  /** Lax precision. */
  precisionLax: number;
  /** Lax recall. */
  recallLax: number;
  /** Lax F1. */
  f1Lax: number;
}

const keyOf = (b: BeadPair): string => `${b[0].join(',')}:${b[1].join(',')}`;

/** [tpStrict, fpStrict, tpLax, fpLax] of `test` against `gold`. */
function precisionCounts(gold: readonly BeadPair[], test: readonly BeadPair[]): [number, number, number, number] {
  const goldSet = new Set(gold.filter((b) => b[0].length || b[1].length).map(keyOf));
  const srcToTgt = new Map<number, Set<number>>();
  for (const [gs, gt] of gold) {
    for (const s of gs) {
      let set = srcToTgt.get(s);
      if (!set) srcToTgt.set(s, (set = new Set()));
      for (const t of gt) set.add(t);
    }
  }
  let tps = 0;
  let fps = 0;
  let tpl = 0;
  let fpl = 0;
  const seen = new Set<string>();
  for (const b of test) {
    if (b[0].length === 0 && b[1].length === 0) continue;
    const k = keyOf(b);
    if (seen.has(k)) continue;
    seen.add(k);
    if (goldSet.has(k)) {
      tps++;
      tpl++;
      continue;
    }
    fps++;
    const targets = new Set<number>();
    for (const s of b[0]) for (const t of srcToTgt.get(s) ?? []) targets.add(t);
    if (b[1].some((t) => targets.has(t))) tpl++;
    else fpl++;
  }
  return [tps, fps, tpl, fpl];
}

/** Accumulator for scoring many documents. */
export class AlignmentScorer {
  private p = [0, 0, 0, 0];
  private r = [0, 0, 0, 0];

  /** Add one document's gold and predicted beads. */
  add(gold: readonly BeadPair[], test: readonly BeadPair[]): void {
    const pc = precisionCounts(gold, test);
    const both = (b: BeadPair): boolean => b[0].length > 0 && b[1].length > 0;
    const rc = precisionCounts(test.filter(both), gold.filter(both));
    for (let i = 0; i < 4; i++) {
      this.p[i] = this.p[i]! + pc[i]!;
      this.r[i] = this.r[i]! + rc[i]!;
    }
  }

  /** Scores so far. */
  score(): AlignmentScore {
    const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);
    const f = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
    const ps = div(this.p[0]!, this.p[0]! + this.p[1]!);
    const pl = div(this.p[2]!, this.p[2]! + this.p[3]!);
    const rs = div(this.r[0]!, this.r[0]! + this.r[1]!);
    const rl = div(this.r[2]!, this.r[2]! + this.r[3]!);
    return { precisionStrict: ps, recallStrict: rs, f1Strict: f(ps, rs), precisionLax: pl, recallLax: rl, f1Lax: f(pl, rl) };
  }
}

/** Score one document (or use {@link AlignmentScorer} for many). */
export function scoreAlignment(gold: readonly BeadPair[], test: readonly BeadPair[]): AlignmentScore {
  const s = new AlignmentScorer();
  s.add(gold, test);
  return s.score();
}

/** Parse a gold/test file in Vecalign's format: one `[0, 1]:[2]` bead a line. */
export function parseBeadFile(text: string): BeadPair[] {
  const out: BeadPair[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]/.exec(line);
    if (!m) continue;
    const nums = (s: string): number[] => s.split(',').map((x) => x.trim()).filter((x) => x !== '').map(Number);
    out.push([nums(m[1]!), nums(m[2]!)]);
  }
  return out;
}

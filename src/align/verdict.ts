/**
 * Parallel-or-not verdict from an alignment: a translation pair aligns with plausible
 * lengths, little left unaligned, and its shared anchors fall inside beads; comparable
 * documents share anchors at document level but not bead by bead.
 *
 * @packageDocumentation
 */
import type { Anchor } from './anchors.js';
import type { Bead, ParallelVerdict } from './types.js';

const STRONG = new Set(['number', 'date', 'url', 'name', 'lexicon', 'footnote']);

/** Judge whether an alignment looks like a translation pair. */
export function parallelVerdict(beads: readonly Bead[], srcAnchors: Anchor[][], tgtAnchors: Anchor[][], ratio: number): ParallelVerdict {
  let chars = 0;
  let unaligned = 0;
  let fit = 0;
  for (const b of beads) {
    const c = b.evidence.sourceChars + b.evidence.targetChars;
    chars += c;
    if (b.source.length === 0 || b.target.length === 0) unaligned += c;
    else fit += c * b.evidence.lengthProbability;
  }
  const alignedShare = chars > 0 ? 1 - unaligned / chars : 0;
  const lengthFit = chars > 0 ? fit / chars : 0;
  // strong anchor keys shared at document level, and how many are matched inside beads
  const keysOf = (lists: Anchor[][]): Set<string> => new Set(lists.flatMap((l) => l.filter((a) => STRONG.has(a.kind)).map((a) => a.key)));
  const sk = keysOf(srcAnchors);
  const tk = keysOf(tgtAnchors);
  let sharedDoc = 0;
  for (const k of sk) if (tk.has(k)) sharedDoc++;
  const inBeads = new Set<string>();
  for (const b of beads) for (const a of b.evidence.anchors) if (STRONG.has(a.kind)) inBeads.add(a.key);
  const anchorRecall = sharedDoc > 0 ? inBeads.size / sharedDoc : 0;
  const lengthPlausible = ratio > 0.4 && ratio < 2.5 ? 1 : 0;
  const reasons: string[] = [
    `length ratio ${ratio.toFixed(2)}${lengthPlausible ? '' : ' (implausible for a translation)'}`,
    `${Math.round(alignedShare * 100)}% of text in non-empty beads`,
    `mean length fit ${lengthFit.toFixed(2)}`,
    `${inBeads.size} of ${sharedDoc} shared anchors matched inside beads`,
  ];
  const anchorTerm = sharedDoc >= 3 ? anchorRecall : 0.5;
  const score = Math.max(0, Math.min(1, lengthPlausible * (0.35 * lengthFit + 0.35 * alignedShare + 0.3 * anchorTerm)));
  const verdict: ParallelVerdict['verdict'] = score >= 0.5 ? 'parallel' : sharedDoc >= 3 ? 'comparable' : 'unrelated';
  return { score: Math.round(score * 1000) / 1000, verdict, reasons };
}

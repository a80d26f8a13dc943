/**
 * Align two documents: split into units (lines, sentences or paragraphs, with offsets into
 * the original inputs), align paragraphs first and then sentences inside paragraph beads,
 * and judge whether the two are translations of each other.
 *
 * @packageDocumentation
 */
import { segment } from '../segment/segment.js';
import { detectLanguage } from '../langid/detect.js';
import { alignUnits } from './align-units.js';
import type { AlignUnitsOptions, Bead, EmbedFunction, ParallelVerdict } from './types.js';

/** Unit granularity. */
export type AlignUnitKind = 'lines' | 'sentences' | 'paragraphs';

/** One unit with its span in the original input (UTF-16, end-exclusive). */
export interface AlignedUnit {
  /** Unit text (as in the input). */
  text: string;
  /** Start offset in the original input. */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

/** One side of a text alignment. */
export interface AlignSide {
  /** Detected (or given) language. */
  lang: string;
  /** Units in order. */
  units: AlignedUnit[];
}

/** Result of {@link alignTexts}: the JSON contract of `sverka align`. */
export interface TextAlignment {
  /** Source side. */
  source: AlignSide;
  /** Target side. */
  target: AlignSide;
  /** Beads over unit indices. */
  beads: Bead[];
  /** Parallel-or-not verdict. */
  parallel: ParallelVerdict;
  /** Notes for the user (fallbacks taken, empty inputs). */
  warnings: string[];
}

/** Options for {@link alignTexts}. */
export interface AlignTextOptions extends Omit<AlignUnitsOptions, 'vectors'> {
  /** Unit granularity (default `sentences`). */
  units?: AlignUnitKind;
  /** Optional caller-supplied sentence embeddings (see {@link alignTextsWithEmbeddings}). */
  vectors?: NonNullable<AlignUnitsOptions['vectors']>;
}

/** Split into lines: every input line is one unit (a final newline does not add one). */
export function lineUnits(text: string): AlignedUnit[] {
  if (text === '') return [];
  const units: AlignedUnit[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl < 0 ? text.length : nl;
    if (nl < 0 && start === text.length) break;
    const end = lineEnd > start && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    units.push({ text: text.slice(start, end), start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return units;
}

function langOf(text: string, given: string | undefined): string {
  if (given !== undefined) return given;
  const g = detectLanguage(text.slice(0, 20_000));
  return g.lang === 'und' || g.lang === 'other' ? 'und' : g.lang;
}

interface Structured {
  paragraphs: AlignedUnit[];
  sentences: AlignedUnit[];
  /** First sentence index of each paragraph, plus the total at the end. */
  firstSentence: number[];
}

function structure(text: string, lang: string): Structured {
  const seg = segment(text, lang === 'ru' || lang === 'en' ? { lang } : {});
  const paragraphs: AlignedUnit[] = [];
  const sentences: AlignedUnit[] = [];
  const firstSentence: number[] = [];
  for (const p of seg.paragraphs) {
    firstSentence.push(sentences.length);
    paragraphs.push({ text: text.slice(p.start, p.end), start: p.start, end: p.end });
    for (const s of p.sentences) sentences.push({ text: text.slice(s.start, s.end), start: s.start, end: s.end });
  }
  firstSentence.push(sentences.length);
  return { paragraphs, sentences, firstSentence };
}

/**
 * Align a source document with its translation. With `units: 'sentences'` (default),
 * paragraphs are aligned first and sentences inside each paragraph bead; if the paragraph
 * structures do not correspond (much text left in empty paragraph beads), all sentences
 * are aligned at once instead. Offsets are into the original strings.
 */
export function alignTexts(sourceText: string, targetText: string, options: AlignTextOptions = {}): TextAlignment {
  return discountByVerdict(alignTextsUndiscounted(sourceText, targetText, options));
}

/**
 * A bead can be no more trustworthy than the claim that the two documents are
 * translations: when the verdict is not `parallel`, every bead score is multiplied by
 * the verdict's score (so a forced alignment of comparable texts shows as low
 * confidence, not as length-fit scores near 1), and a warning says so.
 */
function discountByVerdict(alignment: TextAlignment): TextAlignment {
  const { parallel } = alignment;
  if (parallel.verdict === 'parallel') return alignment;
  const factor = Math.max(0, Math.min(1, parallel.score));
  return {
    ...alignment,
    beads: alignment.beads.map((b) => ({ ...b, score: Math.round(b.score * factor * 1000) / 1000 })),
    warnings: [
      ...alignment.warnings,
      `the documents do not look like translations of each other (${parallel.verdict}, score ${parallel.score}); bead scores are scaled by that score`,
    ],
  };
}

function alignTextsUndiscounted(sourceText: string, targetText: string, options: AlignTextOptions): TextAlignment {
  const warnings: string[] = [];
  const sourceLang = langOf(sourceText, options.sourceLang);
  const targetLang = langOf(targetText, options.targetLang);
  const unitOptions: AlignUnitsOptions = { ...options, sourceLang, targetLang };
  const kind = options.units ?? 'sentences';
  if (sourceText.trim() === '') warnings.push('source is empty');
  if (targetText.trim() === '') warnings.push('target is empty');
  if (kind === 'lines' || kind === 'paragraphs') {
    const src = kind === 'lines' ? lineUnits(sourceText) : structure(sourceText, sourceLang).paragraphs;
    const tgt = kind === 'lines' ? lineUnits(targetText) : structure(targetText, targetLang).paragraphs;
    const r = alignUnits(src.map((u) => u.text), tgt.map((u) => u.text), unitOptions);
    return { source: { lang: sourceLang, units: src }, target: { lang: targetLang, units: tgt }, beads: r.beads, parallel: r.parallel, warnings };
  }
  const s = structure(sourceText, sourceLang);
  const t = structure(targetText, targetLang);
  const direct = (): TextAlignment => {
    const r = alignUnits(s.sentences.map((u) => u.text), t.sentences.map((u) => u.text), unitOptions);
    return { source: { lang: sourceLang, units: s.sentences }, target: { lang: targetLang, units: t.sentences }, beads: r.beads, parallel: r.parallel, warnings };
  };
  if (s.paragraphs.length < 2 || t.paragraphs.length < 2 || options.vectors !== undefined) return direct();
  const para = alignUnits(s.paragraphs.map((u) => u.text), t.paragraphs.map((u) => u.text), { ...unitOptions, realign: false });
  let emptyChars = 0;
  let allChars = 0;
  for (const b of para.beads) {
    const c = b.evidence.sourceChars + b.evidence.targetChars;
    allChars += c;
    if (b.source.length === 0 || b.target.length === 0) emptyChars += c;
  }
  if (allChars === 0 || emptyChars / allChars > 0.1 || para.parallel.verdict !== 'parallel') {
    if (para.parallel.verdict === 'parallel') warnings.push('paragraphs do not correspond; aligned sentences directly');
    return direct();
  }
  const beads: Bead[] = [];
  for (const pb of para.beads) {
    const s0 = pb.source.length ? s.firstSentence[pb.source[0]!]! : 0;
    const s1 = pb.source.length ? s.firstSentence[pb.source[pb.source.length - 1]! + 1]! : 0;
    const t0 = pb.target.length ? t.firstSentence[pb.target[0]!]! : 0;
    const t1 = pb.target.length ? t.firstSentence[pb.target[pb.target.length - 1]! + 1]! : 0;
    const srcTexts = s.sentences.slice(s0, s1).map((u) => u.text);
    const tgtTexts = t.sentences.slice(t0, t1).map((u) => u.text);
    if (srcTexts.length === 0 || tgtTexts.length === 0) {
      for (let i = s0; i < s1; i++) beads.push({ ...pb, source: [i], target: [] });
      for (let j = t0; j < t1; j++) beads.push({ ...pb, source: [], target: [j] });
      continue;
    }
    const inner = alignUnits(srcTexts, tgtTexts, { ...unitOptions, ratio: para.ratio, realign: false });
    for (const b of inner.beads) beads.push({ ...b, source: b.source.map((i) => i + s0), target: b.target.map((j) => j + t0) });
  }
  return { source: { lang: sourceLang, units: s.sentences }, target: { lang: targetLang, units: t.sentences }, beads, parallel: para.parallel, warnings };
}

/**
 * As {@link alignTexts}, with a caller-supplied sentence-embedding function whose cosine
 * similarities are added to the anchors (nothing is downloaded; the caller owns the model).
 * Units are aligned directly (no paragraph pass), with the requested granularity.
 */
export async function alignTextsWithEmbeddings(
  sourceText: string,
  targetText: string,
  embed: EmbedFunction,
  options: AlignTextOptions = {},
): Promise<TextAlignment> {
  return discountByVerdict(await alignWithEmbeddingsUndiscounted(sourceText, targetText, embed, options));
}

async function alignWithEmbeddingsUndiscounted(
  sourceText: string,
  targetText: string,
  embed: EmbedFunction,
  options: AlignTextOptions,
): Promise<TextAlignment> {
  const kind = options.units ?? 'sentences';
  const sourceLang = langOf(sourceText, options.sourceLang);
  const targetLang = langOf(targetText, options.targetLang);
  const pick = (text: string, lang: string): AlignedUnit[] => {
    if (kind === 'lines') return lineUnits(text);
    const st = structure(text, lang);
    return kind === 'paragraphs' ? st.paragraphs : st.sentences;
  };
  const src = pick(sourceText, sourceLang);
  const tgt = pick(targetText, targetLang);
  const [sv, tv] = await Promise.all([embed(src.map((u) => u.text)), embed(tgt.map((u) => u.text))]);
  const warnings: string[] = [];
  if (sv.length !== src.length || tv.length !== tgt.length) {
    warnings.push('embed() returned the wrong number of vectors; ignored');
    const { vectors: _ignored, ...rest } = options;
    const r = alignUnits(src.map((u) => u.text), tgt.map((u) => u.text), { ...rest, sourceLang, targetLang });
    return { source: { lang: sourceLang, units: src }, target: { lang: targetLang, units: tgt }, beads: r.beads, parallel: r.parallel, warnings };
  }
  const r = alignUnits(src.map((u) => u.text), tgt.map((u) => u.text), { ...options, sourceLang, targetLang, vectors: { source: sv, target: tv } });
  return { source: { lang: sourceLang, units: src }, target: { lang: targetLang, units: tgt }, beads: r.beads, parallel: r.parallel, warnings };
}

import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { isDoubleSpaced } from '../../segment/paragraphs.js';
import { isDictionaryWord } from './lexicon.js';
import { endsSentence, isBlank, splitLines, type Line } from './lines.js';
import { NUMBER_LINE } from './page-number.js';

const NO_HEADING_END = /[,;:\-–—(«„“"]$|(?:^|\s)(?:и|в|во|на|с|со|к|по|о|об|от|до|за|из|у|а|но|не|для|при|что|как|the|of|and|in|to)$/iu;
const STARTS_LOWER = /^\s*[\p{Ll}]/u;
const BLOCK_LINE = /^\s{0,3}(?:#{1,6}\s|[-*+•]\s|\[\^[^\]]+\]:|```|\|)/u;

const SOFT_HYPHEN = '\u0000';
const SPACE_RUN = /[ \t\u00a0]{2}/;

function percentile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = Float64Array.from(xs).sort(); // a typed array sorts numbers without a comparator call
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/**
 * Rebuild paragraphs from hard-wrapped lines (A1–A3). Acts only on hard-wrapped text
 * (at least half the lines filled to near the wrap width, itself at most 160 characters);
 * text whose lines are already paragraphs, and lists or site chrome, are left alone, which
 * also keeps the rule idempotent. Between two lines the gap (trailing and
 * leading spaces, blank lines of double spacing) becomes:
 * - a paragraph break (`\n\n`) after a line that ends a sentence and is the last of its
 *   paragraph (short, or without the trailing space a wrapping exporter leaves on wrapped
 *   lines) when the next line starts a new sentence; after a heading (a short line with no
 *   final punctuation before a capital); around Markdown blocks;
 * - nothing after a line-end hyphen (a compound or a URL keeps its hyphen; a soft hyphen
 *   goes when only the joined word is a dictionary word);
 * - one space otherwise. In single-spaced text a blank line stays a paragraph break.
 */
export const ocrJoinLines: CleaningRule = {
  id: 'ocr-join-lines',
  description: 'join hard-wrapped lines into paragraphs',
  apply(text) {
    const lines = splitLines(text);
    const content = lines.filter((l) => !isBlank(l));
    if (content.length < 4) return [];
    const lengths = content.map((l) => measuredLength(l.text));
    const width = percentile(lengths, 0.8);
    if (width > 160) return []; // lines are paragraphs already
    // Hard-wrapped text fills most lines to near the wrap width; site chrome and lists do not.
    const full = lengths.filter((n) => n >= width * 0.7).length;
    if (width < 30 || full < content.length * 0.5) return [];
    const doubleSpaced = isDoubleSpaced(text, lines) || blankAfterMostLines(content);
    const nl = text.includes('\r\n') ? '\r\n' : '\n'; // keep the document's line ends
    // Does this exporter leave a trailing space on wrapped lines?
    let wrapped = 0;
    let wrappedWithSpace = 0;
    for (let k = 0; k + 1 < content.length; k++) {
      if (STARTS_LOWER.test(content[k + 1]!.text)) {
        wrapped++;
        if (/[ \t]$/.test(content[k]!.text)) wrappedWithSpace++;
      }
    }
    const spaceSignal = wrapped >= 5 && wrappedWithSpace >= wrapped * 0.6;
    const edits: Edit[] = [];
    // Leading blank lines and indentation of the first line.
    const first = content[0]!;
    const firstIndent = first.start + (first.text.length - first.text.trimStart().length);
    if (firstIndent > 0) edits.push({ start: 0, end: firstIndent, after: '' });
    for (let k = 0; k + 1 < content.length; k++) {
      const a = content[k]!;
      const b = content[k + 1]!;
      const aText = a.text.trimEnd();
      const bText = b.text.trimStart();
      const gapStart = a.start + aText.length;
      const gapEnd = b.start + (b.text.length - bText.length);
      const blankBetween = b.start > a.next;
      const after = joinGap(a, aText, bText, blankBetween, { doubleSpaced, spaceSignal, width, nl });
      if (after === SOFT_HYPHEN) edits.push({ start: gapStart - 1, end: gapEnd, after: '', reason: 'soft hyphen at a line end removed' });
      else if (text.slice(gapStart, gapEnd) !== after) edits.push({ start: gapStart, end: gapEnd, after });
    }
    return edits;
  },
};

/**
 * A line's length for judging wrap width: trimmed, with each run of spaces counted once, so
 * that typography after this rule (` -  ` → ` — `, double spaces) does not change the
 * judgement a second pass would make.
 */
function measuredLength(line: string): number {
  const t = line.trim();
  if (!SPACE_RUN.test(t)) return t.length;
  let n = 0;
  let prevSpace = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0;
    if (!(space && prevSpace)) n++;
    prevSpace = space;
  }
  return n;
}

/**
 * Short texts: a blank line after most lines, most of them wrapped mid-sentence (no final
 * stop, and the next line goes on in lowercase: a heading or a short title line lacks a
 * stop too, but what follows it starts with a capital, so this text's own cleaned output,
 * paragraphs separated by blank lines, is not taken for double spacing on a second pass).
 */
function blankAfterMostLines(content: readonly Line[]): boolean {
  let gaps = 0;
  let blank = 0;
  let mid = 0;
  for (let k = 0; k + 1 < content.length; k++) {
    gaps++;
    if (content[k + 1]!.start > content[k]!.next) {
      blank++;
      if (!endsSentence(content[k]!.text) && /^\s*[\p{Ll}\d]/u.test(content[k + 1]!.text)) mid++;
    }
  }
  return gaps >= 3 && blank >= gaps * 0.7 && mid >= blank * 0.4;
}

function joinGap(
  a: Line,
  aText: string,
  bText: string,
  blankBetween: boolean,
  doc: { doubleSpaced: boolean; spaceSignal: boolean; width: number; nl: string },
): string {
  const para = doc.nl + doc.nl;
  if (BLOCK_LINE.test(aText) || BLOCK_LINE.test(bText)) return blankBetween ? para : doc.nl;
  // A number line the page-number rule kept (it has text next to it) is text: set apart as
  // a paragraph of its own it would read as a page number to a second pass.
  if ((NUMBER_LINE.test(aText) || NUMBER_LINE.test(bText)) && !(blankBetween && !doc.doubleSpaced)) return ' ';
  const bLower = STARTS_LOWER.test(bText);
  // In single-spaced text a blank line is a paragraph break, unless the sentence reads on
  // across it (no final stop, the next line goes on in lowercase: a page break's gap). Kept
  // as a break it would make this rule's own output look double-spaced to a second pass.
  // (A URL after the blank line is no sentence reading on: it may belong to a note block.)
  if (blankBetween && !doc.doubleSpaced && (endsSentence(aText) || !bLower || /[:;]$/.test(aText) || /^(?:https?:|www\.)/i.test(bText))) return para;
  if (!bLower) {
    const short = aText.length < doc.width * 0.85;
    if (endsSentence(aText)) {
      const last = doc.spaceSignal ? !/[ \t]$/.test(a.text) : short;
      if (last) return para;
    } else if (aText.length < doc.width * 0.7 && /^\p{Lu}/u.test(bText) && /\p{L}/u.test(aText) && !NO_HEADING_END.test(aText) && !/\p{Ll}-$/u.test(aText)) {
      // a heading (it has letters: a number alone the page-number rule kept is text, and
      // set apart as a paragraph it would read as a page number to a second pass)
      return para;
    }
  }
  if (!aText.endsWith('-')) return ' ';
  if (/\s[-–—]$/.test(aText)) return ' '; // a spaced dash, not a hyphen
  const tailWord = aText.slice(aText.lastIndexOf(' ') + 1);
  let h = tailWord.length - 1; // the letters before the final hyphen
  while (h > 0 && /\p{L}/u.test(tailWord[h - 1]!)) h--;
  const hyphen = h < tailWord.length - 1;
  if (hyphen && !/^(?:https?:|www\.)/.test(tailWord)) {
    const head = tailWord.slice(h, tailWord.length - 1);
    const tail = /^\p{L}+/u.exec(bText)?.[0] ?? '';
    // A soft hyphen: only the joined word is a word; keep the hyphen otherwise.
    if (tail && isDictionaryWord((head + tail).toLowerCase()) === true && isDictionaryWord(`${head}-${tail}`.toLowerCase()) !== true) {
      return SOFT_HYPHEN;
    }
    return '';
  }
  return ''; // a URL wrapped at a hyphen
}

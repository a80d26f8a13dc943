import type { Span } from '../model/span.js';
import { isBlank, splitLines, type Line } from '../text/lines.js';

/** What kind of block a paragraph is. */
export type ParagraphKind = 'paragraph' | 'heading' | 'list-item' | 'note';

/** A paragraph span (relative to the segmented text) with its kind. */
export interface ParagraphSpan extends Span {
  /** Block kind. */
  kind: ParagraphKind;
}

const HEADING = /^\s{0,3}#{1,6}\s/;
const LIST_ITEM = /^\s{0,6}(?:[-*+•–]\s|\d{1,3}[.)]\s)/;
const NOTE_LINE = /^\s{0,3}(?:<sup>\d{1,4}<\/sup>|\[\^\d{1,4}\]:)/;
const SENTENCE_END = /[.!?…:;»"”)]\s*$/;


function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/**
 * Is this text double-spaced (a blank line after nearly every line, as OCR and PDF
 * exports give)? Then a single blank line is only a line break.
 *
 * @param lines the text's lines, when the caller has split it already.
 */
export function isDoubleSpaced(text: string, lines?: readonly Line[]): boolean {
  const ls = lines ?? splitLines(text);
  let content = 0;
  let singleGaps = 0;
  let wrapped = 0;
  for (let i = 0; i < ls.length; i++) {
    if (isBlank(ls[i]!)) continue;
    content++;
    if (i + 2 < ls.length && isBlank(ls[i + 1]!) && !isBlank(ls[i + 2]!)) {
      singleGaps++;
      // A line that stops mid-sentence and goes on in lowercase after the gap is a
      // wrapped line, not a paragraph (headings also lack a final stop, but the
      // paragraph after them starts with a capital).
      if (!SENTENCE_END.test(ls[i]!.text) && /^\s*[\p{Ll}\d]/u.test(ls[i + 2]!.text)) wrapped++;
    }
  }
  return content >= 8 && singleGaps >= content * 0.5 && wrapped >= singleGaps * 0.3;
}

/**
 * Split text into paragraphs: blank lines separate blocks; Markdown headings, list
 * items and footnote lines are blocks of their own; in hard-wrapped text (each line a
 * piece of a paragraph, possibly double-spaced) a short line that ends a sentence
 * closes its paragraph. Spans are relative to `text` and trimmed.
 */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const ls = splitLines(text);
  const doubleSpaced = isDoubleSpaced(text);
  const typical = median(ls.filter((l) => !isBlank(l)).map((l) => l.text.trimEnd().length));
  const out: ParagraphSpan[] = [];
  let cur: { start: number; end: number; kind: ParagraphKind; lines: number } | null = null;
  let blankRun = 0;
  const close = () => {
    if (cur) out.push(trim(text, { start: cur.start, end: cur.end, kind: cur.kind }));
    cur = null;
  };
  for (const l of ls) {
    if (isBlank(l)) {
      blankRun++;
      if (!doubleSpaced || blankRun >= 2) close();
      continue;
    }
    blankRun = 0;
    const kind: ParagraphKind = HEADING.test(l.text)
      ? 'heading'
      : NOTE_LINE.test(l.text)
        ? 'note'
        : LIST_ITEM.test(l.text)
          ? 'list-item'
          : 'paragraph';
    if (kind !== 'paragraph' || (cur !== null && (cur as { kind: ParagraphKind }).kind !== 'paragraph')) close();
    if (cur === null) cur = { start: l.start, end: l.end, kind, lines: 1 };
    else {
      cur.end = l.end;
      cur.lines++;
    }
    if (kind === 'heading') close();
    else if (kind === 'paragraph' && typical >= 40 && l.text.trimEnd().length < typical * 0.7 && SENTENCE_END.test(l.text)) {
      // Hard-wrapped text: a short line that ends a sentence is a paragraph's last line.
      const wrapped = doubleSpaced || cur.lines > 1;
      if (wrapped) close();
    }
  }
  close();
  return out.filter((p) => p.end > p.start);
}

function trim(text: string, p: ParagraphSpan): ParagraphSpan {
  let { start, end } = p;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, kind: p.kind };
}

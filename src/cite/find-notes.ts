import { SpanIndex } from './spans.js';
import { splitLines, type Line } from '../text/lines.js';

/**
 * A small, self-contained footnote finder used when the cleaner gives no notes (or
 * when `cite` is run on raw text): numbered note blocks in OCR'd books (`82 Title …
 * [Электронный ресурс]. - 2024. - URL: …`) and Markdown `<sup>N</sup>` notes, plus the
 * in-text markers (`»84.`, `<sup>5</sup>`). All offsets are into the given text.
 */

/** A note found in raw text. */
export interface RawNote {
  /** Note number as printed. */
  id: string;
  /** Start of the block (number included). */
  start: number;
  /** End of the block (exclusive, line break excluded). */
  end: number;
  /** Where the note text starts (after the number). */
  textStart: number;
}

/** A marker found in raw text. */
export interface RawMarker {
  /** The note number it refers to. */
  id: string;
  /** Start of the printed marker. */
  start: number;
  /** End (exclusive). */
  end: number;
}

const REF_HINT = /\[\s*(?:Электрон|Electron)|URL\s*:|https?\s*:|\s\/\/?\s|^[A-ZА-ЯЁ][\p{Ll}-]+,\s*[A-ZА-ЯЁ][\p{Ll}]?\./u;
const SUP = /<sup>\s*(\d{1,4})\s*<\/sup>/g;

/** Find notes and markers in raw text (OCR numbered blocks or Markdown `<sup>` notes). */
export function findNotes(text: string): { notes: RawNote[]; markers: RawMarker[] } {
  const ls = splitLines(text);
  const md = findMarkdownNotes(text, ls);
  if (md.notes.length > 0) return md;
  const sup = findSupNotes(text, ls);
  if (sup.notes.length > 0) return sup;
  return findNumberedNotes(text, ls);
}

const MD_DEF = /^\[\^([^\]\s]{1,20})\]:[ \t]*/;
const MD_REF = /\[\^([^\]\s]{1,20})\](?!:)/g;

/** Markdown footnotes: `[^12]: text` definitions (continued by indented lines) and `[^12]` references. */
function findMarkdownNotes(text: string, ls: Line[]): { notes: RawNote[]; markers: RawMarker[] } {
  const notes: RawNote[] = [];
  for (let i = 0; i < ls.length; i++) {
    const m = MD_DEF.exec(ls[i]!.text);
    if (!m) continue;
    let j = i;
    while (j + 1 < ls.length && /^(?: {2,}|\t)\S/.test(ls[j + 1]!.text)) j++;
    notes.push({ id: m[1]!, start: ls[i]!.start, end: trimEnd(text, ls[i]!.start, ls[j]!.end), textStart: ls[i]!.start + m[0].length });
    i = j;
  }
  const markers: RawMarker[] = [];
  if (notes.length === 0) return { notes, markers };
  const inNote = new SpanIndex(notes.map((n) => ({ start: n.start, end: n.textStart })));
  MD_REF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MD_REF.exec(text)) !== null) {
    if (!inNote.contains(m.index)) markers.push({ id: m[1]!, start: m.index, end: m.index + m[0].length });
  }
  return { notes, markers };
}

function findSupNotes(text: string, ls: Line[]): { notes: RawNote[]; markers: RawMarker[] } {
  const notes: RawNote[] = [];
  const inNote: Array<[number, number]> = [];
  for (let i = 0; i < ls.length; i++) {
    const m = /^<sup>\s*(\d{1,4})\s*<\/sup>\s*/.exec(ls[i]!.text);
    if (!m) continue;
    // A note is its paragraph: until a blank line.
    let j = i;
    while (j + 1 < ls.length && ls[j + 1]!.text.trim() !== '' && !/^<sup>\s*\d/.test(ls[j + 1]!.text)) j++;
    const start = ls[i]!.start;
    const end = ls[j]!.end;
    notes.push({ id: m[1]!, start, end, textStart: start + m[0].length });
    inNote.push([start, start + m[0].length]);
  }
  const markers: RawMarker[] = [];
  if (notes.length === 0) return { notes, markers };
  SUP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUP.exec(text)) !== null) {
    const at = m.index;
    if (inNote.some(([s, e]) => at >= s && at < e)) continue;
    markers.push({ id: m[1]!, start: at, end: at + m[0].length });
  }
  return { notes, markers };
}

function findNumberedNotes(text: string, ls: Line[]): { notes: RawNote[]; markers: RawMarker[] } {
  const notes: RawNote[] = [];
  let prev: number | null = null;
  for (let i = 0; i < ls.length; i++) {
    const m = /^(\d{1,3})\s+(?=\S)/.exec(ls[i]!.text);
    if (!m) continue;
    const n = Number(m[1]);
    if (prev !== null && (n <= prev || n - prev > 30)) continue;
    // Block: this line and the following lines until a blank line, an indented body line or the next note.
    let j = i;
    while (j + 1 < ls.length) {
      const next = ls[j + 1]!.text;
      if (next.trim() === '' || /^\s/.test(next)) break;
      const nm = /^(\d{1,3})\s+\S/.exec(next);
      if (nm && Number(nm[1]) === n + 1) break;
      j++;
    }
    const blockText = text.slice(ls[i]!.start, ls[j]!.end);
    if (!REF_HINT.test(blockText.slice(m[0].length))) continue;
    notes.push({ id: m[1]!, start: ls[i]!.start, end: trimEnd(text, ls[i]!.start, ls[j]!.end), textStart: ls[i]!.start + m[0].length });
    prev = n;
    i = j;
  }
  return { notes, markers: [...findGluedMarkers(text, notes), ...findSuperscriptMarkers(text, notes)].sort((a, b) => a.start - b.start) };
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Markers printed as superscript digits (`сотрудничество¹²`), outside notes, that name a note. */
function findSuperscriptMarkers(text: string, notes: readonly RawNote[]): RawMarker[] {
  const ids = new Set(notes.map((n) => n.id));
  const inNote = new SpanIndex(notes);
  const out: RawMarker[] = [];
  const re = /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const id = [...m[0]].map((ch) => String(SUPERSCRIPT.indexOf(ch))).join('');
    if (ids.has(id) && !inNote.contains(m.index)) out.push({ id, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/**
 * Markers glued to the text (`в Орше»84.`, `стран.. ,»97.`): digits right after a letter,
 * a closing quote or bracket, or a period/comma that does not follow a digit, and
 * followed by a space, punctuation or the line end. Only numbers that are note ids count.
 */
function findGluedMarkers(text: string, notes: readonly RawNote[]): RawMarker[] {
  const ids = new Set(notes.map((n) => n.id));
  const inNote = new SpanIndex(notes);
  const markers: RawMarker[] = [];
  const re = /\d{1,3}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    const end = at + m[0].length;
    if (!ids.has(m[0])) continue;
    if (inNote.contains(at)) continue;
    const before = text[at - 1];
    const after = text[end];
    if (before === undefined || /\d/.test(before)) continue;
    if (after !== undefined && !/[\s.,;:!?)»”"]/.test(after)) continue;
    const glued = /[\p{L}»”"')\]]/u.test(before) || (/[.,]/.test(before) && !/\d/.test(text[at - 2] ?? ''));
    if (!glued) continue;
    markers.push({ id: m[0], start: at, end });
  }
  return markers;
}

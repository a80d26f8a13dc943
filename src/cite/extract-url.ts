import { stripLeading, stripTrailing } from './strip.js';

/** A URL found in a note, as printed. */
export interface FoundUrl {
  /** The printed URL with line-wrap breaks removed (inner spaces and damage kept). */
  source: string;
  /** Start of the URL in the note text. */
  start: number;
  /** End of the URL (exclusive) in the note text. */
  end: number;
  /** Start of the label (`URL:`, `Access mode:`, `Режим доступа:`) or of the URL when there is none. */
  labelStart: number;
  /** End of the whole URL construct (closing `>` or `)` included). */
  blockEnd: number;
  /** How it was delimited. */
  form: 'angle' | 'markdown' | 'bare';
}

const URL_START = /h\s?t\s?t\s?p\s?s?\s*:\s*\/\s*\/|www\./gi;
// bounded-input: applied only to the 40 characters before the URL
const LABEL_BEFORE = /(?:URL|Access mode|Mode of access|Available at|Режим доступа)\s*:\s*[<[(]?\s*$/i;
const COMPLETE_TAIL = /(?:-\d{3,7}-(?:19|20)\d\d\/?|\.html?|\/\d+\/?)$/;

/**
 * Find the URL of a note, tolerating OCR and MT damage: a space after `https:`, line
 * wraps inside the slug, spaces inside it (`kitaj -do govorilis -o-…`), stray punctuation,
 * Markdown autolinks (`<…>`) and links (`[text](target)`). Returns `null` when the note
 * has no URL. Linear in the note length.
 */
export function extractUrl(text: string): FoundUrl | null {
  URL_START.lastIndex = 0;
  const m = URL_START.exec(text);
  if (!m) return null;
  const start = m.index;
  const before = text.slice(Math.max(0, start - 40), start);
  const label = LABEL_BEFORE.exec(before);
  const labelStart = label ? start - before.length + label.index : start;
  const prev = text.slice(0, start).trimEnd().slice(-1);
  if (prev === '<') {
    const close = text.indexOf('>', start);
    const end = close < 0 ? text.length : close;
    return { source: unwrap(text.slice(start, end)).trim(), start, end, labelStart, blockEnd: close < 0 ? end : close + 1, form: 'angle' };
  }
  if (prev === '[') {
    const close = text.indexOf('](', start);
    if (close >= 0) {
      const targetEnd = text.indexOf(')', close + 2);
      const blockEnd = targetEnd < 0 ? text.length : targetEnd + 1;
      return { source: unwrap(text.slice(start, close)).trim(), start, end: close, labelStart, blockEnd, form: 'markdown' };
    }
  }
  // Bare URL: take whitespace-separated pieces while they continue the URL.
  let end = start;
  let acc = '';
  const pieces = /\S+/g;
  pieces.lastIndex = start;
  let p: RegExpExecArray | null;
  let first = true;
  while ((p = pieces.exec(text)) !== null) {
    const piece = p[0];
    if (!first) {
      const soFar = stripTrailing(acc, ',;.');
      const joins = /[-/_=]$/.test(soFar) || piece.startsWith('-') || piece.startsWith('/');
      const lastSeg = soFar.slice(soFar.lastIndexOf('/') + 1);
      const inSlug = soFar.includes('/') && lastSeg.includes('-'); // last path segment is a slug being built
      const continues = inSlug && !COMPLETE_TAIL.test(soFar) && isUrlish(piece);
      if (!(joins && isUrlish(piece)) && !continues) break;
    }
    // In the first piece, `https:` may be followed by a space before `//`.
    acc += piece;
    end = p.index + piece.length;
    first = false;
    if (/^h\s?t\s?t\s?p\s?s?\s*:$/i.test(acc)) continue;
  }
  let source = unwrap(text.slice(start, end));
  const trimmed = stripTrailing(source, '.,;:');
  end -= source.length - trimmed.length;
  source = trimmed;
  return { source, start, end, labelStart, blockEnd: end, form: 'bare' };
}

/** Line breaks inside a URL are layout, not content. */
function unwrap(s: string): string {
  const parts = s.split('\n');
  return parts.map((l, i) => {
    let x = i > 0 ? stripLeading(l, ' \t') : l;
    if (i < parts.length - 1) x = stripTrailing(x, ' \t\r');
    return x;
  }).join('');
}

/** A piece that can continue a URL: mostly lowercase Latin/digits/URL punctuation, no sentence word. */
function isUrlish(piece: string): boolean {
  if (/^(?:URL|Access|Дата|дата|Режим|\(дата)/.test(piece)) return false;
  let latin = 0;
  let cyr = 0;
  let upper = 0;
  for (const ch of piece) {
    if (/[a-z0-9]/.test(ch)) latin++;
    else if (/[A-Z]/.test(ch)) upper++;
    else if (/[\u0400-\u04FF]/.test(ch)) cyr++;
  }
  if (upper > 0 && upper >= latin) return false;
  return latin > 0 ? latin >= cyr * 2 : /^[-/_,.■»]+$/.test(piece);
}

import { CODECS, type SingleByteCodec } from './codecs.js';
import { decodeUtf8Strict } from './utf8.js';
import { weirdness } from './weirdness.js';

/** One repaired stretch of text (offsets into the text given). */
export interface MojibakeFix {
  /** Start offset (UTF-16). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The repaired text. */
  after: string;
  /** The code pages undone, outermost first (`['windows-1251', 'windows-1251']` for double mojibake). */
  codecs: SingleByteCodec[];
}

const MAX_LAYERS = 3;
let buffer = new Uint8Array(256);

/** Encode `word` with a code page's table into the shared buffer; the byte count, or -1. */
function encodeInto(word: string, table: ReadonlyMap<number, number>): number {
  if (buffer.length < word.length) buffer = new Uint8Array(word.length * 2);
  let n = 0;
  let high = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      buffer[n++] = c;
      continue;
    }
    const b = table.get(c);
    if (b === undefined) return -1;
    if (b >= 0x80) high = true;
    buffer[n++] = b;
  }
  return high ? n : -1;
}

/** Every valid one-layer decoding of a word: code pages whose bytes for it are valid UTF-8. */
function decodings(word: string): { text: string; codec: SingleByteCodec }[] {
  const out: { text: string; codec: SingleByteCodec }[] = [];
  for (const codec of CODECS) {
    const n = encodeInto(word, codec.encode);
    if (n < 0) continue;
    const decoded = decodeUtf8Strict(buffer, n);
    if (decoded === null || decoded === word) continue;
    if (!out.some((o) => o.text === decoded)) out.push({ text: decoded, codec: codec.name });
  }
  return out;
}

/** Does any code page turn the word into valid UTF-8 bytes? */
function hasDecoding(word: string): boolean {
  for (const codec of CODECS) {
    const n = encodeInto(word, codec.encode);
    if (n >= 0 && decodeUtf8Strict(buffer, n) !== null) return true;
  }
  return false;
}

interface Path {
  text: string;
  codecs: SingleByteCodec[];
  score: number;
}

/** Best decoding path from `word` within `depth` layers (lowest weirdness, then fewest layers). */
function search(word: string, depth: number, codecs: SingleByteCodec[]): Path | null {
  let best: Path | null = null;
  for (const d of decodings(word)) {
    const path = [...codecs, d.codec];
    let cand: Path = { text: d.text, codecs: path, score: weirdness(d.text) };
    if (depth > 1 && cand.score > 0) {
      const deeper = search(d.text, depth - 1, path);
      if (deeper !== null && deeper.score < cand.score) cand = deeper;
    }
    if (best === null || cand.score < best.score || (cand.score === best.score && cand.codecs.length < best.codecs.length)) best = cand;
  }
  return best;
}

/**
 * Repair one word through up to three layers of mojibake; `null` when it is not
 * mojibake. Every path of code pages is tried (a half-repaired word may look worse
 * than the broken one); the repair is accepted only when the word shows mojibake
 * signs and the result shows none (or, for words odd to begin with, half of them).
 */
export function repairWord(word: string): { text: string; codecs: SingleByteCodec[] } | null {
  // cheap test first: correct text almost never re-encodes to valid UTF-8
  if (!hasDecoding(word)) return null;
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const result = repairUncached(word);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(word, result);
  return result;
}

/** Words repeat (Zipf): remember recent repairs. Bounded, so memory stays flat. */
const memo = new Map<string, { text: string; codecs: SingleByteCodec[] } | null>();
const MEMO_SIZE = 20_000;

function repairUncached(word: string): { text: string; codecs: SingleByteCodec[] } | null {
  const before = weirdness(word);
  if (before === 0) return null;
  const best = search(word, MAX_LAYERS, []);
  // A clean result, or (for words that were odd to begin with, such as OCR'd URLs with
  // stray Cyrillic letters) one at most half as odd as the broken word.
  if (best === null || (best.score > 0 && best.score * 2 > before)) return null;
  return { text: best.text, codecs: best.codecs };
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;
}

/** Is the character one a mojibake word may be trimmed of (ASCII or real punctuation)? */
function isTrimmable(c: number): boolean {
  return c < 0x80 ? !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) : c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e);
}

/**
 * Find mojibake in a text and say how to repair it: UTF-8 that was decoded as
 * windows-1251, KOI8-R, windows-1252 or Latin-1, once or several times over (as
 * ftfy does). The text is examined word by word (runs between ASCII whitespace);
 * a word is repaired only when its bytes in one of those code pages are valid UTF-8
 * and the decoding is measurably less broken (by the `weirdness` score in `weirdness.ts`), and the final
 * result shows no mojibake sign at all, so correct text is left alone. Words with
 * real quotes or punctuation around the broken part are trimmed and retried.
 * Linear in the text length.
 */
export function findMojibake(text: string): MojibakeFix[] {
  const fixes: MojibakeFix[] = [];
  const n = text.length;
  // Only words with a character outside ASCII and the basic Russian alphabet А–я can
  // be mojibake (every mis-decoding above yields some other character): the pattern
  // jumps from one such character to the next, and only the words holding one are
  // looked at, so most Russian and English text is passed over at the engine's speed.
  const suspicious = /[^\u0000-\u007f\u0410-\u044f]/g;
  let from = 0;
  for (let m = suspicious.exec(text); m !== null; m = suspicious.exec(text)) {
    // the word around it: the run between ASCII white space
    let start = m.index;
    while (start > from && !isAsciiSpace(text.charCodeAt(start - 1))) start--;
    let i = m.index + 1;
    while (i < n && !isAsciiSpace(text.charCodeAt(i))) i++;
    from = i;
    suspicious.lastIndex = i;
    let s = start;
    let e = i;
    let r = repairWord(text.slice(s, e));
    if (r === null) {
      while (s < e && isTrimmable(text.charCodeAt(s))) s++;
      while (e > s && isTrimmable(text.charCodeAt(e - 1))) e--;
      if (s < e && (s > start || e < i)) r = repairWord(text.slice(s, e));
    }
    if (r !== null) fixes.push({ start: s, end: e, after: r.text, codecs: r.codecs });
  }
  return fixes;
}

/** Repair all mojibake in a text (see {@link findMojibake}). */
export function fixMojibake(text: string): string {
  const fixes = findMojibake(text);
  if (fixes.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const f of fixes) {
    out += text.slice(cursor, f.start) + f.after;
    cursor = f.end;
  }
  return out + text.slice(cursor);
}

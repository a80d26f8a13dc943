import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { endsSentence, isBlank, splitLines, type Line } from './lines.js';
import { notesOf } from './note-registry.js';
import { isUpperCode, lowerCode } from '../../text/lower-code.js';
import { firstAtOrAfter } from '../../text/sorted.js';


const WINDOW = 150;


function stem(w: string): string {
  return w.length > 5 ? w.slice(0, 5) : w;
}

/** Word characters after lowercasing: digits, a–z, Latin-1/Extended letters, Cyrillic; a table lookup per character. */
const WORD_CODES = new Uint8Array(0x530);
for (let c = 0; c < 0x530; c++) {
  WORD_CODES[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 0xdf && c <= 0x24f) || (c >= 0x450 && c <= 0x52f) ? 1 : 0;
}

function isWordCode(c: number): boolean {
  return c < 0x530 && WORD_CODES[c] === 1;
}

/** Word characters in any case (a letter whose lowercase is a word character), by table. */
const WORD_CODES_ANY_CASE = new Uint8Array(0x530);
for (let c = 0; c < 0x530; c++) WORD_CODES_ANY_CASE[c] = isWordCode(lowerCode(c)) ? 1 : 0;

/** A word character of any case (the same letters as {@link isWordCode} after lowercasing). */
function isWordCodeAnyCase(c: number): boolean {
  return c < 0x530 && WORD_CODES_ANY_CASE[c] === 1;
}

/** A slice, lowercased only when it holds a capital (most words do not). */
function lowerSlice(text: string, s: number, e: number): string {
  const w = text.slice(s, e);
  for (let k = s; k < e; k++) if (isUpperCode(text.charCodeAt(k)) || text.charCodeAt(k) >= 0x530) return w.toLowerCase();
  return w;
}

/** First and last word of a line (lowercased), by a scan from each end (only the two words are lowercased). */
function edgeWords(line: string): [string | undefined, string | undefined] {
  let s = 0;
  while (s < line.length && !isWordCodeAnyCase(line.charCodeAt(s))) s++;
  if (s === line.length) return [undefined, undefined];
  let e = s;
  while (e < line.length && isWordCodeAnyCase(line.charCodeAt(e))) e++;
  const first = lowerSlice(line, s, e);
  let b = line.length;
  while (b > 0 && !isWordCodeAnyCase(line.charCodeAt(b - 1))) b--;
  let a = b;
  while (a > 0 && isWordCodeAnyCase(line.charCodeAt(a - 1))) a--;
  return [first, lowerSlice(line, a, b)];
}

function addPair(pairs: Map<string, Set<string>>, a: string, b: string): void {
  let after = pairs.get(a);
  if (!after) pairs.set(a, (after = new Set()));
  after.add(b);
}

/** The first letters of some words, as a table over the word characters (codes below 0x530). */
function firstLetters(words: ReadonlySet<string>): Uint8Array {
  const t = new Uint8Array(0x530);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 0x530) t[c] = 1;
  }
  return t;
}

function hasFirst(table: Uint8Array, c: number): boolean {
  return c < 0x530 && table[c] === 1;
}

/** A word's first two code units, lowercased, as one number (a cheap filter before slicing it). */
function key2(text: string, start: number, end: number): number {
  return lowerCode(text.charCodeAt(start)) * 0x10000 + (end - start > 1 ? lowerCode(text.charCodeAt(start + 1)) : 0);
}

/**
 * Word-pair evidence from the document for the few words being judged: only pairs whose
 * second word starts a candidate line or whose first word ends one are kept, so one scan
 * of the lowercased text suffices.
 */
class Continuity {
  /** Word pairs seen: first word → the words seen after it. */
  readonly exact = new Map<string, Set<string>>();
  /** The same for stems. */
  readonly stems = new Map<string, Set<string>>();
  constructor(text: string, heads: ReadonlySet<string>, tails: ReadonlySet<string>) {
    const headStems = new Set([...heads].map(stem));
    const tailStems = new Set([...tails].map(stem));
    // Words are sliced only when their first two letters could make them relevant (a
    // head, a tail or their stems all share them).
    const headKey = new Set([...heads].map((w) => key2(w, 0, w.length)));
    const tailKey = new Set([...tails].map((w) => key2(w, 0, w.length)));
    // and before that by their first letter, from a table (most words fail here)
    const headFirst = firstLetters(heads);
    const tailFirst = firstLetters(tails);
    // Scanned on lowercase codes (no lowercase copy of the whole text); only the words of
    // relevant pairs are sliced and lowercased.
    const n = text.length;
    const word = (s: number, e: number): string => lowerSlice(text, s, e);
    let ps = -1; // previous word span, on the same line
    let pe = -1;
    let i = 0;
    while (i < n) {
      const raw = text.charCodeAt(i);
      if (raw === 10) ps = -1;
      if (!isWordCodeAnyCase(raw)) {
        i++;
        continue;
      }
      const c = lowerCode(raw);
      let e = i + 1;
      for (; e < n; e++) {
        const d = text.charCodeAt(e);
        if (!isWordCodeAnyCase(d)) break;
      }
      // pairs across a line break are what is being judged, not evidence
      if (ps >= 0 && ((hasFirst(headFirst, c) && headKey.has(key2(text, i, e))) || (hasFirst(tailFirst, lowerCode(text.charCodeAt(ps))) && tailKey.has(key2(text, ps, pe))))) {
        const w = word(i, e);
        const prev = word(ps, pe);
        if (heads.has(w) || tails.has(prev)) addPair(this.exact, prev, w);
        const sw = stem(w);
        const sp = stem(prev);
        if (headStems.has(sw) || tailStems.has(sp)) addPair(this.stems, sp, sw);
      }
      ps = i;
      pe = e;
      i = e;
    }
  }
  /** 2 for a word pair seen in the document, 1 for a pair of the same stems, else 0. */
  score(x: string | undefined, y: string | undefined): number {
    if (!x || !y) return 0;
    if (this.exact.get(x)?.has(y)) return 2;
    if (x.length >= 4 && y.length >= 4 && this.stems.get(stem(x))?.has(stem(y))) return 1;
    return 0;
  }
}

/**
 * Put back a body line stranded after a footnote block (A9). The line right after a
 * removed note block that starts a lowercase word with no indent is a candidate; it is
 * moved to the mid-sentence line break where both of its ends read on (word pairs, or
 * pairs of stems, seen elsewhere in the document) when it reads on at neither end where
 * it stands and the best place is clear. Otherwise it stays and a warning is reported.
 * The move is a deletion plus an insertion, both recorded.
 */
export const ocrStrandedLine: CleaningRule = {
  id: 'ocr-stranded-line',
  description: 'move a body line stranded after the footnotes back where it reads on',
  apply(text, ctx) {
    const record = notesOf(ctx.draft);
    if (record.blocks.length === 0) return [];
    const lines = splitLines(text);
    const content = lines.filter((l) => !isBlank(l));
    // Candidates: the first line after a removed note block, starting a lowercase word,
    // after a line that does not end a sentence.
    const candidates: number[] = [];
    const seen = new Set<number>();
    for (const block of record.blocks) {
      const found = firstAtOrAfter(content, ctx.draft.toCurrent(block.end));
      const k = found < content.length ? found : -1;
      if (k <= 0 || k + 1 >= content.length || seen.has(k)) continue;
      seen.add(k);
      if (!/^\p{Ll}/u.test(content[k]!.text) || endsSentence(content[k - 1]!.text, true)) continue;
      candidates.push(k);
    }
    if (candidates.length === 0) return [];
    const edge = new Map<number, [string | undefined, string | undefined]>();
    const edgeOf = (k: number) => {
      let e = edge.get(k);
      if (!e) edge.set(k, (e = edgeWords(content[k]!.text)));
      return e;
    };
    const heads = new Set<string>();
    const tails = new Set<string>();
    for (const k of candidates) {
      const [f, l] = edgeOf(k);
      if (f) heads.add(f);
      if (l) tails.add(l);
    }
    const cont = new Continuity(text, heads, tails);
    // Is the break after content line g mid-sentence (no final stop, the next line goes on
    // in lowercase)? Windows of nearby candidates overlap: each line is judged once.
    const midBreak = new Int8Array(content.length); // 0 unknown, 1 yes, 2 no
    const breaksMidSentence = (g: number): boolean => {
      if (midBreak[g] === 0) midBreak[g] = !endsSentence(content[g]!.text, true) && /^\s*\p{Ll}/u.test(content[g + 1]!.text) ? 1 : 2;
      return midBreak[g] === 1;
    };
    const edits: Edit[] = [];
    for (const k of candidates) {
      const line = content[k]!;
      const [first, last] = edgeOf(k);
      const inPlace = cont.score(edgeOf(k - 1)[1], first) + cont.score(last, edgeOf(k + 1)[0]);
      if (inPlace > 0) continue;
      let best = -1;
      let bestScore = 0;
      let second = 0;
      // A page holds some 30–60 lines: look within a few pages around.
      const from = Math.max(0, k - WINDOW);
      const to = Math.min(content.length - 1, k + WINDOW);
      for (let g = from; g < to; g++) {
        if (g === k || g === k - 1) continue;
        if (!breaksMidSentence(g)) continue;
        const left = cont.score(edgeOf(g)[1], first);
        if (left === 0) continue;
        const right = cont.score(last, edgeOf(g + 1)[0]);
        if (right === 0) continue;
        const s = left + right;
        if (s > bestScore) {
          second = bestScore;
          bestScore = s;
          best = g;
        } else if (s > second) second = s;
      }
      const span = ctx.draft.spanToOriginal(line.start, line.end);
      if (best < 0 || bestScore < 3 || second === bestScore) {
        ctx.report({
          rule: 'ocr-stranded-line',
          message: `the line after a footnote block does not read on from the line before it, and no place where it reads on is clear; left in place (a page-break loss or a line out of order?): "${line.text.trim().slice(0, 60)}"`,
          start: span.start,
          end: span.end,
        });
        continue;
      }
      const a = content[best]!;
      // Appended to the line it continues (not as a line of its own), so that rebuilding
      // paragraphs later does not merge the move into its own change.
      const at = a.start + a.text.trimEnd().length;
      edits.push({ start: at, end: at, after: ' ' + line.text.trim(), reason: 'stranded line moved back where it reads on' });
      edits.push({ start: line.start, end: line.next, after: '', reason: 'stranded line moved back where it reads on' });
    }
    return edits.sort((x, y) => x.start - y.start || x.end - y.end);
  },
};

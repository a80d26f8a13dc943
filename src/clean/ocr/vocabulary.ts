/**
 * The document's own vocabulary: how often each word form occurs (lowercased), counted in
 * one linear pass. Rules use it as evidence ("this joined form occurs elsewhere in the text").
 */
import { memoizeLast } from '../../text/memo.js';
import { FNV_OFFSET, FNV_PRIME, foldCode, foldHash } from '../../text/lower-code.js';

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Letters and marks below U+0530 (Latin, Greek, Cyrillic), by table: the hot path. */
const TABLE_END = 0x530;
const WORD_TABLE = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) WORD_TABLE[c] = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 0;

/** Is the UTF-16 code unit a letter or a combining mark? */
function isWordCode(text: string, i: number, c: number): boolean {
  if (c < TABLE_END) return WORD_TABLE[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(i)!));
  if (c >= 0xdc00 && c <= 0xdfff) return isWordCode(text, i - 1, text.charCodeAt(i - 1));
  return LETTER_OR_MARK.test(text[i]!);
}

/** Word counts as the rules ask for them (a `Map` of lowercased forms works too). */
export interface WordCounts {
  /** How often the lowercased form occurs, `undefined` when never. */
  get(word: string): number | undefined;
  /** Does the lowercased form occur? */
  has(word: string): boolean;
}



/**
 * The word forms of a text with their counts, case-insensitive (forms are compared by
 * lowercase code unit, {@link foldCode}). Words are not copied out of the text: each form
 * is a span of the text in an open-addressing hash table keyed by the hash of its
 * lowercase codes, so building it allocates no string per word and the text is never
 * lowercased as a whole.
 */
export class Vocabulary implements WordCounts, Iterable<[string, number]> {
  readonly #text: string;
  #starts = new Int32Array(1024);
  #lens = new Int32Array(1024);
  #hashes = new Int32Array(1024);
  #counts = new Int32Array(1024);
  #size = 0;
  /** Slots holding an entry index + 1 (0 = empty); a power of two, at most half full. */
  #slots = new Int32Array(2048);

  /** @param text the text the counted spans are in. */
  constructor(text: string) {
    this.#text = text;
  }

  /** Number of distinct forms. */
  get size(): number {
    return this.#size;
  }

  /**
   * Count one more occurrence of the form `text.slice(start, end)`; `hash` is its
   * {@link foldHash} when the caller has it already.
   */
  add(start: number, end: number, hash = foldHash(this.#text, start, end)): void {
    const h = hash;
    const mask = this.#slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const at = this.#slots[slot]!;
      if (at === 0) break;
      const e = at - 1;
      if (this.#hashes[e] === h && this.#lens[e] === end - start && this.#sameSpan(this.#starts[e]!, start, end - start)) {
        this.#counts[e]!++;
        return;
      }
      slot = (slot + 1) & mask;
    }
    const e = this.#size++;
    if (e === this.#starts.length) this.#growEntries();
    this.#starts[e] = start;
    this.#lens[e] = end - start;
    this.#hashes[e] = h;
    this.#counts[e] = 1;
    this.#slots[slot] = e + 1;
    if (this.#size * 2 > this.#slots.length) this.#rehash();
  }

  /** How often the form occurs (any case), `undefined` when never. */
  get(word: string): number | undefined {
    const e = this.#find(word);
    return e < 0 ? undefined : this.#counts[e];
  }

  /** Does the form occur (any case)? */
  has(word: string): boolean {
    return this.#find(word) >= 0;
  }

  /** The forms (lowercased) with their counts. */
  *[Symbol.iterator](): Iterator<[string, number]> {
    for (let e = 0; e < this.#size; e++) {
      const s = this.#starts[e]!;
      yield [this.#text.slice(s, s + this.#lens[e]!).toLowerCase(), this.#counts[e]!];
    }
  }

  #find(word: string): number {
    const h = foldHash(word, 0, word.length);
    const mask = this.#slots.length - 1;
    const text = this.#text;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = this.#slots[slot]!;
      if (at === 0) return -1;
      const e = at - 1;
      if (this.#hashes[e] !== h || this.#lens[e] !== word.length) continue;
      const s = this.#starts[e]!;
      let k = 0;
      while (k < word.length && foldCode(text.charCodeAt(s + k)) === foldCode(word.charCodeAt(k))) k++;
      if (k === word.length) return e;
    }
  }

  #sameSpan(a: number, b: number, len: number): boolean {
    const text = this.#text;
    for (let k = 0; k < len; k++) if (foldCode(text.charCodeAt(a + k)) !== foldCode(text.charCodeAt(b + k))) return false;
    return true;
  }

  #growEntries(): void {
    const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.#starts = grow(this.#starts);
    this.#lens = grow(this.#lens);
    this.#hashes = grow(this.#hashes);
    this.#counts = grow(this.#counts);
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.#size; e++) {
      let slot = this.#hashes[e]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
    }
    this.#slots = slots;
  }
}

/**
 * Count word forms, case-insensitively (hyphenated compounds count as one form and per
 * part). A word is a run of letters and marks, with single inner hyphens between runs (as
 * the pattern `[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*`); one scan, no regex per word.
 */
export function documentVocabulary(text: string): Vocabulary {
  const vocab = new Vocabulary(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text, i, text.charCodeAt(i))) {
      i++;
      continue;
    }
    // the hashes of the whole word and of its current part are built in the same scan
    const start = i;
    let partStart = i;
    let hWord = FNV_OFFSET;
    let hPart = FNV_OFFSET;
    let hyphenated = false;
    for (;;) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (!isWordCode(text, i, c)) break;
        const f = foldCode(c);
        hWord = Math.imul(hWord ^ f, FNV_PRIME);
        hPart = Math.imul(hPart ^ f, FNV_PRIME);
        i++;
      }
      // an inner hyphen followed by a letter continues the word
      if (i + 1 < n && text.charCodeAt(i) === 0x2d && isWordCode(text, i + 1, text.charCodeAt(i + 1))) {
        vocab.add(partStart, i, hPart);
        hyphenated = true;
        hWord = Math.imul(hWord ^ 0x2d, FNV_PRIME);
        hPart = FNV_OFFSET;
        i++;
        partStart = i;
        continue;
      }
      break;
    }
    if (hyphenated) vocab.add(partStart, i, hPart);
    vocab.add(start, i, hWord);
  }
  return vocab;
}

/**
 * The vocabulary of a whole input (the draft's original), built once per document and
 * shared by the rules that ask for evidence: the original holds the same words as the
 * text a rule sees, and building it once keeps the profile linear and fast.
 */
export const vocabularyOf: (original: string) => Vocabulary = memoizeLast(documentVocabulary);

/** Is the letter Cyrillic? */
export function isCyrillic(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x400 && c <= 0x4ff) || (c >= 0x500 && c <= 0x52f);
}

/** Is the letter a basic Latin letter? */
export function isLatin(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Is `word` known: a dictionary form, or a form the document holds more often than the
 * `suspect` occurrences being judged (a suspect form is no evidence for itself)?
 */
export function knownForm(
  word: string,
  vocab: WordCounts,
  isDictionary: (w: string) => boolean | undefined,
  suspect: ReadonlyMap<string, number> = new Map(),
): boolean {
  const w = word.toLowerCase();
  // The dictionary keeps the case of proper names (Китай, not китай).
  if (isDictionary(w) === true || (w !== word && isDictionary(word) === true)) return true;
  return (vocab.get(w) ?? 0) > (suspect.get(w) ?? 0);
}

/** Count lowercased forms (for {@link knownForm}'s `suspect`). */
export function countForms(words: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words) {
    const l = w.toLowerCase();
    out.set(l, (out.get(l) ?? 0) + 1);
  }
  return out;
}

import type { Span } from '../model/span.js';
import { EN_MAY_END, EN_NON_FINAL, RU_MAY_END, RU_NON_FINAL } from '../data/abbreviations.js';

const TERMINALS = '.!?…';
/** Closing quotes and brackets that belong to the sentence before a break. */
const CLOSERS = '»”"\'’)]';
/** Opening quotes and brackets that may start a sentence. */
const OPENERS = '«“„"\'‘([';

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\u2009' || c === '\u202f';
}

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

/** Options for {@link splitSentences}. */
export interface SentenceOptions {
  /** Language whose abbreviations apply (both lists are used when omitted). */
  lang?: string;
}

/**
 * Split a paragraph into sentences. Returns spans relative to `text`, trimmed of
 * surrounding whitespace. One linear scan; handles Russian and English
 * abbreviations, initials (`А.В. Лыкова`, `Ф.Скорины`), closing quotes after the
 * terminal (`…».`), footnote numbers glued after a quote or period (`»84.`,
 * `Минск.12`, `[^12]`), decimal numbers, `…` and the elision mark `<...>`.
 */
export function splitSentences(text: string, options: SentenceOptions = {}): Span[] {
  const lang = options.lang;
  const useRu = lang !== 'en';
  const useEn = lang !== 'ru';
  const spans: Span[] = [];
  const n = text.length;
  let start = skipSpace(text, 0);
  let i = start;
  const nextTerminal = /[.!?…]/g;
  while (i < n) {
    nextTerminal.lastIndex = i;
    const found = nextTerminal.exec(text);
    if (found === null) break;
    i = found.index;
    const ch = text[i]!;
    // <...> and [...] mark an elision inside a quotation, not an end.
    if (ch === '.' && (text[i - 1] === '<' || text[i - 1] === '[' || text[i - 1] === '(')) {
      let j = i;
      while (j < n && text[j] === '.') j++;
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < n && TERMINALS.indexOf(text[j]!) >= 0) j++;
    const terminalRun = text.slice(i, j);
    while (j < n && CLOSERS.indexOf(text[j]!) >= 0) j++;
    // A footnote number glued after the terminal: `Минск.12 Далее`, `...».[^3] Далее`.
    if (text.startsWith('[^', j)) {
      const close = text.indexOf(']', j);
      if (close > 0 && close - j <= 8) j = close + 1;
    } else if (isDigit(text[j]) && !isDigit(text[i - 1])) {
      let k = j;
      while (k < n && isDigit(text[k]) && k - j < 3) k++;
      if (k === n || isSpace(text[k])) j = k;
    }
    while (j < n && CLOSERS.indexOf(text[j]!) >= 0) j++;
    if (j < n && !isSpace(text[j])) {
      i = j > i ? j : i + 1;
      continue;
    }
    const next = skipSpace(text, j);
    if (next >= n) break;
    if (!startsSentence(text, next)) {
      i = next;
      continue;
    }
    if (terminalRun === '.' && !periodEnds(text, start, i, next, useRu, useEn)) {
      i = next;
      continue;
    }
    spans.push({ start, end: trimEnd(text, j) });
    start = next;
    i = next;
  }
  if (start < n) {
    const end = trimEnd(text, n);
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text[end - 1])) end--;
  return end;
}

/** Can a sentence start at `m`? An uppercase letter, a digit, an opening quote or a dash before one. */
function startsSentence(text: string, m: number): boolean {
  const c = text[m];
  if (isUpper(c) || isDigit(c)) return true;
  if (c === '<' && text.startsWith('<...>', m)) {
    // an elision mark that opens a sentence of a quotation: `… demand. <...> New products`
    return isUpper(text[skipSpace(text, m + 5)]);
  }
  if (c !== undefined && OPENERS.indexOf(c) >= 0) {
    const d = text[m + 1];
    return isUpper(d) || isDigit(d) || d === '.' || (d !== undefined && OPENERS.indexOf(d) >= 0);
  }
  if (c === '—' || c === '–') {
    const d = text[skipSpace(text, m + 1)];
    return isUpper(d);
  }
  return false;
}

/** The abbreviation-like word before the period at `dot` (`т.е`, `г`, `U.S`, `А`). */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  while (k > 0) {
    const c = text[k - 1]!;
    if (isLetter(c) || c === '-' || (c === '.' && isLetter(text[k - 2]))) k--;
    else break;
  }
  return text.slice(k, dot);
}

/** Does the single period at `dot` end a sentence, given the next sentence would start at `next`? */
function periodEnds(text: string, sentenceStart: number, dot: number, next: number, useRu: boolean, useEn: boolean): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return true; // after a digit, a quote or a bracket
  // An initial: one uppercase letter (А. / A.), possibly after another initial.
  const lastPart = word.slice(word.lastIndexOf('.') + 1);
  if (lastPart.length === 1 && isUpper(lastPart)) return false;
  const lw = word.toLowerCase();
  if (useRu && (lw === 'г' || lw === 'гг')) return yearAbbreviationEnds(text, sentenceStart, dot - word.length, next);
  if ((useRu && RU_NON_FINAL.has(lw)) || (useEn && EN_NON_FINAL.has(lw))) return false;
  // `No.` in English only when a number follows is handled above (non-final list).
  if ((useRu && RU_MAY_END.has(lw)) || (useEn && EN_MAY_END.has(lw))) {
    // Break only if what follows looks like a new sentence: an uppercase word that is
    // not itself an initial, and not a number (`г. 15 марта`).
    const c = text[next];
    if (!isUpper(c)) return false;
    const after = text[next + 1];
    if (after === '.' || (after !== undefined && isSpace(after))) return false;
    return true;
  }
  // A lowercase single letter (`с.`, `п.`) not in the lists is most likely an abbreviation.
  if (word.length === 1 && !isUpper(word)) return false;
  return true;
}

/**
 * `г.` / `гг.` after a year (`в 2024 г.`, `2024-2026 гг.`) may end a sentence; before a
 * name (`г. Минск`) it is `город` and never does. A sentence that so far is only a date
 * (`31 июля 2025 г. Министр …`) does not end at it either.
 */
function yearAbbreviationEnds(text: string, sentenceStart: number, wordStart: number, next: number): boolean {
  let k = wordStart;
  while (k > sentenceStart && isSpace(text[k - 1])) k--;
  if (!isDigit(text[k - 1])) return false; // г. Минск
  const before = text.slice(sentenceStart, k);
  const tokens = before.split(/\s+/).filter(Boolean);
  if (tokens.length <= 3) return false; // the sentence so far is only a date
  const c = text[next];
  return isUpper(c) && text[next + 1] !== '.';
}

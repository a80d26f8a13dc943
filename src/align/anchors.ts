/**
 * Lexical anchors of one unit: the cheap, offline, language-pair-neutral evidence that two
 * units translate each other. Each anchor is a normalised key shared by both languages:
 * numbers and dates (`n:`, `d:`), month names (`m:`), lexicon entries such as acronyms and
 * country names (`x:`), transliteration skeletons of names and cognates (`s:`), URLs (`u:`),
 * footnote markers (`f:`), BelTA article ids (`b:`) and sentence punctuation (`p:`); a second pass adds word pairs
 * learnt from the first alignment (`l:`).
 *
 * @packageDocumentation
 */
import { ACRONYMS, MAX_RU_SUFFIX, NUMBER_WORDS, PLACES, type LexiconEntry } from '../data/align-lexicon.js';
import { findNumbers, monthNumber, type NumberConvention } from './numbers.js';
import { cyrillicSkeletons, latinSkeletons } from './skeleton.js';
import { GLOSSARY } from '../data/align-glossary.js';

/** Glossary stems → entry ids, per language. */
function buildGlossary(): { ru: Map<string, number[]>; en: Map<string, number[]> } {
  const ru = new Map<string, number[]>();
  const en = new Map<string, number[]>();
  GLOSSARY.forEach((entry, id) => {
    const [r, e] = entry.split('=') as [string, string];
    for (const stem of r.split('|')) ru.set(stem, [...(ru.get(stem) ?? []), id]);
    for (const stem of e.split('|')) en.set(stem, [...(en.get(stem) ?? []), id]);
  });
  return { ru, en };
}
const GLOSS = buildGlossary();

/** Glossary entry ids a lower-cased word belongs to (stem + at most 4 letters; short stems + 2). */
export function glossaryIds(lower: string, lang: 'ru' | 'en'): number[] {
  const index = lang === 'ru' ? GLOSS.ru : GLOSS.en;
  const out: number[] = [];
  for (let cut = Math.max(2, lower.length - 4); cut <= lower.length; cut++) {
    const ids = index.get(lower.slice(0, cut));
    if (ids === undefined) continue;
    if (cut <= 3 && lower.length - cut > 2) continue;
    for (const id of ids) if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** Kinds of anchor, as reported in bead evidence. */
export type AnchorKind = 'number' | 'date' | 'month' | 'lexicon' | 'name' | 'cognate' | 'url' | 'footnote' | 'punct' | 'learnt' | 'id' | 'gloss';

/** One anchor of a unit. */
export interface Anchor {
  /** Normalised key (shared across languages). */
  key: string;
  /** Kind of evidence. */
  kind: AnchorKind;
  /** Base weight before document-frequency damping. */
  weight: number;
  /** The text that produced it. */
  surface: string;
}

/** Base weights by kind (nats of evidence per matched anchor, before damping). */
export const ANCHOR_WEIGHTS: Readonly<Record<AnchorKind, number>> = {
  number: 1,
  date: 1.5,
  month: 0.6,
  lexicon: 0.8,
  name: 0.9,
  cognate: 0.35,
  url: 1.5,
  footnote: 0.8,
  punct: 0.25,
  learnt: 0.5,
  id: 2,
  gloss: 0.4,
};

interface LexIndex {
  exact: Map<string, string>;
  stems: Array<[string, string]>;
}

function buildLex(entries: readonly LexiconEntry[], side: 'ru' | 'en'): LexIndex {
  const exact = new Map<string, string>();
  const stems: Array<[string, string]> = [];
  for (const e of entries) {
    for (const form of e[side]) {
      const isAcronym = form === form.toUpperCase() && form.length <= 6;
      if (isAcronym) exact.set(form.replace(/\./g, ''), e.id);
      else if (side === 'en' || form.length <= 3) exact.set(form.toLowerCase(), e.id);
      else stems.push([form.toLowerCase(), e.id]);
    }
  }
  return { exact, stems };
}

const LEX_RU = buildLex([...ACRONYMS, ...PLACES], 'ru');
const LEX_EN = buildLex([...ACRONYMS, ...PLACES], 'en');
const NUMWORD_RU = new Map<string, number>();
const NUMWORD_EN = new Map<string, number>();
for (const [n, ru, en] of NUMBER_WORDS) {
  for (const f of ru) NUMWORD_RU.set(f, n);
  for (const f of en) NUMWORD_EN.set(f, n);
}

function lexiconId(word: string, lex: LexIndex): string | undefined {
  const direct = lex.exact.get(word) ?? lex.exact.get(word.toLowerCase());
  if (direct !== undefined) return direct;
  const lower = word.toLowerCase();
  for (const [stem, id] of lex.stems) {
    if (lower.startsWith(stem) && lower.length - stem.length <= MAX_RU_SUFFIX) return id;
  }
  if (lex === LEX_EN) {
    const singular = lower.replace(/(?:'s|’s|s)$/, '');
    if (singular !== lower) return lex.exact.get(singular);
  }
  return undefined;
}

const WORD = /\p{L}+/gu;
/**
 * Dotted acronyms (`U.S.`, `U.K.`, `U.N.`): two to four Latin capitals, each followed by a
 * period (Latin only: the Unicode-property form cost 5% of the alignment time of a book).
 */
const DOTTED = /(?<![A-Za-z])(?:[A-Z]\.){2,4}/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"«»\u00b9\u00b2\u00b3\u2070-\u2079[\]]+/giu;
const FOOTNOTE = /\[(\d{1,3})\]|([\u00b9\u00b2\u00b3\u2070-\u2079]+)/gu;
const SUPERSCRIPT: Record<string, string> = { '¹': '1', '²': '2', '³': '3', '⁰': '0', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
const CYRILLIC = /[\u0400-\u04ff]/;
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']']);

/** Drop trailing characters of a set (a loop, not a backtracking regex). */
function trimEnd(s: string, chars: ReadonlySet<string>): string {
  let end = s.length;
  while (end > 0 && chars.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** BelTA article ids as they appear in URLs and citations: `-656109-2024`. */
const BELTA_ID = /(?<![\d])(\d{5,7})-((?:19|20)\d\d)(?!\d)/g;

/** Which convention a side is read with: Russian-like (Cyrillic) or English-like. */
export function conventionOf(lang: string | undefined): NumberConvention {
  return lang === 'ru' || lang === 'be' || lang === 'uk' ? 'ru' : 'en';
}

/** Anchors of one word (lexicon, number word, month, glossary, name/cognate skeletons). */
function wordAnchors(word: string, sentenceInitial: boolean, lang: NumberConvention, mayIsMonth: boolean): Anchor[] {
  const out: Anchor[] = [];
  const id = lexiconId(word, lang === 'ru' ? LEX_RU : LEX_EN);
  if (id !== undefined) return [{ key: `x:${id}`, kind: 'lexicon', weight: ANCHOR_WEIGHTS.lexicon, surface: word }];
  const lower = word.toLowerCase();
  const nw = (lang === 'ru' ? NUMWORD_RU : NUMWORD_EN).get(lower);
  if (nw !== undefined) return [{ key: `n:${nw}`, kind: 'number', weight: ANCHOR_WEIGHTS.number * 0.7, surface: word }];
  const month = monthNumber(word, lang);
  if (month > 0 && (lower !== 'may' || mayIsMonth)) return [{ key: `m:${month}`, kind: 'month', weight: ANCHOR_WEIGHTS.month, surface: word }];
  for (const g of glossaryIds(lower, lang)) out.push({ key: `g:${g}`, kind: 'gloss', weight: ANCHOR_WEIGHTS.gloss, surface: word });
  if (word.length < 4) return out;
  const upper = word[0] !== lower[0];
  const isName = upper && !sentenceInitial;
  const kind: AnchorKind = isName ? 'name' : 'cognate';
  if (!isName && word.length < 6) return out;
  const keys = CYRILLIC.test(word) ? cyrillicSkeletons(word) : latinSkeletons(word);
  for (const k of keys) {
    if (k.length < 3) continue;
    out.push({ key: `s:${k}`, kind, weight: ANCHOR_WEIGHTS[kind], surface: word });
  }
  return out;
}

/**
 * Extract the anchors of one unit of text. `lang` decides number separators
 * (Russian: space groups, comma decimal; otherwise English). Linear in the unit length.
 * `cache` (one per language) shares the anchors of repeated words across calls.
 */
export function extractAnchors(text: string, lang: NumberConvention, cache?: Map<string, Anchor[]>): Anchor[] {
  const out: Anchor[] = [];
  for (const n of findNumbers(text, lang)) {
    const kind: AnchorKind = n.key.startsWith('d:') ? 'date' : 'number';
    out.push({ key: n.key, kind, weight: ANCHOR_WEIGHTS[kind], surface: text.slice(n.start, n.end) });
  }
  for (const m of text.matchAll(URL)) {
    const u = m[0].toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '');
    const trimmed = trimEnd(u, URL_TRAILING);
    out.push({ key: `u:${trimmed}`, kind: 'url', weight: ANCHOR_WEIGHTS.url, surface: m[0] });
  }
  for (const m of text.matchAll(BELTA_ID)) {
    out.push({ key: `b:${m[1]}-${m[2]}`, kind: 'id', weight: ANCHOR_WEIGHTS.id, surface: m[0] });
  }
  for (const m of text.matchAll(FOOTNOTE)) {
    const digits = m[1] ?? [...m[2]!].map((c) => SUPERSCRIPT[c] ?? '').join('');
    out.push({ key: `f:${digits}`, kind: 'footnote', weight: ANCHOR_WEIGHTS.footnote, surface: m[0] });
  }
  for (const m of text.matchAll(DOTTED)) {
    const id = lexiconId(m[0].replace(/\./g, ''), lang === 'ru' ? LEX_RU : LEX_EN);
    if (id !== undefined) out.push({ key: `x:${id}`, kind: 'lexicon', weight: ANCHOR_WEIGHTS.lexicon, surface: m[0] });
  }
  const memo = cache ?? new Map<string, Anchor[]>();
  let first = true;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const sentenceInitial = first;
    first = false;
    const mayIsMonth = word.length === 3 && word.toLowerCase() === 'may' && /\d/.test(text.slice(Math.max(0, m.index - 4), m.index + 7));
    const memoKey = `${sentenceInitial ? 1 : 0}${mayIsMonth ? 1 : 0}${word}`;
    let list = memo.get(memoKey);
    if (list === undefined) {
      list = wordAnchors(word, sentenceInitial, lang, mayIsMonth);
      memo.set(memoKey, list);
    }
    for (const a of list) out.push(a);
  }
  for (const m of text.matchAll(/[?!]/g)) {
    out.push({ key: `p:${m[0]}`, kind: 'punct', weight: ANCHOR_WEIGHTS.punct, surface: m[0] });
  }
  return out;
}

import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { findUrls } from '../common/url-find.js';
import { insideAny } from '../../text/sorted.js';
import { isCyrillic, isLatin } from './vocabulary.js';

/** Latin letters that look like Cyrillic ones. */
const LAT_TO_CYR: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', k: 'к', m: 'м',
};
/** Cyrillic letters in a Latin word: look-alikes first, else the Latin letter OCR or a translator meant (п → p). */
const CYR_TO_LAT: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', к: 'k', м: 'm', т: 't', в: 'v', н: 'n', п: 'p', д: 'd', л: 'l', г: 'g', б: 'b', з: 'z', и: 'i', ф: 'f',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
};
/** One-letter Russian words and abbreviations whose Latin look-alike OCR gives (`C. 43` is `С. 43`). */
const ONE_LETTER = new Set(['C', 'c', 'o', 'a', 'y', 'K', 'k', 'B', 'A', 'O']);

function isLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x400 && c <= 0x52f) || c === 0x25a0;
}

interface Word {
  start: number;
  end: number;
  cyr: number;
  lat: number;
}

/** The word starting at or after `i` (a run of Latin, Cyrillic or ■), or null. */
function wordAt(text: string, i: number, dir: 1 | -1): Word | null {
  const n = text.length;
  let p = i;
  while (p >= 0 && p < n && !isLetterCode(text.charCodeAt(p))) p += dir;
  if (p < 0 || p >= n) return null;
  let s = p;
  let e = p;
  while (s > 0 && isLetterCode(text.charCodeAt(s - 1))) s--;
  while (e < n && isLetterCode(text.charCodeAt(e))) e++;
  return count(text, s, e);
}

function count(text: string, s: number, e: number): Word {
  let cyr = 0;
  let lat = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x52f) cyr++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) lat++;
  }
  return { start: s, end: e, cyr, lat };
}

/**
 * Mixed scripts (A16, A19): a word mixing Cyrillic and Latin letters is written in its
 * majority script (`кoмпания` with Latin o → Cyrillic; `komпaniiami` → `kompaniiami`);
 * in a URL a Cyrillic с not before h reads s (transliteration). In a Russian text a lone
 * Latin look-alike of a Russian one-letter word becomes Cyrillic where that word is
 * grammatical (`C. 43` → `С. 43`, see `lone`). One linear scan over the text.
 */
export const ocrMixedScript: CleaningRule = {
  id: 'ocr-mixed-script',
  description: 'write a mixed-script word in one script',
  scope: 'all',
  apply(text, ctx) {
    let urls: ReturnType<typeof findUrls> | undefined;
    const inUrl = (i: number): boolean => insideAny((urls ??= findUrls(text)), i);
    const edits: Edit[] = [];
    const n = text.length;
    // Every word this rule changes holds an ASCII letter (mixed with Cyrillic, or a lone
    // look-alike): the pattern jumps between ASCII letters, and only their words are read.
    const latin = /[A-Za-z]/g;
    for (let m = latin.exec(text); m !== null; m = latin.exec(text)) {
      // the word around it (a run of letters), with its scripts counted
      let i = m.index;
      while (i > 0 && isLetterCode(text.charCodeAt(i - 1))) i--;
      let e = i;
      let cyr = 0;
      let lat = 0;
      for (; e < n; e++) {
        const c = text.charCodeAt(e);
        if (c >= 0x400 && c <= 0x52f) cyr++;
        else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) lat++;
        else if (!isLetterCode(c)) break;
      }
      latin.lastIndex = e;
      if (cyr > 0 && lat > 0) mixed(text, { start: i, end: e, cyr, lat }, inUrl(i), edits);
      else if (e - i === 1 && ctx.lang === 'ru' && ONE_LETTER.has(text[i]!) && !inUrl(i)) lone(text, { start: i, end: e, cyr, lat }, edits);
    }
    return edits;
  },
};

function mixed(text: string, w: Word, url: boolean, edits: Edit[]): void {
  const word = text.slice(w.start, w.end);
  const toCyr = w.cyr > w.lat && !url;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (toCyr && isLatin(ch)) out += LAT_TO_CYR[ch] ?? ch;
    else if (!toCyr && isCyrillic(ch)) {
      if (url && (ch === 'с' || ch === 'С') && !/[hх]/i.test(word[i + 1] ?? '')) out += 's';
      else out += CYR_TO_LAT[ch] ?? ch;
    } else out += ch;
  }
  // only when every letter could be mapped
  const o = count(out, 0, out.length);
  if (o.cyr > 0 && o.lat > 0) return;
  if (out !== word) edits.push({ start: w.start, end: w.end, after: out, reason: 'mixed Cyrillic and Latin letters' });
}

/**
 * A lone Latin look-alike becomes the Russian one-letter word only where that word is
 * grammatical: a lowercase preposition or conjunction (`c`, `o`, `a`, `y`, `k`) between
 * Russian words; a capital one at a sentence start before a Russian word (`C белорусской`);
 * the page abbreviation before a number (`C. 43`). `витамин C`, `Plan B` stay Latin.
 */
function lone(text: string, w: Word, edits: Edit[]): void {
  const ch = text[w.start]!;
  const before = text[w.start - 1] ?? ' ';
  const after = text[w.end] ?? ' ';
  if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) return;
  const prev = w.start > 0 ? wordAt(text, w.start - 1, -1) : null;
  const next = wordAt(text, w.end, 1);
  const gapBefore = prev ? text.slice(prev.end, w.start) : '';
  const gapAfter = next ? text.slice(w.end, next.start) : '';
  const russian = (x: Word | null, gap: string): boolean => x !== null && x.cyr > 0 && x.lat === 0 && /^[ \t\n]{1,3}$/.test(gap);
  const page = (ch === 'C' || ch === 'c') && /^\.[ \t\u00a0]*\d/.test(text.slice(w.end, w.end + 12));
  const sentenceStart = prev === null || /[.!?…]/.test(gapBefore) || gapBefore.split('\n').length > 2;
  const lowerPrep = /[coayk]/.test(ch) && russian(prev, gapBefore) && russian(next, gapAfter);
  const capitalStart = /[CBKAO]/.test(ch) && sentenceStart && russian(next, gapAfter) && /^\p{Ll}/u.test(text.slice(next!.start, next!.start + 1));
  if (!page && !lowerPrep && !capitalStart) return;
  edits.push({ start: w.start, end: w.end, after: LAT_TO_CYR[ch]!, reason: 'Latin look-alike of a Russian one-letter word' });
}

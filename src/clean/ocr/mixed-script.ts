import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { findUrls, insideAny } from '../common/url-find.js';
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
 * in a URL a Cyrillic с not before h reads s (transliteration). A lone Latin look-alike
 * of a Russian one-letter word or abbreviation with no Latin word beside it, in a Russian
 * text, becomes Cyrillic (`C. 43` → `С. 43`). One linear scan over the text.
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
    let i = 0;
    while (i < n) {
      if (!isLetterCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let e = i;
      while (e < n && isLetterCode(text.charCodeAt(e))) e++;
      const w = count(text, i, e);
      if (w.cyr > 0 && w.lat > 0) mixed(text, w, inUrl(i), edits);
      else if (e - i === 1 && ctx.lang === 'ru' && ONE_LETTER.has(text[i]!) && !inUrl(i)) lone(text, w, edits);
      i = e;
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

function lone(text: string, w: Word, edits: Edit[]): void {
  const before = text[w.start - 1] ?? ' ';
  const after = text[w.end] ?? ' ';
  if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) return;
  const prev = w.start > 0 ? wordAt(text, w.start - 1, -1) : null;
  const next = wordAt(text, w.end, 1);
  // the nearest tokens, numbers included: a number between stops "Latin neighbour" evidence
  const latinNeighbour = (x: Word | null, from: number, to: number): boolean =>
    x !== null && x.lat > 0 && x.cyr === 0 && to - from < 40 && !/\d|\n\s*\n/.test(text.slice(from, to));
  if (latinNeighbour(prev, prev?.end ?? 0, w.start) || latinNeighbour(next, w.end, next?.start ?? 0)) return;
  const cyrillicNear = (prev !== null && prev.cyr > 0 && w.start - prev.end < 40) || (next !== null && next.cyr > 0 && next.start - w.end < 40) || /^\.\s*\d/.test(text.slice(w.end, w.end + 4));
  if (!cyrillicNear) return;
  edits.push({ start: w.start, end: w.end, after: LAT_TO_CYR[text[w.start]!]!, reason: 'Latin look-alike of a Russian one-letter word' });
}

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

const WORD = /[\p{L}■]+/gu;

/**
 * Mixed scripts (A16, A19): a word mixing Cyrillic and Latin letters is written in its
 * majority script (`кoмпания` with Latin o → Cyrillic; `komпaniiami` → `kompaniiami`);
 * in a URL a Cyrillic с not before h reads s (transliteration). A lone Latin look-alike
 * of a Russian one-letter word or abbreviation with no Latin word beside it, in a Russian
 * text, becomes Cyrillic (`C. 43` → `С. 43`).
 */
export const ocrMixedScript: CleaningRule = {
  id: 'ocr-mixed-script',
  description: 'write a mixed-script word in one script',
  scope: 'all',
  apply(text, ctx) {
    const urls = findUrls(text);
    const edits: Edit[] = [];
    const words = [...text.matchAll(WORD)];
    for (let k = 0; k < words.length; k++) {
      const m = words[k]!;
      const w = m[0];
      let cyr = 0;
      let lat = 0;
      for (const ch of w) {
        if (isCyrillic(ch)) cyr++;
        else if (isLatin(ch)) lat++;
      }
      const inUrl = insideAny(urls, m.index);
      if (cyr > 0 && lat > 0) {
        const toCyr = cyr > lat && !inUrl;
        let out = '';
        for (let i = 0; i < w.length; i++) {
          const ch = w[i]!;
          if (toCyr && isLatin(ch)) out += LAT_TO_CYR[ch] ?? ch;
          else if (!toCyr && isCyrillic(ch)) {
            if (inUrl && (ch === 'с' || ch === 'С') && !/[hх]/i.test(w[i + 1] ?? '')) out += 's';
            else out += CYR_TO_LAT[ch] ?? ch;
          } else out += ch;
        }
        // only when every letter could be mapped
        const mixedLeft = [...out].some(isCyrillic) && [...out].some(isLatin);
        if (!mixedLeft && out !== w) edits.push({ start: m.index, end: m.index + w.length, after: out, reason: 'mixed Cyrillic and Latin letters' });
        continue;
      }
      if (ctx.lang !== 'ru' || inUrl || w.length !== 1 || !ONE_LETTER.has(w)) continue;
      const before = text.slice(Math.max(0, m.index - 1), m.index);
      const afterCh = text[m.index + 1] ?? '';
      if (/[\p{L}\d]/u.test(before) || /[\p{L}\d]/u.test(afterCh)) continue;
      const prevWord = words[k - 1]?.[0];
      const nextWord = words[k + 1]?.[0];
      const latinNeighbour = (x: string | undefined, gap: string) => x !== undefined && [...x].every(isLatin) && !/\d|\n\s*\n/.test(gap);
      const gapBefore = words[k - 1] ? text.slice(words[k - 1]!.index + prevWord!.length, m.index) : '';
      const gapAfter = words[k + 1] ? text.slice(m.index + 1, words[k + 1]!.index) : '';
      if (latinNeighbour(prevWord, gapBefore) || latinNeighbour(nextWord, gapAfter)) continue;
      const hasCyrillicNear = (prevWord && [...prevWord].some(isCyrillic)) || (nextWord && [...nextWord].some(isCyrillic)) || /^\.\s*\d/.test(text.slice(m.index + 1, m.index + 4));
      if (!hasCyrillicNear) continue;
      edits.push({ start: m.index, end: m.index + 1, after: LAT_TO_CYR[w]!, reason: 'Latin look-alike of a Russian one-letter word' });
    }
    return edits;
  },
};

/**
 * Numbers and dates normalised across Russian and English conventions:
 * `1 500,5` ↔ `1,500.5`, `$1,5 млрд` ↔ `$1.5 billion`, `12 марта 2024` ↔ `March 12, 2024`.
 *
 * @packageDocumentation
 */
import { MONTHS, SCALES } from '../data/align-lexicon.js';

/** A normalised number or date found in a text, with its span. */
export interface NumberMention {
  /** Normalised key: `n:1500.5` for numbers, `d:2024-03-12` for full dates. */
  key: string;
  /** Start offset in the text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

/** Which written convention to read separators with. */
export type NumberConvention = 'ru' | 'en';

const NUMERIC = /\d[\d\u0020\u00a0\u202f\u2009.,]*/g;
const SPACE = /^[\u0020\u00a0\u202f\u2009]$/;

function scaleAfter(text: string, end: number, lang: NumberConvention): number {
  const m = /^[\s\u00a0]?([\p{L}]{1,12})/u.exec(text.slice(end, end + 14));
  if (!m) return 1;
  const w = m[1]!.toLowerCase();
  for (const [mult, ru, en] of SCALES) {
    if (lang === 'ru' ? ru.some((s) => w.startsWith(s)) : en.includes(w)) return mult;
  }
  return 1;
}

function keyOf(value: number): string {
  return `n:${Number.isInteger(value) ? value.toString() : Number(value.toPrecision(12)).toString()}`;
}

/**
 * Find numbers in a text and normalise them (group and decimal separators read with the
 * convention of `lang`; a following scale word such as `млрд`/`billion` multiplies).
 * Linear in the text length.
 */
export function findNumbers(text: string, lang: NumberConvention): NumberMention[] {
  const out: NumberMention[] = [];
  const decimal = lang === 'ru' ? ',' : '.';
  const group = lang === 'ru' ? '.' : ',';
  for (const m of text.matchAll(NUMERIC)) {
    const raw = m[0];
    const base = m.index;
    // split into digit runs and separators
    const parts: Array<{ run: string; sep: string; at: number }> = [];
    let i = 0;
    let sep = '';
    while (i < raw.length) {
      const c = raw[i]!;
      if (c >= '0' && c <= '9') {
        let j = i;
        while (j < raw.length && raw[j]! >= '0' && raw[j]! <= '9') j++;
        parts.push({ run: raw.slice(i, j), sep, at: i });
        sep = '';
        i = j;
      } else {
        sep += c;
        i++;
      }
    }
    let intPart = parts[0]!.run;
    let frac = '';
    let startAt = parts[0]!.at;
    let endAt = startAt + intPart.length;
    const flush = (): void => {
      const value = Number(frac ? `${intPart}.${frac}` : intPart);
      if (Number.isFinite(value)) {
        const mult = scaleAfter(text, base + endAt, lang);
        out.push({ key: keyOf(value * mult), start: base + startAt, end: base + endAt });
      }
    };
    for (let k = 1; k < parts.length; k++) {
      const p = parts[k]!;
      const isGroup = !frac && p.run.length === 3 && (SPACE.test(p.sep) || p.sep === group);
      if (isGroup) {
        intPart += p.run;
        endAt = p.at + p.run.length;
      } else if (!frac && (p.sep === decimal || (p.sep === group && p.run.length !== 3))) {
        frac = p.run;
        endAt = p.at + p.run.length;
      } else {
        flush();
        intPart = p.run;
        frac = '';
        startAt = p.at;
        endAt = p.at + p.run.length;
      }
    }
    flush();
  }
  for (const d of findDates(text, lang)) out.push(d);
  return out;
}

function monthOf(word: string, lang: NumberConvention): number {
  const w = word.toLowerCase();
  for (const [n, ru, en] of MONTHS) {
    if (lang === 'ru' ? ru.some((s) => (s.length <= 3 ? w === s : w.startsWith(s))) : en.includes(w)) return n;
  }
  return 0;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Full dates (day, month name, year; or dd.mm.yyyy) as `d:yyyy-mm-dd` keys. */
export function findDates(text: string, lang: NumberConvention): NumberMention[] {
  const out: NumberMention[] = [];
  const push = (y: string, mo: number, d: string, start: number, end: number): void => {
    const day = Number(d);
    if (mo >= 1 && mo <= 12 && day >= 1 && day <= 31) out.push({ key: `d:${y}-${pad(mo)}-${pad(day)}`, start, end });
  };
  for (const m of text.matchAll(/\b(\d{1,2})[\s\u00a0]+(\p{L}{3,10})\.?,?[\s\u00a0]+(\d{4})/gu)) {
    push(m[3]!, monthOf(m[2]!, lang), m[1]!, m.index, m.index + m[0].length);
  }
  if (lang === 'en') {
    for (const m of text.matchAll(/\b(\p{L}{3,10})\.?[\s\u00a0]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\u00a0]+(\d{4})/gu)) {
      push(m[3]!, monthOf(m[1]!, lang), m[2]!, m.index, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g)) {
    push(m[3]!, Number(m[2]), m[1]!, m.index, m.index + m[0].length);
  }
  return out;
}

/** Month number (1–12) of a month word in the given language, 0 if none. */
export function monthNumber(word: string, lang: NumberConvention): number {
  return monthOf(word, lang);
}

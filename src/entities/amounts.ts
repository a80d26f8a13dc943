/**
 * Money, percentages and quantities (number + unit) in Russian and English, with normalised
 * values: money as `"<amount> <ISO 4217>"` (`$1,5 млрд` → `1500000000 USD`, `840 миллионов
 * белорусских рублей` → `840000000 BYN`), percent as the number, quantity as `"<value> <unit>"`.
 */
import {
  CURRENCY_ADJECTIVES,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  EN_CURRENCY_WORDS,
  EN_NUMBER_WORDS,
  RU_CURRENCY_STEMS,
  RU_NUMBER_WORDS,
  SCALES,
} from './lexicon.js';
import type { Entity } from './types.js';
import { wordStartMatcher } from './boundary.js';

const alt = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const E = '(?![\\p{L}\\p{Nd}])';
const S = '\\s';
const DASH = `${S}*[-–—]${S}*`;
const DIG = `(?:\\d{1,3}(?:(?:${S}|,(?=\\d{3}(?!\\d)))\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)`;
const RNUMW = `(?:${DIG}|${alt(RU_NUMBER_WORDS.keys())}|несколько|нескольких|сотни|десятки|сотен|десятков)`;
const ENUMW = `(?:${DIG}|${alt([...EN_NUMBER_WORDS.keys()].filter((w) => w.length > 2))}|several|hundreds${S}of|tens${S}of)`;
const RSCALE = '(?:тыс\\.|тыс(?![\\p{L}])|тысяч[аиу]?|тысячами|млн\\.?|миллион(?:а|ов|ами)?|млрд\\.?|миллиард(?:а|ов|ами)?|трлн\\.?|триллион(?:а|ов)?)';
const ESCALE = '(?:thousand|million|billion|trillion|mln|bln|bn|mn|m|k|tn)';
const SYM = `(?:US\\$|\\$|€|£|¥|₽)`;
const CODES = `(?:${alt(CURRENCY_CODES)})`;
const RCUR = `(?:(?:[\\p{L}]+(?:ск|цк)(?:их|ий|ие|ого|ая|ой|ую|им|ими|ому)${S}+)?(?:рубл\\p{L}*|доллар\\p{L}*|евро(?![\\p{L}])|юан\\p{L}*|жэньминьби|фунт(?:а|ов|ами)?(?:${S}+стерлингов)?|иен(?:а|ы|ами)?|йен(?:а|ы)?|тенге|гривен|гривн(?:а|ы|ами)|франк(?:а|ов|ами)?(?![\\p{L}])|рупи(?:я|й|и|ями)|злотых|злотый|лир(?:а|ы)?(?![\\p{L}]))(?:${S}+США)?|руб\\.|долл\\.|руб(?![\\p{L}])|${CODES}|Br(?![\\p{L}]))`;
const ECUR = `(?:(?:Belarusian|Russian|Chinese|Hong${S}Kong|Canadian|Australian|Singapore|US|U\\.S\\.|American)${S}+)?(?:${alt(EN_CURRENCY_WORDS.keys())}|${CODES})`;
const RMOD = `(?:(?:более(?:${S}+чем)?|почти|около|свыше|менее|порядка|примерно|не${S}+менее|не${S}+более)${S}+)?`;
const EMOD = `(?:(?:more${S}+than|over|about|almost|nearly|around|approximately|some|up${S}+to|less${S}+than)${S}+)?`;

/**
 * Russian money pattern; a match must also not follow a letter or digit (`(?<![\\p{L}\\p{Nd}])`,
 * checked by {@link wordStartMatcher}).
 * @internal exported for the test that compares it with the look-behind form.
 */
export const RU_MONEY = new RegExp(
  `(?:от${S}+${RNUMW}(?:${S}*${RSCALE})?${S}+до${S}+${RNUMW}(?:${S}*${RSCALE})?${S}+${RCUR}|${SYM}${S}?${DIG}(?:${DASH}${DIG})?(?:${S}*${RSCALE})?|${CODES}${S}*${DIG}(?:${S}*${RSCALE})?|${RMOD}(?:${RNUMW}(?:${DASH}${DIG})?(?:${S}*${RSCALE})?${S}*(?:${RCUR}|${SYM})))(?![\\p{L}\\p{Nd}])`,
  'gu',
);
/**
 * English money pattern; a match must also not follow a letter or digit (`(?<![\\p{L}\\p{Nd}])`,
 * checked by {@link wordStartMatcher}).
 * @internal exported for the test that compares it with the look-behind form.
 */
export const EN_MONEY = new RegExp(
  `(?:${EMOD}(?:${SYM}${S}?${DIG}(?:${DASH}${DIG})?(?:${S}*${ESCALE})?|${CODES}${S}*${DIG}(?:${S}*${ESCALE})?|${ENUMW}(?:${DASH}${DIG})?(?:${S}*${ESCALE})?${S}+${ECUR}))${E}`,
  'giu',
);
/**
 * Russian percent pattern; a match must also not follow a letter or digit (`(?<![\\p{L}\\p{Nd}])`,
 * checked by {@link wordStartMatcher}).
 * @internal exported for the test that compares it with the look-behind form.
 */
export const RU_PERCENT = new RegExp(
  `(?:(?:более|менее|почти|около|свыше|примерно)(?:${S}+чем)?(?:${S}+на)?${S}+)?${DIG}(?:${DASH}${DIG})?${S}?(?:%|процент\\p{L}*|п\\.${S}?п\\.|процентн\\p{L}+${S}+пункт\\p{L}*)`,
  'gu',
);
/**
 * English percent pattern; a match must also not follow a letter or digit (`(?<![\\p{L}\\p{Nd}])`,
 * checked by {@link wordStartMatcher}).
 * @internal exported for the test that compares it with the look-behind form.
 */
export const EN_PERCENT = new RegExp(`${EMOD}${DIG}(?:${DASH}${DIG})?${S}?(?:%|percent${E}|per${S}cent${E}|percentage${S}points?${E})`, 'giu');
const RUNIT = '(?:тонн\\p{L}*|т\\.|км|кг|га|гектар\\p{L}*|метр\\p{L}*|кв\\.' + `${S}?` + '(?:м|км)|м²|км²|мегаватт\\p{L}*|МВт|кВт|ГВт|литр\\p{L}*|баррел\\p{L}*|кубометр\\p{L}*|куб\\.' + `${S}?` + 'м|штук|единиц|человек|вагон\\p{L}*|контейнер\\p{L}*)';
const EUNIT = '(?:tons?|tonnes?|km|kg|hectares?|ha|square' + `${S}` + '(?:meters|metres|kilometers|kilometres)|sq\\.?' + `${S}` + '(?:m|km)|meters?|metres?|MW|kW|GW|liters?|litres?|barrels?|cubic' + `${S}` + 'meters|units|people|containers|wagons)';
/**
 * Russian quantity pattern; a match must also not follow a letter or digit (`(?<![\\p{L}\\p{Nd}])`,
 * checked by {@link wordStartMatcher}).
 * @internal exported for the test that compares it with the look-behind form.
 */
export const RU_QTY = new RegExp(`${RMOD}${DIG}(?:${DASH}${DIG})?(?:${S}*${RSCALE})?${S}*${RUNIT}(?![\\p{L}\\p{Nd}])`, 'gu');
/**
 * English quantity pattern; a match must also not follow a letter or digit (`(?<![\\p{L}\\p{Nd}])`,
 * checked by {@link wordStartMatcher}).
 * @internal exported for the test that compares it with the look-behind form.
 */
export const EN_QTY = new RegExp(`${EMOD}${DIG}(?:${DASH}${DIG})?(?:${S}*${ESCALE})?${S}*${EUNIT}${E}`, 'giu');

const ruMoney = wordStartMatcher(RU_MONEY);
const enMoney = wordStartMatcher(EN_MONEY);
const ruPercents = wordStartMatcher(RU_PERCENT);
const enPercents = wordStartMatcher(EN_PERCENT);
const ruQuantities = wordStartMatcher(RU_QTY);
const enQuantities = wordStartMatcher(EN_QTY);

/** Parse a written number (`1 500`, `1,5`, `27.5`, `1,500`, `пять`) in the given language. */
export function parseNumber(raw: string, lang: 'ru' | 'en'): number | undefined {
  const w = raw.toLowerCase().trim();
  const word = (lang === 'ru' ? RU_NUMBER_WORDS : EN_NUMBER_WORDS).get(w);
  if (word !== undefined) return word;
  let s = raw.replace(/[ \t\u00a0\u202f]/g, '');
  if (/,\d{3}(?!\d)/.test(s) && (lang === 'en' || /,\d{3},\d{3}/.test(s) || /,\d{3}\.\d/.test(s))) s = s.replace(/,/g, '');
  s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function scaleIn(text: string): number {
  let scale = 1;
  for (const w of text.toLowerCase().split(/[^\p{L}.]+/u)) {
    const v = SCALES.get(w) ?? SCALES.get(w.replace(/\.$/, ''));
    if (v !== undefined && w !== 'm' && w !== 'k') scale = v;
    else if ((w === 'm' || w === 'k') && /\d\s*[mk]\b/i.test(text)) scale = v ?? 1;
  }
  return scale;
}

function currencyIn(text: string, lang: 'ru' | 'en'): string | undefined {
  for (const [sym, code] of CURRENCY_SYMBOLS) if (sym !== 'Br' && text.includes(sym)) return text.includes('HK$') ? 'HKD' : code;
  const words = text.split(/[^\p{L}$.]+/u).filter(Boolean);
  let code: string | undefined;
  let adjective: string | undefined;
  for (const w of words) {
    const up = w.replace(/\.$/, '');
    if (CURRENCY_CODES.has(up)) return up === 'RMB' ? 'CNY' : up === 'RUR' ? 'RUB' : up === 'BYR' ? 'BYN' : up;
    const lower = up.toLowerCase();
    if (lang === 'ru') {
      const hit = RU_CURRENCY_STEMS.find(([stem]) => lower.startsWith(stem));
      if (hit && code === undefined) code = hit[1];
      else if (code === undefined && /(ск|цк)(их|ий|ие|ого|ая|ой|ую|им|ими|ому)$/u.test(lower)) adjective = lower;
    } else {
      const hit = EN_CURRENCY_WORDS.get(lower);
      if (hit && code === undefined) code = hit;
      else if (code === undefined && /^[A-Z]/.test(w)) adjective = adjective ? `${adjective} ${lower}` : lower;
    }
  }
  if (code && adjective) {
    for (const [re, from, to] of CURRENCY_ADJECTIVES) if (re.test(adjective) && (from === code || to === code)) return to;
  }
  if (text === 'Br' || /\bBr\b/.test(text)) return 'BYN';
  return code;
}

const RU_FIRST_NUMBER = new RegExp(`${DIG}|${alt(RU_NUMBER_WORDS.keys())}`, 'iu');
const EN_FIRST_NUMBER = new RegExp(`${DIG}|${alt([...EN_NUMBER_WORDS.keys()].filter((w) => w.length > 2))}`, 'iu');
const DIGITS = new RegExp(DIG, 'u');

function firstNumber(text: string, lang: 'ru' | 'en'): number | undefined {
  const m = (lang === 'ru' ? RU_FIRST_NUMBER : EN_FIRST_NUMBER).exec(text);
  return m ? parseNumber(m[0], lang) : undefined;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

/** Find money amounts. */
export function findMoney(text: string, lang: 'ru' | 'en'): Entity[] {
  const out: Entity[] = [];
  for (const m of (lang === 'ru' ? ruMoney : enMoney)(text)) {
    // An abbreviation's period stays unless it also ends the sentence (`млрд. Более …`).
    const sentenceEnds = /^\s+[\p{Lu}«"]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    let keep = m[0].length;
    while (keep > 0 && (m[0][keep - 1] === '.' || m[0][keep - 1]!.trim() === '')) keep--;
    const tail = m[0].slice(keep);
    const s = tail === '.' && !sentenceEnds && /(руб|долл|млн|млрд|тыс|трлн)\.$/u.test(m[0]) ? m[0] : m[0].slice(0, keep);
    const n = firstNumber(s, lang);
    const cur = currencyIn(s, lang);
    const e: Entity = { type: 'money', start: m.index, end: m.index + s.length, text: s, confidence: cur ? 0.9 : 0.6 };
    if (n !== undefined && cur) e.normalized = `${fmt(n * scaleIn(s))} ${cur}`;
    out.push(e);
  }
  return out;
}

/** Find percentages. */
export function findPercents(text: string, lang: 'ru' | 'en'): Entity[] {
  const out: Entity[] = [];
  for (const m of (lang === 'ru' ? ruPercents : enPercents)(text)) {
    const n = /\d/.test(m[0]) ? parseNumber(DIGITS.exec(m[0])![0], lang) : undefined;
    const e: Entity = { type: 'percent', start: m.index, end: m.index + m[0].length, text: m[0], confidence: 0.95 };
    if (n !== undefined) e.normalized = fmt(n);
    out.push(e);
  }
  return out;
}

/** Find quantities (number + unit of measure). */
export function findQuantities(text: string, lang: 'ru' | 'en'): Entity[] {
  const out: Entity[] = [];
  for (const m of (lang === 'ru' ? ruQuantities : enQuantities)(text)) {
    const s = m[0];
    const n = firstNumber(s, lang);
    let from = s.length;
    while (from > 0 && s[from - 1]!.trim() !== '') from--;
    const unit = s.slice(from);
    const e: Entity = { type: 'quantity', start: m.index, end: m.index + s.length, text: s, confidence: 0.8 };
    if (n !== undefined) e.normalized = `${fmt(n * scaleIn(s.slice(0, s.length - unit.length)))} ${unit.toLowerCase()}`;
    out.push(e);
  }
  return out;
}

/**
 * Date and duration expressions (Russian and English) with ISO normalisation.
 *
 * Russian spans include a governing preposition (`в августе 2024 года`, `с 2013 года`), as
 * in NEREL's annotation; English spans do not. Ranges (`2024-2025 годы`, `с 16 апреля по 19
 * мая 2019 года`) are one entity with subtype `range` and `normalized` = `start/end`.
 * Relative forms (`в июле текущего года`, `в прошлом году`, `last year`) are resolved
 * against `documentDate` when it is given.
 */
import { EN_MONTHS, EN_NUMBER_WORDS, RU_MONTHS, RU_NUMBER_WORDS } from './lexicon.js';
import type { Entity } from './types.js';
import { wordStartMatcher } from './boundary.js';

const alt = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const E = '(?![\\p{L}\\p{Nd}])';
const SP = "\\s+";
const SPO = "\\s*";
const DASH = '\\s*[-–—]\\s*';

// ---- Russian -------------------------------------------------------------------------
const RM = `(?:${alt(RU_MONTHS.keys())})`;
const RY_WORD = '(?:года|году|годом|год|годы|годов|годах|годам|гг\\.|г\\.|г(?![\\p{L}]))';
const RYEAR = `\\d{4}(?:${DASH}\\d{2,4})?(?:-го|-м)?(?:${SPO}${RY_WORD})?`;
const RDM = `\\d{1,2}(?:${DASH}\\d{1,2})?${SP}${RM}(?:${SP}\\d{4}(?:-го|${SPO}(?:года|году|год|г\\.|г(?![\\p{L}])))?)?`;
const RMY = `${RM}(?:${DASH}${RM})?${SP}\\d{4}(?:-го|${SPO}(?:года|году|г\\.|г(?![\\p{L}])))?`;
const RREL_YEAR = '(?:этого|текущего|прошлого|следующего|будущего|минувшего|того\\s+же)\\s+года';
const RM_REL = `${RM}(?:${DASH}${RM})?(?:${SP}${RREL_YEAR})?`;
const RDECADE = `\\d{4}-(?:е|х|ых|ые)(?:${SP}годы|${SP}годах|${SP}годов)?`;
const RPART = `(?:начале|конце|середине|начала|конца|середины|первой\\s+половине|второй\\s+половине)${SP}(?:${RDECADE}|${RMY}|${RYEAR}|${RM_REL}|${RREL_YEAR})`;
const RSEASON = `(?:весной|летом|осенью|зимой|весна|лето|осень|зима)${SP}(?:${RYEAR}|${RREL_YEAR})`;
const RWEEKDAY = `(?:понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье)(?:,?${SP}${RDM})?`;
const RNUMERIC = '\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:\\s?г\\.)?';
const RREL = `(?:сегодня|вчера|завтра|позавчера|послезавтра|(?:этом|текущем|прошлом|следующем|будущем|минувшем|том\\s+же|этом\\s+же)${SP}(?:году|месяце|сезоне)|(?:этой|прошлой|следующей)${SP}неделе|следующий${SP}день)`;
const RNUM = `(?:\\d+(?:,\\d+)?|${alt(RU_NUMBER_WORDS.keys())}|несколько|нескольких|пару|много|многих)`;
const RUNIT = '(?:лет|года|год|годам|годами|месяц|месяца|месяцев|месяцам|недель|недели|неделю|неделям|дня|дней|дням|суток|десятилетий|десятилетия|веков|века|полвека)';
const RDUR = `(?:(?:за\\s+последние|последние|в\\s+течение\\s+последних|почти\\s+через|через|каждые|немногим\\s+более|около|почти|более|не\\s+более|не\\s+менее|менее|свыше|примерно|в\\s+течение|на\\s+протяжении|в\\s+течение\\s+примерно|до|на|за)${SP})?(?:${RNUM}${SP}${RUNIT}(?:${SP}${RNUM}${SP}${RUNIT})?|полвека|полгода)(?:${SP}(?:назад|тому${SP}назад|спустя))?`;
const RBARE = `(?:(?:через|за|в${SP}течение|на${SP}протяжении|спустя|примерно)${SP}(?:год|неделю|месяц|день|сутки|недели|месяца|года|десятилетий|десятилетия|последний${SP}месяц|последнюю${SP}неделю|последнее${SP}десятилетие|последний${SP}год)|(?:год|неделю|месяц|день|полгода)${SP}назад|в${SP}выходные|(?:в|во)${SP}(?:прошлую|минувшую|эту|следующую|прошлый|минувший|этот|следующий)${SP}(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))`;
const RRANGE = `с${SP}(?:${RDM}|${RYEAR}|${RMY}|\\d{1,2})${SP}(?:по|до|на)${SP}(?:${RDM}|${RYEAR}|${RMY})`;
const RPREP = `(?:(?:в|во|с|со|до|на|за|по|к|от|после|около|начиная${SP}с|вплоть${SP}до)${SP})?`;
/**
 * Russian date pattern. Every match must also not follow a letter or digit (the look-behind
 * `(?<![\p{L}\p{Nd}])`, checked by {@link wordStartMatcher}).
 * @internal exported for the test that compares it with the look-behind form.
 */
export const RU_DATE = new RegExp(
  `(?:${RRANGE}|${RPREP}(?:${RWEEKDAY}|${RPART}|${RSEASON}|${RDM}|${RMY}|${RDECADE}|${RNUMERIC}|${RYEAR_REQ()}|${RREL}|${RM_REL_REQ()})|(?:в|во|с|со|до|к|по)${SP}(?:1[89]|20)\\d{2}(?:${DASH}(?:1[89]|20)\\d{2})?(?:-го|-м)?(?=\\s*[.,;:)—–]|\\s+[\\p{Lu}«"]|$)|${RBARE}|${RDUR})${E}`,
  'giu',
);
function RYEAR_REQ(): string {
  // A bare four-digit number is a year only with a year word: `2018 году`, `2024-2025 годы`.
  return `\\d{4}(?:${DASH}\\d{2,4})?${SP}?${RY_WORD}`;
}
function RM_REL_REQ(): string {
  return RM_REL;
}

// ---- English -------------------------------------------------------------------------
const EM = `(?:${alt([...EN_MONTHS.keys()].filter((m) => m.length > 3 || m === 'may'))}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.)`;
const EDAY = '\\d{1,2}(?:st|nd|rd|th)?';
const EYEAR = '(?:1[6-9]|20)\\d{2}';
const EDMY = `${EDAY}(?:${DASH}${EDAY})?${SP}(?:of${SP})?${EM}(?:,?${SP}${EYEAR})?`;
const EMDY = `${EM}${SP}${EDAY}(?:${DASH}${EDAY})?(?:,?${SP}${EYEAR})?`;
const EMY = `${EM}(?:,?${SP}${EYEAR})?`;
const EDEC = `(?:the${SP})?(?:${EYEAR}s|'\\d0s)`;
const EPART = `(?:early|late|mid|the${SP}(?:beginning|end|middle)${SP}of)[-${' '}](?:${EMY}|${EYEAR}|${EDEC})`;
const EREL = `(?:today|yesterday|tomorrow|(?:this|last|next|the${SP}same|the${SP}current|the${SP}previous|the${SP}following)${SP}(?:year|month|week|season)|(?:last|this|next)${SP}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`;
const EWEEKDAY = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:,?${SP}(?:${EDMY}|${EMDY}))?`;
const ERANGE = `(?:from${SP})?(?:${EDMY}|${EMY}|${EYEAR})${SP}(?:to|until|till|through|-|–|—)${SP}(?:${EDMY}|${EMDY}|${EMY}|${EYEAR})`;
const EYEARS = `${EYEAR}(?:${DASH}(?:${EYEAR}|\\d{2}))?`;
const ENUM = `(?:\\d+(?:\\.\\d+)?|${alt(EN_NUMBER_WORDS.keys())}|several|a${SP}few|many)`;
const EDUR = `(?:(?:about|almost|over|more${SP}than|less${SP}than|nearly|for)${SP})?${ENUM}${SP}(?:years?|months?|weeks?|days?|decades?)(?:${SP}ago)?`;
/**
 * English date pattern, with the same look-behind checked by hand as {@link RU_DATE}.
 * @internal exported for the test that compares it with the look-behind form.
 */
export const EN_DATE = new RegExp(
  `(?:${ERANGE}|${EWEEKDAY}|${EPART}|${EDMY}|${EMDY}|${EMY}|${EDEC}|${EREL}|${EDUR}|\\d{4}-\\d{2}-\\d{2}|${EYEARS})${E}`,
  'giu',
);

const ruDates = wordStartMatcher(RU_DATE);
const enDates = wordStartMatcher(EN_DATE);

/**
 * Whether the words just before `start` make a following `NN лет` an age, not a date or
 * duration (`в возрасте 64 лет`, `Ему было 52 года`).
 */
function isAgeContext(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  // bounded-input: tested only on `before`, the ≤ 30 chars sliced on the line above.
  return /(?:(?:^|\s)в|\p{Lu}\p{Ll}+(?:у|ю|е|ой)|возрасте|было|будет|исполнилось|исполнился|исполнится|исполняется|старше|младше|моложе|ему|ей|им|достигших|достигшим|достиг|достигла|дожил|дожила)\s+(?:почти\s+|около\s+|уже\s+|всего\s+)?$/iu.test(before);
}

/** `text` without trailing characters for which `drop` holds (a linear `replace(/[…]+$/, '')`). */
function trimEndWhere(text: string, drop: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const isSpaceOrComma = (ch: string): boolean => ch === ',' || ch.trim() === '';

/** Words that end a Russian duration (`пять лет`, `три месяца`, `двух недель`). */
const RU_DURATION_END = /(?:лет|года|год|годам|годами|суток|сутки|полвека|полгода)$/u;
/** Stems that make a Russian duration when they occur in the last word (`месяцев`, `дней`). */
const RU_DURATION_STEM = /месяц|недел|дн|десятилети|век/u;

/**
 * Whether a lowercased Russian date text ends like a duration: its last run of letters (after
 * an optional `назад`/`спустя`) ends in a duration word or contains a duration stem. Same as
 * the former `/(лет|…|месяц\p{L}*|…)(\s+(назад|спустя))?$/u`, without its quadratic worst case.
 */
function endsLikeRuDuration(lower: string): boolean {
  let body = lower;
  for (const w of ['назад', 'спустя']) {
    if (body.endsWith(w) && body.length > w.length && body[body.length - w.length - 1]!.trim() === '') {
      body = body.slice(0, body.length - w.length).trimEnd();
      break;
    }
  }
  const tailLetters = (s: string): string => {
    let i = s.length;
    while (i > 0 && /\p{L}/u.test(s[i - 1]!)) i--;
    return s.slice(i);
  };
  const check = (s: string): boolean => {
    const w = tailLetters(s);
    return RU_DURATION_END.test(w) || RU_DURATION_STEM.test(w);
  };
  return check(body) || (body !== lower && check(lower));
}

/**
 * Split a range (`с 1 по 5 мая`, `from May 1 to May 5`) into its two parts: the first
 * separator word surrounded by white space, with non-empty text on both sides. A linear
 * replacement for `/^(?:с\s+)?(.+?)\s+(?:по|до)\s+(.+)$/u`.
 */
function splitRange(lower: string, lang: 'ru' | 'en'): [string, string] | null {
  const lead = lang === 'ru' ? /^с\s+/u.exec(lower) : /^from\s+/u.exec(lower);
  const sep = lang === 'ru' ? /(?<=\s)(?:по|до)(?=\s)/gu : /(?<=\s)(?:to|until|till|through)(?=\s)/gu;
  const tryBody = (body: string): [string, string] | null => {
    if (/[\n\r\u2028\u2029]/u.test(body.trim())) return null;
    for (const m of body.matchAll(sep)) {
      const a = body.slice(0, m.index).trimEnd();
      const b = body.slice(m.index + m[0].length).trimStart();
      if (a !== '' && b !== '') return [a, b];
    }
    return null;
  };
  return (lead ? tryBody(lower.slice(lead[0].length)) : null) ?? tryBody(lower);
}

// ---- normalisation -------------------------------------------------------------------
const pad = (n: number): string => String(n).padStart(2, '0');

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

function isoOf(p: DateParts): string | undefined {
  if (p.year === undefined) return undefined;
  let s = String(p.year);
  if (p.month !== undefined) s += `-${pad(p.month)}`;
  if (p.month !== undefined && p.day !== undefined) s += `-${pad(p.day)}`;
  return s;
}

function monthIn(words: string[], lang: 'ru' | 'en'): number | undefined {
  const table = lang === 'ru' ? RU_MONTHS : EN_MONTHS;
  for (const w of words) {
    const m = table.get(w.replace(/\.$/, ''));
    if (m !== undefined) return m;
  }
  return undefined;
}

function relativeYear(text: string, docYear: number | undefined): number | undefined {
  if (docYear === undefined) return undefined;
  if (/(этого|текущего|этом|текущем|this|current)\s/i.test(text + ' ') && /(год|year)/i.test(text)) return docYear;
  if (/(прошлого|прошлом|минувшего|минувшем|last|previous)\s/i.test(text + ' ') && /(год|year)/i.test(text)) return docYear - 1;
  if (/(следующего|следующем|будущего|будущем|next|following)\s/i.test(text + ' ') && /(год|year)/i.test(text)) return docYear + 1;
  return undefined;
}

function partsOf(piece: string, lang: 'ru' | 'en', docYear: number | undefined): DateParts {
  const lower = piece.toLowerCase();
  const words = lower.split(/[^\p{L}.]+/u).filter(Boolean);
  const out: DateParts = {};
  const numeric = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(lower);
  if (numeric) return { day: Number(numeric[1]), month: Number(numeric[2]), year: Number(numeric[3]) };
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(lower);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(lower);
  if (year) out.year = Number(year[1]);
  else {
    const rel = relativeYear(lower, docYear);
    if (rel !== undefined) out.year = rel;
  }
  const month = monthIn(words, lang);
  if (month !== undefined) {
    out.month = month;
    const day = /(?<![\d.])(\d{1,2})(?:st|nd|rd|th)?(?!\d)/.exec(lower);
    if (day) out.day = Number(day[1]);
    if (out.year === undefined && docYear !== undefined && /(текущ|этого|this)/.test(lower)) out.year = docYear;
  }
  return out;
}

function normalise(text: string, lang: 'ru' | 'en', docYear: number | undefined, docDate: string | undefined): { normalized?: string; subtype?: string } {
  const lower = text.toLowerCase();
  const isDuration =
    lang === 'ru'
      ? endsLikeRuDuration(lower) &&
        !/\d{4}/.test(lower) && !/(этом|текущем|прошлом|следующем|будущем|минувшем|том же|этом же)\s+(году|месяце)/.test(lower)
      : /(years?|months?|weeks?|days?|decades?)(\s+ago)?$/.test(lower) && !/(this|last|next|same|current|previous|following)\s+\w+$/.test(lower);
  if (isDuration && monthIn(lower.split(/[^\p{L}.]+/u), lang) === undefined && !/(этого|текущего|прошлого|следующего|будущего|минувшего|того же)\s+года$/u.test(lower)) return { subtype: /(назад|ago)$/.test(lower) ? 'relative' : 'duration' };
  if (/^(сегодня|today)$/.test(lower.replace(/^(на|в)\s+/, ''))) return docDate ? { normalized: docDate, subtype: 'relative' } : { subtype: 'relative' };
  if (/^(вчера|yesterday|завтра|tomorrow)$/.test(lower) && docDate) {
    const d = new Date(docDate + 'T00:00:00Z');
    if (!Number.isNaN(d.getTime())) {
      d.setUTCDate(d.getUTCDate() + (/(вчера|yesterday)/.test(lower) ? -1 : 1));
      return { normalized: d.toISOString().slice(0, 10), subtype: 'relative' };
    }
  }
  // Ranges: split on `по`/`до`/`to`/dash between two date parts.
  const r = /^(с|from)\s/.test(lower) || lang === 'en' ? splitRange(lower, lang) : null;
  if (r && /\d/.test(r[0]) && /\d/.test(r[1])) {
    const a = partsOf(r[0], lang, docYear);
    const b = partsOf(r[1], lang, docYear);
    if (a.year === undefined && b.year !== undefined) a.year = b.year;
    if (a.month === undefined && a.day !== undefined && b.month !== undefined) a.month = b.month;
    const sa = isoOf(a);
    const sb = isoOf(b);
    if (sa && sb) return { normalized: `${sa}/${sb}`, subtype: 'range' };
  }
  const years = /(?<!\d)(\d{4})\s*[-–—]\s*(\d{2,4})(?!\d)/.exec(lower);
  if (years) {
    const y2 = years[2]!.length === 2 ? years[1]!.slice(0, 2) + years[2] : years[2]!;
    return { normalized: `${years[1]}/${y2}`, subtype: 'range' };
  }
  const days = /(?<!\d)(\d{1,2})\s*[-–—]\s*(\d{1,2})(?!\d)/.exec(lower);
  const p = partsOf(lower, lang, docYear);
  if (days && p.month !== undefined && p.year !== undefined) {
    return { normalized: `${p.year}-${pad(p.month)}-${pad(Number(days[1]))}/${p.year}-${pad(p.month)}-${pad(Number(days[2]))}`, subtype: 'range' };
  }
  const decade = /(\d{3})0-?(?:е|х|ых|ые|s)/.exec(lower) ?? /(\d{3})0s/.exec(lower);
  if (decade) return { normalized: `${decade[1]}X`, subtype: 'decade' };
  const iso = isoOf(p);
  const relative = /(текущ|этого|этом|прошл|следующ|будущ|минувш|this|last|next|current|previous)/.test(lower);
  const out: { normalized?: string; subtype?: string } = {};
  if (iso) out.normalized = iso;
  if (relative) out.subtype = 'relative';
  return out;
}

/**
 * Find date and duration expressions in `text`.
 * @param documentDate ISO date used to resolve relative expressions.
 */
export function findDates(text: string, lang: 'ru' | 'en', documentDate?: string): Entity[] {
  const docYear = documentDate && /^\d{4}/.test(documentDate) ? Number(documentDate.slice(0, 4)) : undefined;
  const out: Entity[] = [];
  for (const m of (lang === 'ru' ? ruDates : enDates)(text)) {
    let s = m[0];
    let start = m.index;
    // English: a bare year must look like a year (1600–2099) and not be part of a number.
    if (lang === 'en' && /^\d{4}$/.test(s) && (/[\d.,]$/.test(text.slice(Math.max(0, start - 1), start)) || /^[.,]\d/.test(text.slice(start + 4, start + 6)))) continue;
    // Trim a trailing comma/space (not matched, but keep the span tidy).
    s = trimEndWhere(s, isSpaceOrComma);
    if (lang === 'ru' && isAgeContext(text, start) && /^(?:(?:до|от)\s+)?(?:\d+|[а-яё]+)\s+(?:лет|года?|годам)$/iu.test(s)) continue;
    if (lang === 'en' && /(?:aged?|at the age of|was|is|turned)\s+$/i.test(text.slice(Math.max(0, start - 20), start)) && /^\d/.test(s)) continue;
    const norm = normalise(s.replace(/^(?:в|во|с|со|до|на|за|по|к|от|после|около|начиная\s+с|вплоть\s+до)\s+(?=\S)/iu, (p) => (/^с\s/i.test(p) ? p : '')), lang, docYear, documentDate);
    const e: Entity = { type: 'date', start, end: start + s.length, text: s, confidence: norm.normalized ? 0.9 : 0.7 };
    if (norm.subtype) e.subtype = norm.subtype;
    if (norm.normalized) e.normalized = norm.normalized;
    out.push(e);
    start = 0;
  }
  return out;
}

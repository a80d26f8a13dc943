/** Month names (genitive in Russian and Belarusian) → month number. */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['января', 'january', 'jan', 'студзеня'],
    ['февраля', 'february', 'feb', 'лютага'],
    ['марта', 'march', 'mar', 'сакавіка'],
    ['апреля', 'april', 'apr', 'красавіка'],
    ['мая', 'may', 'траўня'],
    ['июня', 'june', 'jun', 'чэрвеня'],
    ['июля', 'july', 'jul', 'ліпеня'],
    ['августа', 'august', 'aug', 'жніўня'],
    ['сентября', 'september', 'sep', 'sept', 'верасня'],
    ['октября', 'october', 'oct', 'кастрычніка'],
    ['ноября', 'november', 'nov', 'лістапада'],
    ['декабря', 'december', 'dec', 'снежня'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

const ISO = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
const DOTTED = /\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d{2})\b/;
const DAY_MONTH_YEAR = /\b(0?[1-9]|[12]\d|3[01])\s+(\p{L}{3,10})\.?\s+((?:19|20)\d{2})\b/u;
const MONTH_DAY_YEAR = /\b(\p{L}{3,10})\.?\s+(0?[1-9]|[12]\d|3[01]),?\s+((?:19|20)\d{2})\b/u;

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Find a calendar date in a line (ISO, `dd.mm.yyyy`, `31 июля 2025`, `July 31, 2025`); ISO form or null. */
export function findDate(line: string): string | null {
  let m = ISO.exec(line);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = DOTTED.exec(line);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  m = DAY_MONTH_YEAR.exec(line);
  if (m && MONTHS[m[2]!.toLowerCase()] !== undefined) return iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  m = MONTH_DAY_YEAR.exec(line);
  if (m && MONTHS[m[1]!.toLowerCase()] !== undefined) return iso(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);
  return null;
}

/** `Source: X`, `**Source URL:** <X>`, `Источник: X`, `Крыніца: X` (not image credits). */
const SOURCE = /^[*_\s]*(?:source(?: url)?|источник|крыніца|по материалам)[*_\s]*:[*_\s]*(.{1,300}?)[*_\s]*$/i;
/** `Автор: X`, `Текст: X`, `Author: X`, `By X Y`. */
const AUTHOR = /^[*_\s]*(?:(?:автор|аўтар|текст|author|written by)[*_\s]*:|by\s)[*_\s]*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})[*_\s]*$/iu;
/** Labelled dates: `date 2025-08-19`, `Опубликовано: …`, `Published: …`. */
const DATE_LABEL = /(?:^|\s)(?:date|дата|опубликовано|published|updated|обновлено|апублікавана)\b/i;

/** The value of a source line, or null. */
export function sourceOf(line: string): string | null {
  const m = SOURCE.exec(line);
  if (!m) return null;
  return m[1]!.replace(/^<|>$/g, '').trim() || null;
}

/** The author named on an author line, or null. */
export function authorOf(line: string): string | null {
  const m = AUTHOR.exec(line);
  return m ? m[1]!.trim() : null;
}

/** Is the line a labelled date line (a page header)? */
export function isDateLine(line: string): boolean {
  return DATE_LABEL.test(line) && findDate(line) !== null;
}

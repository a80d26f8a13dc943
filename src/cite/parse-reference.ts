import type { Span } from '../model/span.js';
import { extractUrl } from './extract-url.js';
import { stripLeading, stripTrailing } from './strip.js';

/** An author as printed: family name and initials. */
export interface Author {
  /** Family name (`Karuna`, `Залесский`). */
  family: string;
  /** Initials or given names (`O.`, `Yu.`, `Б.`); empty when none were printed. */
  given: string;
}

/** A warning about a note: a stable code and a message. */
export interface CiteWarning {
  /** Stable code (`url-missing`, `year-mismatch`, `gmd-displaced`, …). */
  code: string;
  /** What was found and what it means. */
  message: string;
}

/** The fields of one GOST-style reference, as far as they are present. */
export interface ParsedReference {
  /** Authors from the heading (`Karuna, O.`) or, failing that, from the statement of responsibility. */
  authors: Author[];
  /** Title proper (GMD bracket, `(in Russian)` and responsibility removed). */
  title: string | null;
  /** Statement of responsibility after ` / ` (`O. Karuna`, `Борис Залесский`). */
  responsibility: string | null;
  /** General material designation as printed (`Электронный ресурс`, `Electron resource`). */
  medium: string | null;
  /** Place of publication. */
  place: string | null;
  /** The host document after ` // ` (newspaper, journal, site): `Беларуская думка`, `БЕЛТА`. */
  container: string | null;
  /** Issue number (`№ 3`, `No. 3`). */
  issue: string | null;
  /** Publisher. */
  publisher: string | null;
  /** Year of the reference (not from the URL). */
  year: number | null;
  /** Pages (`43`, `399-400`). */
  pages: string | null;
  /** URL as printed (line breaks removed), or `null`. */
  urlSource: string | null;
  /** Where the URL is in the note text. */
  urlSpan: Span | null;
  /** Access date as ISO `YYYY-MM-DD`. */
  accessed: string | null;
  /** Language note (`ru` for `(in Russian)`). */
  language: string | null;
  /** What kind of reference the fields suggest. */
  type: 'electronic' | 'article' | 'book' | 'unknown';
  /** Problems found while parsing. */
  warnings: CiteWarning[];
}

const GMD = /\[([^\][]{3,60})\]/g;
const GMD_WORDS = /электрон|ресурс|electron|resource|mode|online/i;
const LANG_NOTE = /\(\s*(in Russian|in Belarusian|in English|in Chinese|на русском языке|на рус\. яз\.|на белорусском языке)\s*\)/i;
const LANG_CODES: Record<string, string> = {
  'in russian': 'ru', 'на русском языке': 'ru', 'на рус. яз.': 'ru',
  'in belarusian': 'be', 'на белорусском языке': 'be', 'in english': 'en', 'in chinese': 'zh',
};
const ACCESS = /(?:дата обращения|access date|date of access|accessed)\s{0,3}:?\s{0,3}(\d{1,2})\.(\d{1,2})\.(\d{4})/i;
// GOST area separator: ". - " (also ". -- ", ". - -- ", ". – "), after a period or a bracket.
const AREA_SEP = /[.\]]\s*[-–—]{1,2}(?:\s+[-–—]{1,2})*\s+|\s[-–—]{1,2}\s+[-–—]{1,2}\s+/g;
const YEAR = /(?<![\d/])(1[89]\d\d|20\d\d)(?![\d/])/;
const PAGES = /(?<![\p{L}\p{N}])(?:[CСcсPpSs]|Pp|pp)\.\s{0,3}(\d{1,5}(?:\s{0,2}[-–]\s{0,2}\d{1,5})?)/u;
const LEAD_AUTHOR = /^([A-ZА-ЯЁ][\p{Ll}’'-]{1,40}(?:-[A-ZА-ЯЁ]\p{Ll}{1,40})?), ?((?:[A-ZА-ЯЁ]\p{Ll}?\. ?){1,2}) ?/u;
const MEDIA_TYPE = /^(?:Текст|Text) ?: ?(?:электронный|electronic)/i;
const ISSUE = /^(?:№|No\.|Nr\.|Вып\.|Issue) ?(\d{1,5}(?:[-–/]\d{1,5})?)/i;
const URL_LABEL_END = /(?:URL|Access mode|Mode of access|Режим доступа) ?:? ?$/i;
const TRAILING_YEAR = /,? ?(?:1[89]\d\d|20\d\d)$/;
const PUBLISHER_WORDS = /publish|press|verlag|издательств|изд-во|academic|университет|university|РИВШ|RIVSH/i;

/**
 * Parse one footnote as a GOST 7.0.5 / 7.0.100-style reference, Russian or machine-
 * translated English (`Author, I. Title [GMD] / I. Author // … - Year. - URL: … - Access
 * date: …`, books with `- Publisher, Year. - C. 43.`). Works on damaged notes: every
 * field that is there is returned, and a warning says what is missing or displaced.
 * The text may still contain line breaks (they are treated as spaces; a URL wrapped
 * across lines is rejoined).
 */
export function parseReference(noteText: string): ParsedReference {
  const warnings: CiteWarning[] = [];
  const url = extractUrl(noteText);
  const headText = url ? noteText.slice(0, url.labelStart) : noteText;
  const tailText = url ? noteText.slice(url.blockEnd) : '';
  let desc = normalise(headText);
  const label = URL_LABEL_END.exec(desc.slice(-40));
  const hadUrlLabel = label !== null;
  if (label) desc = stripTrailing(desc.slice(0, desc.length - Math.min(40, desc.length) + label.index), ' -–—.');

  const accessMatch = ACCESS.exec(noteText);
  const accessed = accessMatch ? isoDate(accessMatch[3]!, accessMatch[2]!, accessMatch[1]!) : null;
  const inDesc = ACCESS.exec(desc);
  if (inDesc) desc = stripTrailing(desc.slice(0, inDesc.index), ' -–—.(');

  let language: string | null = null;
  const lang = LANG_NOTE.exec(desc);
  if (lang) {
    language = LANG_CODES[lang[1]!.toLowerCase()] ?? null;
    desc = desc.slice(0, lang.index).trimEnd() + ' ' + desc.slice(lang.index + lang[0].length).trimStart();
    desc = squash(desc);
  }

  // Split into areas: head (authors, title, GMD, responsibility) and the rest.
  const areas: string[] = [];
  let last = 0;
  AREA_SEP.lastIndex = 0;
  let sep: RegExpExecArray | null;
  while ((sep = AREA_SEP.exec(desc)) !== null) {
    const cut = desc[sep.index] === ']' ? sep.index + 1 : sep.index;
    areas.push(desc.slice(last, cut));
    last = sep.index + sep[0].length;
  }
  areas.push(desc.slice(last));
  let head = areas[0] ?? '';
  let rest = areas.slice(1).map((a) => a.trim()).filter((a) => a.length > 0);
  // GOST 7.0.100-2018 content/media type area: `Текст : электронный // Site : [сайт]`.
  let mediaType: string | null = null;
  let containerFromArea: string | null = null;
  rest = rest.filter((a) => {
    const mt = MEDIA_TYPE.exec(a);
    if (!mt) return true;
    mediaType = squash(mt[0]);
    const dbl = a.indexOf('//');
    if (dbl >= 0) containerFromArea = a.slice(dbl + 2);
    return false;
  });

  // GMD: the first bracket that names a material designation.
  let medium: string | null = null;
  GMD.lastIndex = 0;
  let g: RegExpExecArray | null;
  let gmdAt = -1;
  let gmdEnd = -1;
  while ((g = GMD.exec(head)) !== null) {
    if (GMD_WORDS.test(g[1]!)) {
      medium = g[1]!.trim();
      gmdAt = g.index;
      gmdEnd = g.index + g[0].length;
      break;
    }
  }
  if (medium === null) {
    // The bracket may sit in a later area (`…. - [Electronic resource]`).
    for (const a of rest) {
      GMD.lastIndex = 0;
      const m2 = GMD.exec(a);
      if (m2 && GMD_WORDS.test(m2[1]!)) {
        medium = m2[1]!.trim();
        break;
      }
    }
  }

  if (medium === null && mediaType !== null) medium = mediaType;

  // Authors at the head.
  const authors: Author[] = [];
  const lead = LEAD_AUTHOR.exec(head);
  let titleFrom = 0;
  if (lead) {
    authors.push({ family: lead[1]!, given: lead[2]!.replace(/\s+/g, '') });
    titleFrom = lead[0].length;
  }

  // Title ends at " / ", " // " or the GMD, whichever comes first.
  const slashSlash = indexOfSpaced(head, '//', titleFrom);
  const slash = indexOfSingleSlash(head, titleFrom);
  const ends = [slashSlash, slash, gmdAt].filter((i) => i >= 0);
  const titleEnd = ends.length > 0 ? Math.min(...ends) : head.length;
  let title = head.slice(titleFrom, titleEnd);
  let responsibility: string | null = null;
  if (slash >= 0 && (slashSlash < 0 || slash < slashSlash)) {
    const respEnd = slashSlash > slash ? slashSlash : gmdAt > slash ? gmdAt : head.length;
    responsibility = tidy(head.slice(slash + 2, respEnd)) || null;
  }
  if (gmdAt >= 0 && gmdAt === titleEnd) {
    // Text after the bracket and before a responsibility belongs to the title: a displaced GMD.
    const after = head.slice(gmdEnd);
    const stop = [indexOfSpaced(after, '//', 0), indexOfSingleSlash(after, 0)].filter((i) => i >= 0);
    const extra = tidy(after.slice(0, stop.length > 0 ? Math.min(...stop) : after.length).replace(/^[,.:;\s]+/, ''));
    if (extra.length > 0 && /\p{L}/u.test(extra)) {
      title = `${title.trimEnd()}${/^\s*,/.test(after) ? ',' : ''} ${extra}`;
      warnings.push({ code: 'gmd-displaced', message: `the material designation [${medium}] stands inside the title; title rejoined around it` });
      if (stop.length > 0) {
        const r = after.slice(Math.min(...stop)).replace(/^\s*\/\/?\s*/, '');
        if (!responsibility && r.trim() && !/^\s*\/\//.test(after.slice(Math.min(...stop)))) responsibility = tidy(r) || null;
      }
    }
  }
  title = tidy(title);
  // The host document: after ` // ` in the head (or in the media-type area), without a GMD or `[сайт]`.
  let container: string | null = null;
  const hostText = slashSlash >= 0 ? head.slice(slashSlash + 2) : containerFromArea;
  if (hostText !== null) {
    const c = tidy(hostText.replace(/\[[^\][]{0,60}\]/g, ' ').split(' : ')[0]!);
    if (/\p{L}{2,}/u.test(c)) container = c;
  }
  if (authors.length === 0 && responsibility) {
    const name = /^((?:[A-ZА-ЯЁ]\p{Ll}?\. ?){1,2}) ?([A-ZА-ЯЁ][\p{Ll}’'-]{1,40})$/u.exec(responsibility);
    if (name) authors.push({ family: name[2]!, given: name[1]!.replace(/\s+/g, '') });
  }

  // Later areas: year, publisher and place, pages.
  let year: number | null = null;
  let pages: string | null = null;
  let publisher: string | null = null;
  let place: string | null = null;
  let issue: string | null = null;
  for (const a of rest) {
    const iss = ISSUE.exec(a);
    if (iss) {
      if (issue === null) issue = iss[1]!;
      continue;
    }
    const p = PAGES.exec(' ' + a);
    if (p && pages === null) pages = p[1]!.replace(/\s+/g, '').replace('–', '-');
    const y = YEAR.exec(a);
    if (y && year === null) year = Number(y[1]);
    const pubPart = stripTrailing(stripTrailing(a.replace(PAGES, ''), ' .,').replace(TRAILING_YEAR, ''), ' .,').trim();
    if (publisher === null && /\p{L}{2,}/u.test(pubPart) && !GMD_WORDS.test(pubPart) && !/^(?:URL|Access)/i.test(pubPart)) {
      const colon = squash(pubPart).split(' : ');
      if (colon.length >= 2) {
        const [x, y2] = [colon[0]!.trim(), colon.slice(1).join(' : ').trim()];
        if (PUBLISHER_WORDS.test(x) && !PUBLISHER_WORDS.test(y2)) {
          publisher = x;
          place = y2;
        } else {
          place = x;
          publisher = y2;
        }
      } else {
        publisher = pubPart;
      }
    }
  }
  if (year === null) {
    // A year may be left in the head after a displaced GMD (`… [Electronic resource]. 2017`).
    const y = YEAR.exec(head.slice(Math.max(gmdEnd, 0)));
    if (y && gmdEnd >= 0) year = Number(y[1]);
  }

  const type: ParsedReference['type'] = url || medium ? 'electronic' : container ? 'article' : publisher || pages ? 'book' : 'unknown';
  if (!url && (hadUrlLabel || medium)) warnings.push({ code: 'url-missing', message: 'the note names an electronic resource but its URL is missing (lost at a page break?)' });
  if (!title) warnings.push({ code: 'title-missing', message: 'no title found' });
  return {
    authors, title: title || null, responsibility, medium, place, publisher, container, issue, year, pages,
    urlSource: url ? url.source : null,
    urlSpan: url ? { start: url.start, end: url.end } : null,
    accessed, language, type, warnings,
  };
}

/** Collapse whitespace and undo Markdown escapes in descriptive text. */
function normalise(s: string): string {
  return squash(s.replace(/\\([$_*[\]#&%])/g, '$1'));
}

/** Whitespace runs → one space, ends trimmed. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function tidy(s: string): string {
  return stripTrailing(stripLeading(squash(s), ',;: '), ' ,;:/.').trim();
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Index of ` // ` (or `//` at a word gap) at or after `from`, not inside a URL. */
function indexOfSpaced(s: string, needle: string, from: number): number {
  let i = s.indexOf(needle, from);
  while (i >= 0) {
    if ((i === 0 || s[i - 1] === ' ') && s[i - 1] !== ':') return i;
    i = s.indexOf(needle, i + needle.length);
  }
  return -1;
}

/** Index of a lone ` / ` (spaces around, not part of `//`) at or after `from`. */
function indexOfSingleSlash(s: string, from: number): number {
  let i = s.indexOf(' / ', from);
  while (i >= 0) {
    if (s[i + 3] !== '/' && s[i - 1] !== '/') return i + 1 - 1;
    i = s.indexOf(' / ', i + 1);
  }
  return -1;
}


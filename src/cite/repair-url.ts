import { stripTrailing } from './strip.js';
import { KNOWN_HOSTS, baseHost } from './hosts.js';
import { ocrDistance } from './ocr-distance.js';
import { BELTA_COUNTER_KINDS, BELTA_PATH_PREFIXES, BELTA_SECTIONS } from '../data/belta-sections.js';
import { repairSlugAgainstTitle, slugTokens, type SlugRepair } from '../belta/repair-slug.js';
import { transliterate } from '../translit/transliterate.js';
import type { SchemeRef } from '../translit/transliterate.js';

/** One repair made to a URL. */
export interface UrlFix {
  /** What kind of damage was undone (`scheme-space`, `markdown-escape`, `tld`, `host`, `section`, `spaces`, `slug`, `cyrillic`, `punctuation`). */
  kind: string;
  /** The part as printed. */
  before: string;
  /** The part after repair. */
  after: string;
}

/** Result of {@link repairUrl}. */
export interface RepairedUrl {
  /** The repaired URL. */
  url: string;
  /** Lowercase host of the repaired URL. */
  host: string;
  /** Every repair made. */
  fixes: UrlFix[];
  /** Slug alignment against the title, when one was made. */
  slugRepair: SlugRepair | null;
  /** Problems that could not be repaired (wildcard glyphs left in, unreadable host). */
  problems: string[];
}

/** Options for {@link repairUrl}. */
export interface RepairUrlOptions {
  /** The Russian title of the note: slug tokens are aligned against it. */
  titleRu?: string | null;
  /** Schemes to try when aligning (default: the 2024 book's, then BelTA's). */
  schemes?: readonly SchemeRef[];
}

const SECTION_WORDS = [...BELTA_SECTIONS, ...BELTA_COUNTER_KINDS, ...BELTA_PATH_PREFIXES, 'view'];

/**
 * Repair a printed URL: spaces after `https:` and inside the URL, Markdown escapes,
 * OCR'd top-level domain (`.bv` → `.by`: no site uses Bouvet Island's domain), host
 * names within a small OCR distance of a known host, belta.by section names
 * (`societv` → `society`), and the slug — aligned against the Russian title when it is
 * known (`repairSlugAgainstTitle`), else repaired on structure alone (Cyrillic letters
 * transliterated, apostrophes and stray punctuation removed).
 */
export function repairUrl(source: string, options: RepairUrlOptions = {}): RepairedUrl {
  const fixes: UrlFix[] = [];
  const problems: string[] = [];
  let s = source.trim();
  const fix = (kind: string, before: string, after: string): void => {
    if (before !== after) fixes.push({ kind, before, after });
  };
  const schemeMatch = /^(h\s?t\s?t\s?p\s?(s?))\s*:\s*\/\s*\//i.exec(s);
  let scheme = '';
  if (schemeMatch) {
    scheme = schemeMatch[2] ? 'https' : 'http';
    fix('scheme-space', schemeMatch[0], scheme + '://');
    s = s.slice(schemeMatch[0].length);
  }
  const unescaped = s.replace(/\\{1,4}_/g, '_').replace(/\\([$&#%])/g, '$1');
  fix('markdown-escape', s, unescaped);
  s = unescaped;
  const slash = s.indexOf('/');
  let host = (slash < 0 ? s : s.slice(0, slash)).replace(/\s+/g, '').toLowerCase();
  let path = slash < 0 ? '' : s.slice(slash);
  const printedHost = host;
  if (host.endsWith('.bv')) host = host.slice(0, -3) + '.by';
  fix('tld', printedHost, host);
  host = repairHost(host, fixes);
  const isBelta = baseHost(host) === 'belta.by' || host.endsWith('.belta.by');
  let slugRepair: SlugRepair | null = null;
  if (isBelta) {
    // eng.belta.by and deu.belta.by slugs are English or German: no alignment with a Russian title.
    const foreign = /^(?:eng|deu)\./.test(host);
    const r = repairBeltaPath(path, foreign ? { ...options, titleRu: null } : options, fixes, problems);
    path = r.path;
    slugRepair = r.slugRepair;
  } else {
    const compact = path.replace(/\s+/g, '');
    fix('spaces', path, compact);
    path = compact;
  }
  const url = (scheme ? scheme + '://' : '') + host + path;
  return { url, host, fixes, slugRepair, problems };
}

const hostCache = new Map<string, string | null>();

function repairHost(host: string, fixes: UrlFix[]): string {
  const base = baseHost(host);
  if (KNOWN_HOSTS.some((k) => base === k.host || base.endsWith('.' + k.host))) return host;
  const cached = hostCache.get(base);
  if (cached === null) return host;
  if (cached !== undefined) {
    const repaired = host.slice(0, host.length - base.length) + cached;
    fixes.push({ kind: 'host', before: host, after: repaired });
    return repaired;
  }
  let best: { host: string; d: number } | null = null;
  for (const k of KNOWN_HOSTS) {
    for (const cand of [k.host, ...suffixVariants(base, k.host)]) {
      const d = ocrDistance(base, cand) / Math.max(base.length, cand.length);
      if (d <= 0.12 && (!best || d < best.d)) best = { host: cand, d };
    }
  }
  if (hostCache.size > 1000) hostCache.clear();
  hostCache.set(base, best ? best.host : null);
  if (!best) return host;
  const repaired = host.slice(0, host.length - base.length) + best.host;
  fixes.push({ kind: 'host', before: host, after: repaired });
  return repaired;
}

/** A known host may appear under a subdomain (`pda.government.gov.by`): keep the subdomain. */
function suffixVariants(base: string, known: string): string[] {
  const dot = base.indexOf('.');
  if (dot < 0) return [];
  return [base.slice(0, dot + 1) + known];
}

function repairBeltaPath(path: string, options: RepairUrlOptions, fixes: UrlFix[], problems: string[]): { path: string; slugRepair: SlugRepair | null } {
  const compact = path.replace(/\s+/g, '');
  const trailing = compact.endsWith('/');
  const parts = compact.split('/').filter((p) => p.length > 0);
  // Directory parts: known words, repaired by OCR distance.
  const dirs = parts.slice(0, -1).map((p) => {
    const low = p.toLowerCase();
    if (SECTION_WORDS.includes(low)) return low;
    let best: { w: string; d: number } | null = null;
    for (const w of SECTION_WORDS) {
      const d = ocrDistance(low, w) / Math.max(low.length, w.length);
      if (d <= 0.34 && (!best || d < best.d)) best = { w, d };
    }
    if (best) {
      fixes.push({ kind: 'section', before: p, after: best.w });
      return best.w;
    }
    return p;
  });
  const lastPrinted = parts.length > 0 ? parts[parts.length - 1]! : '';
  if (parts.length < 2) return { path: compact, slugRepair: null };
  // Slug and tail as printed (spaces removed), tail = -{id}[-{year}].
  const rawLast = lastOf(path);
  const tail = /-\s*(\d{1,7})(?:\s*-\s*(\d{4}))?[\s,.;]*$/.exec(lastPrinted);
  const slugPrinted = tail ? rawLast.slice(0, lastIndexOfTail(rawLast)) : rawLast;
  const tailText = tail ? '-' + tail[1] + (tail[2] ? '-' + tail[2] : '') : '';
  let slug: string;
  let slugRepair: SlugRepair | null = null;
  const titleRu = options.titleRu ?? null;
  if (titleRu && /[\u0400-\u04FF]/.test(titleRu)) {
    slugRepair = repairSlugAgainstTitle(slugPrinted, titleRu, options.schemes);
    slug = slugRepair.slug;
    const printedTokens = slugTokens(slugPrinted).join('-');
    if (printedTokens !== slug) fixes.push({ kind: 'slug', before: printedTokens, after: slug });
  } else {
    const tokens = slugTokens(slugPrinted).map((t) => {
      let out = t;
      if (/[\u0400-\u04FF]/.test(out)) {
        const lat = transliterate(out, 'beltaJ').toLowerCase();
        fixes.push({ kind: 'cyrillic', before: out, after: lat });
        out = lat;
      }
      const clean = out.replace(/['’`ʼ"«»,;.]/g, '');
      if (clean !== out) fixes.push({ kind: 'punctuation', before: out, after: clean });
      return clean;
    });
    slug = tokens.join('-');
  }
  if (/[■?\uFFFD□]/.test(slug)) problems.push(`unreadable glyph left in the slug "${slug}"`);
  const spacesRemoved = path !== compact;
  if (spacesRemoved) fixes.push({ kind: 'spaces', before: path.trim(), after: compact });
  const rebuilt = '/' + [...dirs, slug + tailText].join('/') + (trailing || (tail && /\/\s*$/.test(path)) ? '/' : '');
  return { path: rebuilt, slugRepair };
}

function lastOf(path: string): string {
  const trimmed = stripTrailing(path, ' \t\n/');
  const i = trimmed.lastIndexOf('/');
  return trimmed.slice(i + 1);
}

/** Index where the `-{id}[-{year}]` tail starts in a printed last segment (spaces allowed). */
function lastIndexOfTail(seg: string): number {
  const m = /-\s*\d{1,7}(?:\s*-\s*\d{4})?[\s,.;]*$/.exec(seg);
  return m ? m.index : seg.length;
}

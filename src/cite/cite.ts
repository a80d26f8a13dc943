import { clean } from '../clean/clean.js';
import type { CleanOptions, CleanResult } from '../clean/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseBeltaUrl } from '../belta/url.js';
import { idFitsYear, yearsForId } from '../belta/id-years.js';
import { slugify, BELTA_SLUG_MAX } from '../translit/slugify.js';
import type { SchemeRef } from '../translit/transliterate.js';
import { findNotes } from './find-notes.js';
import { recoverMarkers, type MarkerSpan } from './link.js';
import { parseReference, type CiteWarning } from './parse-reference.js';
import { repairUrl } from './repair-url.js';
import { hostKind } from './hosts.js';
import { crossCheck } from './cross-check.js';
import { SpanIndex } from './spans.js';
import type { Citation } from './types.js';
import { backTranslateSlug, backTranslationAvailable, type BackTranslation } from './back-translate.js';

/** Options for {@link cite}. */
export interface CiteOptions {
  /** Options for `clean()` when `cite` is given raw text. */
  clean?: CleanOptions;
  /** Schemes tried when repairing a slug against a Russian title (default: `book2024`, `beltaJ`). */
  schemes?: readonly SchemeRef[];
  /**
   * Reconstruct Russian headlines of English notes from their slugs (default true).
   * Needs the `az` dictionaries; skipped with an info diagnostic when they cannot load.
   */
  backTranslate?: boolean | ((slug: string) => BackTranslation | null);
}

/** Result of {@link cite}. */
export interface CiteResult {
  /** One citation per note, in note order. */
  citations: Citation[];
  /** Markers whose note was not found (original offsets). */
  markersWithoutNotes: MarkerSpan[];
  /** Ids of notes that no marker points to. */
  notesWithoutMarkers: string[];
  /** Where the notes came from: the cleaner, or cite's own finder on the original text. */
  noteSource: 'clean' | 'raw';
  /** Document-level findings (with original offsets where they apply). */
  diagnostics: Diagnostic[];
}

const NUMBER_PREFIX = /^\s*(?:<sup>\s*\d{1,4}\s*<\/sup>|\d{1,4}(?=\s))\s*/;

/**
 * Turn every footnote of a document into a structured reference: GOST fields, the
 * printed and the repaired URL, BelTA section/id/year/slug, the in-text markers that
 * point to it, and warnings (year ≠ URL year, id outside the year's range, slug that
 * does not match the title, one URL under different titles, missing URL or year).
 *
 * Takes raw text (runs `clean()` on it) or a `CleanResult`. When the cleaner found no
 * notes, cite's own finder reads them from the original text, so the result does not
 * depend on the cleaner. Offsets are into the original input.
 */
export function cite(input: string | CleanResult, options: CiteOptions = {}): CiteResult {
  const result = typeof input === 'string' ? clean(input, options.clean ?? {}) : input;
  const original = result.original;
  const diagnostics: Diagnostic[] = [];
  let noteSource: CiteResult['noteSource'] = 'clean';
  let notes: Array<{ id: string; start: number; end: number; text: string; printed: string }>;
  let markers: MarkerSpan[];
  if (result.footnotes.length > 0) {
    notes = result.footnotes.map((f) => ({
      id: f.id, start: f.start, end: f.end, text: f.text,
      printed: original.slice(f.start, f.end).replace(NUMBER_PREFIX, ''),
    }));
    markers = result.markers.map((m) => ({ id: m.id, start: m.start, end: m.end }));
    // Fill in what the cleaner missed: notes with new ids that overlap none of its notes,
    // and markers for notes it gave none.
    const raw = findNotes(original);
    const cleanerNotes = new SpanIndex(notes);
    const known = new Set(notes.map((n) => n.id));
    for (const n of raw.notes) {
      if (known.has(n.id) || cleanerNotes.contains(n.start) || cleanerNotes.contains(n.end - 1)) continue;
      const printed = original.slice(n.textStart, n.end);
      notes.push({ id: n.id, start: n.start, end: n.end, text: printed, printed });
      known.add(n.id);
      diagnostics.push({ rule: 'cite-notes', severity: 'info', message: `note ${n.id} read from the original text (the cleaner did not give it)`, start: n.start, end: n.end });
    }
    notes.sort((a, b) => a.start - b.start);
    const marked = new Set(markers.map((m) => m.id));
    const allNotes = new SpanIndex(notes);
    for (const m of raw.markers) {
      if (!marked.has(m.id) && known.has(m.id) && !allNotes.contains(m.start)) markers.push(m);
    }
  } else {
    noteSource = 'raw';
    const raw = findNotes(original);
    notes = raw.notes.map((n) => {
      const printed = original.slice(n.textStart, n.end);
      return { id: n.id, start: n.start, end: n.end, text: printed, printed };
    });
    markers = raw.markers;
    if (notes.length > 0) {
      diagnostics.push({ rule: 'cite-notes', severity: 'info', message: `the cleaner gave no notes; ${notes.length} notes read from the original text` });
    }
  }
  const noteIds = notes.map((n) => n.id);
  markers = [...markers, ...recoverMarkers(original, noteIds, markers, notes)].sort((a, b) => a.start - b.start);
  for (const m of markers) {
    if (m.recovered) diagnostics.push({ rule: 'cite-marker', severity: 'info', message: `marker ${m.id} recovered from a bare number`, start: m.start, end: m.end });
  }

  const byMarkerId = new Map<string, MarkerSpan[]>();
  for (const m of markers) {
    const list = byMarkerId.get(m.id) ?? [];
    list.push(m);
    byMarkerId.set(m.id, list);
  }
  const citations = notes.map((n) => buildCitation(n, byMarkerId.get(n.id) ?? [], options));
  crossCheck(citations);
  suggestLostUrls(original, citations);
  if (options.backTranslate !== false) applyBackTranslation(citations, options, diagnostics);

  const ids = new Set(noteIds);
  const markersWithoutNotes = markers.filter((m) => !ids.has(m.id));
  const notesWithoutMarkers = citations.filter((c) => c.refs.length === 0).map((c) => c.id);
  for (const m of markersWithoutNotes) {
    diagnostics.push({ rule: 'cite-link', severity: 'warning', message: `marker ${m.id} points to no note`, start: m.start, end: m.end });
  }
  for (const c of citations) {
    if (c.refs.length === 0) {
      c.warnings.push({ code: 'no-marker', message: `no marker in the text points to note ${c.id}` });
      diagnostics.push({ rule: 'cite-link', severity: 'warning', message: `note ${c.id} has no marker in the text`, start: c.start, end: c.end });
    }
  }
  return { citations, markersWithoutNotes, notesWithoutMarkers, noteSource, diagnostics };
}

function buildCitation(
  n: { id: string; start: number; end: number; text: string; printed: string },
  markers: readonly MarkerSpan[],
  options: CiteOptions,
): Citation {
  const parsed = parseReference(n.text);
  const printed = n.printed === n.text ? parsed : parseReference(n.printed);
  const warnings: CiteWarning[] = [...parsed.warnings];
  const isRu = parsed.title !== null && /[\u0400-\u04FF]/.test(parsed.title);
  const urlSource = printed.urlSource ?? parsed.urlSource;
  let url: string | null = null;
  let host: string | null = null;
  let belta: Citation['belta'] = null;
  let repairs: Citation['repairs'] = [];
  let canonicalUrl: string | undefined;
  if (urlSource) {
    const repaired = repairUrl(urlSource, { titleRu: isRu ? parsed.title : null, ...(options.schemes ? { schemes: options.schemes } : {}) });
    url = repaired.url;
    host = repaired.host;
    repairs = repaired.fixes;
    for (const p of repaired.problems) warnings.push({ code: 'url-damaged', message: p });
    const b = parseBeltaUrl(url);
    if (b) {
      belta = { section: b.section, id: b.id, year: b.year, slug: b.slug, edition: b.edition, kind: b.kind, counter: b.counter };
      if (repaired.slugRepair && repaired.slugRepair.coverage < 0.6) {
        warnings.push({
          code: 'slug-title-mismatch',
          message: `only ${Math.round(repaired.slugRepair.coverage * 100)}% of the slug matches the title: the URL may belong to another item`,
        });
      }
      if (isRu && parsed.title && b.edition === 'ru') {
        const slug = slugify(parsed.title);
        canonicalUrl = b.kind === 'view' && b.year !== null
          ? `https://www.belta.by/${b.section}/view/${slug}-${b.id}-${b.year}/`
          : `https://www.belta.by/${b.section}/view/${slug}-${b.id}/`;
      }
      if (!isRu && parsed.title) {
        // Numbers survive translation: a number of the title missing from the slug means another item.
        const tokens = new Set(b.slug.split('-'));
        const missing = [...new Set(parsed.title.match(/\d{1,6}/g) ?? [])].filter((d) => !tokens.has(d));
        if (missing.length > 0 && b.slug.length > 0) {
          const cut = b.slug.length >= BELTA_SLUG_MAX - 10 ? ' (the slug may be truncated)' : '';
          warnings.push({ code: 'slug-title-mismatch', message: `number${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of the title missing from the slug${cut}: the URL may belong to another item` });
        }
      }
      if (!isRu) {
        const odd = nonstandardTokens(b.slug);
        if (odd.length > 0) {
          warnings.push({ code: 'slug-nonstandard', message: `slug tokens outside BelTA's j-scheme (likely MT or typing damage; the real slug may differ): ${odd.join(', ')}` });
        }
      }
    } else if (host && /(^|\.)belta\.by$/.test(host)) {
      warnings.push({ code: 'belta-url-unparsed', message: `belta.by URL without a recognisable {slug}-{id}-{year} tail: ${url}` });
    }
  }
  let year = parsed.year ?? printed.year;
  if (belta && belta.year !== null) {
    if (year === null) {
      year = belta.year;
      warnings.push({ code: 'year-from-url', message: `no year in the note; ${belta.year} taken from the URL` });
    } else if (year !== belta.year) {
      const fits = belta.counter === 'main' ? (idFitsYear(belta.id, belta.year) ? ` (id ${belta.id} fits ${belta.year})` : '') : '';
      warnings.push({ code: 'year-mismatch', message: `the note says ${year} but the URL says ${belta.year}${fits}` });
    }
  }
  if (belta && belta.counter === 'main' && belta.year !== null && !idFitsYear(belta.id, belta.year)) {
    const span = yearsForId(belta.id);
    const range = span.from === span.to ? `${span.from}` : `${span.from ?? '…'}–${span.to ?? '…'}`;
    warnings.push({ code: 'id-year-range', message: `id ${belta.id} lies outside the ids seen for ${belta.year} (it fits ${range})` });
  }
  if (year === null && parsed.type !== 'unknown') warnings.push({ code: 'year-missing', message: 'no year in the note or its URL' });
  const kind = host ? hostKind(host) : null;
  const type: Citation['type'] = parsed.type === 'book' && !url
    ? 'book'
    : parsed.type === 'article' && !url
    ? 'article'
    : kind === 'news' ? 'news' : kind === 'government' ? 'government' : url || parsed.medium ? 'web' : 'unknown';
  const refs = markers.map((m) => ({ start: m.start, end: m.end }));
  const citation: Citation = {
    id: n.id, text: n.text.replace(/\s+/g, ' ').trim(), start: n.start, end: n.end, type, lang: isRu ? 'ru' : 'en',
    authors: parsed.authors, title: parsed.title, medium: parsed.medium, year,
    publisher: parsed.publisher, place: parsed.place, container: parsed.container, issue: parsed.issue, pages: parsed.pages, accessed: parsed.accessed, language: parsed.language,
    url, urlSource, host, belta, repairs, refs, warnings,
  };
  if (canonicalUrl) citation.canonicalUrl = canonicalUrl;
  return citation;
}

function applyBackTranslation(citations: Citation[], options: CiteOptions, diagnostics: Diagnostic[]): void {
  const fn = typeof options.backTranslate === 'function' ? options.backTranslate : backTranslateSlug;
  const slugs = new Map<Citation, { slug: string; min: number }>();
  for (const c of citations) {
    if (c.lang !== 'en' || !c.url) continue;
    if (c.belta) {
      if (c.belta.slug && c.belta.edition === 'ru') slugs.set(c, { slug: c.belta.slug, min: 0 });
    } else {
      // Other sites with transliterated slugs (president.gov.by, regional portals): only a confident reading counts.
      const slug = slugOfUrl(c.url);
      if (slug) slugs.set(c, { slug, min: 0.75 });
    }
  }
  const wanted = [...slugs.keys()];
  if (wanted.length === 0) return;
  if (fn === backTranslateSlug && !backTranslationAvailable()) {
    diagnostics.push({ rule: 'cite-back-translate', severity: 'info', message: 'the Az.js word list could not be loaded; no Russian titles reconstructed' });
    return;
  }
  for (const c of wanted) {
    const { slug, min } = slugs.get(c)!;
    const r = fn(slug);
    if (r && r.confidence >= min) {
      c.titleRu = r.text;
      c.titleRuConfidence = r.confidence;
    }
  }
}

/**
 * A note whose URL is missing may have lost it to a page break: a URL standing alone
 * between this note and the next one (outside every note) is named in the warning.
 */
function suggestLostUrls(original: string, citations: Citation[]): void {
  const inNote = new SpanIndex(citations);
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i]!;
    const w = c.warnings.find((x) => x.code === 'url-missing');
    if (!w) continue;
    const from = c.end;
    const to = citations[i + 1]?.start ?? Math.min(original.length, from + 5000);
    const region = original.slice(from, to);
    const found: string[] = [];
    let offset = from;
    for (const line of region.split('\n')) {
      const m = /^<?(https?:\/\/[^\s<>]{1,2000})>?$/.exec(line.trim());
      const at = offset;
      offset += line.length + 1;
      if (m && !inNote.contains(at)) found.push(m[1]!);
    }
    if (found.length === 1) w.message += `; a stray URL after it may be the lost one: ${found[0]!}`;
  }
}

/**
 * Slug tokens BelTA's j-scheme hardly produces (belta.md §4): `kh` (BelTA writes х as `h`;
 * к+х is rare) and `ya`/`yu` (BelTA writes я, ю as `ja`, `ju`; ы+а/у is rare). Read-only:
 * the URL is kept as printed.
 */
export function nonstandardTokens(slug: string): string[] {
  return slug.split('-').filter((t) => /kh|y[au]/.test(t));
}

/**
 * The transliterated headline in a non-BelTA URL, if there is one: the longest run of
 * lowercase Latin words joined by hyphens (at least three words) in the path or query,
 * without leading or trailing numeric ids (`…/view/vstrecha-s-predstaviteljami-kitajskix-smi-16136/`
 * → `vstrecha-s-predstaviteljami-kitajskix-smi`).
 */
export function slugOfUrl(url: string): string | null {
  const afterHost = url.replace(/^[a-z]{3,6}:\/\/[^/]{1,253}/i, '');
  let best: string | null = null;
  for (const m of afterHost.matchAll(/[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){2,40}/g)) {
    const core = m[0].split('-').filter((t) => !/^\d+$/.test(t) || t.length <= 4);
    while (core.length > 0 && /^\d+$/.test(core[core.length - 1]!)) core.pop();
    while (core.length > 0 && /^\d+$/.test(core[0]!)) core.shift();
    const words = core.filter((t) => /[a-z]/.test(t));
    if (words.length < 3) continue;
    const s = core.join('-');
    if (!best || s.length > best.length) best = s;
  }
  return best;
}

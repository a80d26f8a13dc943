import type { Citation } from '../types.js';
import { hostName } from '../hosts.js';

/** A CSL-JSON item (the subset sverka fills). */
export interface CslItem {
  /** Item id (`fn82`). */
  id: string;
  /** CSL type. */
  type: 'article-newspaper' | 'article-journal' | 'webpage' | 'book' | 'document';
  /** Title. */
  title?: string;
  /** Authors. */
  author?: Array<{
    /** Family name. */
    family: string;
    /** Given names or initials. */
    given?: string;
  }>;
  /** Issued date. */
  issued?: {
    /** `[[year, month?, day?]]`. */
    'date-parts': number[][];
  };
  /** Accessed date. */
  accessed?: {
    /** `[[year, month, day]]`. */
    'date-parts': number[][];
  };
  /** URL. */
  URL?: string;
  /** Site or agency name. */
  'container-title'?: string;
  /** Publisher. */
  publisher?: string;
  /** Place of publication. */
  'publisher-place'?: string;
  /** Pages. */
  page?: string;
  /** Issue number. */
  issue?: string;
  /** Language (BCP 47). */
  language?: string;
  /** Material designation. */
  medium?: string;
  /** Free-text note (Russian headline, warnings). */
  note?: string;
}

/** CSL type for a citation. */
export function cslType(c: Citation): CslItem['type'] {
  if (c.type === 'book') return 'book';
  if (c.container && !c.url) return 'article-journal';
  if (c.type === 'news') return 'article-newspaper';
  if (c.url) return 'webpage';
  return 'document';
}

/** Citations as CSL-JSON items (Zotero, Pandoc, citation.js read these). */
export function toCsl(citations: readonly Citation[]): CslItem[] {
  return citations.map((c) => {
    const item: CslItem = { id: `fn${c.id}`, type: cslType(c) };
    if (c.title) item.title = c.title;
    if (c.authors.length > 0) item.author = c.authors.map((a) => (a.given ? { family: a.family, given: a.given } : { family: a.family }));
    if (c.year !== null) item.issued = { 'date-parts': [[c.year]] };
    if (c.accessed) item.accessed = { 'date-parts': [c.accessed.split('-').map(Number)] };
    if (c.url) item.URL = c.url;
    if (c.container) item['container-title'] = c.container;
    else if (c.host && c.type !== 'book') item['container-title'] = hostName(c.host);
    if (c.issue) item.issue = c.issue;
    if (c.publisher) item.publisher = c.publisher;
    if (c.place) item['publisher-place'] = c.place;
    if (c.pages) item.page = c.pages;
    const lang = c.language ?? (c.lang === 'ru' ? 'ru' : null);
    if (lang) item.language = lang;
    if (c.medium) item.medium = c.medium;
    const notes: string[] = [];
    if (c.titleRu) notes.push(`Russian title (reconstructed from the URL, confidence ${c.titleRuConfidence ?? 0}): ${c.titleRu}`);
    for (const w of c.warnings) notes.push(`${w.code}: ${w.message}`);
    if (notes.length > 0) item.note = notes.join('\n');
    return item;
  });
}

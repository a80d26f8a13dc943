import type { Span } from '../model/span.js';
import type { Author, CiteWarning } from './parse-reference.js';
import type { UrlFix } from './repair-url.js';

/** The BelTA part of a citation (belta.md §2). */
export interface BeltaInfo {
  /** Section (`society`, `economics`, `regions`, …, `interview`, `opinions`). */
  section: string;
  /** Article id. */
  id: number;
  /** Year in the URL (`null` for interview/opinions items, which have their own counter). */
  year: number | null;
  /** Headline slug (repaired) without id and year. */
  slug: string;
  /** Edition: `ru`, `eng` or `deu`. */
  edition: 'ru' | 'eng' | 'deu';
  /** `view` (news item), `interview` or `opinions`. */
  kind: 'view' | 'interview' | 'opinions';
  /** Counter the id belongs to (`main`, `legacy` 2015 regional ids, `interview`, `opinions`). */
  counter: 'main' | 'legacy' | 'interview' | 'opinions';
}

/** One footnote turned into a structured reference. */
export interface Citation {
  /** Note number as printed. */
  id: string;
  /** Note text (number removed). */
  text: string;
  /** Span of the whole note in the original input. */
  start: number;
  /** End of the note (exclusive) in the original input. */
  end: number;
  /** What kind of source: BelTA or other news item, official page, other web page, book, article in a journal or newspaper. */
  type: 'news' | 'government' | 'web' | 'book' | 'article' | 'unknown';
  /** Language of the note (`ru` when the title is Cyrillic, else `en`). */
  lang: 'ru' | 'en';
  /** Authors. */
  authors: Author[];
  /** Title as printed (cleaned of the GMD, `(in Russian)` and responsibility). */
  title: string | null;
  /** Russian headline: reconstructed from the slug for English notes (see {@link Citation.titleRuConfidence}). */
  titleRu?: string;
  /** Confidence of {@link Citation.titleRu} (0–1). */
  titleRuConfidence?: number;
  /** Material designation as printed (`Электронный ресурс`, `Electron resource`). */
  medium: string | null;
  /** Year of the citation (from the URL when the note has none: see warnings). */
  year: number | null;
  /** Publisher (books). */
  publisher: string | null;
  /** Place of publication (books). */
  place: string | null;
  /** Host document after ` // ` (newspaper, journal, site). */
  container: string | null;
  /** Issue number. */
  issue: string | null;
  /** Pages (`43`, `399-400`). */
  pages: string | null;
  /** Access date `YYYY-MM-DD`. */
  accessed: string | null;
  /** Language of the source when the note says so (`(in Russian)` → `ru`). */
  language: string | null;
  /** Repaired URL. */
  url: string | null;
  /** URL as printed (line breaks removed). */
  urlSource: string | null;
  /** BelTA's own URL for the item (j-scheme slug of the Russian title), when the Russian title is known. */
  canonicalUrl?: string;
  /** Lowercase host of the repaired URL. */
  host: string | null;
  /** BelTA fields, or `null` for other sources. */
  belta: BeltaInfo | null;
  /** Repairs made to the URL. */
  repairs: UrlFix[];
  /** In-text markers that point to this note (original offsets). */
  refs: Span[];
  /** Problems found. */
  warnings: CiteWarning[];
}

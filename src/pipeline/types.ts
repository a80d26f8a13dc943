import type { Change } from '../model/change.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LanguageCode } from '../langid/types.js';
import type { Footnote, FootnoteMarker, ProfileChoice, ProfileName } from '../clean/types.js';
import type { ParagraphKind } from '../segment/paragraphs.js';

/** The stages of {@link processDocument}, in the order they run. */
export type StageName = 'decode' | 'clean' | 'segment' | 'langid' | 'cite' | 'entities';

/**
 * What happened to one stage of one document:
 * - `ok`: it ran;
 * - `fallback`: the stage is not available in this build, a simpler stand-in ran
 *   (citations from the cleaner's footnotes);
 * - `unavailable`: the stage is not available in this build and nothing ran;
 * - `disabled`: switched off by the caller or the configuration;
 * - `failed`: it threw; the error is in `diagnostics` and the other stages still ran.
 */
export type StageStatus = 'ok' | 'fallback' | 'unavailable' | 'disabled' | 'failed';

/** A span of the original input that also knows its place in the cleaned text. */
export interface DualSpan {
  /** Start in the original input. */
  start: number;
  /** End (exclusive) in the original input. */
  end: number;
  /** Start in the cleaned text (`record.text`). */
  cleanStart: number;
  /** End (exclusive) in the cleaned text. */
  cleanEnd: number;
}

/** A sentence of the record. */
export interface RecordSentence extends DualSpan {
  /** The cleaned sentence text. */
  text: string;
}

/** A paragraph of the record, with its language and sentences. */
export interface RecordParagraph extends DualSpan {
  /** Block kind (heading, paragraph, list item, …). */
  kind: ParagraphKind;
  /** Language of the paragraph. */
  lang: LanguageCode;
  /** Confidence of the language guess, 0..1. */
  confidence: number;
  /** Its sentences. */
  sentences: RecordSentence[];
}

/** A reference to a note in the text (a footnote marker), original offsets. */
export interface CitationRef {
  /** Start of the marker in the original input. */
  start: number;
  /** End (exclusive) of the marker in the original input. */
  end: number;
}

/**
 * One citation (a footnote turned into a reference). The fields beyond `id`, `text`
 * and `refs` come from the citations stage (`authors`, `title`, `url`, `belta`, …)
 * and are passed through as it gives them.
 */
export interface CitationRecord {
  /** The note number as printed. */
  id: string;
  /** The note text (cleaned). */
  text: string;
  /** Where the note is in the original input, when known. */
  start?: number;
  /** End (exclusive) of the note in the original input, when known. */
  end?: number;
  /** In-text markers that point to this note (original offsets). */
  refs: CitationRef[];
  /** Problems found in the note (missing URL, repaired URL, …). */
  warnings: unknown[];
  /** Further fields from the citations stage. */
  [field: string]: unknown;
}

/** One entity mention: original offsets plus its place in the cleaned text. */
export interface EntityRecord extends DualSpan {
  /** Entity type (`person`, `organization`, `location`, `date`, …). */
  type: string;
  /** Finer type (`country`, `city`, `range`, …). */
  subtype?: string;
  /** The text of the mention in the cleaned text. */
  text: string;
  /** Normalised value (ISO date, amount and currency, lemma). */
  normalized?: string;
  /** Canonical id shared across languages (`loc:country:BY`). */
  canonical?: string;
  /** Confidence in [0, 1]. */
  confidence: number;
}

/**
 * The full document model of one processed document, as written to `<name>.json` by
 * `sverka process`. Every `start`/`end` is a UTF-16 offset into the ORIGINAL (decoded)
 * input; `cleanStart`/`cleanEnd` are offsets into `text`. See docs/formats.md.
 */
export interface DocumentRecord {
  /** Format tag. */
  format: 'sverka-document';
  /** Format version (bumped on incompatible changes). */
  version: 1;
  /** The input path as given (relative to the corpus root in a batch), when known. */
  file?: string;
  /** Input encoding (`utf-8`, `windows-1251`, …; `string` when text was passed in). */
  encoding: string;
  /** Input size in bytes (UTF-8 length when text was passed in). */
  bytes: number;
  /** Length of the original text in UTF-16 code units. */
  length: number;
  /** Document language. */
  lang: LanguageCode;
  /** Confidence of the document language, 0..1. */
  langConfidence: number;
  /** The cleaning profile that ran and why. */
  profile: ProfileChoice;
  /** Page metadata (title, date, author, source) found by the cleaner. */
  meta: Record<string, string>;
  /** The cleaned body (with `[^N]` note markers). */
  text: string;
  /** Every cleaning change (original offsets, before/after, rule id). */
  changes: Change[];
  /** Notes taken out of the body. */
  footnotes: Footnote[];
  /** In-text note markers. */
  markers: FootnoteMarker[];
  /** Paragraphs with languages and sentences. */
  paragraphs: RecordParagraph[];
  /** Citations (structured notes). */
  citations: CitationRecord[];
  /** Typed entity mentions. */
  entities: EntityRecord[];
  /** Warnings and errors of every stage. */
  diagnostics: Diagnostic[];
  /** What each stage did. */
  stages: Record<StageName, StageStatus>;
}

/** Options for {@link processDocument}. */
export interface ProcessOptions {
  /** Name recorded in `file`. */
  file?: string;
  /** Cleaning profile (default `auto`). */
  profile?: ProfileName | 'auto';
  /** Document language (default detected). */
  lang?: 'ru' | 'en' | 'be' | 'uk';
  /** Rule ids to switch off (all profiles). */
  disable?: readonly string[];
  /** Rule ids to switch off per profile (from the configuration). */
  disableByProfile?: Readonly<Partial<Record<ProfileName, readonly string[]>>>;
  /** Typographic normalisation (dashes, quotes). */
  typography?: boolean;
  /** Replace glossary variants with preferred terms. */
  normalizeTerms?: boolean;
  /** A user glossary (passed to the cleaner). */
  glossary?: unknown;
  /** User gazetteers (passed to the entities stage). */
  gazetteers?: readonly unknown[];
  /** Input encoding when bytes are given (detected by default). */
  encoding?: string;
  /** Stages to skip (`cite`, `entities`). */
  skip?: readonly ('cite' | 'entities')[];
  /** Stage implementations to use instead of the built-in ones (tests, embedding). */
  stages?: Partial<StageImplementations>;
}

/** What a citations implementation is given. */
export interface CiteInput {
  /** The whole result of cleaning (what the citations stage reads notes and markers from). */
  cleaned: import('../clean/types.js').CleanResult;
  /** The original input. */
  original: string;
  /** The cleaned text. */
  text: string;
  /** Notes found by the cleaner. */
  footnotes: readonly Footnote[];
  /** Markers found by the cleaner. */
  markers: readonly FootnoteMarker[];
  /** Document language. */
  lang: LanguageCode;
}

/** What an entities implementation is given. */
export interface EntitiesInput {
  /** The cleaned text (entities are found on it, then mapped to the original). */
  text: string;
  /** Document language. */
  lang: LanguageCode;
  /** Document date (ISO) when the page gave one. */
  documentDate?: string;
  /** User gazetteers. */
  gazetteers?: readonly unknown[];
}

/** A mention as an entities implementation returns it (offsets into the text given). */
export interface EntityMention {
  /** Entity type. */
  type: string;
  /** Finer type. */
  subtype?: string;
  /** Start in the text given. */
  start: number;
  /** End (exclusive) in the text given. */
  end: number;
  /** Normalised value. */
  normalized?: string;
  /** Canonical id. */
  canonical?: string;
  /** Confidence in [0, 1]. */
  confidence: number;
}

/**
 * The optional stages as plain functions. {@link defaultStages} wires the ones this
 * build has; a stage that is `undefined` is reported as `unavailable` (or `fallback`).
 */
export interface StageImplementations {
  /** Turn notes into citations with `refs` in original offsets. */
  cite: ((input: CiteInput) => CiteOutput) | undefined;
  /** Find entity mentions in the cleaned text. */
  entities: ((input: EntitiesInput) => EntityMention[]) | undefined;
}

/** What the citations stage gives the pipeline. */
export interface CiteOutput {
  /** One record per note. */
  citations: CitationRecord[];
  /** Document-level findings. */
  diagnostics?: Diagnostic[];
}

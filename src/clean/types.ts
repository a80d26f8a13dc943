import type { Change, Edit } from '../model/change.js';
import type { Draft } from '../model/draft.js';
import type { Span } from '../model/span.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LanguageCode } from '../langid/types.js';

/** Names of the cleaning profiles. `auto` picks one from the text itself. */
export type ProfileName = 'ocr' | 'mt' | 'web' | 'plain';

/**
 * A footnote found in the input. `start`/`end` cover the whole note block in the
 * original input (number included); `text` is the cleaned text of the note without
 * its number. Its cleaning changes are listed in the result's `changes` with scope
 * `note:<id>`.
 */
export interface Footnote extends Span {
  /** The note number (or label) as printed. */
  id: string;
  /** The cleaned note text. */
  text: string;
}

/** An in-text footnote reference (`»84`, `<sup>5</sup>`), linked to a note by `id`. */
export interface FootnoteMarker extends Span {
  /** The note number it refers to. */
  id: string;
}

/** Shared state a rule may read and add to while a document is cleaned. */
export interface RuleContext {
  /** The language of the document (as detected or given). */
  lang: LanguageCode;
  /** The profile being run. */
  profile: ProfileName;
  /** The draft being cleaned (body or one note). */
  draft: Draft;
  /** Notes found so far (original coordinates). Read-only: add with {@link RuleContext.addNote}. */
  readonly footnotes: readonly Footnote[];
  /** Markers found so far (original coordinates). Read-only: add with {@link RuleContext.addMarker}. */
  readonly markers: readonly FootnoteMarker[];
  /**
   * Take a note out of the body. Offsets are in the current text the rule was given:
   * `start`..`end` is the whole block (the rule must also return an edit that deletes
   * it), `textStart` is where the note text begins after its number. The note's text
   * becomes its own stream (scope `note:<id>`) that note-scope rules then clean.
   */
  addNote(note: { id: string; start: number; end: number; textStart: number }): void;
  /** Record an in-text marker; offsets are in the current text the rule was given. */
  addMarker(marker: { id: string; start: number; end: number }): void;
  /** Metadata found on the page (title, date, author, source). */
  meta: Record<string, string>;
  /** Report a warning or note; offsets are original-input offsets. */
  report(diagnostic: Omit<Diagnostic, 'severity'> & { severity?: Diagnostic['severity'] }): void;
  /** Options given by the caller. */
  options: Readonly<CleanOptions>;
}

/**
 * One cleaning rule: a pure function from the current text to edits on it.
 * One rule per file (`src/clean/<profile>/<rule>.ts`), with a table test beside it.
 */
export interface CleaningRule {
  /** Kebab-case id, recorded with every change (`ocr-page-number`). */
  id: string;
  /** One line on what the rule does (the default reason of its changes). */
  description: string;
  /** Which streams the rule runs on (default: body only). */
  scope?: 'body' | 'notes' | 'all';
  /** Propose edits on `text` (the draft's current text), sorted and non-overlapping. */
  apply(text: string, ctx: RuleContext): Edit[];
}

/** Options for {@link clean}. */
export interface CleanOptions {
  /** Profile to run; `auto` (default) detects it from the text. */
  profile?: ProfileName | 'auto';
  /** Language of the document; detected when omitted. */
  lang?: LanguageCode;
  /** Rule ids to switch off. */
  disable?: readonly string[];
  /** Typographic normalisation (dashes, quotes); default on for Russian. */
  typography?: boolean;
  /** Replace glossary variants with preferred terms (recorded changes). */
  normalizeTerms?: boolean;
  /** A user glossary to merge with the shipped one. */
  glossary?: unknown;
}

/** Which profile was chosen and why. */
export interface ProfileChoice {
  /** The profile that ran. */
  name: ProfileName;
  /** Why it was chosen (evidence from the text, or "given by the caller"). */
  reason: string;
}

/** The result of cleaning one document. */
export interface CleanResult {
  /** The original input, untouched. */
  original: string;
  /** The cleaned body (with `[^N]` markers where notes were linked). */
  text: string;
  /** Document language. */
  lang: LanguageCode;
  /** The profile that ran. */
  profile: ProfileChoice;
  /** Notes taken out of the body. */
  footnotes: Footnote[];
  /** In-text markers (original coordinates of the printed marker). */
  markers: FootnoteMarker[];
  /** Every change, sorted by start; body changes turn `original` into `text`. */
  changes: Change[];
  /** Page metadata (scraped pages): title, date, author, source. */
  meta: Record<string, string>;
  /** Warnings and notes. */
  diagnostics: Diagnostic[];
  /** Map offsets of `text` to the original and back. */
  draft: Draft;
}

/** A cleaning profile: an ordered list of rules for one kind of input. */
export interface Profile {
  /** Profile name. */
  name: ProfileName;
  /** Rules in the order they run. */
  rules: readonly CleaningRule[];
}

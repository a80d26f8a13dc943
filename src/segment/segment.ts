import type { Span, TextSpan } from '../model/span.js';
import type { LanguageGuess } from '../langid/types.js';
import { aggregateLanguage, detectLanguage } from '../langid/detect.js';
import { splitParagraphs, type ParagraphKind } from './paragraphs.js';
import { splitSentences } from './sentences.js';

/**
 * A sentence: `start`/`end` are offsets into the original input; `text` is the
 * cleaned sentence; `cleanStart`/`cleanEnd` its span in the cleaned text.
 */
export interface Sentence extends TextSpan {
  /** Start in the cleaned text. */
  cleanStart: number;
  /** End (exclusive) in the cleaned text. */
  cleanEnd: number;
}

/** A paragraph with its kind, language and sentences (spans as in {@link Sentence}). */
export interface Paragraph extends Sentence {
  /** Block kind. */
  kind: ParagraphKind;
  /** Language of this paragraph. */
  lang: LanguageGuess;
  /** Its sentences. */
  sentences: Sentence[];
}

/** Paragraphs, sentences and language of a text. */
export interface Segmentation {
  /** Document language (aggregated from paragraphs, weighted by length). */
  lang: LanguageGuess;
  /** Paragraphs in order. */
  paragraphs: Paragraph[];
}

/** Options for {@link segment}. */
export interface SegmentOptions {
  /** Force the language used for abbreviations (detected per paragraph otherwise). */
  lang?: string;
  /**
   * Map a span of the segmented text to the original input (for a cleaned text,
   * `draft.spanToOriginal`). Identity when omitted.
   */
  toOriginal?: (start: number, end: number) => Span;
}

/**
 * Segment a text into paragraphs and sentences and identify the language of each
 * paragraph and of the whole. Linear in the text length.
 */
export function segment(text: string, options: SegmentOptions = {}): Segmentation {
  const toOriginal = options.toOriginal ?? ((start: number, end: number) => ({ start, end }));
  const paragraphs: Paragraph[] = [];
  for (const p of splitParagraphs(text)) {
    const ptext = text.slice(p.start, p.end);
    const guess = detectLanguage(ptext);
    const lang = options.lang ?? (guess.lang === 'en' ? 'en' : guess.lang === 'ru' || guess.lang === 'be' || guess.lang === 'uk' ? 'ru' : undefined);
    const sentences: Sentence[] = [];
    const spans = p.kind === 'heading' ? [{ start: 0, end: ptext.length }] : splitSentences(ptext, lang === undefined ? {} : { lang });
    for (const s of spans) {
      const cs = p.start + s.start;
      const ce = p.start + s.end;
      sentences.push({ ...toOriginal(cs, ce), text: text.slice(cs, ce), cleanStart: cs, cleanEnd: ce });
    }
    paragraphs.push({ ...toOriginal(p.start, p.end), text: ptext, cleanStart: p.start, cleanEnd: p.end, kind: p.kind, lang: guess, sentences });
  }
  const lang = aggregateLanguage(paragraphs.map((p) => ({ text: p.text, guess: p.lang })));
  return { lang, paragraphs };
}

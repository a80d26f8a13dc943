import type { RuleContext } from '../types.js';
import { findUrls } from './url-find.js';
import { memoizeLast } from '../../text/memo.js';
import { detectLanguage } from '../../langid/detect.js';

/**
 * The language of each stream, decided when the first typography rule sees it: the
 * typography rules change only quotes, dashes and spaces, never letters, so later rules on
 * the same stream would decide the same (one detection per stream instead of one per rule).
 */
const streamLang = new WeakMap<object, string>();

/**
 * Typography is on by default for Russian text and off for other languages;
 * `options.typography` decides when given. The language is that of the text the rule is
 * about to edit (the body or one note as it stands), not of the raw input: notes taken
 * out of a mostly English page can leave a Russian body, and deciding on the input would
 * make a second pass over the output change it (not idempotent). A stream with too few
 * letters to tell falls back to the document's language.
 */
export function typographyOn(ctx: Pick<RuleContext, 'options' | 'draft' | 'lang'>): boolean {
  if (ctx.options.typography !== undefined) return ctx.options.typography;
  let lang = streamLang.get(ctx.draft);
  if (lang === undefined) {
    const text = ctx.draft.text;
    lang = detectLanguage(text.length > 200_000 ? text.slice(0, 200_000) : text).lang;
    streamLang.set(ctx.draft, lang);
  }
  // Too few letters to tell (a lone quote, numbers): the document's language decides.
  return (lang === 'und' ? ctx.lang : lang) === 'ru';
}

/**
 * Spans typography must not touch: URLs, inline code and fenced code blocks; sorted and
 * merged where they overlap (a URL inside code), as the binary search of `insideAny`
 * needs. Remembered for the last text: the typography rules ask in turn about the same
 * text when the one before them changed nothing.
 */
export const protectedSpans: (text: string) => readonly { start: number; end: number }[] = memoizeLast((text) => {
  const spans: { start: number; end: number }[] = findUrls(text).map((u) => ({ start: u.start, end: u.end }));
  for (const m of text.matchAll(/```[\s\S]*?```|`[^`\n]+`/g)) spans.push({ start: m.index, end: m.index + m[0].length });
  spans.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp.start < last.end) last.end = Math.max(last.end, sp.end);
    else merged.push({ ...sp });
  }
  return merged;
});

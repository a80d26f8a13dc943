import type { RuleContext } from '../types.js';
import { findUrls } from './url-find.js';

/** Typography is on by default for Russian and off for other languages; `options.typography` decides when given. */
export function typographyOn(ctx: Pick<RuleContext, 'lang' | 'options'>): boolean {
  if (ctx.options.typography !== undefined) return ctx.options.typography;
  return ctx.lang === 'ru';
}

/** Spans typography must not touch: URLs, inline code and fenced code blocks. Sorted. */
export function protectedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = findUrls(text).map((u) => ({ start: u.start, end: u.end }));
  for (const m of text.matchAll(/```[\s\S]*?```|`[^`\n]+`/g)) spans.push({ start: m.index, end: m.index + m[0].length });
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

import type { ProfileChoice } from './types.js';
import { isDoubleSpaced } from '../segment/paragraphs.js';
import { classifyLines } from './web/classify.js';
import { findWatermarks } from './mt/watermarks.js';
import { sourceOf, authorOf, isDateLine } from './web/meta.js';
import { looksLikeHtml } from './common/web-html-markup.js';

/**
 * Choose a cleaning profile from the text itself, and say why (the evidence, with
 * counts, goes into `reason`):
 * - `web`: an HTML page;
 * - `mt`: Markdown with `<sup>N</sup>` footnote markers, or a converted book with
 *   watermark lines repeated over the whole text;
 * - `ocr`: double-spaced, hard-wrapped lines (median line under 120 characters);
 * - `web`: site chrome the line classifier recognises (interface text, counters,
 *   link lines, rights notices) plus scraper header/footer lines (source, author,
 *   date) and leading blank lines, at least two signs in all;
 * - `plain` otherwise.
 * Looks at the first 200 000 characters; linear.
 */
export function detectProfile(text: string): ProfileChoice {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (looksLikeHtml(sample)) return { name: 'web', reason: 'HTML page (doctype, <html> or many block tags)' };
  const sups = countMatches(sample, /<sup>\d{1,4}<\/sup>/g);
  if (sups >= 3) return { name: 'mt', reason: `${sups} <sup>N</sup> footnote markers (Markdown from a translation)` };
  const wm = findWatermarks(sample);
  const headings = countMatches(sample, /^#{1,6}\s/gm);
  if (wm.keys.size > 0 && headings > 0) {
    return { name: 'mt', reason: `watermark line ${[...wm.keys].map((k) => JSON.stringify(k)).join(', ')} repeated ${wm.blocks.length}× over a Markdown text (converted book)` };
  }
  const lines = sample.split('\n');
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const median = lengths.length === 0 ? 0 : lengths[lengths.length >> 1]!;
  if (isDoubleSpaced(sample) && median <= 120) {
    return { name: 'ocr', reason: `double-spaced hard-wrapped lines, median line ${median} characters (OCR/PDF export)` };
  }
  const web = webEvidence(sample);
  if (web.score >= 2) return { name: 'web', reason: `scraped page: ${web.parts.join(', ')}` };
  return { name: 'plain', reason: 'no OCR, translation or scraped-page signature found' };
}

/** Signs of a scraped page: chrome lines by kind, scraper header/footer lines, leading blank lines. */
function webEvidence(text: string): { score: number; parts: string[] } {
  const head = text.slice(0, 60_000);
  const kinds = { interface: 0, counters: 0, links: 0, rights: 0 };
  for (const l of classifyLines(head, 'any')) {
    if (l.initial !== 'bad') continue;
    const f = l.features;
    if (f.copyright) kinds.rights++;
    else if (f.linkDensity > 0.2) kinds.links++;
    else if (f.chromeWords) kinds.interface++;
    else if (f.words > 0 && f.numberDensity >= 0.5) kinds.counters++;
  }
  let scraper = 0;
  for (const line of head.split('\n')) {
    if (line.length < 400 && (sourceOf(line) !== null || authorOf(line) !== null || isDateLine(line))) scraper++;
  }
  const leadingBlank = /^(?:[ \t]*\n){3,}/.test(head) ? 1 : 0;
  const parts: string[] = [];
  if (kinds.interface) parts.push(`${kinds.interface} interface line(s)`);
  if (kinds.counters) parts.push(`${kinds.counters} counter/time line(s)`);
  if (kinds.links) parts.push(`${kinds.links} link line(s)`);
  if (kinds.rights) parts.push(`${kinds.rights} rights line(s)`);
  if (scraper) parts.push(`${scraper} source/author/date line(s)`);
  if (leadingBlank) parts.push('blank lines before the content');
  // counters alone (page numbers) are weak evidence: cap their weight
  const score = kinds.interface + Math.min(kinds.counters, 1) + kinds.links + kinds.rights + scraper + leadingBlank;
  return { score, parts };
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}

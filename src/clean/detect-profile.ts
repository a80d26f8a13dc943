import type { ProfileChoice } from './types.js';
import { isDoubleSpaced } from '../segment/paragraphs.js';

/**
 * Choose a cleaning profile from the text itself, and say why.
 * - `mt`: Markdown with `<sup>N</sup>` notes or publisher watermarks;
 * - `ocr`: double-spaced hard-wrapped lines, page-foot notes, `-  ` dashes;
 * - `web`: many short lines of site chrome (counters, bullets, navigation);
 * - `plain` otherwise.
 */
export function detectProfile(text: string): ProfileChoice {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const sups = countMatches(sample, /<sup>\d{1,4}<\/sup>/g);
  if (sups >= 3) return { name: 'mt', reason: `${sups} <sup>N</sup> footnote markers (Markdown from a translation)` };
  if (isDoubleSpaced(sample)) return { name: 'ocr', reason: 'double-spaced hard-wrapped lines (OCR/PDF export)' };
  const lines = sample.split('\n');
  const nonEmpty = lines.filter((l) => l.trim().length > 0);
  const short = nonEmpty.filter((l) => l.trim().length < 25).length;
  if (nonEmpty.length >= 15 && short / nonEmpty.length > 0.35) {
    return { name: 'web', reason: `${short} of ${nonEmpty.length} lines are short (site chrome of a scraped page)` };
  }
  return { name: 'plain', reason: 'no OCR, translation or scraped-page signature found' };
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}

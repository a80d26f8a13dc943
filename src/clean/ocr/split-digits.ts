import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

const SPLIT = /(?<![\d.,:/\-–])\d(?: \d)+(?![\d.,:/%])/g;

function spacesBefore(text: string, i: number): number {
  let n = 0;
  while (i - n - 1 >= 0 && text[i - n - 1] === ' ') n++;
  return n;
}
function spacesAfter(text: string, i: number): number {
  let n = 0;
  while (text[i + n] === ' ') n++;
  return n;
}

/**
 * Join the digits of a number split by OCR spacing (`5 9  белорусских` → `59`). Only
 * single digits separated by single spaces with a wide OCR gap (two or more spaces) on at
 * least one side are joined; grouped thousands (`1 000`) and lists (`1, 2, 3`) are left alone.
 */
export const ocrSplitDigits: CleaningRule = {
  id: 'ocr-split-digits',
  description: 'join digits of a number split by OCR spacing',
  scope: 'all',
  apply(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(SPLIT)) {
      const end = m.index + m[0].length;
      if (spacesBefore(text, m.index) < 2 && spacesAfter(text, end) < 2) continue;
      edits.push({ start: m.index, end, after: m[0].replace(/ /g, '') });
    }
    return edits;
  },
};

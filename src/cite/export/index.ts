import type { Citation } from '../types.js';
import { toCsl } from './csl.js';
import { toBibtex } from './bibtex.js';
import { toRis } from './ris.js';

export { toCsl, cslType, type CslItem } from './csl.js';
export { toBibtex, bibEscape } from './bibtex.js';
export { toRis } from './ris.js';

/** Output formats of {@link formatCitations}. */
export const CITE_FORMATS = ['json', 'jsonl', 'csl', 'bibtex', 'ris'] as const;

/** One of {@link CITE_FORMATS}. */
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** The contract view of a citation (`sverka cite --format json`). */
export function toJsonRecord(c: Citation): Record<string, unknown> {
  const { start, end, ...rest } = c;
  return { ...rest, span: { start, end } };
}

/** Serialise citations in one of the export formats. */
export function formatCitations(citations: readonly Citation[], format: CiteFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(citations.map(toJsonRecord), null, 2) + '\n';
    case 'jsonl':
      return citations.map((c) => JSON.stringify(toJsonRecord(c))).join('\n') + (citations.length > 0 ? '\n' : '');
    case 'csl':
      return JSON.stringify(toCsl(citations), null, 2) + '\n';
    case 'bibtex':
      return toBibtex(citations);
    case 'ris':
      return toRis(citations);
  }
}

import { cite } from '../cite/cite.js';
import { annotateEntities } from '../entities/annotate.js';
import type { CitationRecord, CiteInput, EntitiesInput, EntityMention, StageImplementations } from './types.js';

/**
 * The stage implementations this build ships: citations ({@link cite}) and entities
 * ({@link annotateEntities}). A stage set to `undefined` is reported per document as
 * `unavailable` (entities) or `fallback` (citations from the cleaner's notes).
 */
export const defaultStages: StageImplementations = {
  cite: citeStage,
  entities: entitiesStage,
};

/** The citations stage: {@link cite} on the cleaning result. */
export function citeStage(input: CiteInput): { citations: CitationRecord[]; diagnostics: import('../diagnostics/diagnostic.js').Diagnostic[] } {
  const result = cite(input.cleaned);
  const diagnostics = [...result.diagnostics];
  for (const m of result.markersWithoutNotes) {
    diagnostics.push({ rule: 'cite-markers', severity: 'warning', message: `marker ${m.id} points to no note`, start: m.start, end: m.end });
  }
  return { citations: result.citations as unknown as CitationRecord[], diagnostics };
}

/** The entities stage: {@link annotateEntities} on the cleaned text (Russian rules for be/uk). */
export function entitiesStage(input: EntitiesInput): EntityMention[] {
  const lang = input.lang === 'en' ? 'en' : input.lang === 'ru' || input.lang === 'be' || input.lang === 'uk' ? 'ru' : 'auto';
  return annotateEntities(input.text, { lang, ...(input.documentDate ? { documentDate: input.documentDate } : {}) }).entities;
}

/**
 * Stand-in for the citations stage: every note the cleaner took out becomes a
 * citation with its text and the markers that point to it; nothing is parsed.
 */
export function citationsFromNotes(input: CiteInput): CitationRecord[] {
  const refsById = new Map<string, { start: number; end: number }[]>();
  for (const m of input.markers) {
    const list = refsById.get(m.id);
    if (list) list.push({ start: m.start, end: m.end });
    else refsById.set(m.id, [{ start: m.start, end: m.end }]);
  }
  return input.footnotes.map((f) => ({
    id: f.id,
    text: f.text,
    start: f.start,
    end: f.end,
    refs: refsById.get(f.id) ?? [],
    warnings: [],
  }));
}

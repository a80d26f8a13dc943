import type { CitationRecord, CiteInput, StageImplementations } from './types.js';

/**
 * The stage implementations this build ships. Stages still being built are
 * `undefined` and reported per document as `unavailable` (entities) or `fallback`
 * (citations from the cleaner's notes).
 */
export const defaultStages: StageImplementations = {
  cite: undefined,
  entities: undefined,
};

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

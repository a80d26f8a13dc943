import type { Draft } from '../../model/draft.js';

/** What the footnote rule found in one body draft, for the rules that run after it. */
export interface NoteRecord {
  /** Note ids found (as printed). */
  ids: Set<string>;
  /** Original-input spans of the deleted note blocks (newline included). */
  blocks: { start: number; end: number }[];
}

const registry = new WeakMap<Draft, NoteRecord>();

/** The notes record of a draft (created empty on first use). */
export function notesOf(draft: Draft): NoteRecord {
  let r = registry.get(draft);
  if (!r) {
    r = { ids: new Set(), blocks: [] };
    registry.set(draft, r);
  }
  return r;
}

import type { CleanResult } from '../clean/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SverkaError } from '../errors.js';
import { citationsFromNotes } from './stages.js';
import { checkGazetteer, matchUserGazetteer, mergeGazetteerMentions } from './user-gazetteer.js';
import type { CitationRecord, DocumentRecord, EntityRecord, ProcessOptions, StageImplementations, StageName, StageStatus } from './types.js';

/**
 * Run the citations stage on a cleaned document (the implementation given, else the
 * notes stand-in), recording its status and diagnostics. Never throws.
 */
export function runCite(
  impl: StageImplementations,
  cleaned: CleanResult,
  original: string,
  lang: DocumentRecord['lang'],
  options: ProcessOptions,
  stages: Record<StageName, StageStatus>,
  diagnostics: Diagnostic[],
): CitationRecord[] {
  const input = { cleaned, original, text: cleaned.text, footnotes: cleaned.footnotes, markers: cleaned.markers, lang };
  if (options.skip?.includes('cite')) {
    stages.cite = 'disabled';
    return [];
  }
  if (!impl.cite) {
    stages.cite = 'fallback';
    return citationsFromNotes(input);
  }
  try {
    const out = impl.cite(input);
    if (out.diagnostics) diagnostics.push(...out.diagnostics);
    return out.citations;
  } catch (error) {
    stages.cite = 'failed';
    diagnostics.push(stageError('cite', error));
    return citationsFromNotes(input);
  }
}

/**
 * Run the entities stage on the cleaned text and map every mention to the original.
 * Records its status and diagnostics. Never throws.
 */
export function runEntities(
  impl: StageImplementations,
  cleaned: CleanResult,
  lang: DocumentRecord['lang'],
  options: ProcessOptions,
  stages: Record<StageName, StageStatus>,
  diagnostics: Diagnostic[],
): EntityRecord[] {
  if (options.skip?.includes('entities')) {
    stages.entities = 'disabled';
    return [];
  }
  if (!impl.entities) {
    stages.entities = 'unavailable';
    return [];
  }
  try {
    const date = cleaned.meta.date;
    const mentions = impl.entities({
      text: cleaned.text,
      lang,
      ...(date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { documentDate: date } : {}),
      ...(options.gazetteers ? { gazetteers: options.gazetteers } : {}),
    });
    const text = cleaned.text;
    const userEntries = (options.gazetteers ?? []).flatMap((g) => checkGazetteer(g).entries);
    const merged = userEntries.length > 0 ? mergeGazetteerMentions(mentions, matchUserGazetteer(text, userEntries, lang)) : mentions;
    return merged.map((m) => {
      const o = cleaned.draft.spanToOriginal(m.start, m.end);
      const e: EntityRecord = {
        type: m.type,
        start: o.start,
        end: o.end,
        cleanStart: m.start,
        cleanEnd: m.end,
        text: text.slice(m.start, m.end),
        confidence: m.confidence,
      };
      if (m.subtype !== undefined) e.subtype = m.subtype;
      if (m.normalized !== undefined) e.normalized = m.normalized;
      if (m.canonical !== undefined) e.canonical = m.canonical;
      return e;
    });
  } catch (error) {
    stages.entities = 'failed';
    diagnostics.push(stageError('entities', error));
    return [];
  }
}

/** An error diagnostic for a stage that threw. */
export function stageError(stage: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const kind = error instanceof SverkaError ? '' : 'internal error: ';
  return { rule: stage, severity: 'error', message: `${stage} stage failed (${kind}${message.split('\n')[0]}); the other stages still ran` };
}

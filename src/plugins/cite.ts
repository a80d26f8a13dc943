import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { clean } from '../clean/clean.js';
import { defaultStages } from '../pipeline/stages.js';
import { runCite } from '../pipeline/stage-runners.js';
import type { StageImplementations, StageName, StageStatus } from '../pipeline/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lineIndex } from './position.js';
import { MESSAGE_SOURCE, reportDiagnostic } from './report.js';
import { ensureParserAndCompiler, originalOf, type SverkaRoot } from './tree.js';

/** Options for {@link sverkaCite}. */
export interface SverkaCiteOptions {
  /** A citations implementation to use instead of the built-in one. */
  cite?: StageImplementations['cite'];
}

/**
 * unified plugin: turn the notes into citations. Uses the result of
 * {@link sverkaClean} when it ran before (else cleans with defaults). Citation
 * warnings become messages at the note markers; the citations are on
 * `file.data.sverka.citations`.
 */
export const sverkaCite: Plugin<[SverkaCiteOptions?], SverkaRoot, SverkaRoot> = function (options = {}) {
  ensureParserAndCompiler(this as never);
  return (tree: SverkaRoot, file: VFile) => {
    const original = originalOf(tree, file);
    const data = (file.data.sverka ??= {});
    const cleaned = data.clean ?? clean(original);
    const stages = { cite: 'ok' } as Record<StageName, StageStatus>;
    const diagnostics: Diagnostic[] = [];
    const impl: StageImplementations = { ...defaultStages, ...(options.cite ? { cite: options.cite } : {}) };
    const citations = runCite(impl, cleaned, original, cleaned.lang, {}, stages, diagnostics);
    data.citations = citations;
    data.stages = { ...data.stages, cite: stages.cite };
    data.diagnostics = [...(data.diagnostics ?? []), ...diagnostics];
    const index = lineIndex(original);
    for (const d of diagnostics) reportDiagnostic(file, index, d);
    for (const c of citations) {
      for (const w of c.warnings) {
        const text = typeof w === 'string' ? w : typeof (w as { message?: unknown }).message === 'string' ? (w as { message: string }).message : JSON.stringify(w);
        const at = c.refs[0] ?? (c.start !== undefined ? { start: c.start, end: c.end ?? c.start } : undefined);
        file.message(`note ${c.id}: ${text}`, { ruleId: 'cite', source: MESSAGE_SOURCE, ...(at ? { place: index.position(at.start, at.end) } : {}) });
      }
      if (c.refs.length === 0 && c.start !== undefined) {
        file.message(`note ${c.id} has no marker in the text`, { ruleId: 'cite-unreferenced', source: MESSAGE_SOURCE, place: index.position(c.start, c.end ?? c.start) });
      }
    }
  };
};

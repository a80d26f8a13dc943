import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { clean } from '../clean/clean.js';
import { defaultStages } from '../pipeline/stages.js';
import { runEntities } from '../pipeline/stage-runners.js';
import type { StageImplementations, StageName, StageStatus } from '../pipeline/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lineIndex } from './position.js';
import { MESSAGE_SOURCE, reportDiagnostic } from './report.js';
import { ensureParserAndCompiler, originalOf, type SverkaRoot } from './tree.js';

/** Options for {@link sverkaEntities}. */
export interface SverkaEntitiesOptions {
  /** Report every entity as an `info` message (default false: data only). */
  report?: boolean;
  /** User gazetteers. */
  gazetteers?: readonly unknown[];
  /** An entities implementation to use instead of the built-in one. */
  entities?: StageImplementations['entities'];
}

/**
 * unified plugin: typed entity mentions on the cleaned text (from {@link sverkaClean}
 * when it ran before), mapped to original offsets, on `file.data.sverka.entities`.
 * When the entities stage is not in this build, `file.data.sverka.stages.entities`
 * says `unavailable` and an info message says so.
 */
export const sverkaEntities: Plugin<[SverkaEntitiesOptions?], SverkaRoot, SverkaRoot> = function (options = {}) {
  ensureParserAndCompiler(this as never);
  return (tree: SverkaRoot, file: VFile) => {
    const original = originalOf(tree, file);
    const data = (file.data.sverka ??= {});
    const cleaned = data.clean ?? clean(original);
    const stages = { entities: 'ok' } as Record<StageName, StageStatus>;
    const diagnostics: Diagnostic[] = [];
    const impl: StageImplementations = { ...defaultStages, ...(options.entities ? { entities: options.entities } : {}) };
    const lang = data.segmentation && data.segmentation.lang.lang !== 'und' ? data.segmentation.lang.lang : cleaned.lang;
    const entities = runEntities(impl, cleaned, lang, options.gazetteers ? { gazetteers: options.gazetteers } : {}, stages, diagnostics);
    data.entities = entities;
    data.stages = { ...data.stages, entities: stages.entities };
    data.diagnostics = [...(data.diagnostics ?? []), ...diagnostics];
    const index = lineIndex(original);
    for (const d of diagnostics) reportDiagnostic(file, index, d);
    if (stages.entities === 'unavailable') file.info('the entities stage is not available in this build', { ruleId: 'entities', source: MESSAGE_SOURCE });
    if (options.report) {
      for (const e of entities) {
        file.info(`${e.type}${e.subtype ? `/${e.subtype}` : ''}: ${e.text}${e.normalized ? ` = ${e.normalized}` : ''}`, {
          ruleId: `entity-${e.type}`,
          source: MESSAGE_SOURCE,
          place: index.position(e.start, e.end),
        });
      }
    }
  };
};

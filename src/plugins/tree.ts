import type { Literal } from 'unist';
import type { Processor } from 'unified';
import type { CleanResult } from '../clean/types.js';
import type { Segmentation } from '../segment/segment.js';
import type { CitationRecord, EntityRecord, StageName, StageStatus } from '../pipeline/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { toMarkdown } from '../clean/clean.js';

/** The tree the sverka parser makes: one literal holding the original document. */
export interface SverkaRoot extends Literal {
  /** Node type. */
  type: 'sverka';
  /** The original document text. */
  value: string;
}

/** What the sverka plugins store on `file.data.sverka`. */
export interface SverkaFileData {
  /** Result of {@link sverkaClean}. */
  clean?: CleanResult;
  /** Result of {@link sverkaSegment}. */
  segmentation?: Segmentation;
  /** Result of {@link sverkaCite}. */
  citations?: CitationRecord[];
  /** Result of {@link sverkaEntities} (original and cleaned offsets). */
  entities?: EntityRecord[];
  /** Status of each stage that ran. */
  stages?: Partial<Record<StageName, StageStatus>>;
  /** Stage diagnostics (also reported as messages). */
  diagnostics?: Diagnostic[];
}

declare module 'vfile' {
  interface DataMap {
    /** Results of the sverka plugins. */
    sverka: SverkaFileData;
  }
}

/**
 * Give a processor the sverka parser (the document as one literal node) and the
 * cleaned-Markdown compiler, unless it has its own. Lets `unified().use(sverkaClean)`
 * `.process(text)` work with no further set-up.
 */
export function ensureParserAndCompiler(processor: Processor<never, never, never, never, never> | Processor): void {
  const p = processor as unknown as { parser?: unknown; compiler?: unknown };
  if (!p.parser) p.parser = (document: string): SverkaRoot => ({ type: 'sverka', value: document });
  if (!p.compiler) {
    p.compiler = (tree: SverkaRoot, file: { data: { sverka?: SverkaFileData } }): string => {
      const cleaned = file.data.sverka?.clean;
      return cleaned ? toMarkdown(cleaned) : tree.value;
    };
  }
}

/** The original text of a file being processed: the tree's value when it is a sverka tree, else the file's value. */
export function originalOf(tree: unknown, file: { value: unknown }): string {
  const t = tree as Partial<SverkaRoot>;
  if (t && t.type === 'sverka' && typeof t.value === 'string') return t.value;
  return typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value as Uint8Array);
}

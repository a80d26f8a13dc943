import { clean, toMarkdown } from '../clean/clean.js';
import { detectProfile } from '../clean/detect-profile.js';
import type { CleanOptions, CleanResult, ProfileName } from '../clean/types.js';
import { segment, type Segmentation } from '../segment/segment.js';
import { decodeInput, type DecodedInput } from '../io/decode.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { defaultStages } from './stages.js';
import { runCite, runEntities, stageError } from './stage-runners.js';
import type {
  DocumentRecord,
  ProcessOptions,
  RecordParagraph,
  StageImplementations,
  StageName,
  StageStatus,
} from './types.js';

/** A processed document: the JSON record and the cleaned Markdown. */
export interface ProcessedDocument {
  /** The full document model (what `sverka process` writes as `<name>.json`). */
  record: DocumentRecord;
  /** The cleaned body with notes as `[^N]:` lines (what `sverka process` writes as `<name>.md`). */
  markdown: string;
  /** The original (decoded) text. */
  original: string;
}

/**
 * Run the whole single-document pipeline: decode → clean → segment → language id →
 * citations → entities. A stage that throws is recorded (`stages[name] = 'failed'`
 * and an error diagnostic) and the later stages still run on what there is; only a
 * document that cannot be decoded or cleaned throws.
 *
 * @param input the document as bytes (decoded with {@link decodeInput}) or as text.
 * @param options profile, language, rules, glossary, gazetteers, stages to skip.
 * @throws {SverkaError} for undecodable input (binary, too large) or bad options.
 */
export function processDocument(input: Uint8Array | string, options: ProcessOptions = {}): ProcessedDocument {
  const stages: Record<StageName, StageStatus> = { decode: 'ok', clean: 'ok', segment: 'ok', langid: 'ok', cite: 'ok', entities: 'ok' };
  const impl: StageImplementations = { ...defaultStages, ...options.stages };
  const diagnostics: Diagnostic[] = [];

  let decoded: DecodedInput;
  let bytes: number;
  if (typeof input === 'string') {
    decoded = { text: input, encoding: 'string', bom: false, reason: 'given as text' };
    bytes = Buffer.byteLength(input, 'utf8');
  } else {
    decoded = decodeInput(input, options.encoding === undefined ? {} : { encoding: options.encoding });
    bytes = input.length;
  }
  const original = decoded.text;

  const cleaned = runClean(original, options);
  diagnostics.push(...cleaned.diagnostics);

  let seg: Segmentation | undefined;
  try {
    seg = segment(cleaned.text, { toOriginal: (s, e) => cleaned.draft.spanToOriginal(s, e) });
  } catch (error) {
    stages.segment = 'failed';
    stages.langid = 'failed';
    diagnostics.push(stageError('segment', error));
  }
  const paragraphs: RecordParagraph[] = (seg?.paragraphs ?? []).map((p) => ({
    start: p.start,
    end: p.end,
    cleanStart: p.cleanStart,
    cleanEnd: p.cleanEnd,
    kind: p.kind,
    lang: p.lang.lang,
    confidence: p.lang.confidence,
    sentences: p.sentences.map((s) => ({ start: s.start, end: s.end, cleanStart: s.cleanStart, cleanEnd: s.cleanEnd, text: s.text })),
  }));
  const docLang = seg && seg.lang.lang !== 'und' ? seg.lang : undefined;
  const lang = options.lang ?? docLang?.lang ?? cleaned.lang;
  const langConfidence = options.lang ? 1 : docLang?.confidence ?? 0;

  const citations = runCite(impl, cleaned, original, lang, options, stages, diagnostics);
  const entities = runEntities(impl, cleaned, lang, options, stages, diagnostics);

  const record: DocumentRecord = {
    format: 'sverka-document',
    version: 1,
    ...(options.file === undefined ? {} : { file: options.file }),
    encoding: decoded.encoding,
    bytes,
    length: original.length,
    lang,
    langConfidence,
    profile: cleaned.profile,
    meta: cleaned.meta,
    text: cleaned.text,
    changes: cleaned.changes.map(({ rule, start, end, before, after, reason, scope, merged }) => ({
      rule,
      start,
      end,
      before,
      after,
      reason,
      scope,
      ...(merged ? { merged } : {}),
    })),
    footnotes: cleaned.footnotes,
    markers: cleaned.markers,
    paragraphs,
    citations,
    entities,
    diagnostics,
    stages,
  };
  return { record, markdown: toMarkdown(cleaned), original };
}

function runClean(original: string, options: ProcessOptions): CleanResult {
  const requested = options.profile ?? 'auto';
  // Per-profile rule switches need the profile before cleaning: detect it here, once.
  const detected = requested === 'auto' && options.disableByProfile && Object.keys(options.disableByProfile).length > 0 ? detectProfile(original) : undefined;
  const profile: ProfileName | 'auto' = detected ? detected.name : requested;
  const disable = [...(options.disable ?? []), ...(profile === 'auto' ? [] : options.disableByProfile?.[profile] ?? [])];
  const cleanOptions: CleanOptions = { profile, disable };
  if (options.lang !== undefined) cleanOptions.lang = options.lang;
  if (options.typography !== undefined) cleanOptions.typography = options.typography;
  if (options.normalizeTerms !== undefined) cleanOptions.normalizeTerms = options.normalizeTerms;
  if (options.glossary !== undefined) cleanOptions.glossary = options.glossary;
  const result = clean(original, cleanOptions);
  if (detected) result.profile = detected; // say why, as clean() would have
  return result;
}


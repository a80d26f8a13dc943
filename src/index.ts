/**
 * sverka: clean, align and annotate bilingual Russian–English corpora.
 *
 * One function per stage, all working on spans of the original input:
 * {@link clean} (change log + position map), {@link segment} (paragraphs,
 * sentences, languages), {@link detectLanguage}, and the stages that build on them.
 *
 * @packageDocumentation
 */
export type { Span, TextSpan, Change, Edit, Bias, MappedChange } from './model/index.js';
export { PositionMap, Draft, applyChanges } from './model/index.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export {
  SverkaError,
  InputError,
  EncodingError,
  InputTooLargeError,
  NotImplementedError,
  MAX_DOCUMENT_LENGTH,
} from './errors.js';
export { checkInputSize, decodeInput, isEmptyInput, EMPTY_INPUT_RULE, type DecodedInput, type DecodeOptions } from './io/index.js';
export { detectLanguage, aggregateLanguage, type LanguageCode, type LanguageGuess } from './langid/index.js';
export {
  segment,
  splitSentences,
  splitParagraphs,
  tokenize,
  type Paragraph,
  type ParagraphKind,
  type ParagraphSpan,
  type Segmentation,
  type SegmentOptions,
  type Sentence,
  type SentenceOptions,
  type Token,
} from './segment/index.js';
export {
  clean,
  toMarkdown,
  toPlainText,
  detectProfile,
  profiles,
  type CleanOptions,
  type CleanResult,
  type CleaningRule,
  type Footnote,
  type FootnoteMarker,
  type Profile,
  type ProfileChoice,
  type ProfileName,
  type RuleContext,
} from './clean/index.js';
export {
  transliterate,
  slugify,
  BELTA_SLUG_MAX,
  SCHEMES,
  BELTA_J,
  BOOK_2024,
  ICAO,
  type SchemeRef,
  type SlugifyOptions,
  type TranslitScheme,
} from './translit/index.js';
export {
  alignUnits,
  alignTexts,
  alignTextsWithEmbeddings,
  comparePassages,
  alignmentToJson,
  alignmentToTsv,
  alignmentToTmx,
  alignmentToHtml,
  galeChurchAlign,
  extractAnchors,
  findNumbers,
  palladiusToPinyin,
  latinSkeleton,
  AlignmentScorer,
  scoreAlignment,
  parseBeadFile,
  ALL_SHAPES,
  type AlignUnitsOptions,
  type AlignTextOptions,
  type AlignUnitKind,
  type AlignedUnit,
  type AlignSide,
  type TextAlignment,
  type ComparableOptions,
  type ComparableResult,
  type PassagePair,
  type AlignmentScore,
  type Anchor,
  type AnchorKind,
  type AnchorMatch,
  type Bead,
  type BeadEvidence,
  type BeadPair,
  type BeadShapeName,
  type EmbedFunction,
  type ParallelVerdict,
  type UnitAlignment,
} from './align/index.js';
export {
  annotateEntities,
  entityLanguage,
  findDates,
  findMoney,
  findPercents,
  findQuantities,
  gazetteerEntries,
  gazetteerEntry,
  linkEntities,
  type AnnotateOptions,
  type Entity,
  type EntityAnnotation,
  type EntityLink,
  type EntityLang,
  type EntitySubtype,
  type EntityType,
  type GazetteerEntry,
} from './entities/index.js';
export {
  processDocument,
  defaultStages,
  citationsFromNotes,
  type ProcessedDocument,
  type ProcessOptions,
  type DocumentRecord,
  type RecordParagraph,
  type RecordSentence,
  type CitationRecord,
  type EntityRecord,
  type StageImplementations,
  type StageName,
  type StageStatus,
} from './pipeline/index.js';
export { runBatch, SMALL_CORPUS, discoverInputs, type BatchOptions, type BatchSummary, type ManifestEntry, type DocumentStatus } from './batch/index.js';
export { loadConfig, validateConfig, configToOptions, ConfigError, type SverkaConfig, type ResolvedConfig } from './config/index.js';
export { sverkaClean, sverkaSegment, sverkaCite, sverkaEntities, type SverkaCleanOptions, type SverkaFileData, type SverkaRoot } from './plugins/index.js';
export {
  cite,
  parseReference,
  extractUrl,
  repairUrl,
  backTranslateSlug,
  formatCitations,
  toCsl,
  toBibtex,
  toRis,
  CITE_FORMATS,
  type Citation,
  type BeltaInfo,
  type CiteOptions,
  type CiteResult,
  type CiteFormat,
  type CiteWarning,
  type ParsedReference,
  type CslItem,
} from './cite/index.js';
export { parseBeltaUrl, yearsForId, idFitsYear, repairSlugAgainstTitle, BELTA_ID_RANGES, type BeltaUrl, type SlugRepair } from './belta/index.js';
export { reverseTransliterate } from './translit/reverse.js';
export { findMojibake, fixMojibake, misdecode, encodingRules, type MojibakeFix, type SingleByteCodec } from './clean/encoding/index.js';
export { defaultGlossary, checkGlossary, compileTerms, type Glossary, type GlossaryTerm } from './clean/glossary/index.js';
export { parseMarkdown, parseHtml, stripMarkdown, scanBlocks } from './clean/markdown/index.js';
export { classifyLines, type ClassifiedLine, type LineClass } from './clean/web/classify.js';
export { buildReport, renderReport, type BuildReportOptions, type ReportInput, type ReportBead, type ReportSide } from './report/index.js';

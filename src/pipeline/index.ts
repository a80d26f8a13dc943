export { processDocument, type ProcessedDocument } from './process-document.js';
export { defaultStages, citationsFromNotes, citeStage, entitiesStage } from './stages.js';
export type {
  CitationRecord,
  CitationRef,
  CiteInput,
  DocumentRecord,
  DualSpan,
  EntitiesInput,
  EntityMention,
  EntityRecord,
  ProcessOptions,
  RecordParagraph,
  RecordSentence,
  StageImplementations,
  StageName,
  StageStatus,
} from './types.js';
export { checkGazetteer, matchUserGazetteer, mergeGazetteerMentions, type UserGazetteerEntry } from './user-gazetteer.js';

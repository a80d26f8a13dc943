export { alignUnits, ALL_SHAPES, SHAPE_PRIORS } from './align-units.js';
export { extractAnchors, ANCHOR_WEIGHTS, type Anchor, type AnchorKind } from './anchors.js';
export { findNumbers, findDates, type NumberMention, type NumberConvention } from './numbers.js';
export { romanize, latinSkeleton, cyrillicSkeletons, latinSkeletons, palladiusToPinyin } from './skeleton.js';
export { galeChurchAlign } from './gale-church.js';
export { AlignmentScorer, scoreAlignment, parseBeadFile, type AlignmentScore, type BeadPair } from './metric.js';
export type {
  AlignUnitsOptions,
  AnchorMatch,
  Bead,
  BeadEvidence,
  BeadShapeName,
  EmbedFunction,
  ParallelVerdict,
  UnitAlignment,
} from './types.js';
export {
  alignTexts,
  alignTextsWithEmbeddings,
  lineUnits,
  type AlignTextOptions,
  type AlignUnitKind,
  type AlignedUnit,
  type AlignSide,
  type TextAlignment,
} from './align-text.js';
export { comparePassages, type ComparableOptions, type ComparableResult, type PassagePair } from './comparable.js';
export { alignmentToJson, alignmentToTsv, alignmentToTmx, alignmentToHtml, type TmxOptions } from './format.js';

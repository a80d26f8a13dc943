export type { Span, TextSpan } from './span.js';
export type { Change, Edit } from './change.js';
export { PositionMap, type Bias, type MappedChange } from './position-map.js';
export { Draft, applyChanges } from './draft.js';

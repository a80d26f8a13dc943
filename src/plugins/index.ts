export { sverkaClean, type SverkaCleanOptions } from './clean.js';
export { sverkaSegment } from './segment.js';
export { sverkaCite, type SverkaCiteOptions } from './cite.js';
export { sverkaEntities, type SverkaEntitiesOptions } from './entities.js';
export { lineIndex, type LineIndex } from './position.js';
export { MESSAGE_SOURCE } from './report.js';
export type { SverkaRoot, SverkaFileData } from './tree.js';

export { annotateEntities, entityLanguage } from './annotate.js';
export { findDates } from './dates.js';
export { findMoney, findPercents, findQuantities, parseNumber } from './amounts.js';
export { gazetteerEntries, gazetteerEntry, type GazetteerEntry } from './gazetteer.js';
export { linkEntities, type EntityLink } from './link.js';
export { morphologyAvailable } from './morph.js';
export type { AnnotateOptions, Entity, EntityAnnotation, EntityLang, EntitySubtype, EntityType } from './types.js';

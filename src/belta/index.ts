export { parseBeltaUrl, type BeltaUrl, type BeltaCounter } from './url.js';
export { yearsForId, idFitsYear, type IdYearSpan } from './id-years.js';
export { repairSlugAgainstTitle, slugTokens, DEFAULT_SLUG_SCHEMES, type SlugRepair } from './repair-slug.js';
export { BELTA_ID_RANGES, type BeltaIdRange } from '../data/belta-ids.js';
export { BELTA_SECTIONS } from '../data/belta-sections.js';

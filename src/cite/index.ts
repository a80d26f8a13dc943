export { cite, type CiteOptions, type CiteResult } from './cite.js';
export type { Citation, BeltaInfo } from './types.js';
export { parseReference, type ParsedReference, type Author, type CiteWarning } from './parse-reference.js';
export { extractUrl, type FoundUrl } from './extract-url.js';
export { repairUrl, type RepairedUrl, type RepairUrlOptions, type UrlFix } from './repair-url.js';
export { findNotes, type RawNote, type RawMarker } from './find-notes.js';
export { backTranslateSlug, backTranslationAvailable, readToken } from './back-translate.js';
export { ocrDistance, OCR_CONFUSIONS, type Confusion } from './ocr-distance.js';
export { KNOWN_HOSTS, hostKind, type KnownHost } from './hosts.js';
export {
  formatCitations, toCsl, toBibtex, toRis, CITE_FORMATS, type CiteFormat, type CslItem,
} from './export/index.js';

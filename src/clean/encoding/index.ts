export { findMojibake, fixMojibake, repairWord, type MojibakeFix } from './mojibake.js';
export { misdecode, CODECS, codecTable, type SingleByteCodec, type CodecTable } from './codecs.js';
export { weirdness } from './weirdness.js';
export { decodeUtf8Strict } from './utf8.js';
export { encodingRules } from './rules.js';

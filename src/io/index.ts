export { decodeInput, type DecodedInput, type DecodeOptions } from './decode.js';

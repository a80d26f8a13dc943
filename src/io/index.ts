export { checkInputSize, decodeInput, type DecodedInput, type DecodeOptions } from './decode.js';
export { EMPTY_INPUT_MESSAGE, EMPTY_INPUT_RULE, isEmptyInput } from './empty-input.js';

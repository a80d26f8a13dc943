import iconv from 'iconv-lite';
import { EncodingError, InputTooLargeError, MAX_DOCUMENT_LENGTH } from '../errors.js';

/** The result of decoding input bytes. Offsets everywhere else are into `text`. */
export interface DecodedInput {
  /** The decoded text (a byte-order mark is removed). */
  text: string;
  /** The encoding used: `utf-8`, `utf-16le`, `utf-16be`, `windows-1251`, `koi8-r`, … */
  encoding: string;
  /** Whether the input began with a byte-order mark. */
  bom: boolean;
  /** How the encoding was chosen. */
  reason: string;
}

/** Options for {@link decodeInput}. */
export interface DecodeOptions {
  /** Force an encoding (any name iconv-lite knows); detected when omitted. */
  encoding?: string;
}

/**
 * Refuse input of more bytes than any document of {@link MAX_DOCUMENT_LENGTH} characters
 * can take (two bytes a character: the largest of the encodings read, bar UTF-8 outside
 * Cyrillic, which the character count catches after decoding). A caller with only the
 * file's size (a batch, before reading it) gets the same answer without reading.
 *
 * @throws {InputTooLargeError} when `byteLength` is too large.
 */
export function checkInputSize(byteLength: number): void {
  if (byteLength > MAX_DOCUMENT_LENGTH * 2) {
    throw new InputTooLargeError(
      `input is ${(byteLength / 1048576).toFixed(0)} MB; the maximum document is ${MAX_DOCUMENT_LENGTH / 1048576} Mi characters: split it into smaller files (sverka process handles folders)`,
    );
  }
}

/**
 * Decode input bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and the
 * single-byte Cyrillic encodings Russian corpora still use (Windows-1251, KOI8-R),
 * told apart by letter statistics. Binary input is refused.
 *
 * @throws {EncodingError} for binary input or an unknown encoding name.
 * @throws {InputTooLargeError} beyond {@link MAX_DOCUMENT_LENGTH}.
 */
export function decodeInput(bytes: Uint8Array, options: DecodeOptions = {}): DecodedInput {
  checkInputSize(bytes.length);
  if (options.encoding) {
    const name = options.encoding.toLowerCase();
    if (!iconv.encodingExists(name)) {
      throw new EncodingError(`unknown encoding "${options.encoding}"; use e.g. utf-8, utf-16le, windows-1251, koi8-r`);
    }
    const text = stripBom(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), name, { stripBOM: false }));
    return checked({ text: text.text, encoding: name, bom: text.bom, reason: 'given by the caller' });
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked({ text: utf8(bytes.subarray(3)), encoding: 'utf-8', bom: true, reason: 'UTF-8 byte-order mark' });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true, reason: 'UTF-16LE byte-order mark' });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true, reason: 'UTF-16BE byte-order mark' });
  }
  if (looksBinary(bytes)) {
    throw new EncodingError('input looks binary (NUL or control bytes), not text: give a text file (UTF-8, UTF-16 with BOM, Windows-1251 or KOI8-R)');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return checked({ text, encoding: 'utf-8', bom: false, reason: 'valid UTF-8' });
  } catch {
    // A UTF-8 file cut inside its last character (a truncated download or split):
    // decode what is whole and say so.
    const cut = truncatedUtf8Tail(bytes);
    if (cut > 0) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
        return checked({ text: text + '\ufffd', encoding: 'utf-8', bom: false, reason: `UTF-8 truncated inside its last character (${cut} byte(s) replaced by U+FFFD)` });
      } catch {
        // invalid elsewhere too
      }
    }
    // not UTF-8: try the single-byte Cyrillic encodings
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const cp1251 = iconv.decode(buf, 'windows-1251');
  const koi8 = iconv.decode(buf, 'koi8-r');
  const s1251 = russianScore(cp1251);
  const sKoi = russianScore(koi8);
  if (Math.max(s1251, sKoi) > 0.3) {
    return sKoi > s1251
      ? checked({ text: koi8, encoding: 'koi8-r', bom: false, reason: 'not UTF-8; Russian letter statistics fit KOI8-R' })
      : checked({ text: cp1251, encoding: 'windows-1251', bom: false, reason: 'not UTF-8; Russian letter statistics fit Windows-1251' });
  }
  return checked({ text: iconv.decode(buf, 'windows-1252'), encoding: 'windows-1252', bom: false, reason: 'not UTF-8 and not Cyrillic; read as Windows-1252' });
}

function checked(d: DecodedInput): DecodedInput {
  if (d.text.length > MAX_DOCUMENT_LENGTH) {
    throw new InputTooLargeError(
      `input has ${d.text.length} characters; the maximum document is ${MAX_DOCUMENT_LENGTH} characters: split it into smaller files`,
    );
  }
  return d;
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function stripBom(text: string): { text: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

/** NUL bytes or many C0 control bytes in the first 64 KiB mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * Share of Cyrillic letters that are lowercase vowels or frequent consonants of
 * Russian (о е а и н т с р в л). Right decodings score ~0.5–0.6; KOI8-R read as
 * Windows-1251 (and the reverse) flips case and scores far lower.
 */
function russianScore(text: string): number {
  let cyr = 0;
  let frequent = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0410 && c <= 0x044f) {
      cyr++;
      if ('оеаинтсрвл'.indexOf(text[i]!) >= 0) frequent++;
    }
  }
  return cyr < 10 ? 0 : frequent / cyr;
}

/** Number of bytes of an incomplete UTF-8 sequence at the very end (0 if none). */
function truncatedUtf8Tail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

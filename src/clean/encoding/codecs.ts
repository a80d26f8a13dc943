import iconv from 'iconv-lite';

/**
 * Single-byte code pages that UTF-8 text is most often mis-decoded with, as the
 * WHATWG Encoding Standard (browsers) decodes them. Undefined
 * bytes decode to the C1 control with the same number (`0x98` → U+0098 in
 * windows-1251, `0x81` → U+0081 in windows-1252), which keeps every byte
 * recoverable, as ftfy's "sloppy" codecs do.
 */

/** Names of the code pages mojibake repair knows. */
export type SingleByteCodec = 'windows-1251' | 'koi8-r' | 'windows-1252' | 'latin1';

/** A code page as two tables: byte → character and character → byte. */
export interface CodecTable {
  /** Code page name. */
  name: SingleByteCodec;
  /** Character for each byte 0..255. */
  decode: readonly string[];
  /** Byte for each character the code page can produce (UTF-16 code unit → byte). */
  encode: ReadonlyMap<number, number>;
}

function build(name: SingleByteCodec): CodecTable {
  const decode: string[] = [];
  if (name === 'latin1') {
    for (let b = 0; b < 256; b++) decode.push(String.fromCharCode(b));
  } else {
    // iconv-lite's tables (Node's TextDecoder treats windows-1252 as Latin-1); an
    // undefined byte (U+FFFD there) decodes to the C1 control of the same number.
    const all = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, b) => b)), name);
    for (let b = 0; b < 256; b++) decode.push(all[b] === '\uFFFD' ? String.fromCharCode(b) : all[b]!);
  }
  const encode = new Map<number, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decode[b]!;
    if (ch.length === 1 && ch !== '\uFFFD' && !encode.has(ch.charCodeAt(0))) encode.set(ch.charCodeAt(0), b);
  }
  // Sloppy extras: C1 controls stand for their own byte when the code page leaves it
  // undefined (or a decoder turned it into U+FFFD: windows-1251 has one undefined byte).
  for (let b = 0x80; b < 0xa0; b++) if (!encode.has(b)) encode.set(b, b);
  if (name === 'windows-1251') encode.set(0xfffd, 0x98);
  return { name, decode, encode };
}

/** The code pages tried by mojibake repair, in order of preference. */
export const CODECS: readonly CodecTable[] = (['windows-1251', 'windows-1252', 'latin1', 'koi8-r'] as const).map(build);

/** The table for one code page. */
export function codecTable(name: SingleByteCodec): CodecTable {
  return CODECS.find((c) => c.name === name)!;
}

/**
 * Decode UTF-8 bytes as a code page would (the way mojibake is made). Used by tests
 * and by callers who want to reproduce a mis-decoding.
 */
export function misdecode(text: string, codec: SingleByteCodec): string {
  const bytes = new TextEncoder().encode(text);
  const table = codecTable(codec).decode;
  let out = '';
  for (const b of bytes) out += table[b];
  return out;
}
